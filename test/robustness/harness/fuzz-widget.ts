import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TrustElement } from '../../../src/core/trust-element.js';
import { attributeList, attributeValue } from './attributes.js';
import { markupProblems, outcomeOf, prototypeChanges, settle, snapshotPrototypes, Trap } from './checks.js';
import {
  applyData,
  bigSheet,
  DEEP_JSON,
  DEEP_OBJECT_JSON,
  DEFAULT_SHAPE,
  dataInput,
  records,
  toJson,
  type DataInput,
  type DataShape,
  type Sheet,
} from './data.js';
import { LONG_LABEL, MARKUP, nested, PROTOTYPE_KEYS, URLS } from './hostile.js';
import { DEFAULT_RUNS, SETTINGS } from './settings.js';

/** One fuzz case: attributes, data through one door, the width of the page, and an optional later change. */
export interface FuzzCase {
  /** Mild cases keep plausible values where a wrong one only gives an error; wild cases do not. */
  readonly wild?: boolean;
  readonly attributes: readonly [string, string][];
  readonly input: DataInput;
  readonly width: number;
  readonly update?:
    { readonly kind: 'attribute'; readonly name: string; readonly value: string | null } | { readonly kind: 'data'; readonly input: DataInput } | undefined;
}

export interface FuzzOptions {
  /** What the widget's data usually looks like (series, rows, values): keeps a share of cases drawing. */
  readonly shape?: DataShape;
  /** Data in the widget's own attributes (`value`, `of`, `previous`), tried in place of the data doors. */
  readonly own?: fc.Arbitrary<[string, string][]>;
  /** The door whose 10,000 valid rows are sent in the default run (through the others the last value is negative). */
  readonly hugeDoor?: 'property' | 'attribute-compact' | 'attribute-json' | 'table';
  /**
   * The widget's row limit (TrustElement.maxRows), if it has one: every huge case with more rows must end in the
   * too-many-rows message. Without one (stat, waffle), the widget's own rules answer.
   */
  readonly rowLimit?: number;
  /** Whether 500 ordinary rows end in a chart (default true; a unit chart keeps at most six categories). */
  readonly drawsManyRows?: boolean;
  /**
   * Cases that hit a bug already reported against code this suite may not change. Each entry names the bug; the
   * property excludes only those cases (fc.pre), so everything else keeps running at full strength.
   */
  readonly knownBugs?: readonly { readonly name: string; readonly matches: (c: FuzzCase) => boolean }[];
  /** The same, for the property that removes an attribute: `matches` gets the attribute's name. */
  readonly knownRemovalBugs?: readonly { readonly name: string; readonly matches: (attribute: string) => boolean }[];
}

const WIDTHS = [0, 1, 48, 200, 320, 640, 1200];
/** The huge case within every widget's row limit: drawn, except where a widget's own rules say otherwise. */
const MANY_ROWS = '500 rows, drawn';

/**
 * Bugs of the base class (src/core/trust-element.ts, not this suite's to change) that the removal property excludes,
 * so that it still runs for every other attribute. Remove an entry once the bug is fixed.
 */
const KNOWN_BASE_REMOVAL_BUGS: NonNullable<FuzzOptions['knownRemovalBugs']> = [];
type Widget = TrustElement & HTMLElement;

/** Counts of how the cases ended, printed once per widget so a run that only ever shows errors stands out. */
interface Tally {
  chart: number;
  error: number;
  skipped: number;
}

/** Runs one case and returns its outcome; throws, naming everything that went wrong, if the case failed. */
/** Most problems a widget lists (warnings and errors on screen, or warnings in the console) for one input. */
const MAX_MESSAGES = 25;

