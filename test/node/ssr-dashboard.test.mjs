/**
 * Pre-rendering a <trust-dashboard> (issue 13): the dashboard gets its own declarative shadow root, and the widgets
 * inside it are drawn with what it hands down (locale, survey facts, source, heading level), computed with the same
 * function the browser runs (computeDashboardView). A dashboard's `src` is read at build time for each widget that
 * takes it. Runs after `npm run build`. test/embed/ssr-dashboard-hydration.test.ts hydrates the output in a browser.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'parse5';

const root = new URL('../../', import.meta.url).pathname;
const { inlineSources, renderToString, widgetStylesheets } = await import('../../dist/ssr/index.js');
const { DASHBOARD_TAG } = await import('../../dist/widgets.js');
const { DASHBOARD_GRID } = await import('../../dist/dashboard/dashboard-styles.js');
const cli = join(root, 'dist/cli/render.js');

const count = (text, pattern) => (text.match(pattern) ?? []).length;
/** The shadow root markup of the first `<tag>` in `html`, its <style> left out. */
const shadowOf = (html, tag) => {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `no <${tag}> in the output`);
  const open = html.indexOf('<template shadowrootmode="open">', start);
  return html.slice(open, html.indexOf('</template>', open) + '</template>'.length).replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
};
/** Every element of a parsed page, template contents (declarative shadow roots) included. */
const allElements = (node, out = []) => {
  if (node.tagName) out.push(node);
  for (const child of node.childNodes ?? []) allElements(child, out);
  if (node.content) allElements(node.content, out);
  return out;
};

const DASHBOARD = `<trust-dashboard heading="Cyber-attacks worry the public more than NHS staff" subheading="UK adults and NHS staff, 2024"
    source="BT research" source-url="https://bt.example/report" population="UK adults" sample-size="1000" fieldwork="2024-03">
  <trust-bars heading="Most of the public worry" data="Worried: 57; Concerned: 60"></trust-bars>
  <trust-stat heading="Staff confident" value="41" unit="percent"></trust-stat>
</trust-dashboard>`;

test('a dashboard with children pre-renders: its own shadow root (a region, its heading, the footer once), then each chart', () => {
  const problems = [];
  const html = renderToString(DASHBOARD, { onProblem: (problem) => problems.push(problem) });
  assert.deepEqual(problems, []);
  assert.equal(count(html, /<template shadowrootmode="open">/g), 3);
  // The dashboard lays nothing out at a width: no data-ssr-width on it; its charts have theirs.
  assert.match(
    html,
    /^<trust-dashboard heading="[^"]*" subheading="[^"]*"\s+source="BT research"[^>]*fieldwork="2024-03"><template shadowrootmode="open"><style>/,
  );
  assert.doesNotMatch(html.slice(0, html.indexOf('>')), /data-ssr-width/);
  const dashboard = shadowOf(html, DASHBOARD_TAG);
  assert.match(dashboard, /<section part="region" aria-labelledby="heading">/);
  assert.match(dashboard, /<h2 part="heading" class="heading" id="heading"><!--lit-part-->Cyber-attacks worry the public more than NHS staff</);
  assert.match(dashboard, /<div part="grid" class="grid"><slot><\/slot><\/div>/);
  assert.match(dashboard, /<p part="source"><!--lit-part-->Source:<!--\/lit-part--> [\s\S]*<a href="https:\/\/bt\.example\/report"/);
  assert.match(dashboard, /<details part="about"[\s\S]*UK adults[\s\S]*1,000 people[\s\S]*March 2024/);
  // The light DOM (the children) is kept; each child got its own shadow root after the dashboard's.
  const host = allElements(parse(html)).find((element) => element.tagName === DASHBOARD_TAG);
  assert.deepEqual(
    host.childNodes.filter((node) => node.tagName).map((node) => node.tagName),
    ['template', 'trust-bars', 'trust-stat'],
  );
  assert.equal(count(shadowOf(html, 'trust-bars'), /<rect part="bar"/g), 2);
  assert.match(shadowOf(html, 'trust-stat'), /41%/);
  // Rendering again gives the same page.
  assert.equal(renderToString(html), html);
});

