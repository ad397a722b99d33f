/**
 * Static images from the command line (issue 15): `public-trust-widgets render test/fixtures/export/page.html --svg
 * <dir> --png <dir>` writes one SVG and one PNG per widget. Checks each SVG is well-formed (resvg's strict XML parser,
 * which rejects what a browser's HTML parser would forgive), paints with literal colours only, holds the chart's marks
 * in the theme's colours and the source line; each PNG is 2× the width, has marks in the chart area, and matches its
 * golden image in test/snapshots/images/ (pixelmatch, tolerance below).
 *
 * On a mismatch the new image is written next to the golden as <name>-changed.png, with <name>-diff.png, and the test
 * fails. To accept: UPDATE_SNAPSHOTS=1 node --test test/node/export-images.test.mjs (never on CI).
 * EXPORT_DIST=<dir> tests another compiled copy of the library instead of dist/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CASES } from '../fixtures/snapshots/cases.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = resolve(root, process.env.EXPORT_DIST || 'dist');
const load = (file) => import(pathToFileURL(join(dist, file)).href);
const { widgetImages, figureSvg, svgToPng, imageFontFiles, PALETTES } = await load('export/index.js');
const { styledClasses, UNPAINTED_CLASSES } = await load('export/mark-styles.js');
const { renderToString } = await load('ssr/index.js');

const flag = (name) => Boolean(process.env[name]) && process.env[name] !== '0' && process.env[name] !== 'false';
const UPDATE = flag('UPDATE_SNAPSHOTS') && !flag('CI');
const GOLDEN = join(root, 'test/snapshots/images');
const PAGE = join(root, 'test/fixtures/export/page.html');
/** The CLI's default image width: a 640 px chart and the widget's 16 px padding on each side. */
const WIDTH = 672;

/**
 * Golden tolerance: pixelmatch's default colour threshold (0.1 of its YIQ distance) with anti-aliased pixels left out
 * of the count (its default), and at most 20 other pixels. The same resvg build and fonts draw the same pixels, so
 * any difference comes from rasterising edges on another CPU, which pixelmatch sees as anti-aliasing; a mark 1 CSS px
 * longer or moved already changes about 2 × 48 device pixels, and a changed glyph more, so neither slips through.
 */
const MAX_DIFF_PIXELS = 20;

const out = mkdtempSync(join(tmpdir(), 'ptw-images-'));
after(() => rmSync(out, { recursive: true, force: true }));

const cli = spawnSync(process.execPath, [join(dist, 'cli/render.js'), 'render', PAGE, '--svg', out, '--png', out], { encoding: 'utf8' });

/** The expected images: widget ids, else <tag>-<n> (the two charts in the dashboard), with what each must draw. */
const light = PALETTES.light;
const dark = PALETTES.dark;
const nhs = PALETTES.nhs;
const EXPECTED = {
  training: { theme: 'light', source: 'Source: BT research, 2022 and 2024 surveys of NHS staff', colours: [light['series-1'], light['series-2']], bars: 4 },
  stat: { theme: 'light', source: 'Source: BT research, 2022 and 2024 surveys of NHS staff', colours: [light['series-1'], light.positive], text: ['15%'] },
  waffle: { theme: 'light', source: 'Source: Redscan FOI request to 108 NHS trusts', colours: [light['series-1'], light['muted-mark']], filledCells: 24 },
  change: { theme: 'light', source: 'Source: BT research, 2022 and 2024 surveys of NHS staff', colours: [light.positive, light.negative] },
  likert: { theme: 'light', source: 'Source: Illustrative data', colours: ['scale-1', 'scale-2', 'scale-3', 'scale-4', 'scale-5'].map((t) => light[t]) },
  trend: { theme: 'light', source: 'Source: Illustrative data', colours: [light['series-1'], light['series-2']] },
  dark: { theme: 'dark', source: 'Source: BT research, 2024 survey of the UK public', colours: [dark['series-1'], dark.text], bars: 3 },
  nhs: { theme: 'nhs', source: 'Source: Illustrative data', colours: [nhs['series-1'], nhs['series-2']] },
  hostile: { theme: 'light', source: 'Source: &lt;b&gt;Not bold&lt;/b&gt; &amp; co', colours: [light['series-1']], bars: 2 },
  'trust-stat-2': { theme: 'dark', source: 'Source: BT research, 2024', colours: [dark['series-1']], text: ['15%'] },
  'trust-bars-4': { theme: 'dark', source: 'Source: BT research, 2024', colours: [dark['series-1']], bars: 2 },
};

