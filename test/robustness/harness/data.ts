import fc from 'fast-check';
import { anyText, anyValue, DEEP_JSON, DEEP_OBJECT_JSON, nested, PLAIN_LABELS, PROTOTYPE_KEYS, TEXTS } from './hostile.js';

/**
 * Data for a fuzz case, written once in a neutral form and then given to the widget through one of its four
 * doors: the `.data` property (objects or text), the `data` attribute (compact or JSON) or a child `<table>`.
 */
export interface Sheet {
  readonly series: readonly string[];
  readonly rows: readonly SheetRow[];
}

export interface SheetRow {
  readonly label: unknown;
  /** Not always as many as there are series: ragged rows are part of the fuzz. */
  readonly cells: readonly unknown[];
  readonly n?: unknown;
}

export type RecordShape = 'datum' | 'values' | 'flat';

export type DataInput =
  | { readonly via: 'property'; readonly shape: RecordShape; readonly sheet: Sheet }
  | { readonly via: 'property-text'; readonly text: string }
  | { readonly via: 'property-raw'; readonly value: unknown }
  | { readonly via: 'attribute-compact'; readonly sheet: Sheet; readonly separator: string }
  | { readonly via: 'attribute-json'; readonly shape: RecordShape; readonly sheet: Sheet }
  | { readonly via: 'attribute-raw'; readonly text: string }
  | { readonly via: 'table'; readonly sheet: Sheet; readonly header: boolean; readonly caption: string | undefined }
  | { readonly via: 'none' };

const SERIES_NAMES = [
  '2019',
  '2020',
  '2022',
  '2024',
  'Agree',
  'Neither',
  'Disagree',
  "Don't know",
  'Very confident',
  'Not at all confident',
  'n',
  'n 2024',
  'value',
  'label',
  'values',
];

/** A label: mostly from a small pool, so duplicate labels are common; otherwise any text. */
const label = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PLAIN_LABELS) },
    { weight: 4, arbitrary: anyText() },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(57, 0, -0, NaN, null, undefined, {}, [], true) },
  );

/** What a widget's data usually looks like, so that a share of the cases gets as far as drawing. */
export interface DataShape {
  /** How many series (value columns) and rows a well-formed sheet has. */
  readonly series: readonly [number, number];
  readonly rows: readonly [number, number];
  /** The values of a well-formed sheet. */
  readonly value: fc.Arbitrary<number>;
  /** Labels of a well-formed sheet (default: PLAIN_LABELS); hostile text is mixed in either way. */
  readonly labels?: readonly string[];
}

export const DEFAULT_SHAPE: DataShape = { series: [1, 3], rows: [1, 8], value: fc.integer({ min: 0, max: 100 }) };

/** Finite numbers at the edges of what doubles hold: a sheet sometimes mixes one of them into plausible values. */
const extremeNumber = fc.oneof(
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0, 1e300, 1e21, 2 ** 53 + 2, 1e-7, 0.1 + 0.2, 99.99999999, 100.0000001, 1e15),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A label as shown: plausible, or text that must stay text (markup, URLs, RTL, emoji, prototype keys). */
const shownLabel = (labels: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...labels) },
    { weight: 2, arbitrary: fc.constantFrom(...TEXTS.filter((t) => /\S/.test(t) && !/[:;|\n]/.test(t))) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  );

/**
 * A sheet a journalist could have written (plausible values, right number of cells) whose labels and series names
 * are often hostile text: the payloads get as far as the drawing.
 */
export function cleanSheet(shape: DataShape = DEFAULT_SHAPE): fc.Arbitrary<Sheet> {
  const labels = shape.labels ?? PLAIN_LABELS;
  return fc.integer({ min: shape.series[0], max: shape.series[1] }).chain((count) =>
    fc.record({
      series: fc.uniqueArray(
        fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SERIES_NAMES.slice(0, 10)) }, { weight: 1, arbitrary: shownLabel(PLAIN_LABELS) }),
        { minLength: count, maxLength: count },
      ),
      rows: fc.oneof({ weight: 7, arbitrary: shape.value }, { weight: 1, arbitrary: extremeNumber }).chain((value) =>
        fc.array(
          fc.record({
            label: shownLabel(labels),
            cells: fc.array(fc.oneof({ weight: 3, arbitrary: shape.value }, { weight: 1, arbitrary: fc.constant(value) }), {
              minLength: count,
              maxLength: count,
            }),
          }),
          { minLength: shape.rows[0], maxLength: shape.rows[1] },
        ),
      ),
    }),
  );
}

