import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/stat/define.js';
import '../../src/trend/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import type { UncertaintyEntry } from '../../src/core/chart-context.js';
import { intervalKeys, readBound } from '../../src/core/data/interval-columns.js';
import type { DataModel, DataRow } from '../../src/core/data/model.js';
import { normaliseRecords } from '../../src/core/data/normalise-records.js';
import { loadMessages, messagesFor } from '../../src/core/i18n/messages.js';
import { chooseColumns } from '../../src/core/source/source-columns.js';
import { intervalAttributeProblems, publishedIntervalOf, publishedIntervalProblems } from '../../src/core/survey/survey-data.js';
import { uncertaintyNote } from '../../src/core/survey/uncertainty-note.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

before(() => loadMessages('cy'));
const en = messagesFor('en-GB');

/** Serves `body` at /__source/<path> (see sourceTestRoutes in web-test-runner.config.js). */
async function serve(path: string, body: string): Promise<string> {
  await fetch('/__source-fixtures', { method: 'POST', body: JSON.stringify({ path, body }) });
  return `/__source/${path}`;
}
/** A path no other test uses: the page's cache keeps every body it fetched. */
let serial = 0;
const fresh = () => `intervals-${Date.now()}-${++serial}/figures.csv`;

const CSV = 'Answer,Share,Lower,Upper,n\nWorried,57%,54%,60%,1000\nConcerned,60,57.5,62.5,1000\n';

const placed: Element[] = [];
afterEach(() => placed.splice(0).forEach((el) => el.remove()));

/** Mounts `markup` with its `src` served from `body`, and waits for its figures; returns the widget and its console warnings. */
async function drawn<E extends TrustElement = TrustElement>(body: string, markup: (src: string) => string): Promise<{ el: E; warned: string[] }> {
  const src = await serve(fresh(), body);
  const holder = document.createElement('div');
  holder.style.width = '700px';
  holder.innerHTML = markup(src);
  const el = holder.firstElementChild as E;
  const warned = await captureWarnings(async () => {
    const loaded = new Promise((resolve) => {
      el.addEventListener('trust-data-load', resolve, { once: true });
      el.addEventListener('trust-data-error', resolve, { once: true });
    });
    document.body.append(holder);
    placed.push(holder);
    await loaded;
    await settled(el);
  });
  return { el, warned };
}

/** The generated data table as "label: cell | cell". */
const tableRows = (el: Element) =>
  Array.from(shadow(el).querySelectorAll('[part="table"] tbody tr'), (tr) => {
    const [label, ...cells] = Array.from(tr.children, (cell) => (cell.textContent ?? '').trim());
    return `${label}: ${cells.join(' | ')}`;
  });
const warningText = (el: Element) => texts(shadow(el), '[part="warning"] li').join('\n');
const errorText = (el: Element) => texts(shadow(el), '[part="error"] li').join('\n');
const aboutUncertainty = (el: Element) => {
  const terms = Array.from(shadow(el).querySelectorAll('details[part="about"] dt'));
  return terms.at(-1)?.nextElementSibling?.textContent?.replace(/\s+/g, ' ') ?? '';
};
const brief = (entries: readonly UncertaintyEntry[]) => entries.map((u) => `${u.label} ${u.series} ${u.method} ${u.low}–${u.high} n=${u.n}: ${u.text}`);

