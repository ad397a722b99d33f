/**
 * Print (issue 15), checked on paper rather than in the DOM: the fixture pages of test/fixtures/print/ are printed to
 * PDF by headless Chromium (`page.pdf()`, background graphics off as in a browser's print dialog, unless said), and
 * the PDF's first page is rasterised with pdfjs-dist (drawing through its optional @napi-rs/canvas) to check pixels:
 * every key swatch prints in its own colour, a `theme="dark"` chart prints dark text on white, the buttons are left off
 * paper, `print-table` prints the table after the chart, and a chart that fits on a page is not split across two.
 * Where to look comes from the page in print emulation (the same layout as the PDF, at the PDF's width); the colours
 * come from the chart's computed styles, never from hex written here. The pages are written to .scratch/print/ to be
 * looked at. Runs after `npm run build` (scripts/test.mjs builds first): the pages load dist/cdn/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.js';

const root = new URL('../../', import.meta.url).pathname;
const SCRATCH = join(root, '.scratch/print');
/** What the server serves: the built library and the print fixtures, nothing else of the repository. */
const SERVED = { '/dist/': join(root, 'dist'), '/print/': join(root, 'test/fixtures/print') };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A4 with no page margins, so that a CSS pixel of the page in print emulation is a CSS pixel of the PDF page. */
const PAPER = { width: 794, height: 1123 };
/** Raster pixels per CSS pixel (the PDF is in points: 72 a CSS inch of 96 pixels). */
const SCALE = 2;

let server;
let base;
let browser;

before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const [prefix, folder] = Object.entries(SERVED).find(([start]) => path.startsWith(start)) ?? [];
    const file = folder && resolve(folder, `.${path.slice(prefix.length - 1)}`);
    if (!file || relative(folder, file).startsWith('..')) return void response.writeHead(404).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${server.address().port}/print/`;
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  mkdirSync(SCRATCH, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens a fixture page at the paper's width in print emulation, waits until its charts are drawn, runs `measure` in it
 * (boxes and colours as printed), then prints it. Returns what `measure` gave, and the PDF's pages.
 */
async function printPage(name, measure, { printBackground = false } = {}) {
  const page = await browser.newPage();
  try {
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setViewport({ width: PAPER.width, height: PAPER.height });
    await page.emulateMediaType('print');
    await page.goto(`${base}${name}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const charts = [...document.querySelectorAll('trust-bars, trust-likert')];
        return charts.length > 0 && charts.every((chart) => chart.shadowRoot?.querySelector('[part="chart"] > svg'));
      },
      { timeout: 10_000 },
    );
    await page.evaluate(async () => {
      await Promise.all([...document.querySelectorAll('trust-bars, trust-likert')].map((chart) => chart.updateComplete));
      await document.fonts.ready;
    });
    assert.deepEqual(problems, [], `${name}: the page threw`);
    const measured = await page.evaluate(measure);
    const bytes = await page.pdf({ width: `${PAPER.width}px`, height: `${PAPER.height}px`, margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground });
    const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: join(root, 'node_modules/pdfjs-dist/standard_fonts/'), verbosity: 0 })
      .promise;
    return { measured, pdf };
  } finally {
    await page.close();
  }
}

/** Page `number` of the PDF as pixels (RGBA, SCALE raster pixels a CSS pixel), also written to .scratch/print/. */
async function rasterise(pdf, number, file) {
  const pdfPage = await pdf.getPage(number);
  const viewport = pdfPage.getViewport({ scale: (SCALE * 96) / 72 });
  const { canvas, context } = pdf.canvasFactory.create(Math.round(viewport.width), Math.round(viewport.height));
  await pdfPage.render({ canvas, canvasContext: context, viewport }).promise;
  writeFileSync(join(SCRATCH, file), canvas.toBuffer('image/png'));
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data, width, height };
}

/** Text to compare with what pdfjs extracts: ligatures (ﬁ) as letters, and no spaces (pdfjs splits runs its own way). */
const squeezed = (text) => text.normalize('NFKC').replace(/\s+/g, '');

/** The text of each PDF page, in reading order as pdfjs extracts it, squeezed. */
async function pageTexts(pdf) {
  const texts = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { items } = await (await pdf.getPage(number)).getTextContent();
    texts.push(squeezed(items.map((item) => item.str).join('')));
  }
  return texts;
}

