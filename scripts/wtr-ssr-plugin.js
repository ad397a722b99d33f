/**
 * Pre-rendered pages for the browser tests (test/embed/ssr-hydration.test.ts), made fresh from the built CLI so that
 * they always match the widgets under test:
 *   /__ssr/<fixture>.html?styles=inline|link&script=none|hydrate|cdn&csp=strict&mangle=comments|digests&width=<px>
 * renders test/fixtures/ssr/<fixture>.html with dist/cli/render.js, then adds before </body> the classic script
 * test/fixtures/ssr/before-hydration.js (it notes the pre-rendered nodes and any console error) and, unless
 * script=none, the widget script: src/ssr/hydrate.ts (script=hydrate) or dist/cdn/public-trust-widgets.js (cdn).
 * csp=strict serves the page under the strict policy of test/embed/csp.test.ts; mangle=comments strips Lit's
 * comment markers from the shadow roots, as a CMS that removes HTML comments would; mangle=digests changes their
 * template digests, as a pre-render by another version of the library would have them.
 *   /__ssr/css/<file>.css  the stylesheets `--styles=link` points at, written by scripts/build-css.mjs.
 * Needs `npm run build` first (npm test builds before the browser tests). Each page is rendered once per run of the
 * test runner (the CLI's output for the same fixture and options does not change while the build stays put; a test
 * file asks for the same page up to eight times, and each render is a Node process of 1-3 s on a busy machine).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";
const SCRIPTS = {
  none: '',
  hydrate: '<script type="module" src="/src/ssr/hydrate.ts"></script>',
  cdn: '<script type="module" src="/dist/cdn/public-trust-widgets.js"></script>',
  // The npm entry, which has no hydration support: it must draw the charts afresh, once each.
  plain: '<script type="module" src="/src/index.ts"></script>',
};

export function ssrFixturesPlugin({ root = process.cwd() } = {}) {
  let cssFolder;
  /** The CLI's output per argument list, as a promise: pages asked for at once (two browsers) share one render. */
  const rendered = new Map();
  const render = (args) => {
    const key = args.join('\0');
    if (!rendered.has(key)) {
      const output = run(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }).then(({ stdout }) => stdout);
      // A failed render is tried again by the next request, not remembered.
      output.catch(() => rendered.delete(key));
      rendered.set(key, output);
    }
    return rendered.get(key);
  };
  // A page the test recognises (#ssr-error) and reports, rather than a bare status the iframe would hide.
  const fail = (message) => ({ body: `<!doctype html><pre id="ssr-error">wtr-ssr-plugin: ${message.replace(/</g, '&lt;')}</pre>`, type: 'html' });
  return {
    name: 'ssr-fixtures',
    async serve(context) {
      if (!context.path.startsWith('/__ssr/')) return undefined;
      if (!existsSync(join(root, 'dist/cli/render.js'))) return fail('dist/cli/render.js is missing: run `npm run build` first');
      const css = /^\/__ssr\/css\/([\w-]+\.css)$/.exec(context.path);
      if (css) {
        if (!cssFolder) {
          const folder = mkdtempSync(join(tmpdir(), 'ssr-css-'));
          await run(process.execPath, [join(root, 'scripts/build-css.mjs'), folder], { cwd: root });
          cssFolder = folder;
        }
        const file = join(cssFolder, css[1]);
        return existsSync(file) ? { body: readFileSync(file, 'utf8'), type: 'css' } : undefined;
      }
      const page = /^\/__ssr\/([\w-]+\.html)$/.exec(context.path);
      if (!page) return undefined;
      const query = new URLSearchParams(context.querystring);
      const styles = query.get('styles') ?? 'inline';
      const script = query.get('script') ?? 'none';
      if (!(script in SCRIPTS)) return fail(`unknown script=${script}`);
      const args = [join(root, 'dist/cli/render.js'), 'render', join(root, 'test/fixtures/ssr', page[1]), `--styles=${styles}`, '--quiet'];
      if (styles === 'link') args.push('--stylesheet-href=/__ssr/css/public-trust-widgets.css');
      if (query.get('width')) args.push(`--width=${query.get('width')}`);
      let html;
      try {
        html = await render(args);
      } catch (error) {
        return fail(`render failed: ${error.stderr || error.message}`);
      }
      // A CMS that strips HTML comments takes Lit's hydration markers with them.
      if (query.get('mangle') === 'comments') html = html.replace(/<!--\/?lit-(part|node)[^>]*-->/g, '');
      // Another version of the library wrote other templates: their digests differ.
      if (query.get('mangle') === 'digests') html = html.replace(/<!--lit-part [^>]*-->/g, '<!--lit-part AAAAAAAAAAA=-->');
      const scripts = `<script src="/test/fixtures/ssr/before-hydration.js"></script>${SCRIPTS[script]}`;
      html = html.replace(/<\/body>/i, `${scripts}</body>`);
      return {
        body: html,
        type: 'html',
        headers: query.get('csp') === 'strict' ? { 'Content-Security-Policy': STRICT_CSP } : {},
      };
    },
  };
}