/** Anything: ragged rows, any label (also non-text), any value, random `n` columns. */
export function wildSheet({ maxRows = 12, maxSeries = 6 } = {}): fc.Arbitrary<Sheet> {
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SERIES_NAMES) }, { weight: 1, arbitrary: anyText(20) }), { maxLength: maxSeries })
    .chain((series) =>
      fc.record({
        series: fc.constant(series),
        rows: fc.array(
          fc.record(
            {
              label: label(),
              // Usually one cell per series; sometimes one more or fewer.
              cells: fc.oneof(
                { weight: 6, arbitrary: fc.array(anyValue(), { minLength: Math.max(1, series.length), maxLength: Math.max(1, series.length) }) },
                { weight: 1, arbitrary: fc.array(anyValue(), { maxLength: series.length + 2 }) },
              ),
              n: fc.oneof(
                { weight: 6, arbitrary: fc.constant(undefined) },
                { weight: 1, arbitrary: anyValue() },
                { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }) },
              ),
            },
            { requiredKeys: ['label', 'cells'] },
          ),
          { maxLength: maxRows },
        ),
      }),
    );
}

/** Data through one of the doors. Mild: a clean sheet through the four real doors. Wild: anything through any door. */
export function dataInput(wild: boolean, shape: DataShape = DEFAULT_SHAPE): fc.Arbitrary<DataInput> {
  const recordShape = fc.constantFrom<RecordShape>('datum', 'values', 'flat');
  if (!wild) {
    const sheet = cleanSheet(shape);
    return fc.oneof(
      fc.record({ via: fc.constant('property' as const), shape: fc.constantFrom<RecordShape>('values', 'flat'), sheet }),
      fc.record({ via: fc.constant('attribute-compact' as const), sheet, separator: fc.constantFrom('; ', '\n') }),
      fc.record({ via: fc.constant('attribute-json' as const), shape: fc.constantFrom<RecordShape>('values', 'flat'), sheet }),
      fc.record({ via: fc.constant('table' as const), sheet, header: fc.constant(true), caption: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }) }),
    );
  }
  const sheet = fc.oneof(wildSheet(), cleanSheet(shape));
  const shapeOf = recordShape;
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ via: fc.constant('property' as const), shape: shapeOf, sheet }) },
    {
      weight: 1,
      arbitrary: fc.record({
        via: fc.constant('property-text' as const),
        text: fc.oneof(
          anyText(200),
          wildSheet().map((s) => compactText(s)),
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        via: fc.constant('property-raw' as const),
        value: fc.oneof(
          anyValue(),
          fc.constantFrom<unknown>(
            [],
            [null],
            [[]],
            [{}],
            { label: 'x', value: 5 },
            nested(500),
            JSON.parse('[{"__proto__": {"polluted": 1}, "label": "a", "value": 1}]'),
          ),
          fc.array(fc.dictionary(fc.constantFrom('label', 'value', 'values', 'qualifier', 'qualifiers', 'n', ...PROTOTYPE_KEYS), anyValue(), { maxKeys: 5 }), {
            maxLength: 5,
          }),
        ),
      }),
    },
    { weight: 3, arbitrary: fc.record({ via: fc.constant('attribute-compact' as const), sheet, separator: fc.constantFrom('; ', ';', '\n', ' ;\n ') }) },
    { weight: 3, arbitrary: fc.record({ via: fc.constant('attribute-json' as const), shape: shapeOf, sheet }) },
    {
      weight: 1,
      arbitrary: fc.record({
        via: fc.constant('attribute-raw' as const),
        text: fc.oneof(
          anyText(200),
          fc.json({ maxDepth: 4 }),
          fc.constantFrom(
            '[{"label":"a","value":1}',
            '[{"label":"a","value":1}]]',
            '{"__proto__":{"polluted":1}}',
            '[{"label":"__proto__","values":{"__proto__":5,"constructor":6,"prototype":7}}]',
          ),
        ),
      }),
    },
    { weight: 3, arbitrary: fc.record({ via: fc.constant('table' as const), sheet, header: fc.boolean(), caption: fc.option(anyText(), { nil: undefined }) }) },
    { weight: 1, arbitrary: fc.constant({ via: 'none' as const }) },
  );
}

