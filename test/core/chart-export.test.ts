/**
 * The files the Download menu gives (issue 15): for every widget, the PNG is twice the figure's size with the chart's
 * marks painted in the chart area; the card is 1200×675; the SVG parses, holds the marks and the source line, and needs
 * no classes or custom properties; the CSV reads back to the widget's numbers, with qualifier and interval columns
 * where the chart has them, after `# Source:`. A widget showing an error has nothing to export.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import type { TemplateResult } from 'lit';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/dashboard/define.js';
import '../../src/likert/define.js';
import '../../src/stat/define.js';
import '../../src/trend/define.js';
import '../../src/waffle/define.js';
import { buildExport } from '../../src/core/export/chart-export.js';
import { liveFigure } from '../../src/core/export/live-figure.js';
import { cardSvg } from '../../src/core/export/social-card.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled } from '../helpers/widget.js';

interface Case {
  readonly name: string;
  readonly template: TemplateResult;
  /** The figures the CSV must give back, by label, one per series, in order. */
  readonly values: Record<string, readonly (number | null)[]>;
  /** Marks (rect, path, circle, line, polyline, polygon, text for a headline number) the chart draws at least. */
  readonly marks: number;
  readonly source: string;
  /** Headers the CSV must have besides the label and values. */
  readonly columns?: readonly RegExp[];
}

const SOURCE = 'Cyber survey 2024';
const CASES: readonly Case[] = [
  {
    name: 'bars',
    template: html`<trust-bars heading="Public worry about cyber-attacks" source=${SOURCE} qualifier="more than" data="Worried: 57; Concerned: 60.5; Unsure: 12"></trust-bars>`,
    values: { Worried: [57], Concerned: [60.5], Unsure: [12] },
    marks: 3,
    source: SOURCE,
    columns: [/qualifier/],
  },
  {
    name: 'bars, dark theme',
    template: html`<trust-bars theme="dark" heading="Dark" source=${SOURCE} data="Worried: 57; Concerned: 60"></trust-bars>`,
    values: { Worried: [57], Concerned: [60] },
    marks: 2,
    source: SOURCE,
  },
  {
    name: 'grouped bars',
    template: html`<trust-bars
      heading="Training"
      source=${SOURCE}
      data='[{"label":"Worried","values":{"2022":48,"2024":57}},{"label":"Concerned","values":{"2022":52,"2024":60}}]'
    ></trust-bars>`,
    values: { Worried: [48, 57], Concerned: [52, 60] },
    marks: 4,
    source: SOURCE,
  },
  {
    name: 'stat',
    template: html`<trust-stat heading="Trusts" source=${SOURCE} value="24" label="of trusts have no security-qualified staff"></trust-stat>`,
    values: {},
    marks: 1,
    source: SOURCE,
  },
  {
    name: 'waffle',
    template: html`<trust-waffle heading="Trusts" source=${SOURCE} value="24" of="108" population="trusts" label="Trusts with no security-qualified staff"></trust-waffle>`,
    values: {},
    marks: 100,
    source: SOURCE,
  },
  {
    name: 'change',
    template: html`<trust-change heading="Training" source=${SOURCE} series="2022 | 2024" data="Trained on new technologies: 5 | 15; Trained on both: 47 | 39"></trust-change>`,
    values: { 'Trained on new technologies': [5, 15], 'Trained on both': [47, 39] },
    marks: 4,
    source: SOURCE,
  },
  {
    name: 'likert',
    template: html`<trust-likert
      heading="Confidence"
      source=${SOURCE}
      series="Very confident | Fairly confident | Neither | Not very confident | Not at all confident"
      data="NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15"
    ></trust-likert>`,
    values: { 'NHS staff': [12, 24, 20, 30, 14], 'UK public': [10, 28, 18, 29, 15] },
    marks: 10,
    source: SOURCE,
  },
  {
    name: 'trend with uncertainty',
    template: html`<trust-trend
      heading="Training over time"
      source=${SOURCE}
      show-uncertainty
      sample-size="1,000"
      series="New technologies | Both"
      data="2022: 5 | 47; 2024: 15 | 39"
    ></trust-trend>`,
    values: { '2022': [5, 47], '2024': [15, 39] },
    marks: 4,
    source: SOURCE,
    columns: [/95% low/, /95% high/, /margin of error/, /sample size/],
  },
];