const read = (name, format) => readFileSync(join(out, `${name}.${format}`), format === 'svg' ? 'utf8' : undefined);
const hex = (colour) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

/** The chart's place in an image, in CSS pixels: where figureSvg moved it to, and its size from the API's parts. */
function chartBox(svg, parts) {
  const match = /<g id="chart" transform="translate\(([\d.]+) ([\d.]+)\)">/.exec(svg);
  assert.ok(match, 'the chart is placed as a translated group');
  return { x: Number(match[1]), y: Number(match[2]), width: parts.chartWidth, height: parts.chartHeight };
}
const apiImages = new Map(widgetImages(readFileSync(PAGE, 'utf8')).images.map((image) => [image.name, image]));

test('the CLI writes one SVG and one PNG per widget, named by id, else <tag>-<n>, and names the one it cannot draw', () => {
  assert.equal(cli.status, 0, cli.stderr);
  const expected = Object.keys(EXPECTED).flatMap((name) => [`${name}.png`, `${name}.svg`]);
  assert.deepEqual(readdirSync(out).sort(), expected.sort());
  assert.match(cli.stderr, /no image of <trust-bars> "broken": it shows an error instead of its chart/);
  assert.equal(cli.stdout, '', 'with --svg/--png and no -o, the page is not written to stdout');
});