test('children inherit: an h3 under the h2, the locale (Welsh), the survey facts; the fieldwork and source not repeated', () => {
  const html = renderToString(DASHBOARD.replace('<trust-dashboard ', '<trust-dashboard locale="cy" '));
  const bars = shadowOf(html, 'trust-bars');
  const stat = shadowOf(html, 'trust-stat');
  for (const shadow of [bars, stat]) {
    assert.match(shadow, /<h3 part="heading" class="heading" id="heading">/);
    // Said once, under the dashboard: no fieldwork, no source link, no "About this data" line for the sample size.
    assert.doesNotMatch(shadow, /Mawrth 2024<\/dd>|part="source"|bt\.example/);
  }
  assert.match(shadowOf(html, DASHBOARD_TAG), /Gwaith maes[\s\S]*Mawrth 2024/);
  // The dashboard's own words too (src/ssr/words.ts provides them: the server cannot wait for a chunk).
  assert.match(renderToString('<trust-dashboard locale="cy"></trust-dashboard>'), /Gwiriwch y dangosfwrdd hwn/);
  // Welsh words, and the dashboard's sample size in the margins of error.
  assert.match(bars, /Siart bar, 2 eitem/);
  assert.match(bars, /Dangos y tabl data/);
  assert.match(stat, /Lwfans gwall \(95%\): 41% ± 3\.0, yn seiliedig ar 1,000 o bobl/);
  // heading-level="3" makes the children h4; a child's own attributes win over the dashboard's.
  const deeper = renderToString(
    `<trust-dashboard heading="H" heading-level="3" fieldwork="2024-03" sample-size="1000"><trust-stat heading="S" value="41" unit="percent" sample-size="200" locale="en-GB"></trust-stat></trust-dashboard>`,
  );
  const own = shadowOf(deeper, 'trust-stat');
  assert.match(shadowOf(deeper, DASHBOARD_TAG), /<h3 part="heading"/);
  assert.match(own, /<h4 part="heading"/);
  assert.match(own, /based on 200 people/);
  // A child's own heading-level wins too.
  assert.match(
    shadowOf(renderToString('<trust-dashboard heading="H"><trust-stat heading="S" value="4" heading-level="2"></trust-stat></trust-dashboard>'), 'trust-stat'),
    /<h2 part="heading"/,
  );
});

test('widgets outside a dashboard, and in a second dashboard, are not touched by the first', () => {
  const alone = '<trust-stat heading="S" value="41" unit="percent"></trust-stat>';
  const page = `<trust-dashboard heading="A" locale="cy" sample-size="1000"><trust-stat heading="S" value="41" unit="percent"></trust-stat></trust-dashboard>
${alone}
<trust-dashboard heading="B" heading-level="4"><trust-stat heading="S" value="41" unit="percent"></trust-stat></trust-dashboard>`;
  const html = renderToString(page);
  const after = (marker) => html.slice(html.indexOf(marker));
  assert.equal(after(`\n${alone.slice(0, 20)}`).slice(1, renderToString(alone).length + 1), renderToString(alone));
  const second = shadowOf(after('<trust-dashboard heading="B"'), 'trust-stat');
  assert.match(second, /<h5 part="heading"/);
  assert.doesNotMatch(second, /Lwfans|1,000/);
});