async function drawn(template: TemplateResult): Promise<TrustElement> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 640px">${template}</div>`);
  const el = holder.firstElementChild as TrustElement;
  await settled(el);
  return el;
}

const svgOf = async (file: File) => new DOMParser().parseFromString(await file.text(), 'image/svg+xml');
const MARKS = 'rect, path, circle, line, polyline, polygon';

/** The pixels of `file` (a PNG) and its size. */
async function pixels(file: File): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  // No colour space conversion: the pixels as painted, in every engine.
  const bitmap = await createImageBitmap(file, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

/** The distinct colours in a region of the image, as `r,g,b`. */
function coloursIn(image: { width: number; data: Uint8ClampedArray }, box: { x: number; y: number; width: number; height: number }): Set<string> {
  const found = new Set<string>();
  for (let y = Math.floor(box.y); y < box.y + box.height; y++) {
    for (let x = Math.floor(box.x); x < box.x + box.width; x++) {
      const i = (y * image.width + x) * 4;
      found.add(`${image.data[i]},${image.data[i + 1]},${image.data[i + 2]}`);
    }
  }
  return found;
}

/** Whether `colours` has `hex`, give or take the rounding of an engine's PNG encoder (2 of 255 a channel). */
const hasColour = (colours: Set<string>, hex: string) => {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return [...colours].some((colour) => colour.split(',').every((channel, i) => Math.abs(Number(channel) - want[i]!) <= 2));
};

describe('buildExport', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      it('SVG: one self-contained document with the marks, text as text and the source line', async () => {
        const el = await drawn(c.template);
        const file = await buildExport(el, 'svg');
        expect(file.type).to.equal('image/svg+xml');
        expect(file.name).to.match(/^[a-z0-9-]+\.svg$/);
        const markup = await file.text();
        const doc = await svgOf(file);
        expect(doc.querySelector('parsererror'), markup.slice(0, 300)).to.equal(null);
        expect(doc.documentElement.localName).to.equal('svg');
        const chart = doc.getElementById('chart')!;
        expect(chart, 'the chart is placed in the figure').to.not.equal(null);
        expect(chart.querySelectorAll(c.name === 'stat' ? `${MARKS}, text` : MARKS).length).to.be.at.least(c.marks);
        expect([...doc.querySelectorAll('text')].some((text) => text.textContent?.includes(c.source))).to.equal(true);
        expect(markup).to.not.match(/\sclass=|var\(|<style|\sstyle=/);
      });

      it('PNG: the figure at 2×, the chart area painted with its marks', async () => {
        const el = await drawn(c.template);
        const svg = await svgOf(await buildExport(el, 'svg'));
        const width = Number(svg.documentElement.getAttribute('width'));
        const height = Number(svg.documentElement.getAttribute('height'));
        const file = await buildExport(el, 'png');
        expect(file.type).to.equal('image/png');
        const image = await pixels(file);
        expect([image.width, image.height]).to.deep.equal([2 * width, 2 * height]);
        // The chart's box in the image: where the figure placed it, at the chart's own size, twice over.
        const chart = svg.getElementById('chart')!;
        const [x = 0, y = 0] = (/translate\(([\d.]+)[ ,]([\d.]+)\)/.exec(chart.getAttribute('transform') ?? '') ?? []).slice(1).map(Number);
        const live = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
        const box = { x: 2 * x, y: 2 * y, width: Math.min(2 * live.width, image.width - 2 * x), height: Math.min(2 * live.height, image.height - 2 * y) };
        const colours = coloursIn(image, box);
        expect(colours.size, 'distinct colours in the chart area').to.be.above(4);
        // A mark's colour, as the SVG gives it, is painted (a bar's or cell's inside, the headline number's strokes).
        const background = svg.documentElement.querySelector('rect')!.getAttribute('fill');
        const mark = [...chart.querySelectorAll(c.name === 'stat' ? 'text' : 'rect, path, circle, polygon')]
          .map((element) => element.getAttribute('fill'))
          .find((fill) => fill && fill !== 'none' && fill !== background);
        expect(mark, 'a filled mark').to.be.a('string');
        expect(hasColour(colours, mark!), `${mark} painted`).to.equal(true);
      });

      it('card: a 1200×675 PNG', async () => {
        const el = await drawn(c.template);
        const file = await buildExport(el, 'card');
        expect(file.name).to.match(/-card\.png$/);
        const image = await pixels(file);
        expect([image.width, image.height]).to.deep.equal([1200, 675]);
        expect(coloursIn(image, { x: 0, y: 0, width: 1200, height: 675 }).size).to.be.above(4);
      });

      it('CSV: the numbers read back, after the source line', async () => {
        const el = await drawn(c.template);
        const file = await buildExport(el, 'csv');
        expect(file.type).to.match(/^text\/csv/);
        const text = (await file.text()).replace(/^\ufeff/, '');
        const lines = text.split('\n');
        expect(lines[0]).to.equal(`# Source: ${c.source}`);
        const rows = csvParseRows(lines.filter((line) => !line.startsWith('#')).join('\n'));
        const [header, ...body] = rows;
        for (const column of c.columns ?? [])
          expect(
            header!.some((name) => column.test(name)),
            `${String(column)} in ${header!.join(', ')}`,
          ).to.equal(true);
        const model = el.drawnData!.model;
        expect(body.map((row) => row[0])).to.deep.equal(model.rows.map((row) => row.label));
        // Every series' value column (the first of its columns) holds the widget's number, exactly.
        const valueColumns = header!.flatMap((name, i) => (i > 0 && !/qualifier|sample size|95%|margin|method/.test(name) ? [i] : []));
        expect(valueColumns.length).to.equal(model.series.length);
        body.forEach((row, r) =>
          valueColumns.forEach((column, s) => {
            const value = model.rows[r]!.values[s];
            expect(row[column] === '' ? null : Number(row[column])).to.equal(value ?? null);
          }),
        );
        for (const [label, values] of Object.entries(c.values)) {
          const row = body.find((cells) => cells[0] === label);
          expect(row, label).to.not.equal(undefined);
          expect(valueColumns.map((column) => Number(row![column]))).to.deep.equal(values);
        }
      });
    });
  }

  it('CSV: the qualifier, percent unit and margins of error as the chart shows them', async () => {
    const el = await drawn(
      html`<trust-bars source="S" qualifier="more than" sample-size="1,000" show-uncertainty data="Worried: 57; Concerned: 60"></trust-bars>`,
    );
    const text = (await (await buildExport(el, 'csv')).text()).replace(/^\ufeff/, '');
    const [header, ...body] = csvParseRows(text.replace(/^#.*\n/gm, ''));
    expect(header![1]).to.match(/\(%\)$/);
    const at = (name: RegExp) => header!.findIndex((cell) => name.test(cell));
    expect(body.map((row) => row[at(/qualifier/)])).to.deep.equal(['more than', 'more than']);
    const margins = el.uncertainty.map((entry) => entry.margin);
    expect(body.map((row) => Number(row[at(/margin of error/)]))).to.deep.equal(margins);
    expect(body.map((row) => Number(row[at(/95% low/)]))).to.deep.equal(el.uncertainty.map((entry) => entry.low));
    expect(body.map((row) => Number(row[at(/sample size/)]))).to.deep.equal([1000, 1000]);
  });

  it('CSV: "About this data" as comment lines, quoting kept right', async () => {
    const el = await drawn(
      html`<trust-bars source="S" question="Are you worried?" population="UK adults" fieldwork="2024-03-01/2024-03-15" data='[{"label":"Yes, \\"very\\", worried","value":57}]'></trust-bars>`,
    );
    const text = (await (await buildExport(el, 'csv')).text()).replace(/^\ufeff/, '');
    expect(text).to.match(/^# Question: Are you worried\?$/m);
    expect(text).to.include(`\n# ${messagesFor('en-GB').aboutPopulation}: UK adults\n`);
    expect(text).to.match(/^# Fieldwork: .*2024/m);
    const rows = csvParseRows(text.replace(/^#.*\n/gm, ''));
    expect(rows[1]).to.deep.equal(['Yes, "very", worried', '57']);
  });

  it('a chart in a dashboard carries the source the dashboard shows for all its charts', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div style="width: 640px"><trust-dashboard source="Shared survey" population="UK adults"><trust-bars data="A: 1; B: 2"></trust-bars></trust-dashboard></div>`,
    );
    const el = holder.querySelector<TrustElement>('trust-bars')!;
    await settled(el);
    await holder.querySelector('trust-dashboard')!.updateComplete;
    const doc = await svgOf(await buildExport(el, 'svg'));
    expect([...doc.querySelectorAll('text')].map((text) => text.textContent).join(' ')).to.include('Shared survey');
    const csv = (await (await buildExport(el, 'csv')).text()).replace(/^\ufeff/, '');
    expect(csv.split('\n')[0]).to.equal('# Source: Shared survey');
    expect(csv).to.include(`\n# ${messagesFor('en-GB').aboutPopulation}: UK adults\n`);
  });

  it('card: a long heading wraps and shrinks, and the chart fits between it and the source line', async () => {
    const heading =
      'Public worry about cyber-attacks on hospitals, GP surgeries, pharmacies and ambulance services, by region of England, Wales and Scotland, 2022 to 2024';
    const el = await drawn(html`<trust-bars heading=${heading} source="Cyber survey 2024" data="A: 1; B: 2; C: 3; D: 4; E: 5; F: 6; G: 7; H: 8"></trust-bars>`);
    const card = new DOMParser().parseFromString(cardSvg(liveFigure(el).parts, liveFigure(el).style), 'image/svg+xml').documentElement;
    expect([card.getAttribute('width'), card.getAttribute('height')]).to.deep.equal(['1200', '675']);
    const [headingText, sourceText] = [...card.children].filter((child) => child.localName === 'text');
    const lines = [...headingText!.querySelectorAll('tspan')];
    expect(lines.map((line) => line.textContent).join(' ')).to.equal(heading);
    expect(Number(headingText!.getAttribute('font-size'))).to.be.below(48);
    const sourceTop = Number(sourceText!.querySelector('tspan')!.getAttribute('y')) - 22;
    expect(sourceText!.textContent).to.equal('Source: Cyber survey 2024');
    expect(sourceTop + 22).to.be.below(675);
    const placed = [...card.children].find((child) => child.localName === 'g')!;
    const [, x, y, scale] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/.exec(placed.getAttribute('transform')!)!.map(Number);
    const figure = placed.querySelector('svg')!;
    expect(y).to.be.above(Number(lines.at(-1)!.getAttribute('y')));
    expect(y! + Number(figure.getAttribute('height')) * scale!).to.be.at.most(sourceTop);
    expect(x! + Number(figure.getAttribute('width')) * scale!).to.be.at.most(1200);
  });

  it('the file is named from the heading', async () => {
    const el = await drawn(html`<trust-bars heading="Public worry about cyber-attacks" source="S" data="A: 1"></trust-bars>`);
    expect((await buildExport(el, 'svg')).name).to.equal('public-worry-about-cyber-attacks.svg');
    const plain = await drawn(html`<trust-bars source="S" data="A: 1"></trust-bars>`);
    expect((await buildExport(plain, 'png')).name).to.equal('trust-bars.png');
  });

  it('a widget showing an error has nothing to export', async () => {
    const el = await drawn(html`<trust-bars source="S" data="Worried: lots"></trust-bars>`);
    for (const kind of ['png', 'card', 'svg', 'csv'] as const) {
      let error: unknown;
      await buildExport(el, kind).catch((caught: unknown) => (error = caught));
      expect(error, kind).to.be.instanceOf(Error);
      expect((error as Error).message).to.match(/nothing to export/);
    }
  });

  it("an author's colours (custom properties) are written as literal colours", async () => {
    const el = await drawn(html`<trust-bars style="--trust-series-1: #ff00aa" source="S" data="A: 1; B: 2"></trust-bars>`);
    const markup = await (await buildExport(el, 'svg')).text();
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect([...doc.getElementById('chart')!.querySelectorAll('rect, path')].map((mark) => mark.getAttribute('fill'))).to.include('#ff00aa');
  });
});