test('without @resvg/resvg-js, SVGs are still written and --png says how to install it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptw-no-resvg-'));
  try {
    const run = (...args) =>
      spawnSync(process.execPath, ['--import', join(root, 'test/fixtures/export/without-resvg.mjs'), join(dist, 'cli/render.js'), 'render', PAGE, ...args], {
        encoding: 'utf8',
      });
    const svgOnly = run('--svg', dir);
    assert.equal(svgOnly.status, 0, svgOnly.stderr);
    assert.ok(existsSync(join(dir, 'training.svg')));
    const png = run('--png', dir);
    assert.equal(png.status, 1);
    assert.match(png.stderr, /PNG images need the rasteriser @resvg\/resvg-js\. Run: npm install @resvg\/resvg-js/);
    assert.ok(!existsSync(join(dir, 'training.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('resvg rejects malformed SVG: the well-formedness check below can fail', () => {
  assert.throws(() => new Resvg('<svg xmlns="http://www.w3.org/2000/svg"><text>Fish & chips</text></svg>'));
  assert.throws(() => new Resvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>'));
});

describe('each SVG', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(name, () => {
      const svg = read(name, 'svg');
      assert.doesNotThrow(() => new Resvg(svg), 'well-formed: resvg parses it');
      assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'));
      assert.match(svg, /font-family="&#39;Noto Sans&#39;,/);
      // Self-contained: nothing that needs a stylesheet, a custom property or the page's colour scheme.
      assert.doesNotMatch(svg, /\sclass=|var\(|light-dark|currentColor|<style|\sstyle=/);
      assert.doesNotMatch(svg, /paint-order/, 'halos drawn as text behind text: not every program knows paint-order');
      for (const [, value] of svg.matchAll(/\b(?:fill|stroke)="([^"]*)"/g)) assert.match(value, /^(#[0-9a-f]{6}|none)$/, `literal colour, not ${value}`);
      assert.ok(svg.includes(`fill="${PALETTES[expected.theme].background}"/>`), 'a background in the theme background');
      assert.ok(svg.includes(`>${expected.source}</`) || svg.includes(expected.source), `the source line: ${expected.source}`);
      for (const colour of expected.colours) assert.match(svg, new RegExp(`(fill|stroke)="${colour}"`), `a mark in ${colour}`);
      for (const text of expected.text ?? []) assert.ok(svg.includes(text), text);
      const chart = svg.slice(svg.indexOf('<g id="chart"'));
      if (expected.bars) assert.equal(chart.match(/<rect[^>]*? width="[\d.]+" height="(18|24)" fill="#/g)?.length, expected.bars, 'one rect a bar');
      if (expected.filledCells)
        assert.equal(
          chart.match(new RegExp(`<rect[^>]*?fill="${light['series-1']}"`, 'g'))?.length,
          expected.filledCells + 1,
          'the filled cells and the key swatch',
        );
    });
  }

  test('the hostile heading, source and labels stay text', () => {
    const svg = read('hostile', 'svg');
    assert.ok(svg.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(svg.includes('Fish &amp; chips: &quot;quoted&quot; and &#39;single&#39;'));
    assert.ok(svg.includes('Worry &lt;i&gt;about&lt;/i&gt; attacks'));
    assert.doesNotMatch(svg, /<(script|b|i)\b/);
  });

  test('the source links to source-url', () => {
    assert.match(read('training', 'svg'), /<a href="https:\/\/example.org\/bt-research"><text[^>]*>(<tspan[^>]*>[^<]*<\/tspan>)+<\/text><\/a>/);
    assert.ok(read('training', 'svg').includes('Staff could give more than one answer.'), 'the note');
  });
});

describe('each PNG', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(name, () => {
      const svg = read(name, 'svg');
      const png = PNG.sync.read(read(name, 'png'));
      const width = Number(/ width="(\d+)"/.exec(svg)[1]);
      const height = Number(/ height="(\d+)"/.exec(svg)[1]);
      assert.equal(png.width, 2 * width, '2× pixel ratio');
      assert.equal(png.height, 2 * height);
      if (!name.startsWith('trust-')) assert.equal(width, WIDTH, 'the default width, padding included');

      // Marks in the chart area: enough pixels there differ from the background.
      assert.equal(apiImages.get(name)?.svg, svg, 'the Node API draws the same SVG as the CLI');
      const box = chartBox(svg, apiImages.get(name).parts);
      const background = hex(PALETTES[expected.theme].background);
      let painted = 0;
      let total = 0;
      for (let y = Math.floor(2 * box.y); y < Math.min(png.height, Math.ceil(2 * (box.y + box.height))); y++) {
        for (let x = Math.floor(2 * box.x); x < Math.min(png.width, Math.ceil(2 * (box.x + box.width))); x++) {
          const i = 4 * (y * png.width + x);
          total++;
          if (background.some((channel, c) => Math.abs(png.data[i + c] - channel) > 40)) painted++;
        }
      }
      assert.ok(painted / total > 0.02, `${((100 * painted) / total).toFixed(1)}% of the chart area painted`);
      // The corner is the theme's background: the image is not transparent.
      assert.deepEqual([...png.data.subarray(0, 4)], [...background, 255]);

      const golden = join(GOLDEN, `${name}.png`);
      const changed = join(GOLDEN, `${name}-changed.png`);
      const diffFile = join(GOLDEN, `${name}-diff.png`);
      rmSync(changed, { force: true });
      rmSync(diffFile, { force: true });
      if (UPDATE || !existsSync(golden)) {
        assert.ok(UPDATE, `no golden ${golden}: run UPDATE_SNAPSHOTS=1 node --test test/node/export-images.test.mjs and look at it`);
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(golden, read(name, 'png'));
        return;
      }
      const want = PNG.sync.read(readFileSync(golden));
      if (want.width !== png.width || want.height !== png.height) {
        writeFileSync(changed, read(name, 'png'));
        assert.fail(`${name}: ${png.width}×${png.height}, golden ${want.width}×${want.height} (new image: ${changed})`);
      }
      const diff = new PNG({ width: png.width, height: png.height });
      const differing = pixelmatch(png.data, want.data, diff.data, png.width, png.height, { threshold: 0.1 });
      if (differing > MAX_DIFF_PIXELS) {
        writeFileSync(changed, read(name, 'png'));
        writeFileSync(diffFile, PNG.sync.write(diff));
        assert.fail(`${name}: ${differing} pixels differ from the golden (at most ${MAX_DIFF_PIXELS}); see ${changed} and ${diffFile}`);
      }
    });
  }
});

describe('the Node API', () => {
  test('widgetImages lays each image out at the width asked, padding included, and svgToPng draws it at 2×', async () => {
    const html = readFileSync(PAGE, 'utf8');
    const { images, skipped } = widgetImages(html, { width: 360 });
    assert.deepEqual(
      images.map((image) => image.name),
      Object.keys(EXPECTED),
    );
    assert.deepEqual(skipped, [{ name: 'broken', tag: 'trust-bars', reason: 'shows an error instead of its chart' }]);
    const training = images.find((image) => image.name === 'training');
    assert.equal(training.parts.width, 360);
    assert.equal(training.parts.chartWidth, 328);
    assert.deepEqual(
      training.parts.key.map((entry) => [entry.label, entry.colour]),
      [
        ['2022', light['series-1']],
        ['2024', light['series-2']],
      ],
    );
    const png = PNG.sync.read(Buffer.from(await svgToPng(training.svg)));
    assert.equal(png.width, 720);
    assert.throws(() => widgetImages(html, { width: 20 }), RangeError);
  });

  test('a chart that names no source says so in its own language: English, or Welsh for a Welsh chart', () => {
    const page = `<trust-bars id="en" data="Worried: 57"></trust-bars><trust-bars id="cy" lang="cy" data="Yn poeni: 57"></trust-bars>`;
    const { images } = widgetImages(page, { width: 360 });
    assert.deepEqual(
      images.map((image) => [image.name, image.parts.source]),
      [
        ['en', 'Source: not given'],
        ['cy', 'Ffynhonnell: heb ei nodi'],
      ],
    );
  });

  test('figureSvg escapes every text it is given and links only http(s) sources', () => {
    const evil = `<script>alert("x")</script> & 'y'`;
    const svg = figureSvg({
      width: 400,
      theme: 'light',
      heading: evil,
      subheading: evil,
      key: [{ label: evil, colour: '#123456' }],
      chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" width="368" height="10" viewBox="0 0 368 10"></svg>',
      chartWidth: 368,
      chartHeight: 10,
      notes: [evil],
      note: evil,
      source: `Source: ${evil}`,
      sourceUrl: 'javascript:alert(1)',
      summary: evil,
    });
    assert.doesNotThrow(() => new Resvg(svg));
    assert.doesNotMatch(svg, /<script|javascript:|<a /);
    assert.ok(svg.split('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;').length - 1 >= 7, 'every field, escaped');
  });

  test('the images are drawn with the bundled Noto Sans only', () => {
    const fonts = imageFontFiles();
    assert.deepEqual(
      fonts.map((file) => file.replace(/^.*[\\/]/, '')),
      ['NotoSans_400Regular.ttf', 'NotoSans_700Bold.ttf'],
    );
    for (const file of fonts) assert.ok(existsSync(file), file);
  });
});

test('every class a widget draws in its SVG is painted by the export rules or known to paint nothing', () => {
  const unknown = new Set();
  for (const [tag, cases] of Object.entries(CASES)) {
    const known = new Set([...styledClasses(tag), ...UNPAINTED_CLASSES]);
    for (const { html, widths, lang } of cases) {
      const rendered = renderToString(html, { width: widths[0], styles: 'link', stylesheetHref: 'x.css', ...(lang ? { lang } : {}) });
      for (const svg of rendered.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
        for (const [, classes] of svg.matchAll(/ class="([^"]*)"/g)) {
          for (const name of classes.split(/\s+/).filter(Boolean)) if (!known.has(name)) unknown.add(`${tag} .${name}`);
        }
      }
    }
  }
  assert.deepEqual([...unknown], [], 'add these to src/export/mark-styles.ts (with their colours) or to UNPAINTED_CLASSES');
});