/** The raster pixels in a box given in CSS pixels, as [r, g, b] (0–255), clipped to the page. */
function pixelsIn(raster, box) {
  const pixels = [];
  const x0 = Math.max(0, Math.floor(box.left * SCALE));
  const x1 = Math.min(raster.width, Math.ceil(box.right * SCALE));
  const y0 = Math.max(0, Math.floor(box.top * SCALE));
  const y1 = Math.min(raster.height, Math.ceil(box.bottom * SCALE));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * raster.width + x) * 4;
      pixels.push([raster.data[i], raster.data[i + 1], raster.data[i + 2]]);
    }
  }
  return pixels;
}

/** `rgb(…)` / `rgba(…)` / `color(srgb …)` as the browser computes it, to [r, g, b] (0–255). */
function parseColour(css) {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(css);
  if (srgb) return srgb.slice(1, 4).map((value) => Math.round(Number(value) * 255));
  const rgb = /^rgba?\((\d+(?:\.\d+)?),? (\d+(?:\.\d+)?),? (\d+(?:\.\d+)?)/.exec(css);
  assert.ok(rgb, `a colour the test cannot read: ${css}`);
  return rgb.slice(1, 4).map(Number);
}

const near = (a, b, tolerance = 12) => a.every((value, i) => Math.abs(value - b[i]) <= tolerance);
const linear = (value) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a, b) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
const WHITE = [255, 255, 255];

/** In the page: each chart's box, its heading's and key's boxes, and each key swatch's printed colour. */
function measureCharts() {
  const box = (element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left: left + scrollX, top: top + scrollY, right: right + scrollX, bottom: bottom + scrollY };
  };
  return [...document.querySelectorAll('trust-bars, trust-likert')].map((chart) => {
    const shadow = chart.shadowRoot;
    const legend = shadow.querySelector('.legend');
    const table = shadow.querySelector('.table-region table');
    return {
      id: chart.id,
      box: box(chart),
      heading: box(shadow.querySelector('.heading')),
      headingText: shadow.querySelector('.heading').textContent.trim(),
      sourceText: shadow.querySelector('[part="source"]')?.textContent.trim() ?? '',
      chartBottom: box(shadow.querySelector('[part="chart"] > svg')).bottom,
      legend: legend && box(legend),
      swatches: legend ? [...legend.querySelectorAll('.swatch')].map((swatch) => getComputedStyle(swatch).backgroundColor) : [],
      swatchSize: legend ? box(legend.querySelector('.swatch')) : undefined,
      // The table's first column heading ("Item"): words the chart itself does not show.
      tableHeading: table ? table.querySelector('thead th').textContent.trim() : undefined,
      // The first of the closed "About this data" facts (the sample size), which a reader cannot open on paper.
      aboutFact: shadow.querySelector('.about dd')?.textContent.trim(),
      buttons: [...shadow.querySelectorAll('button')].map((button) => button.textContent.trim()).filter(Boolean),
    };
  });
}

test('every key swatch of a likert and of grouped bars prints, in its own colour', async () => {
  const { measured, pdf } = await printPage('charts.html', measureCharts);
  const raster = await rasterise(pdf, 1, 'charts-1.png');
  for (const chart of measured) {
    assert.ok(chart.legend, `#${chart.id} has a key`);
    assert.ok(chart.swatches.length >= 2, `#${chart.id}: its key has swatches`);
    assert.ok(chart.legend.bottom < PAPER.height, `#${chart.id}: its key is on the first page`);
    // The key's row only (swatches and their words, no marks): a colour there is a swatch printed.
    const row = pixelsIn(raster, { ...chart.legend, top: chart.legend.top - 2, bottom: chart.legend.bottom + 2 });
    const swatchArea = (chart.swatchSize.right - chart.swatchSize.left) * (chart.swatchSize.bottom - chart.swatchSize.top) * SCALE * SCALE;
    for (const css of new Set(chart.swatches)) {
      const colour = parseColour(css);
      assert.ok(!near(colour, WHITE), `#${chart.id}: swatch colour ${css} is not white`);
      const printed = row.filter((pixel) => near(pixel, colour)).length;
      assert.ok(printed >= swatchArea / 2, `#${chart.id}: the key swatch in ${css} did not print (${printed} pixels of it, a swatch is ${swatchArea})`);
    }
  }
});