/** The data of a sheet as objects, in one of the three record shapes `.data` and JSON accept. */
export function records(sheet: Sheet, shape: RecordShape): unknown[] {
  return sheet.rows.map((row) => {
    const extra: [string, unknown][] = row.n === undefined ? [] : [['n', row.n]];
    switch (shape) {
      case 'datum':
        return Object.fromEntries([['label', row.label], ['value', row.cells[0]], ...extra]);
      case 'values':
        // Object.fromEntries defines own properties, so "__proto__" stays a key, as JSON.parse would make it.
        return Object.fromEntries([
          ['label', row.label],
          ['values', Object.fromEntries(row.cells.map((cell, i) => [sheet.series[i] ?? `extra ${i}`, cell]))],
          ...extra,
        ]);
      case 'flat':
        return Object.fromEntries([...row.cells.map((cell, i) => [sheet.series[i] ?? `extra ${i}`, cell]), ['label', row.label], ...extra]);
    }
  });
}

/** JSON that never throws: BigInt as text, like a CMS would write it. */
export const toJson = (value: unknown): string => JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';

export const cellText = (cell: unknown): string => {
  if (typeof cell === 'string') return cell;
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'symbol') return cell.toString();
  if (typeof cell === 'object') return toJson(cell).slice(0, 200);
  return String(cell as number | boolean | bigint);
};

export function compactText(sheet: Sheet, separator = '; '): string {
  return sheet.rows.map((row) => `${cellText(row.label)}: ${row.cells.map(cellText).join(' | ')}`).join(separator);
}

/** A plain table, built with DOM calls: a hostile cell is text, as a CMS would escape it. */
export function table(sheet: Sheet, header: boolean, caption: string | undefined): HTMLTableElement {
  const element = document.createElement('table');
  if (caption !== undefined) element.createCaption().textContent = caption;
  const withN = sheet.rows.some((row) => row.n !== undefined);
  if (header) {
    const tr = element.createTHead().insertRow();
    for (const text of ['Item', ...sheet.series, ...(withN ? ['n'] : [])]) {
      const th = document.createElement('th');
      th.textContent = text;
      tr.append(th);
    }
  }
  const body = element.createTBody();
  for (const row of sheet.rows) {
    const tr = body.insertRow();
    for (const cell of [row.label, ...row.cells, ...(withN ? [row.n] : [])]) tr.insertCell().textContent = cellText(cell);
  }
  return element;
}

/** Gives `input` to a widget that is not yet attached. */
export function applyData(el: HTMLElement & { data?: unknown }, input: DataInput): void {
  switch (input.via) {
    case 'property':
      el.data = records(input.sheet, input.shape);
      break;
    case 'property-text':
      el.data = input.text;
      break;
    case 'property-raw':
      el.data = input.value;
      break;
    case 'attribute-compact':
      el.setAttribute('data', compactText(input.sheet, input.separator));
      break;
    case 'attribute-json':
      el.setAttribute('data', toJson(records(input.sheet, input.shape)));
      break;
    case 'attribute-raw':
      el.setAttribute('data', input.text);
      break;
    case 'table':
      el.append(table(input.sheet, input.header, input.caption));
      break;
    case 'none':
      break;
  }
}

/** A sheet of `rows` rows with the given label and numbers, for the huge cases. */
export function bigSheet(rows: number, series: readonly string[], label: (i: number) => string): Sheet {
  return {
    series,
    rows: Array.from({ length: rows }, (_, i) => ({ label: label(i), cells: series.map((_, s) => (i * 7 + s * 13) % 100) })),
  };
}

export { DEEP_JSON, DEEP_OBJECT_JSON };
