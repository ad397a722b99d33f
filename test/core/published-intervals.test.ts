import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/dashboard/define.js';
import '../../src/stat/define.js';
import '../../src/trend/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import type { UncertaintyEntry } from '../../src/core/chart-context.js';
import { loadMessages, messagesFor } from '../../src/core/i18n/messages.js';
import { chooseColumns } from '../../src/core/source/source-columns.js';
import { sourceProblem, sourceWords } from '../../src/core/source/source-load.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

before(() => loadMessages('cy'));
// The explanations of problems load only when a widget shows one: these tests word problems without drawing.
await loadMessages('en-GB');
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
/** A single series' entry without its series name (the unnamed series' name is not what these tests are about). */
const withoutSeries = (line: string) => line.replace(/^(\S+) \S+ published/, '$1 published');

describe('published intervals: reading and checking them (the src chunk)', () => {
  const table = {
    format: 'csv' as const,
    columns: ['Group', 'Staff', 'Public', 'Staff low', 'Staff high', 'Public low', 'Public high'],
    rows: [
      { Group: 'Worried', Staff: '40', Public: '57%', 'Staff low': '37', 'Staff high': '43', 'Public low': '54%', 'Public high': '60%' },
      { Group: 'Calm', Staff: '1,250', Public: '30', 'Staff low': '1,200.5', 'Staff high': '', 'Public low': 'low', 'Public high': '33' },
    ],
  };
  const said = (problems: Parameters<typeof sourceProblem>[0][] | undefined) =>
    (problems ?? []).map((p) => {
      const found = sourceProblem(p, 'x.csv');
      return `${found.attribute}: ${found.describe(en)}`;
    });

  it('maps one lower and one upper column to each value column, in order, and checks them', () => {
    const several = chooseColumns(table, { series: ['Staff', 'Public'], lower: ['Staff low', 'public LOW'], upper: ['Staff high', 'Public high'] });
    expect(several.ok && several.records, 'records carry the values only').to.deep.equal([
      { label: 'Worried', Staff: '40', Public: '57%' },
      { label: 'Calm', Staff: '1,250', Public: '30' },
    ]);
    expect(several.ok && several.intervals, 'an empty end drops its interval quietly; a word, with a warning').to.deep.equal([
      [
        [37, 43],
        [54, 60],
      ],
      [undefined, undefined],
    ]);
    expect(said(several.ok ? several.problems : undefined)).to.deep.equal([
      'lower-column: “low” (in the interval for “Calm”) is not a number, so that interval is not shown.',
    ]);
    const unnamed = chooseColumns(table, { lower: ['Staff low', 'Public low'], upper: ['Staff high', 'Public high'] });
    expect(unnamed.ok && unnamed.series, 'the interval columns are not series').to.deep.equal(['Staff', 'Public']);
    const plain = chooseColumns(table, { value: 'Public' });
    expect(plain.ok && 'intervals' in plain, 'no attributes, no intervals').to.equal(false);
  });

  it('drops a value outside its interval (ends included are inside), naming the end that is wrong', () => {
    const rows = [
      { A: 'Worried', V: '57', L: '58', U: '60' },
      { A: 'Concerned', V: '60', L: '55', U: '59' },
      { A: 'Exact', V: '57', L: '57', U: '57' },
      { A: 'Gap', V: '', L: '1', U: '2' },
    ];
    const found = chooseColumns({ format: 'csv', columns: ['A', 'V', 'L', 'U'], rows }, { value: 'V', lower: ['L'], upper: ['U'] });
    expect(found.ok && found.intervals).to.deep.equal([[undefined], [undefined], [[57, 57]], [undefined]]);
    expect(said(found.ok ? found.problems : undefined)).to.deep.equal([
      'lower-column: “Worried” is 57, outside its published interval 58–60, so that interval is not shown. Check that the interval belongs to this figure.',
      'upper-column: “Concerned” is 60, outside its published interval 55–59, so that interval is not shown. Check that the interval belongs to this figure.',
    ]);
  });

  it('wants both attributes, and one column per value column; a missing column is the missing-column error', () => {
    const alone = chooseColumns(table, { value: 'Public', lower: ['Public low'] });
    expect(alone.ok && alone.intervals).to.deep.equal([]);
    expect(said(alone.ok ? alone.problems : undefined)).to.deep.equal([
      'lower-column: an interval needs both ends: set upper-column as well as lower-column. No published intervals are shown until then.',
    ]);
    const upperOnly = chooseColumns(table, { value: 'Public', upper: ['Public high'] });
    expect(said(upperOnly.ok ? upperOnly.problems : undefined)).to.deep.equal([
      'upper-column: an interval needs both ends: set lower-column as well as upper-column. No published intervals are shown until then.',
    ]);
    const count = chooseColumns(table, { series: ['Staff', 'Public'], lower: ['Staff low'], upper: ['Staff high', 'Public high'] });
    expect(said(count.ok ? count.problems : undefined)).to.deep.equal([`lower-column: ${en.seriesMismatch('lower-column', 2, 1)}`]);
    const missing = chooseColumns(table, { value: 'Public', lower: ['Public low'], upper: ['Nope'] });
    expect(missing.ok === false && missing.problem).to.deep.include({ kind: 'missing-column', attribute: 'upper-column', column: 'Nope' });
  });

  it('words them in English and Welsh, the About note saying the ranges are the source’s, not worked out here', () => {
    const english = sourceWords(en);
    expect(english.publishedIntervalRule)
      .to.match(/source published/)
      .and.to.match(/not worked out here/);
    const welsh = sourceWords(messagesFor('cy'));
    expect(welsh.publishedIntervalRule).to.match(/^Yr amrediadau a roddir gyda’r ffigurau/);
    expect(welsh.statPublishedInterval('57% (54–60)')).to.equal('Cyfwng a gyhoeddwyd gyda’r ffigurau: 57% (54–60)');
    expect(welsh.intervalNeedsBothColumns('lower-column', 'upper-column')).to.match(/^mae angen dau ben ar gyfwng/);
  });
});

