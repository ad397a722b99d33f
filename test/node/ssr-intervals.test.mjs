/**
 * Published intervals (`lower-column` / `upper-column`, issue 13) when a page is pre-rendered: read at build time with
 * the other src columns (src/ssr/sources.ts), their problems said at build time, and drawn in the static HTML as the
 * browser draws them once it has loaded the file. Runs after `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const { inlineSources, renderToString } = await import('../../dist/ssr/index.js');

const CSV = 'Answer,Share,Lower,Upper,n\nWorried,57%,54%,60%,1000\nConcerned,60,57.5,62.5,1000\n';
const WAVES = 'Year,Share,Lower,Upper\n2022,50,47,53\n2023,54,51,57\n2024,57,54,60\n';

/** A page folder holding data/figures.csv and data/waves.csv; returns the page file's path. */
function pageWith(t, figures = CSV) {
  const folder = mkdtempSync(join(tmpdir(), 'ssr-intervals-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(join(folder, 'data'));
  writeFileSync(join(folder, 'data/figures.csv'), figures);
  writeFileSync(join(folder, 'data/waves.csv'), WAVES);
  return join(folder, 'page.html');
}

/** As the CLI does it: the figures read in, then the page pre-rendered; every problem of both steps. */
async function preRendered(markup, pageFile) {
  const problems = [];
  const onProblem = (problem) => problems.push(`${problem.kind} ${problem.tag}: ${problem.message}`);
  const html = renderToString(await inlineSources(markup, { pageFile, onProblem }), { onProblem });
  return { html, problems };
}

/** The text a reader of the static HTML gets from the first shadow root after `marker`, markup and Lit's comments out. */
const shadowText = (html, marker = '<trust-') => {
  const start = html.indexOf('<template shadowrootmode="open">', html.indexOf(marker));
  return html
    .slice(start, html.indexOf('</template>', start))
    .replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
};

test('a published interval that cannot be shown is reported at build time, as the browser reports it, naming the column attribute', async (t) => {
  const pageFile = pageWith(t, 'Answer,Share,Lower,Upper\nWorried,57,58,60\nConcerned,60,57.5,62.5\nCalm,30,low,33\n');
  const { problems } = await preRendered(
    '<trust-bars heading="Worry" src="data/figures.csv" value-column="Share" lower-column="Lower" upper-column="Upper"></trust-bars>',
    pageFile,
  );
  assert.deepEqual(problems, [
    'warning trust-bars: lower-column: “Worried” is 57, outside its published interval 58–60, so that interval is not shown. Check that the interval belongs to this figure.',
    'warning trust-bars: lower-column: “low” (in the interval for “Calm”) is not a number, so that interval is not shown.',
  ]);
  // One end alone: said once, for the attribute that is set.
  const alone = await preRendered('<trust-bars heading="Worry" src="data/figures.csv" value-column="Share" lower-column="Lower"></trust-bars>', pageFile);
  assert.deepEqual(alone.problems, [
    'warning trust-bars: lower-column: an interval needs both ends: set upper-column as well as lower-column. No published intervals are shown until then.',
  ]);
});

test('the static HTML draws the published intervals as the browser does once it has loaded the file', async (t) => {
  const pageFile = pageWith(t);
  // Bars: each value with its published range, error bars from the published ends, no margin worked out from n.
  const bars = await preRendered(
    '<trust-bars heading="Worry" src="data/figures.csv" value-column="Share" lower-column="Lower" upper-column="Upper" n-column="n" show-uncertainty></trust-bars>',
    pageFile,
  );
  assert.deepEqual(bars.problems, []);
  const barsText = shadowText(bars.html);
  assert.match(barsText, /Worried 57% 57% \(54–60\)/);
  assert.match(barsText, /Concerned 60% 60% \(57\.5–62\.5\)/);
  assert.doesNotMatch(barsText, /±/);
  assert.match(barsText, /Ranges given with the figures are the intervals their source published/);
  assert.equal((bars.html.match(/part="error-bar"/g) ?? []).length, 2);
  // Without a sample size too: the source gave the intervals, so there is no "no sample size" warning.
  const unsized = await preRendered(
    '<trust-bars heading="Worry" src="data/figures.csv" value-column="Share" lower-column="Lower" upper-column="Upper" show-uncertainty></trust-bars>',
    pageFile,
  );
  assert.deepEqual(unsized.problems, []);
  assert.equal((unsized.html.match(/part="error-bar"/g) ?? []).length, 2);
  // A stat says the interval is the source's.
  const stat = await preRendered(
    '<trust-stat heading="Worried" src="data/figures.csv" value-column="Share" lower-column="Lower" upper-column="Upper" filter="Answer=Worried"></trust-stat>',
    pageFile,
  );
  assert.match(shadowText(stat.html), /Interval published with the figures: 57% \(54–60\)/);
  // A trend over the waves, each with its published range.
  const trend = await preRendered(
    '<trust-trend heading="Worry" src="data/waves.csv" label-column="Year" value-column="Share" lower-column="Lower" upper-column="Upper" unit="percent" show-uncertainty></trust-trend>',
    pageFile,
  );
  assert.deepEqual(trend.problems, []);
  assert.match(shadowText(trend.html), /57% \(54–60\)/);
  // A dashboard's src, with the child's own interval columns.
  const dashboard = await preRendered(
    '<trust-dashboard heading="Worry" src="data/figures.csv"><trust-bars heading="Worry" value-column="Share" lower-column="Lower" upper-column="Upper"></trust-bars></trust-dashboard>',
    pageFile,
  );
  assert.match(shadowText(dashboard.html, '<trust-bars'), /Worried 57% 57% \(54–60\)/);
});

test('only a table written from src carries published intervals: an author’s table with data-lower / data-upper draws none', () => {
  const cells = '<td data-lower="54" data-upper="60">57</td>';
  const table = (marked) =>
    `<trust-bars heading="W" sample-size="1000"><table${marked}><tr><th>Answer</th><th>Share</th></tr><tr><th>Worried</th>${cells}</tr></table></trust-bars>`;
  assert.doesNotMatch(shadowText(renderToString(table(''))), /\(54–60\)/);
  assert.match(shadowText(renderToString(table(' data-from-src'))), /57% \(54–60\)/);
});