describe('published intervals: reading them', () => {
  it('reads ends with the number reader of values; text that is not a plain number is kept as written', () => {
    expect(['54%', '54.2', ' 60 ', 61, '', null, undefined, '-'].map((raw) => readBound(raw, 'en-GB'))).to.deep.equal([
      54,
      54.2,
      60,
      61,
      null,
      null,
      null,
      null,
    ]);
    expect(readBound('low', 'en-GB')).to.equal('low');
    expect(readBound('about 54', 'en-GB'), 'a bound with words is not a plain number').to.equal('about 54');
    expect(readBound(Number.NaN, 'en-GB')).to.equal('NaN');
  });

  it('takes lower/upper keys only in pairs that name a series', () => {
    const keys = (names: string[], series: string[]) => Object.fromEntries(intervalKeys(names, series));
    expect(keys(['lower', 'upper'], [''])).to.deep.equal({ lower: { bound: 'lower', series: '' }, upper: { bound: 'upper', series: '' } });
    expect(keys(['Lower 2024', 'upper 2024', 'lower 2022'], ['2022', '2024'])).to.deep.equal({
      'Lower 2024': { bound: 'lower', series: '2024' },
      'upper 2024': { bound: 'upper', series: '2024' },
    });
    expect(keys(['lower'], ['value']), 'one end alone is a series, as it always was').to.deep.equal({});
    expect(keys(['lower', 'upper'], ['a', 'b']), 'bare ends with several series belong to none').to.deep.equal({});
    expect(keys(['Lower income', 'Upper income'], ['Lower income', 'Upper income']), 'no series "income"').to.deep.equal({});
  });

  it('normaliseRecords reads {label, value, lower, upper} and "lower <series>" keys into row.intervals', () => {
    const one = normaliseRecords([{ label: 'Worried', value: 57, lower: '54%', upper: 60 }], '.data', 'en-GB');
    expect(one.ok && one.value).to.deep.equal({
      series: [''],
      rows: [{ label: 'Worried', values: [57], qualifiers: [undefined], intervals: [{ lower: 54, upper: 60 }] }],
    });
    const two = normaliseRecords([{ label: 'Nurses', 2022: 40, 2024: 45, 'lower 2024': 42, 'upper 2024': 'abc' }], 'src', 'en-GB');
    expect(two.ok && two.value.series).to.deep.equal(['2022', '2024']);
    expect(two.ok && two.value.rows[0]!.intervals).to.deep.equal([undefined, { lower: 42, upper: 'abc' }]);
    const plain = normaliseRecords([{ label: 'A', value: 1 }], '.data', 'en-GB');
    expect(plain.ok && 'intervals' in plain.value.rows[0]!, 'no interval keys, no intervals field').to.equal(false);
  });

  it('chooseColumns maps lower-column/upper-column to interval keys, one column per value column', () => {
    const table = {
      format: 'csv' as const,
      columns: ['Group', 'Staff', 'Public', 'Staff low', 'Staff high', 'Public low', 'Public high'],
      rows: [{ Group: 'Worried', Staff: '40', Public: '57', 'Staff low': '37', 'Staff high': '43', 'Public low': '54', 'Public high': '60' }],
    };
    const several = chooseColumns(table, { series: ['Staff', 'Public'], lower: ['Staff low', 'public LOW'], upper: ['Staff high', 'Public high'] });
    expect(several.ok && several.records).to.deep.equal([
      { label: 'Worried', Staff: '40', Public: '57', 'lower Staff': '37', 'upper Staff': '43', 'lower Public': '54', 'upper Public': '60' },
    ]);
    expect(several.ok && several.intervalKeys).to.deep.equal(['lower Staff', 'upper Staff', 'lower Public', 'upper Public']);
    const one = chooseColumns(table, { value: 'Public', lower: ['Public low'], upper: ['Public high'] });
    expect(one.ok && one.records).to.deep.equal([{ label: 'Worried', value: '57', lower: '54', upper: '60' }]);
    const unnamed = chooseColumns(table, { lower: ['Staff low', 'Public low'], upper: ['Staff high', 'Public high'] });
    expect(unnamed.ok && unnamed.series, 'the interval columns are not series').to.deep.equal(['Staff', 'Public']);
    const alone = chooseColumns(table, { value: 'Public', lower: ['Public low'] });
    expect(alone.ok && alone.records, 'one end alone: no interval (the view says why)').to.deep.equal([{ label: 'Worried', value: '57' }]);
    const missing = chooseColumns(table, { value: 'Public', lower: ['Public low'], upper: ['Nope'] });
    expect(missing.ok === false && missing.problem).to.deep.include({ kind: 'missing-column', attribute: 'upper-column', column: 'Nope' });
  });
});