describe('published intervals from src (lower-column / upper-column)', () => {
  const bars = (src: string, extra = '') => `<trust-bars src="${src}" value-column="Share" lower-column="Lower" upper-column="Upper" ${extra}></trust-bars>`;

  it('shows each value with its published range in the table and .uncertainty, winning over n-column', async () => {
    const { el, warned } = await drawn<TrustBars>(CSV, (src) => bars(src, 'n-column="n"'));
    expect(tableRows(el)).to.deep.equal(['Worried: 57% | 57% (54–60)', 'Concerned: 60% | 60% (57.5–62.5)']);
    expect(brief(el.uncertainty).map(withoutSeries)).to.deep.equal([
      'Worried published 54–60 n=1000: 57% (54–60)',
      'Concerned published 57.5–62.5 n=1000: 60% (57.5–62.5)',
    ]);
    expect(warningText(el)).to.equal('');
    expect(warned).to.deep.equal([]);
    // Published ranges are not margins of error worked out here: the summary claims none.
    expect(shadow(el).querySelector('#summary')!.textContent).to.not.match(/Margin of error/);
  });

  it('says in About this data that the ranges are the source’s own, not worked out here (English and Welsh)', async () => {
    const { el } = await drawn<TrustBars>(CSV, (src) => bars(src, 'sample-size="1000"'));
    expect(aboutUncertainty(el)).to.equal(sourceWords(en).publishedIntervalRule);
    expect(aboutUncertainty(el)).to.not.match(/95% confidence intervals/);
    el.locale = 'cy';
    await settled(el);
    expect(aboutUncertainty(el)).to.equal(sourceWords(messagesFor('cy')).publishedIntervalRule);
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

describe('published intervals in a dashboard', () => {
  it('a child’s own lower-column / upper-column apply to the dashboard’s src', async () => {
    const src = await serve(fresh(), CSV);
    const holder = document.createElement('div');
    holder.innerHTML = `<trust-dashboard heading="Worry" src="${src}">
      <trust-bars value-column="Share" lower-column="Lower" upper-column="Upper"></trust-bars>
      <trust-bars value-column="Share"></trust-bars>
    </trust-dashboard>`;
    const [own, plain] = Array.from(holder.querySelectorAll<TrustBars>('trust-bars'));
    const loaded = Promise.all([own!, plain!].map((el) => new Promise((resolve) => el.addEventListener('trust-data-load', resolve, { once: true }))));
    document.body.append(holder);
    placed.push(holder);
    await loaded;
    await settled(own!);
    await settled(plain!);
    expect(tableRows(own!)).to.deep.equal(['Worried: 57% | 57% (54–60)', 'Concerned: 60% | 60% (57.5–62.5)']);
    expect(tableRows(plain!), 'the other child sets none').to.deep.equal(['Worried: 57%', 'Concerned: 60%']);
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
      'lower-column: “Worried” is 57, outside its published interval 58–60, so that interval is not shown. Check that the interval belongs to this figure.',
      'upper-column: “Concerned” is 60, outside its published interval 55–59, so that interval is not shown. Check that the interval belongs to this figure.',
    ]);
    expect(warned).to.have.length(2);
    expect(brief(el.uncertainty).map(withoutSeries)).to.deep.equal(['Anxious published 28–33 n=undefined: 30% (28–33)']);
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

describe('published intervals need src', () => {
  it('lower / upper keys in .data and lower / upper columns of a child table are series as ever, not intervals', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars .data=${[{ label: 'Worried', value: 57, lower: 54, upper: 60 }]}></trust-bars>`);
    expect(el.uncertainty).to.deep.equal([]);
    const table = await fixture<TrustBars>(html`<trust-bars lower-column="Lower" upper-column="Upper">
      <table><thead><tr><th>Group</th><th>%</th><th>Lower</th><th>Upper</th></tr></thead>
      <tbody><tr><td>Staff</td><td>36</td><td>33</td><td>39</td></tr></tbody></table>
    </trust-bars>`);
    expect(table.uncertainty, 'the attributes name columns of a src file only').to.deep.equal([]);
    expect(texts(shadow(table), 'thead th').slice(1)).to.deep.equal(['%', 'Lower', 'Upper']);
  });
});
