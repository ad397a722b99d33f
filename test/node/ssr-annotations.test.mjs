/**
 * Notes, reference lines and highlighted ranges are drawn by the pre-renderer too (issue 16): the page a reader gets
 * before any script runs, the static images and the iframe embed all show them. Runs after `npm run build`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

// SSR_DIST: another build to test (a tsc build of src/ in a scratch folder), for work that must not touch dist/.
const dist = process.env.SSR_DIST ?? '../../dist';
const { renderToString } = await import(`${dist}/ssr/index.js`);

/** Invented figures, as in the demo's annotated trend. */
const TREND = `<trust-trend heading="Illustrative example" series="Worried about a cyber-attack"
  data="2016: 41; 2017: 52; 2018: 54; 2019: 53; 2020: 57; 2021: n/a; 2022: 55"
  notes="2017: WannaCry attack, May 2017" reference="50: Half of staff" highlight="2019–2020: COVID-19 pandemic"></trust-trend>`;

test('the pre-rendered trend draws its notes, reference line, shaded range and missing wave', () => {
  const html = renderToString(TREND, { width: 1024 });
  assert.match(html, /part="note"/);
  // Its words in the note's own group (Lit's markers sit between the tags).
  assert.match(html, /part="note"[\s\S]*?<tspan[^>]*>(<!--[^>]*-->)*WannaCry attack/);
  assert.match(html, /part="reference"/);
  assert.match(html, /Half of staff: 50%/);
  assert.match(html, /part="highlight"/);
  assert.match(html, /COVID-19 pandemic/);
  assert.match(html, /class="missing-wave"[^>]*>(<!--[^>]*-->)*no data</);
  // Said in the summary, which screen readers hear before the script arrives.
  assert.match(html, /Notes: 2017: WannaCry attack, May 2017\./);
});

test('a narrow pre-render numbers the notes and lists their words under the chart', () => {
  const html = renderToString(TREND, { width: 360 });
  assert.match(html, /class="note-marker"/);
  assert.match(html, /<ol part="notes"[^>]*aria-label="Notes"/);
  assert.match(html, /<li[^>]*>(<!--[^>]*-->)*2017(<!--[^>]*-->)*: (<!--[^>]*-->)*WannaCry attack, May 2017/);
});

test('bars and change are pre-rendered with their notes and lines', () => {
  const bars = renderToString('<trust-bars data="Worry: 57; Concerned: 60; Well prepared: 36" notes="Well prepared: Lowest of the three"></trust-bars>', {
    width: 1024,
  });
  assert.match(bars, /Lowest of the three/);
  const barsWithLine = renderToString('<trust-bars data="Worry: 57; Concerned: 60" reference="50: Half of the public"></trust-bars>', { width: 1024 });
  assert.match(barsWithLine, /part="reference"/);
  assert.match(barsWithLine, /Half of the public: 50%/);
  assert.match(barsWithLine, /A line marks Half of the public at 50%\./);
  const change = renderToString('<trust-change data="A: 5 | 15; B: 47 | 39" reference="50: Half of staff"></trust-change>', { width: 1024 });
  assert.match(change, /part="reference"/);
  assert.match(change, /Half of staff: 50%/);
});

test('notes written in the foot of the child table are pre-rendered as the browser draws them', () => {
  const html = renderToString(
    `<trust-bars><table><tbody><tr><td>Worry</td><td>57</td></tr><tr><td>Well prepared</td><td>36</td></tr></tbody>
      <tfoot><tr><th>Well prepared</th><td data-note>Lowest of the two</td></tr></tfoot></table></trust-bars>`,
    { width: 1024 },
  );
  assert.match(html, /part="note"[\s\S]*?<text>(<!--[^>]*-->)*<tspan[^>]*>(<!--[^>]*-->)*Lowest of the two/);
  assert.match(html, /Notes: Well prepared: Lowest of the two\./);
});
