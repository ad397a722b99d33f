/**
 * Pre-rendered data tables keep every column and row (issue 16, item 4): each chart of test/fixtures/ssr/tables.html,
 * pre-rendered as the CLI does (its `src` read first), writes the table of test/fixtures/ssr/tables-expected.json, the
 * one the browser draws (test/embed/ssr-tables-hydration.test.ts), at a phone's width and a desktop's: no column
 * depends on the width laid out at. The expected tables, checked against the charts: every range is the 95% margin for
 * its n (57% of 1,000: ± 3.1), the notes, the waffle's 84 other trusts, each change row's own good way and likert's
 * "Don't know" (Welsh "Ddim yn gwybod") are there. Runs after `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'parse5';

// SSR_DIST: another build to test (a tsc build of src/ in a scratch folder), for work that must not touch dist/.
const dist = process.env.SSR_DIST ?? '../../dist';
const { renderToString, inlineSources } = await import(`${dist}/ssr/index.js`);

const root = new URL('../../', import.meta.url).pathname;
const page = `${root}test/fixtures/ssr/tables.html`;
/** Each chart's table by its id, header row first, each cell's text with its white space collapsed. */
const EXPECTED_TABLES = JSON.parse(readFileSync(`${root}test/fixtures/ssr/tables-expected.json`, 'utf8'));

const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));
/** Every element at or under `node`, the contents of templates (declarative shadow roots) included. */
const elements = (node, out = []) => {
  if (node.tagName) out.push(node);
  for (const child of node.childNodes ?? []) elements(child, out);
  if (node.content) elements(node.content, out);
  return out;
};
const attribute = (element, name) => element.attrs.find((a) => a.name === name)?.value;

/** Each widget's data table, by the widget's id: its rows' header and data cells, as text. */
function tablesOf(html) {
  const tables = {};
  for (const widget of elements(parse(html)).filter((element) => /^trust-(?!dashboard)/.test(element.tagName))) {
    const shadow = widget.childNodes.find((child) => child.tagName === 'template');
    const region = shadow && elements(shadow).find((element) => attribute(element, 'id') === 'data-table');
    tables[attribute(widget, 'id')] = region
      ? elements(region)
          .filter((element) => element.tagName === 'tr')
          .map((row) => row.childNodes.filter((cell) => cell.tagName === 'th' || cell.tagName === 'td').map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()))
      : null;
  }
  return tables;
}

const withSources = await inlineSources(readFileSync(page, 'utf8'), { pageFile: page });

for (const width of [360, 1024]) {
  test(`at ${width} px the pre-rendered tables have every column and row the browser draws`, () => {
    const problems = [];
    const tables = tablesOf(renderToString(withSources, { width, onProblem: (problem) => problems.push(problem.message) }));
    assert.deepEqual(problems, []);
    assert.deepEqual(tables, EXPECTED_TABLES);
  });
}