describe('published intervals: the rules', () => {
  const row = (value: number | null, lower: number | string | null, upper: number | string | null): DataRow => ({
    label: 'Worried',
    values: [value],
    qualifiers: [undefined],
    intervals: [{ lower, upper }],
  });
  const names = { lower: 'lower-column', upper: 'upper-column' };
  const problemsOf = (rows: DataRow[]) =>
    publishedIntervalProblems({ series: [''], rows } as DataModel, names, (v) => `${v}%`).map((p) => `${p.attribute}: ${p.describe(en)}`);

  it('keeps an interval with both ends numbers around its value (ends included)', () => {
    expect(publishedIntervalOf(row(57, 54, 60), 0)).to.deep.equal({ low: 54, high: 60 });
    expect(publishedIntervalOf(row(57, 57, 57), 0)).to.deep.equal({ low: 57, high: 57 });
    expect(problemsOf([row(57, 54, 60)])).to.deep.equal([]);
  });

  it('drops, quietly, an interval with a missing end or a missing value', () => {
    for (const quiet of [row(57, null, 60), row(57, 54, null), row(null, 54, 60)]) {
      expect(publishedIntervalOf(quiet, 0)).to.equal(undefined);
      expect(problemsOf([quiet])).to.deep.equal([]);
    }
  });

  it('drops, with a warning naming the attribute, an end that is not a number or a value outside its interval', () => {
    expect(publishedIntervalOf(row(57, 'low', 60), 0)).to.equal(undefined);
    expect(publishedIntervalOf(row(57, 58, 60), 0)).to.equal(undefined);
    expect(publishedIntervalOf(row(57, 50, 56), 0)).to.equal(undefined);
    expect(problemsOf([row(57, 'low', 60), row(57, 58, 60), row(57, 50, 56)])).to.deep.equal([
      'lower-column: “low” (in the interval for “Worried”) is not a number, so that interval is not shown.',
      'lower-column: “Worried” is 57%, outside its published interval 58%–60%, so that interval is not shown. Check that the interval belongs to this figure.',
      'upper-column: “Worried” is 57%, outside its published interval 50%–56%, so that interval is not shown. Check that the interval belongs to this figure.',
    ]);
  });

  it('wants both attributes, and one column per value column', () => {
    const said = (lower: string | undefined, upper: string | undefined, count: number | undefined) =>
      intervalAttributeProblems(lower, upper, count).map((p) => `${p.attribute}: ${p.describe(en)}`);
    expect(said(undefined, undefined, 1)).to.deep.equal([]);
    expect(said('Lower', 'Upper', 1)).to.deep.equal([]);
    expect(said('Lower', ' ', 1)).to.deep.equal([
      'lower-column: an interval needs both ends: set upper-column as well as lower-column. No published intervals are shown until then.',
    ]);
    expect(said(undefined, 'Upper', 1)).to.deep.equal([
      'upper-column: an interval needs both ends: set lower-column as well as upper-column. No published intervals are shown until then.',
    ]);
    expect(said('A low', 'A high, B high', 2)).to.deep.equal([`lower-column: ${en.seriesMismatch('lower-column', 2, 1)}`]);
    expect(said('A low', 'A high, B high', undefined), 'not from src: nothing to count against').to.deep.equal([]);
  });

  it('says in About this data where the intervals came from, honestly, in English and Welsh', () => {
    const entry = (method: 'published' | 'normal') => ({ method }) as UncertaintyEntry;
    expect(uncertaintyNote([], en)).to.equal(undefined);
    expect(uncertaintyNote([entry('normal')], en)).to.equal(en.marginRule);
    expect(uncertaintyNote([entry('published')], en)).to.equal(en.publishedIntervalRule);
    expect(uncertaintyNote([entry('published'), entry('normal')], en)).to.equal(`${en.marginRule} ${en.publishedIntervalRule}`);
    expect(en.publishedIntervalRule)
      .to.match(/source published/)
      .and.to.match(/not worked out here/);
    expect(messagesFor('cy').publishedIntervalRule).to.match(/^Yr amrediadau a roddir gyda’r ffigurau/);
  });
});

