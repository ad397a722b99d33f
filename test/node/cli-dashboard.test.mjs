/**
 * Static images of a dashboard's charts from the command line (issue 15): `public-trust-widgets render page.html --svg
 * <dir> --png <dir>` on test/fixtures/export/dashboard.html. A dashboard shows the source and note its charts share
 * once, in its own footer; each chart's image must carry them (a chart never leaves without its source), with the
 * settings the dashboard hands down (theme, sample size). A chart's own source wins over the dashboard's.
 * Runs after `npm run build` (scripts/test.mjs builds first); EXPORT_DIST=<dir> tests another compiled copy, as in
 * export-images.test.mjs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = resolve(root, process.env.EXPORT_DIST || 'dist');
const { PALETTES } = await import(pathToFileURL(join(dist, 'export/index.js')).href);
const PAGE = join(root, 'test/fixtures/export/dashboard.html');

const out = mkdtempSync(join(tmpdir(), 'ptw-dashboard-images-'));
after(() => rmSync(out, { recursive: true, force: true }));
const cli = spawnSync(process.execPath, [join(dist, 'cli/render.js'), 'render', PAGE, '--svg', out, '--png', out], { encoding: 'utf8' });

/** An image's words: the text of its <text> elements, entities read back, one string. */
const wordsOf = (svg) =>
  [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map(([, inner]) => inner.replace(/<[^>]+>/g, ' '))
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
const svgOf = (name) => readFileSync(join(out, `${name}.svg`), 'utf8');

test('the CLI writes an image of each chart in the dashboard', () => {
  assert.equal(cli.status, 0, cli.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['own-source.png', 'own-source.svg', 'trained.png', 'trained.svg', 'worry.png', 'worry.svg']);
  for (const name of ['trained', 'worry', 'own-source']) {
    const png = PNG.sync.read(readFileSync(join(out, `${name}.png`)));
    assert.ok(png.width > 0 && png.height > 0, name);
  }
});

test("a chart with no source of its own carries the dashboard's source line, linked, and its note", () => {
  for (const name of ['trained', 'worry']) {
    const svg = svgOf(name);
    const words = wordsOf(svg);
    assert.match(words, /Source: BT research, 2024 surveys/, `${name}: the dashboard's source`);
    assert.doesNotMatch(words, /not given/, `${name}: not "Source: not given"`);
    assert.ok(svg.includes('<a href="https://example.org/bt-research">'), `${name}: the source links to the dashboard's source-url`);
    assert.match(words, /Staff could give more than one answer\./, `${name}: the dashboard's note`);
  }
});

test('a chart with a source of its own keeps it; every chart has the settings the dashboard hands down', () => {
  assert.match(wordsOf(svgOf('own-source')), /Source: Redscan FOI request/);
  assert.doesNotMatch(wordsOf(svgOf('own-source')), /BT research/);
  for (const name of ['trained', 'worry', 'own-source']) {
    assert.ok(svgOf(name).includes(`fill="${PALETTES.dark.background}"/>`), `${name}: the dashboard's dark theme`);
  }
  // The dashboard's sample size reaches the stat: its margin of error.
  assert.match(wordsOf(svgOf('trained')), /based on 1,000 people/);
});