/** Runs one case; throws, naming everything that went wrong, if the case failed. Returns how many problems it listed. */
export async function runCase(
  tag: string,
  c: FuzzCase,
  tally?: Tally,
  /** More checks of the first render; returns problems. */
  inspect?: (el: Widget) => string[],
): Promise<{ shown: number; console: number; outcome: 'chart' | 'error'; errors: string[] }> {
  const before = snapshotPrototypes();
  const page = document.createElement('div');
  page.style.width = `${c.width}px`;
  document.body.append(page);
  const trap = new Trap();
  const problems: string[] = [];
  const check = (when: string, el: Widget) => {
    const outcome = outcomeOf(el);
    if (outcome.kind === 'broken') problems.push(`${when}: ${outcome.reason}`);
    else if (tally && when === 'first render') tally[outcome.kind]++;
    problems.push(...markupProblems(el.shadowRoot!).map((p) => `${when}: ${p}`));
  };
  let el: Widget | undefined;
  let shown = 0;
  let first: { kind: 'chart' | 'error'; errors: string[] } = { kind: 'error', errors: [] };
  try {
    el = document.createElement(tag) as Widget;
    for (const [name, value] of c.attributes) el.setAttribute(name, value);
    applyData(el, c.input);
    page.append(el);
    await settle(el);
    check('first render', el);
    const outcome = outcomeOf(el);
    if (outcome.kind !== 'broken') first = outcome;
    if (inspect) problems.push(...inspect(el).map((p) => `first render: ${p}`));
    shown = el.shadowRoot!.querySelectorAll('[part="warning"] li, [part="error"] li').length;
    if (c.update) {
      if (c.update.kind === 'attribute') {
        if (c.update.value === null) el.removeAttribute(c.update.name);
        else el.setAttribute(c.update.name, c.update.value);
      } else {
        el.data = undefined;
        el.removeAttribute('data');
        el.querySelector(':scope > table')?.remove();
        applyData(el, c.update.input);
      }
      await settle(el);
      check('after an update', el);
    }
  } catch (error) {
    problems.push(`threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 500));
  } finally {
    page.remove();
    // Anything the removal set off (disconnectedCallback, a last ResizeObserver callback) belongs to this case.
    await new Promise((resolve) => setTimeout(resolve, 0));
    problems.push(...trap.release(), ...prototypeChanges(before));
  }
  if (problems.length) {
    const shown = problems.slice(0, 20);
    throw new Error([...shown, ...(problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [])].join('\n'));
  }
  return { shown, console: trap.warnings, outcome: first.kind, errors: first.errors };
}

function fuzzCase(names: readonly string[], options: FuzzOptions): fc.Arbitrary<FuzzCase> {
  const shape = options.shape ?? DEFAULT_SHAPE;
  return fc.boolean().chain((wild) => {
    const update = fc.oneof(
      fc
        .constantFrom(...names)
        .chain((name) => fc.option(attributeValue(name, wild), { nil: null }).map((value) => ({ kind: 'attribute' as const, name, value }))),
      dataInput(wild, shape).map((input) => ({ kind: 'data' as const, input })),
    );
    const ownData = options.own;
    const input = ownData
      ? fc.oneof(
          { weight: 3, arbitrary: fc.tuple(dataInput(wild, shape), fc.constant<[string, string][]>([])) },
          { weight: 1, arbitrary: fc.tuple(fc.constant<DataInput>({ via: 'none' }), ownData) },
        )
      : fc.tuple(dataInput(wild, shape), fc.constant<[string, string][]>([]));
    return fc
      .tuple(input, attributeList(names, wild), fc.constantFrom(...WIDTHS), fc.option(update, { nil: undefined }))
      .map(([[data, own], list, width, later]): FuzzCase => ({ wild, attributes: [...own, ...list], input: data, width, update: later }));
  });
}

/** Keeps a failure readable: a counterexample may hold a 10,000-character label or 10,000 rows. */
const shorten = (error: unknown): Error => {
  const text = error instanceof Error ? error.message : String(error);
  return new Error(text.length > 6000 ? `${text.slice(0, 6000)}… (${text.length} characters)` : text);
};

/** The robustness tests of one widget: random hostile cases, every payload in every attribute, the huge inputs. */
export function fuzzWidget(tag: string, options: FuzzOptions = {}): void {
  const knownBugs = options.knownBugs ?? [];
  const knownRemovalBugs = [...KNOWN_BASE_REMOVAL_BUGS, ...(options.knownRemovalBugs ?? [])];

  describe(`<${tag}> robustness: random and hostile input (seed ${SETTINGS.seed}, ${SETTINGS.runs} cases)`, function () {
    // Each test sets its own timeout from its size; the page's own limit comes from the test runner's config.
    const observed = () => [...(customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes];

    it('reads its attributes from observedAttributes', () => {
      expect(customElements.get(tag), `${tag} is registered`).to.exist;
      expect(observed()).to.include.members(['heading', 'data', 'source-url', 'unit', 'locale']);
    });

    it(`ends every random case in a chart or its own error message, with nothing injected or thrown`, async function () {
      this.timeout(Math.max(60_000, SETTINGS.runs * 400));
      const tally: Tally = { chart: 0, error: 0, skipped: 0 };
      const started = performance.now();
      try {
        await fc.assert(
          fc.asyncProperty(fuzzCase(observed(), options), async (c) => {
            const bug = knownBugs.find((known) => known.matches(c));
            if (bug) tally.skipped++;
            fc.pre(!bug);
            await runCase(tag, c, tally);
          }),
          { seed: SETTINGS.seed, numRuns: SETTINGS.runs, maxSkipsPerRun: 100, includeErrorInReport: true },
        );
      } catch (error) {
        throw shorten(error);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `<${tag}> fuzz, seed ${SETTINGS.seed}: ${tally.chart} charts, ${tally.error} error messages, ${tally.skipped} known-bug cases skipped, ${seconds} s`,
      );
      // Not a test of the data: a guard that the generators still reach the drawing code.
      expect(tally.chart, 'cases that drew a chart').to.be.greaterThan(SETTINGS.runs / 20);
    });

    it('looks, once an attribute is removed, as if it had never been set', async function () {
      // Lit sets a property to null (not undefined) when its attribute is removed: code that only expects
      // undefined reads the null as a value. Compares everything the reader can see or hear (the shadow root's text)
      // with a fresh widget that never had the attribute.
      const runs = Math.max(1, Math.ceil(SETTINGS.runs / 4));
      this.timeout(Math.max(60_000, runs * 800));
      const names = observed().filter((name) => name !== 'data');
      const shape = options.shape ?? DEFAULT_SHAPE;
      const arbitrary = fc
        .record({ attributes: attributeList(names, false, 6), input: dataInput(false, shape), which: fc.nat() })
        .filter(({ attributes }) => attributes.some(([name]) => name !== 'data'));
      const render = async (attributes: readonly [string, string][], input: DataInput, remove?: string) => {
        const page = document.createElement('div');
        page.style.width = '640px';
        document.body.append(page);
        const trap = new Trap();
        /** Ends the case; what the trap caught is reported beside the case's own error, never instead of it. */
        const finish = (caseError?: unknown): Error | undefined => {
          page.remove();
          const failures = trap.release();
          if (caseError === undefined) return failures.length ? new Error(failures.join('\n')) : undefined;
          const error = caseError instanceof Error ? caseError : new Error(String(caseError as string));
          return failures.length ? new Error([...failures, error.message].join('\n'), { cause: error }) : error;
        };
        let result: { outcome: string; text: string };
        try {
          const el = document.createElement(tag) as Widget;
          for (const [name, value] of attributes) el.setAttribute(name, value);
          applyData(el, input);
          page.append(el);
          await settle(el);
          if (remove) {
            el.removeAttribute(remove);
            await settle(el);
          }
          // What the polite live region says is news about the change just made (a warning that appeared after load
          // is said once, issue 17), not the chart's state: everything else must be as if never set.
          const live = [...el.shadowRoot!.querySelectorAll('[aria-live]')].map((region) => region.textContent ?? '');
          const text = live.reduce((all, said) => (said ? all.replace(said, '') : all), el.shadowRoot!.textContent ?? '');
          result = { outcome: outcomeOf(el).kind, text: text.replace(/\s+/g, ' ').trim() };
        } catch (error) {
          throw finish(error)!;
        }
        const failure = finish();
        if (failure) throw failure;
        return result;
      };
      try {
        await fc.assert(
          fc.asyncProperty(arbitrary, async ({ attributes, input, which }) => {
            const removable = attributes.filter(([name]) => name !== 'data');
            const name = removable[which % removable.length]![0];
            const bug = knownRemovalBugs.find((known) => known.matches(name));
            fc.pre(!bug);
            const removed = await render(attributes, input, name);
            const never = await render(
              attributes.filter(([n]) => n !== name),
              input,
            );
            expect(removed, `removed ${name}`).to.deep.equal(never);
          }),
          { seed: SETTINGS.seed, numRuns: runs, maxSkipsPerRun: 100, includeErrorInReport: true },
        );
      } catch (error) {
        throw shorten(error);
      }
    });

    it('keeps every markup, URL and prototype-key payload as text, in every attribute, label and series name', async function () {
      const payloads = [...MARKUP, ...URLS, ...PROTOTYPE_KEYS];
      this.timeout(payloads.length * 4 * 2000);
      // Attributes that turn any chart into an error message when wrong; the payload goes everywhere else. `src`
      // too: a payload address would be fetched (from the internet, for the https ones) instead of the data.
      const keep = new Set(['data', 'unit', 'locale', 'currency', 'format', 'value', 'of', 'src']);
      const names = observed().filter((name) => !keep.has(name));
      const doors: DataInput['via'][] = ['property', 'attribute-compact', 'attribute-json', 'table'];
      let charts = 0;
      const started = performance.now();
      const errors: string[] = [];
      for (const [i, payload] of payloads.entries()) {
        const sheet: Sheet = {
          series: [payload, '2024'],
          rows: [
            { label: payload, cells: [40, 57] },
            { label: 'Worried', cells: [20, 30] },
          ],
        };
        const via = doors[i % doors.length]!;
        const input: DataInput =
          via === 'property' || via === 'attribute-json'
            ? { via, shape: 'values', sheet }
            : via === 'table'
              ? { via, sheet, header: true, caption: payload }
              : { via: 'attribute-compact', sheet, separator: '; ' };
        const c: FuzzCase = { attributes: names.map((name) => [name, payload]), input, width: 640 };
        const tally: Tally = { chart: 0, error: 0, skipped: 0 };
        try {
          await runCase(tag, c, tally);
        } catch (error) {
          throw new Error(`payload ${JSON.stringify(payload)} through ${via}:\n${(error as Error).message}`, { cause: error });
        }
        charts += tally.chart;
        if (tally.error) errors.push(JSON.stringify(payload));
        // The same payload as the only attribute besides the data: the chart is drawn, with the payload as text.
        const alone: FuzzCase = {
          attributes: [
            ['heading', payload],
            ['source', payload],
            ['source-url', payload],
          ],
          input,
          width: 640,
        };
        // And it is shown as the very text written: heading, source line and the data table's row.
        const asText = (el: Widget): string[] => {
          const root = el.shadowRoot!;
          const text = (selector: string) => Array.from(root.querySelectorAll(selector), (node) => node.textContent ?? '');
          const shown = payload.trim().replace(/\s+/g, ' ');
          const found = [...text('[part="heading"]'), ...text('[part="source"]'), ...text('[part="table"] th, [part="table"] td')].map((t) =>
            t.replace(/\s+/g, ' '),
          );
          return shown && !found.some((t) => t.includes(shown)) ? [`the payload is not shown as text: ${JSON.stringify(found.slice(0, 3))}`] : [];
        };
        try {
          await runCase(tag, alone, undefined, asText);
        } catch (error) {
          throw new Error(`payload ${JSON.stringify(payload)} as heading, source and source-url, data through ${via}:\n${(error as Error).message}`, {
            cause: error,
          });
        }
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `<${tag}> payloads: ${charts} of ${payloads.length} drew a chart with the payload in every attribute (the others showed an error: ${errors.join(', ')}), ${seconds} s`,
      );
    });

    it('survives 10,000 rows, 10,000-character labels, duplicate labels and deeply nested JSON, through every door', async function () {
      this.timeout(600_000);
      // 10,000 rows are over every widget's row limit (TrustElement.maxRows): they must end, quickly, in the
      // too-many-rows message. Through all doors but one the last value is also -1 (read every row, then refuse);
      // runs with more cases than the default (npm run fuzz) send valid rows through every door. 500 rows, within
      // every widget's limit, are drawn.
      const thorough = SETTINGS.runs > DEFAULT_RUNS;
      const drawn = options.hugeDoor ?? 'property';
      const series = ['2022', '2024'];
      const rows = (count: number, names: readonly string[], label: (i: number) => string, draw: boolean): Sheet => {
        const sheet = bigSheet(count, names, label);
        if (draw) return sheet;
        const last = sheet.rows[sheet.rows.length - 1]!;
        return { ...sheet, rows: [...sheet.rows.slice(0, -1), { ...last, cells: last.cells.map(() => -1) }] };
      };
      const door = (via: 'property' | 'attribute-compact' | 'attribute-json' | 'table', sheet: Sheet): DataInput =>
        via === 'property' || via === 'attribute-json'
          ? { via, shape: 'values', sheet }
          : via === 'table'
            ? { via, sheet, header: true, caption: 'Big' }
            : { via, sheet, separator: '; ' };
      const doors = ['property', 'attribute-compact', 'attribute-json', 'table'] as const;
      const huge: [string, DataInput][] = [
        ...doors.map((via): [string, DataInput] => {
          const draw = thorough || via === drawn;
          return [
            `10,000 rows through ${via}${draw ? ', all valid' : ', the last one negative'}`,
            door(
              via,
              rows(10_000, series, (i) => `Row ${i}`, draw),
            ),
          ];
        }),
        ['10,000 rows of one series', { via: 'attribute-json', shape: 'datum', sheet: rows(10_000, ['only'], (i) => `Row ${i}`, thorough) }],
        [
          '10,000 duplicate labels',
          door(
            thorough ? drawn : 'attribute-json',
            rows(10_000, series, () => 'Same label', thorough),
          ),
        ],
        [
          '50 duplicate labels, drawn',
          door(
            drawn,
            rows(50, series, (i) => (i % 2 ? 'Same label' : 'Same label '), true),
          ),
        ],
        [
          MANY_ROWS,
          door(
            drawn,
            rows(500, series, (i) => `Row ${i}`, true),
          ),
        ],
        [
          '10,000-character labels and series names',
          {
            via: 'property',
            shape: 'values',
            sheet: {
              series: [LONG_LABEL, `${LONG_LABEL}!`],
              rows: [
                { label: LONG_LABEL, cells: [40, 57] },
                { label: `${LONG_LABEL}?`, cells: [20, 30] },
              ],
            },
          },
        ],
        [
          'a 10,000-character label and caption in a table',
          { via: 'table', sheet: { series, rows: [{ label: LONG_LABEL, cells: [40, 57] }] }, header: true, caption: LONG_LABEL },
        ],
        [
          'a 10,000-character compact entry',
          { via: 'attribute-compact', sheet: { series, rows: [{ label: LONG_LABEL, cells: [LONG_LABEL, 57] }] }, separator: '; ' },
        ],
        [
          '200 series',
          {
            via: 'attribute-json',
            shape: 'values',
            sheet: bigSheet(
              3,
              Array.from({ length: 200 }, (_, i) => `S${i}`),
              (i) => `Row ${i}`,
            ),
          },
        ],
        [
          `${thorough ? '1,000' : '50'} rows of 100 series`,
          {
            via: 'property',
            shape: 'values',
            sheet: bigSheet(
              thorough ? 1_000 : 50,
              Array.from({ length: 100 }, (_, i) => `S${i}`),
              (i) => `Row ${i}`,
            ),
          },
        ],
        ['100,000 nested lists', { via: 'attribute-raw', text: DEEP_JSON }],
        ['50,000 nested objects in a value', { via: 'attribute-raw', text: DEEP_OBJECT_JSON }],
        ['100,000 nested lists in .data', { via: 'property-raw', value: nested(100_000) }],
        [
          'prototype keys as labels, series and keys',
          {
            via: 'attribute-raw',
            text: toJson(
              records({ series: PROTOTYPE_KEYS, rows: PROTOTYPE_KEYS.map((key) => ({ label: key, cells: PROTOTYPE_KEYS.map(() => 10) })) }, 'values'),
            ),
          },
        ],
        [
          '__proto__ rows',
          {
            via: 'attribute-raw',
            text: '[{"label":"a","value":1,"__proto__":{"polluted":"yes","value":2}},{"__proto__":[],"label":"b","value":2},{"label":"c","values":{"__proto__":{"polluted":1}},"qualifiers":{"__proto__":"x"}}]',
          },
        ],
      ];
      const slow: string[] = [];
      const begun = performance.now();
      for (const [name, input] of huge) {
        const started = performance.now();
        let messages: Awaited<ReturnType<typeof runCase>>;
        try {
          messages = await runCase(tag, { attributes: [], input, width: 640 });
        } catch (error) {
          throw new Error(`${name}:\n${(error as Error).message}`, { cause: error });
        }
        const count = 'sheet' in input ? input.sheet.rows.length : 0;
        if (options.rowLimit !== undefined && count > options.rowLimit) {
          expect(messages.outcome, `${name}: over the row limit of ${options.rowLimit}`).to.equal('error');
          expect(messages.errors.join('\n'), name).to.contain(`rows; this chart draws at most ${options.rowLimit.toLocaleString('en-GB')}`);
        }
        if (name === MANY_ROWS && options.drawsManyRows !== false) {
          expect(messages.outcome, `${name}: ${messages.errors.join('; ')}`).to.equal('chart');
        }
        // Ten thousand bad rows must not mean ten thousand notices: the lists stop at a few, like the parsers'.
        expect(messages.shown, `${name}: messages shown`).to.be.at.most(MAX_MESSAGES);
        expect(messages.console, `${name}: console warnings`).to.be.at.most(MAX_MESSAGES);
        const took = performance.now() - started;
        if (took > 1000) slow.push(`${name}: ${Math.round(took)} ms`);
      }
      const seconds = ((performance.now() - begun) / 1000).toFixed(1);
      console.log(`<${tag}> huge cases: ${seconds} s${slow.length ? `; over a second:\n  ${slow.join('\n  ')}` : ''}`);
    });
  });
}