describe('published intervals from src (lower-column / upper-column)', () => {
  const bars = (src: string, extra = '') => `<trust-bars src="${src}" value-column="Share" lower-column="Lower" upper-column="Upper" ${extra}></trust-bars>`;

  it('shows each value with its published range in the table and .uncertainty, winning over n-column', async () => {
    const { el, warned } = await drawn<TrustBars>(CSV, (src) => bars(src, 'n-column="n"'));
    expect(tableRows(el)).to.deep.equal(['Worried: 57% | 57% (54–60)', 'Concerned: 60% | 60% (57.5–62.5)']);
    expect(brief(el.uncertainty)).to.deep.equal([
      'Worried Value published 54–60 n=1000: 57% (54–60)',
      'Concerned Value published 57.5–62.5 n=1000: 60% (57.5–62.5)',
    ]);
    expect(warningText(el)).to.equal('');
    expect(warned).to.deep.equal([]);
    // Published ranges are not margins of error worked out here: the summary claims none.
    expect(shadow(el).querySelector('#summary')!.textContent).to.not.match(/Margin of error/);
  });

  it('says in About this data that the ranges are the source’s own, not worked out here (English and Welsh)', async () => {
    const { el } = await drawn<TrustBars>(CSV, (src) => bars(src, 'sample-size="1000"'));
    expect(aboutUncertainty(el)).to.equal(en.publishedIntervalRule);
    expect(aboutUncertainty(el)).to.not.match(/95% confidence intervals/);
    el.locale = 'cy';
    await settled(el);
    expect(aboutUncertainty(el)).to.equal(messagesFor('cy').publishedIntervalRule);
  });

  it('draws error bars from the published ends with show-uncertainty', async () => {
    const { el } = await drawn<TrustBars>(CSV, (src) => bars(src));
    expect(shadow(el).querySelector('[part="error-bar"]')).to.equal(null);
    el.showUncertainty = true;
    await settled(el);
    // Each error bar's first whisker line spans the interval (the others are its end caps).
    const whiskers = Array.from(shadow(el).querySelectorAll('[part="error-bar"]'), (bar) => bar.querySelector('.whisker')!);
    expect(whiskers).to.have.length(2);
    const zero = Number(shadow(el).querySelector('line.zero')!.getAttribute('x1'));
    const rect = shadow(el).querySelector('rect[part="bar"]')!;
    const perPoint = Number(rect.getAttribute('width')) / 57;
    expect(Number(whiskers[0]!.getAttribute('x1'))).to.be.closeTo(zero + 54 * perPoint, 0.05);
    expect(Number(whiskers[0]!.getAttribute('x2'))).to.be.closeTo(zero + 60 * perPoint, 0.05);
    expect(Number(whiskers[1]!.getAttribute('x1'))).to.be.closeTo(zero + 57.5 * perPoint, 0.05);
    expect(warningText(el), 'no "needs a sample size" warning: the source gave the intervals').to.equal('');
  });

  it('draws trend bands from the published ends with show-uncertainty', async () => {
    const body = 'Year,Share,Lower,Upper\n2022,50,44,52\n2024,50,47,58\n';
    const { el } = await drawn(
      body,
      (src) => `<trust-trend src="${src}" show-uncertainty y-max="100" lower-column="Lower" upper-column="Upper" value-column="Share"></trust-trend>`,
    );
    const grid = Array.from(shadow(el).querySelectorAll('line.grid'), (line) => Number(line.getAttribute('y1')));
    const [bottom, top] = [grid[0]!, grid[grid.length - 1]!];
    const yOf = (value: number) => bottom - (value / 100) * (bottom - top);
    const band = shadow(el).querySelector<SVGPathElement>('path[part="band"]')!;
    const box = band.getBBox();
    expect(box.y).to.be.closeTo(yOf(58), 0.05);
    expect(box.y + box.height).to.be.closeTo(yOf(44), 0.05);
  });

  it('maps one lower and one upper column to each of several series, in series order', async () => {
    const body = 'Group,Staff,Public,Staff low,Staff high,Public low,Public high\nWorried,40,57,37,43,54,60\n';
    const { el, warned } = await drawn<TrustBars>(
      body,
      (src) =>
        `<trust-bars src="${src}" series-columns="Staff, Public" lower-column="Staff low, Public low" upper-column="Staff high, Public high"></trust-bars>`,
    );
    expect(tableRows(el)).to.deep.equal(['Worried: 40% | 40% (37–43) | 57% | 57% (54–60)']);
    expect(warned).to.deep.equal([]);
  });

  it('keeps intervals with their series when the file’s columns are years (read out of order by the parser)', async () => {
    const body = 'Group,2024,2022,low 24,high 24,low 22,high 22\nWorried,57,40,54,60,37,43\n';
    const { el } = await drawn<TrustBars>(
      body,
      (src) => `<trust-bars src="${src}" series-columns="2024, 2022" lower-column="low 24, low 22" upper-column="high 24, high 22"></trust-bars>`,
    );
    expect(brief(el.uncertainty)).to.deep.equal([
      'Worried 2024 published 54–60 n=undefined: 57% (54–60)',
      'Worried 2022 published 37–43 n=undefined: 40% (37–43)',
    ]);
  });

  it('a stat shows its published interval as the source’s, not as a margin based on n people', async () => {
    const { el } = await drawn(
      CSV,
      (src) => `<trust-stat src="${src}" value-column="Share" filter="Answer=Worried" lower-column="Lower" upper-column="Upper"></trust-stat>`,
    );
    expect(shadow(el).textContent!.replace(/\s+/g, ' ')).to.contain('Interval published with the figures: 57% (54–60)');
  });
});