for (const printBackground of [false, true]) {
  test(`a theme="dark" chart prints dark text on white (background graphics ${printBackground ? 'on' : 'off'})`, async () => {
    const { measured, pdf } = await printPage('dark.html', measureCharts, { printBackground });
    const raster = await rasterise(pdf, 1, `dark-background-${printBackground ? 'on' : 'off'}-1.png`);
    const [chart] = measured;
    // The paper around the chart, and under it (its padding, above the heading): white.
    const around = pixelsIn(raster, { left: 0, right: PAPER.width, top: chart.box.bottom + 8, bottom: chart.box.bottom + 40 });
    assert.ok(
      around.every((pixel) => near(pixel, WHITE, 4)),
      'the paper under the chart is white',
    );
    const padding = pixelsIn(raster, { left: chart.box.left + 2, right: chart.box.right - 2, top: chart.box.top + 2, bottom: chart.heading.top - 1 });
    assert.ok(padding.length > 0 && padding.every((pixel) => near(pixel, WHITE, 4)), 'the chart’s own background prints white');
    // No large dark box: most of the chart is paper.
    const inside = pixelsIn(raster, chart.box);
    const dark = inside.filter((pixel) => luminance(pixel) < 0.2).length;
    assert.ok(dark / inside.length < 0.15, `a dark box printed: ${Math.round((100 * dark) / inside.length)}% of the chart is dark`);
    // The heading reads: its darkest pixels (the letters) against the paper.
    const heading = pixelsIn(raster, chart.heading);
    const letters = heading.reduce((darkest, pixel) => (luminance(pixel) < luminance(darkest) ? pixel : darkest), WHITE);
    const ratio = contrast(letters, WHITE);
    assert.ok(ratio >= 4.5, `the heading prints at a contrast of ${ratio.toFixed(2)} with the paper (needs 4.5)`);
  });
}

test('print-table prints the data table after the chart, and no button prints', async () => {
  const { measured, pdf } = await printPage('charts.html', measureCharts);
  const [text] = await pageTexts(pdf);
  const likert = measured.find((chart) => chart.id === 'likert');
  assert.ok(likert.tableHeading, 'the likert has a data table');
  const headingAt = text.indexOf(squeezed(likert.headingText));
  const tableAt = text.indexOf(squeezed(likert.tableHeading), headingAt);
  assert.ok(headingAt >= 0, 'the likert’s heading is printed');
  assert.ok(tableAt > headingAt, `the likert’s table (“${likert.tableHeading}”) is printed after its heading`);
  // On paper, the table is under the marks: its column heading is lower on the page than the chart's bottom.
  const { items } = await (await pdf.getPage(1)).getTextContent();
  const cell = items.find((item) => item.str.trim() === likert.tableHeading);
  const cellTop = PAPER.height - cell.transform[5] * (96 / 72);
  assert.ok(cellTop > likert.chartBottom, `the table (at ${Math.round(cellTop)} px) is under the chart (ending at ${Math.round(likert.chartBottom)} px)`);
  // The buttons (Show data table, Download) are on the page, and not on paper.
  const buttons = [...new Set(measured.flatMap((chart) => chart.buttons))];
  assert.ok(buttons.includes('Download'), `the charts have a Download button on screen (${buttons.join(', ')})`);
  for (const words of buttons) assert.ok(!text.includes(squeezed(words)), `the button “${words}” printed`);
});

test('a closed “About this data” prints its facts', async () => {
  const { measured, pdf } = await printPage('charts.html', measureCharts);
  const [text] = await pageTexts(pdf);
  const bars = measured.find((chart) => chart.id === 'bars');
  assert.ok(bars.aboutFact, 'the bars chart has facts about its data');
  assert.ok(text.includes(squeezed(bars.aboutFact)), `its first fact (“${bars.aboutFact}”) is printed`);
});

test('a chart that fits on one page is not split across two', async () => {
  const { measured, pdf } = await printPage('page-break.html', measureCharts);
  const [chart] = measured;
  assert.ok(chart.box.top < PAPER.height && chart.box.bottom > PAPER.height, 'the fixture puts the chart across the foot of the first page');
  assert.ok(chart.box.bottom - chart.box.top < PAPER.height, 'the chart fits on one page');
  const texts = await pageTexts(pdf);
  await rasterise(pdf, 2, 'page-break-2.png');
  const pagesWith = (words) => texts.flatMap((text, i) => (text.includes(squeezed(words)) ? [i + 1] : []));
  assert.deepEqual(pagesWith(chart.headingText), [2], 'the heading is on the second page only');
  assert.deepEqual(pagesWith(chart.sourceText), [2], 'the source line is on the second page, with its heading');
});