test('the dashboard’s stylesheet: the shared rules and its own, inline or linked (trust-dashboard.css), built with the others', () => {
  const { shared, widgets } = widgetStylesheets();
  const own = widgets.get(DASHBOARD_TAG);
  assert.match(own, /container-type: inline-size/);
  assert.doesNotMatch(own, /\.series-1 \{/, 'the series colours are the shared file’s');
  const html = renderToString('<trust-dashboard heading="H"><trust-stat value="4"></trust-stat></trust-dashboard>');
  assert.equal(/<style>([\s\S]*?)<\/style>/.exec(html)[1], `${shared}\n${own}`);
  // The shared rules the dashboard does not have (the series colours) match nothing in its shadow root.
  const dashboard = shadowOf(html, DASHBOARD_TAG);
  assert.doesNotMatch(dashboard, /class="[^"]*\b(series-\d|swatch|mark)\b/);
  const linked = renderToString('<trust-dashboard heading="H"><trust-stat value="4"></trust-stat></trust-dashboard>', {
    styles: 'link',
    stylesheetHref: '/assets/public-trust-widgets.css?v=2',
  });
  assert.match(
    linked,
    /^<trust-dashboard heading="H"><template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/public-trust-widgets\.css\?v=2"><link rel="stylesheet" href="\/assets\/trust-dashboard\.css\?v=2"><!--lit-part/,
  );
  assert.match(
    linked,
    /<trust-stat value="4" data-ssr-width="574"><template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/public-trust-widgets\.css\?v=2"><link rel="stylesheet" href="\/assets\/trust-stat\.css\?v=2">/,
  );
  assert.doesNotMatch(linked, /<style/);
  const folder = mkdtempSync(join(tmpdir(), 'ssr-dash-css-'));
  try {
    const result = spawnSync(process.execPath, [join(root, 'scripts/build-css.mjs'), folder], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const file = readFileSync(join(folder, 'trust-dashboard.css'), 'utf8')
      .replace(/^\/\*.*\*\/\n/, '')
      .replace(/\n$/, '');
    assert.equal(file, own);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Each chart laid out at the width of its grid cell, as the browser lays it out (the `width` is the dashboard's).
// The arithmetic, with the default 1rem = 16 px, padding and gap: a dashboard at least 36rem (576 px) wide keeps 16 px
// of padding each side; cells are split by 16 px gaps; a chart inside its cell loses its 1 px line and 16 px padding
// each side. test/embed/ssr-dashboard-hydration.test.ts holds the same numbers against the browser's own grid.

/** Each widget's data-ssr-width in `html`, with its id. */
const layoutWidths = (html) => [...html.matchAll(/<trust-(?!dashboard)\w+ id="(\w+)"[^>]*? data-ssr-width="(\d+)"/g)].map(([, id, width]) => `${id} ${width}`);
/** The width each chart in `html` is drawn at: its <svg>'s, or its data-ssr-width for a chart without one. */
const drawnWidths = (html) =>
  [...html.matchAll(/<trust-(?!dashboard)\w+ id="(\w+)"[^>]*? data-ssr-width="(\d+)"><template shadowrootmode="open">([\s\S]*?)<\/template>/g)].map(
    ([, id, width, shadow]) => `${id} ${/<svg[^>]*?\swidth="(\d+)"/.exec(shadow)?.[1] ?? width}`,
  );
const GRID_CHARTS = `<trust-bars id="a" data="Worried: 57; Concerned: 60"></trust-bars>
  <trust-bars id="b" data="Worried: 57; Concerned: 60" span="2"></trust-bars>
  <trust-bars id="c" data="Worried: 57; Concerned: 60" span="3"></trust-bars>
  <trust-stat id="d" value="41" unit="percent"></trust-stat>`;
const gridPage = (attributes) => `<trust-dashboard heading="Grid"${attributes}>\n  ${GRID_CHARTS}\n</trust-dashboard>`;

test('the numbers the widths are worked out with are the stylesheet’s: its breakpoints, gap, lines and padding', () => {
  const { shared, widgets } = widgetStylesheets();
  const own = widgets.get(DASHBOARD_TAG);
  const grid = DASHBOARD_GRID;
  const written = (sheet, text) => assert.ok(sheet.includes(text), `the stylesheet has no “${text}”`);
  written(own, `@container (width < ${grid.narrowBelowRem}rem) {\n    section {\n      padding-inline: 0;`);
  written(own, `@container (min-width: ${grid.narrowBelowRem}rem) {\n    :host([columns='2']) .grid,\n    :host([columns='3']) .grid {`);
  written(own, `@container (min-width: ${grid.twoColumnsRem}rem) {\n    :host(:not([columns='1'], [columns='2'], [columns='3'])) .grid {`);
  written(own, `@container (min-width: ${grid.threeColumnsAskedRem}rem) {\n    :host([columns='3']) .grid {`);
  written(own, `@container (min-width: ${grid.threeColumnsRem}rem) {\n    :host(:not([columns='1'], [columns='2'], [columns='3'])) .grid {`);
  written(own, `gap: var(--trust-dashboard-gap, ${grid.gapRem}rem);`);
  written(own, `::slotted(*) {\n    min-width: 0;\n    border: ${grid.cellBorderPx}px solid var(--_grid);`);
  // The dashboard's section and every chart are padded with the theme's --_padding.
  written(shared, `--_padding: var(--trust-padding, ${grid.paddingRem}rem);`);
  written(own, `section {\n    display: flex;\n    flex-direction: column;\n    gap: 0.75rem;\n    padding: var(--_padding);`);
  assert.match(shared, /:host \{\n {4}display: block;\n {4}box-sizing: border-box;\n {4}padding: var\(--_padding\);/);
  assert.equal((own.match(/@container/g) ?? []).length, 5, 'a breakpoint the pre-renderer does not know');
});

test('a 1024 px dashboard with columns="3": each chart gets a third, span="2" two thirds and a gap, span="3" the row', () => {
  const html = renderToString(gridPage(' columns="3"'), { width: 1024 });
  // (1024 − 2×16 − 2×16) / 3 = 320 a cell; 2×320 + 16 = 656 two; less 2×(1 + 16) for the chart's line and padding.
  assert.deepEqual(layoutWidths(html), ['a 286', 'b 622', 'c 958', 'd 286']);
  // Drawn at that width, not the page's.
  assert.deepEqual(drawnWidths(html), ['a 286', 'b 622', 'c 958', 'd 286']);
  assert.doesNotMatch(html, /data-ssr-width="1024"|width="1024"/);
  // Rendering again gives the same page.
  assert.equal(renderToString(html, { width: 1024 }), html);
});

test('without columns, the dashboard’s own width decides: 2 columns from 42rem (672 px), 3 from 66rem (1056 px); span never beyond them', () => {
  assert.deepEqual(layoutWidths(renderToString(gridPage(''), { width: 1024 })), ['a 454', 'b 958', 'c 958', 'd 454']);
  assert.deepEqual(layoutWidths(renderToString(gridPage(''), { width: 1056 })), ['a 297', 'b 643', 'c 990', 'd 297']);
  assert.deepEqual(layoutWidths(renderToString(gridPage(''), { width: 671 })), ['a 605', 'b 605', 'c 605', 'd 605']);
  assert.deepEqual(layoutWidths(renderToString(gridPage(''), { width: 672 })), ['a 278', 'b 606', 'c 606', 'd 278']);
  // columns="3" gives three from 54rem (864 px), two below (373.5 rounded, as the browser rounds what it measures);
  // columns="2" two from 36rem (576 px).
  assert.deepEqual(layoutWidths(renderToString(gridPage(' columns="3"'), { width: 863 })), ['a 374', 'b 797', 'c 797', 'd 374']);
  assert.deepEqual(layoutWidths(renderToString(gridPage(' columns="2"'), { width: 576 })), ['a 230', 'b 510', 'c 510', 'd 230']);
  // An unknown columns value is no columns at all (as the stylesheet’s selectors read it); the default width is 640.
  assert.deepEqual(layoutWidths(renderToString(gridPage(' columns="7"'))), ['a 574', 'b 574', 'c 574', 'd 574']);
});

test('columns="1": every chart takes the whole row, span or not', () => {
  assert.deepEqual(layoutWidths(renderToString(gridPage(' columns="1"'), { width: 1024 })), ['a 958', 'b 958', 'c 958', 'd 958']);
  assert.deepEqual(layoutWidths(renderToString(gridPage(' columns="1"'), { width: 1280 })), ['a 1214', 'b 1214', 'c 1214', 'd 1214']);
});

test('span="2" in a two-column dashboard takes the row; in three columns, two cells and the gap between', () => {
  const two = renderToString(gridPage(' columns="2"'), { width: 1024 });
  assert.deepEqual(layoutWidths(two), ['a 454', 'b 958', 'c 958', 'd 454']);
  assert.deepEqual(drawnWidths(two), ['a 454', 'b 958', 'c 958', 'd 454']);
  assert.deepEqual(layoutWidths(renderToString(gridPage(''), { width: 1280 })), ['a 371', 'b 793', 'c 1214', 'd 371']);
});

test('a 360 px dashboard: one column, its side padding given to its charts, so each takes the full width', () => {
  for (const columns of ['', ' columns="2"', ' columns="3"']) {
    const html = renderToString(gridPage(columns), { width: 360 });
    // 360 less the chart's own 1 px line and 16 px padding each side.
    assert.deepEqual(layoutWidths(html), ['a 326', 'b 326', 'c 326', 'd 326'], columns);
    assert.deepEqual(drawnWidths(html), ['a 326', 'b 326', 'c 326', 'd 326'], columns);
  }
  // 575 px is still narrow; 576 px (36rem) takes its padding back.
  assert.deepEqual(layoutWidths(renderToString(gridPage(''), { width: 575 })), ['a 541', 'b 541', 'c 541', 'd 541']);
  assert.deepEqual(layoutWidths(renderToString(gridPage(''), { width: 576 })), ['a 510', 'b 510', 'c 510', 'd 510']);
});

test('a chart outside a dashboard keeps the page’s width; one in a wrapper takes the wrapper’s cell; a dashboard in a cell is that wide', () => {
  const html = renderToString(
    `<trust-stat id="alone" value="4"></trust-stat>
<trust-dashboard heading="Outer" columns="2">
  <div span="2"><trust-stat id="wrapped" value="4"></trust-stat></div>
  <trust-dashboard heading="Inner" columns="2"><trust-stat id="inner" value="4"></trust-stat></trust-dashboard>
</trust-dashboard>`,
    { width: 1024 },
  );
  // The wrapper spans the row (958 for a chart in it). The inner dashboard is one cell, (1024 − 32 − 16) / 2 = 488,
  // less its line: 486 px, narrower than 36rem, so one column with no side padding whatever its columns: 486 − 34.
  assert.deepEqual(layoutWidths(html), ['alone 1024', 'wrapped 958', 'inner 452']);
});

test('a dashboard’s problems are reported once, through onProblem, with its place in the input', () => {
  const problems = [];
  renderToString('<p>Intro</p>\n  <trust-dashboard heading-level="9" columns="7" hue="red"><trust-stat heading="S" value="4"></trust-stat></trust-dashboard>', {
    onProblem: (problem) => problems.push(problem),
  });
  const dashboard = problems.filter((problem) => problem.tag === DASHBOARD_TAG);
  assert.deepEqual(
    dashboard.map(({ line, column, kind }) => [line, column, kind]),
    dashboard.map(() => [2, 3, 'warning']),
  );
  const messages = dashboard.map((problem) => problem.message).join('\n');
  for (const attribute of ['heading', 'heading-level', 'columns', 'hue']) assert.match(messages, new RegExp(`^${attribute}: `, 'm'), messages);
  assert.equal(dashboard.length, 4, messages);
  // The child does not repeat its dashboard's problems.
  assert.deepEqual(
    problems.filter((problem) => problem.tag === 'trust-stat'),
    [],
  );
});

// ---------------------------------------------------------------------------------------------------------------
// The dashboard's src, read at build time for the children that take it.

const SHEET = 'Trust,Answer,2022,2024,Respondents\nLeeds,Worried,50,57,1000\nLeeds,Concerned,55,60,1000\nYork,Worried,40,45,800\n';

function pageWithSheet(markup) {
  const folder = mkdtempSync(join(tmpdir(), 'ssr-dash-src-'));
  mkdirSync(join(folder, 'data'));
  writeFileSync(join(folder, 'data/figures.csv'), SHEET);
  writeFileSync(join(folder, 'page.html'), `<!doctype html><html lang="en-GB"><body>${markup}</body></html>`);
  return folder;
}

const SRC_DASHBOARD = `<trust-dashboard heading="Worry by trust" src="data/figures.csv" source="BT">
  <trust-bars heading="Leeds" label-column="Answer" value-column="2024" filter="Trust=Leeds"></trust-bars>
  <trust-bars heading="York" label-column="Answer" series-columns="2024, 2022" n-column="Respondents" filter="Trust=York"></trust-bars>
  <trust-stat heading="Own figure" value="41" unit="percent"></trust-stat>
  <trust-bars heading="Own table"><table><tr><th>Answer</th><th>Share</th></tr><tr><td>Angry</td><td>12</td></tr></table></trust-bars>
  <trust-bars heading="Own data" data="Calm: 5"></trust-bars>
</trust-dashboard>`;

test('the CLI reads a dashboard’s local src for each child that takes it, with the child’s own columns and filter', (t) => {
  const folder = pageWithSheet(SRC_DASHBOARD);
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const run = spawnSync(process.execPath, [cli, 'render', join(folder, 'page.html')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  const out = run.stdout;
  assert.equal(count(out, /<table data-from-src>/g), 2, 'only the two children with no data of their own');
  assert.match(
    out,
    /heading="Leeds"[^>]*><template[\s\S]*?<\/template><table data-from-src><thead><tr><th>Answer<\/th><th>2024<\/th><\/tr><\/thead><tbody><tr><th scope="row">Worried<\/th><td>57<\/td><\/tr><tr><th scope="row">Concerned<\/th><td>60<\/td><\/tr><\/tbody><\/table>/,
  );
  assert.match(out, /<th>Answer<\/th><th>2024<\/th><th>2022<\/th><th>n<\/th>.*<th scope="row">Worried<\/th><td>45<\/td><td>40<\/td><td>800<\/td>/);
  // The figures are drawn in the static HTML, not the loading state.
  const leeds = shadowOf(out.slice(out.indexOf('heading="Leeds"') - 20), 'trust-bars');
  assert.match(leeds, /57%/);
  assert.match(leeds, /60%/);
  assert.doesNotMatch(out, /part="loading"/);
  // The children with data of their own keep it.
  assert.match(shadowOf(out.slice(out.indexOf('heading="Own table"') - 20), 'trust-bars'), /Angry/);
  assert.match(shadowOf(out.slice(out.indexOf('heading="Own data"') - 20), 'trust-bars'), /Calm/);
  // The dashboard itself is given no table; it is drawn in the page's language, which hydration repeats.
  assert.match(
    out,
    /<trust-dashboard heading="Worry by trust" src="data\/figures\.csv" source="BT" data-ssr-lang="en-GB"><template shadowrootmode="open"><style>/,
  );
});

test('inlineSources: a dashboard’s src that cannot be read is reported for each child that takes it; a child’s own src wins', async (t) => {
  const folder = pageWithSheet('');
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const pageFile = join(folder, 'page.html');
  const problems = [];
  const missing =
    '<trust-dashboard heading="D" src="data/nope.csv">\n<trust-bars value-column="2024"></trust-bars>\n<trust-stat></trust-stat></trust-dashboard>';
  assert.equal(await inlineSources(missing, { pageFile, onProblem: (p) => problems.push(p) }), missing);
  assert.deepEqual(
    problems.map((p) => [p.tag, p.line, p.kind, p.message.split(':')[0]]),
    [
      ['trust-bars', 2, 'error', 'src'],
      ['trust-stat', 3, 'error', 'src'],
    ],
  );
  // A child's own src is read instead; an empty src="" is its own too (it takes nothing from the dashboard).
  const own = await inlineSources(
    '<trust-dashboard heading="D" src="data/nope.csv"><trust-bars src="data/figures.csv" label-column="Answer" value-column="2022" filter="Trust=York"></trust-bars><trust-bars src=""></trust-bars></trust-dashboard>',
    { pageFile },
  );
  assert.match(own, /<td>40<\/td>/);
  assert.equal(count(own, /<table/g), 1);
});