describe('published intervals from src: problems', () => {
  it('a column the file does not have is the missing-column error, naming the attribute', async () => {
    const { el, warned } = await drawn(CSV, (src) => `<trust-bars src="${src}" value-column="Share" lower-column="Nope" upper-column="Upper"></trust-bars>`);
    expect(errorText(el)).to.equal(
      'lower-column: lower-column="Nope" names a column the file does not have. Its columns are: “Answer”, “Share”, “Lower”, “Upper”, “n”.',
    );
    expect(warned.join('\n')).to.contain('lower-column="Nope"');
  });

  it('an end that is not a number: a warning naming the attribute, that interval dropped, the others kept', async () => {
    const body = 'Answer,Share,Lower,Upper\nWorried,57,low,60\nConcerned,60,57,63\n';
    const { el, warned } = await drawn<TrustBars>(
      body,
      (src) => `<trust-bars src="${src}" value-column="Share" lower-column="Lower" upper-column="Upper"></trust-bars>`,
    );
    const said = 'lower-column: “low” (in the interval for “Worried”) is not a number, so that interval is not shown.';
    expect(warningText(el)).to.equal(said);
    expect(warned).to.deep.equal([`<trust-bars> ${said}`]);
    expect(tableRows(el)).to.deep.equal(['Worried: 57% | –', 'Concerned: 60% | 60% (57–63)']);
  });

  it('a value outside its interval (lower above it, or upper below it): a warning, that interval dropped', async () => {
    const body = 'Answer,Share,Lower,Upper\nWorried,57,58,60\nConcerned,60,55,59\nAnxious,30,28,33\n';
    const { el, warned } = await drawn<TrustBars>(
      body,
      (src) => `<trust-bars src="${src}" value-column="Share" lower-column="Lower" upper-column="Upper"></trust-bars>`,
    );
    expect(texts(shadow(el), '[part="warning"] li')).to.deep.equal([
      'lower-column: “Worried” is 57%, outside its published interval 58%–60%, so that interval is not shown. Check that the interval belongs to this figure.',
      'upper-column: “Concerned” is 60%, outside its published interval 55%–59%, so that interval is not shown. Check that the interval belongs to this figure.',
    ]);
    expect(warned).to.have.length(2);
    expect(brief(el.uncertainty)).to.deep.equal(['Anxious Value published 28–33 n=undefined: 30% (28–33)']);
  });

  it('only one of the two attributes: a warning naming it, and no intervals', async () => {
    const { el, warned } = await drawn<TrustBars>(CSV, (src) => `<trust-bars src="${src}" value-column="Share" lower-column="Lower"></trust-bars>`);
    const said = 'lower-column: an interval needs both ends: set upper-column as well as lower-column. No published intervals are shown until then.';
    expect(warningText(el)).to.equal(said);
    expect(warned).to.deep.equal([`<trust-bars> ${said}`]);
    expect(el.uncertainty).to.deep.equal([]);
  });

  it('a column count that does not match the series: a warning naming the attribute', async () => {
    const body = 'Group,Staff,Public,Staff low,Staff high\nWorried,40,57,37,43\n';
    const { el } = await drawn<TrustBars>(
      body,
      (src) => `<trust-bars src="${src}" series-columns="Staff, Public" lower-column="Staff low" upper-column="Staff high"></trust-bars>`,
    );
    expect(texts(shadow(el), '[part="warning"] li')).to.deep.equal([
      `lower-column: ${en.seriesMismatch('lower-column', 2, 1)}`,
      `upper-column: ${en.seriesMismatch('upper-column', 2, 1)}`,
    ]);
    expect(brief(el.uncertainty), 'the first series still has its interval').to.deep.equal(['Worried Staff published 37–43 n=undefined: 40% (37–43)']);
  });
});

describe('published intervals without src', () => {
  it('reads {label, value, lower, upper} from .data', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars .data=${[{ label: 'Worried', value: 57, lower: 54, upper: 60 }]}></trust-bars>`);
    expect(texts(shadow(el), 'tbody td')).to.deep.equal(['57%', '57% (54–60)']);
  });

  it('reads a child table’s lower and upper columns, and names the table in its problems', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars>
      <table><thead><tr><th>Group</th><th>%</th><th>Lower</th><th>Upper</th></tr></thead>
      <tbody><tr><td>Staff</td><td>36</td><td>33</td><td>39</td></tr><tr><td>Public</td><td>57</td><td>58</td><td>60</td></tr></tbody></table>
    </trust-bars>`);
    expect(texts(shadow(el), 'tbody td')).to.deep.equal(['36%', '36% (33–39)', '57%', '–']);
    expect(texts(shadow(el), '[part="warning"] li')).to.deep.equal([
      'table: “Public” is 57%, outside its published interval 58%–60%, so that interval is not shown. Check that the interval belongs to this figure.',
    ]);
  });
});
