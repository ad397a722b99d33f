#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx public-trust-widgets render input.html > output.html`: pre-renders every widget in an HTML file (or stdin,
 * with `-`) as declarative shadow DOM, so the charts show before, and without, JavaScript. See docs/pre-render.md.
 * With `--svg <dir>` and/or `--png <dir>` it writes one image per widget instead (docs/exports.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_IMAGE_WIDTH, svgToPng, widgetImages } from '../export/index.js';
import { DEFAULT_WIDTH, SHARED_STYLESHEET, inlineSources, renderToString, type RenderProblem } from '../ssr/index.js';

const USAGE = `Usage: public-trust-widgets render <input.html | -> [options] > output.html

Pre-renders every <trust-*> widget (and <trust-dashboard>, with the charts in it) in an HTML page or
fragment as declarative shadow DOM: the charts show without JavaScript, and the widget script hydrates them
when it loads. Reads stdin when the input is "-".

Options:
  --width <px>              width to lay the charts out at (default ${DEFAULT_WIDTH}); the browser re-lays out
  --styles <inline|link>    inline: a <style> in each widget (default). link: <link rel="stylesheet"> instead,
                            for pages whose Content-Security-Policy blocks inline styles (style-src 'self')
  --stylesheet-href <url>   with --styles=link: where you serve dist/cdn/${SHARED_STYLESHEET}
                            (each widget's own file, e.g. trust-bars.css, and trust-dashboard.css
                            are linked from the same folder)
  --lang <tag>              language of the page a fragment goes into (default: the input's lang, else en-GB)
  --base-url <url>          the page's address, to resolve relative source-url links (and, reading stdin,
                            relative src addresses)
  --skip-src                leave widgets with src to load their figures in the browser; by default each
                            src is read now (a relative one from the file beside the input) and its
                            figures written into the widget as a <table> (a dashboard's src into each
                            chart in it that has no data of its own)
  -o, --output <file>       write to a file instead of stdout
  --svg <dir>               write one SVG image per widget into <dir> (a dashboard: one per chart in it),
                            named by the widget's id, else <tag>-<n>: for newsletters, RSS, slides
  --png <dir>               the same as PNG at 2x pixel ratio, with the bundled Noto Sans font
                            (needs: npm install @resvg/resvg-js). With --svg or --png, --width is each
                            image's width (default ${DEFAULT_IMAGE_WIDTH}) and the page is written only with -o
  --strict                  exit with status 1 if a widget shows an error instead of its chart
  -q, --quiet               do not list the widgets' problems on stderr
  -h, --help                show this help`;

/** A usage mistake: the message and the usage, status 2. */
function fail(message: string): never {
  process.stderr.write(`public-trust-widgets: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** A file or rendering failure: the message, status 1. */
function die(message: string): never {
  process.stderr.write(`public-trust-widgets: ${message}\n`);
  process.exit(1);
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        width: { type: 'string' },
        styles: { type: 'string' },
        'stylesheet-href': { type: 'string' },
        lang: { type: 'string' },
        'base-url': { type: 'string' },
        'skip-src': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        svg: { type: 'string' },
        png: { type: 'string' },
        strict: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, input, ...extra] = positionals;
  if (command !== 'render') fail(command ? `unknown command "${command}"` : 'missing command "render"');
  if (!input) fail('missing input file (use "-" for stdin)');
  if (extra.length) fail(`unexpected arguments: ${extra.join(' ')}`);

  const width = values.width === undefined ? DEFAULT_WIDTH : Number(values.width);
  if (!Number.isFinite(width) || width < 1) fail(`--width must be a number of pixels, not "${values.width}"`);
  const styles = values.styles ?? 'inline';
  if (styles !== 'inline' && styles !== 'link') fail(`--styles must be inline or link, not "${styles}"`);
  if (styles === 'link' && !values['stylesheet-href']) fail(`--styles=link needs --stylesheet-href, the address of ${SHARED_STYLESHEET}`);

  let html: string;
  try {
    html = readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (error) {
    die(`cannot read ${input}: ${(error as Error).message}`);
  }
  const problems: RenderProblem[] = [];
  if (!values['skip-src']) {
    html = await inlineSources(html, {
      ...(input === '-' ? {} : { pageFile: input }),
      ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
      onProblem: (problem) => problems.push(problem),
    });
  }
  const imageDirs = { svg: values.svg, png: values.png };
  if (imageDirs.svg !== undefined || imageDirs.png !== undefined) {
    await writeImages(html, imageDirs, {
      width: values.width === undefined ? DEFAULT_IMAGE_WIDTH : width,
      lang: values.lang,
      baseUrl: values['base-url'],
      problems,
    });
    if (!values.output) {
      report(input, problems, values.quiet, values.strict);
      return;
    }
  }

  let output: string;
  try {
    output = renderToString(html, {
      width,
      styles,
      ...(values['stylesheet-href'] ? { stylesheetHref: values['stylesheet-href'] } : {}),
      ...(values.lang ? { lang: values.lang } : {}),
      ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
      onProblem: (problem) => problems.push(problem),
    });
  } catch (error) {
    die((error as Error).message);
  }
  try {
    if (values.output) writeFileSync(values.output, output);
    else process.stdout.write(output);
  } catch (error) {
    die(`cannot write ${values.output}: ${(error as Error).message}`);
  }

  report(input, problems, values.quiet, values.strict);
}

/** The widgets' problems on stderr (unless quiet), and status 1 under --strict when a widget shows an error. */
function report(input: string, problems: readonly RenderProblem[], quiet: boolean | undefined, strict: boolean | undefined): void {
  const name = input === '-' ? '<stdin>' : input;
  if (!quiet) {
    for (const p of problems) process.stderr.write(`${name}:${p.line}:${p.column}: <${p.tag}> ${p.kind}: ${p.message}\n`);
  }
  if (strict && problems.some((p) => p.kind === 'error')) process.exitCode = 1;
}

/** `--svg`/`--png`: one image file per widget; the widgets with no picture (an error shown instead) named on stderr. */
async function writeImages(
  html: string,
  dirs: { svg?: string | undefined; png?: string | undefined },
  options: { width: number; lang: string | undefined; baseUrl: string | undefined; problems: RenderProblem[] },
): Promise<void> {
  let found;
  try {
    found = widgetImages(html, {
      width: options.width,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      onProblem: (problem) => options.problems.push(problem),
    });
  } catch (error) {
    die((error as Error).message);
  }
  for (const { name, tag, reason } of found.skipped) process.stderr.write(`public-trust-widgets: no image of <${tag}> "${name}": it ${reason}\n`);
  for (const [format, dir] of Object.entries(dirs)) {
    if (dir === undefined) continue;
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      die(`cannot create ${dir}: ${(error as Error).message}`);
    }
    for (const image of found.images) {
      const file = join(dir, `${image.name}.${format}`);
      let content: string | Uint8Array;
      try {
        content = format === 'png' ? await svgToPng(image.svg) : image.svg;
      } catch (error) {
        die((error as Error).message);
      }
      try {
        writeFileSync(file, content);
      } catch (error) {
        die(`cannot write ${file}: ${(error as Error).message}`);
      }
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => die((error as Error).message));
