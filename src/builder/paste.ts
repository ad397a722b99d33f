/**
 * Data in: what an editor pastes from a spreadsheet, read cell by cell the way the widgets will read it, so that
 * the builder's preview table can show how each cell was understood before any chart is drawn. Pure: no DOM.
 */
import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import { parseNumberText } from '../core/data/parse-number.js';
import { readSampleSizeForm, sampleSizeColumn } from '../core/data/sample-size-columns.js';

/** How the pasted text was split into cells. */
export type PastedFormat = 'tsv' | 'csv' | 'semicolon';

/** What a number's own characters say it is: "57%" a percentage, "£92m" money. */
export type UnitHint = 'percent' | 'currency';

/** Why a cell cannot be used as written; worded by the builder's message catalogue. */
export type CellProblem = 'not-a-number' | 'not-a-sample-size' | 'no-label';

/** One cell of the pasted table, as the widgets will read it. */
export interface CellReading {
  /** The cell as pasted, with runs of spaces made one. */
  readonly text: string;
  /** label: the first column; number / missing / invalid: a figure; size: a sample size in an `n` column. */
  readonly kind: 'label' | 'number' | 'missing' | 'invalid' | 'size';
  readonly value?: number;
  /** Words kept with the number ("more than"). */
  readonly qualifier?: string;
  readonly unit?: UnitHint;
  /** ISO code, for a `currency` hint. */
  readonly currency?: string;
  readonly problem?: CellProblem;
}

export interface PastedTable {
  readonly format: PastedFormat;
  /** The header row, trimmed: the first cell heads the labels, each other cell names a series (or an `n` column). */
  readonly header: readonly string[];
  /** The body rows, trimmed, each padded to the header's width. */
  readonly rows: readonly (readonly string[])[];
  /** How each body cell was read, row by row, in the same shape as `rows`. */
  readonly readings: readonly (readonly CellReading[])[];
  /** Indexes (in `header`) of the columns holding figures: every column but the first and the sample sizes. */
  readonly valueColumns: readonly number[];
  /** The unit most figures carry, when they agree ("57%", "60%" → percent). */
  readonly unit?: UnitHint;
  readonly currency?: string;
  /** How many cells have a problem. */
  readonly problemCount: number;
}

const CURRENCY_CODES: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR' };

/** Reads the pasted text. Returns undefined for text with no header row and no figures (nothing to chart yet). */
export function readPasted(pasted: string, locale = 'en-GB'): PastedTable | undefined {
  const text = pasted.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return undefined;
  const format = detectFormat(text, locale);
  const parsed = format === 'tsv' ? tsvParseRows(text) : format === 'csv' ? csvParseRows(text) : dsvFormat(';').parseRows(text);
  const clean = (cell: string | undefined) => (cell ?? '').replace(/\s+/g, ' ').trim();
  // Spreadsheets copy trailing empty rows and columns; they are not data.
  const nonEmpty = parsed.map((row) => row.map(clean)).filter((row) => row.some((cell) => cell !== ''));
  const [header = [], ...body] = nonEmpty;
  const width = Math.max(header.length, ...body.map((row) => row.length));
  if (header.length < width) header.push(...Array.from({ length: width - header.length }, () => ''));
  const rows = body.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  if (width < 2 || !rows.length) {
    return {
      format,
      header,
      rows,
      readings: rows.map((row) => row.map((cell) => ({ text: cell, kind: 'label' }) as const)),
      valueColumns: [],
      problemCount: 0,
    };
  }
  const sizeColumns = new Set(header.map((name, i) => (i > 0 && sampleSizeColumn(name) ? i : -1)).filter((i) => i > 0));
  const valueColumns = header.map((_, i) => i).filter((i) => i > 0 && !sizeColumns.has(i));
  const readings = rows.map((row) =>
    row.map((cell, i): CellReading => {
      if (i === 0) return cell || row.slice(1).every((other) => !other) ? { text: cell, kind: 'label' } : { text: cell, kind: 'label', problem: 'no-label' };
      if (sizeColumns.has(i)) return readSize(cell, locale);
      return readFigure(cell, locale);
    }),
  );
  const figures = readings.flatMap((row) => valueColumns.map((i) => row[i]!)).filter((cell) => cell.kind === 'number');
  const units = new Set(figures.map((cell) => cell.unit));
  const unit = units.size === 1 ? [...units][0] : undefined;
  const currencies = new Set(figures.map((cell) => cell.currency).filter(Boolean));
  const currency = unit === 'currency' && currencies.size === 1 ? [...currencies][0] : undefined;
  const problemCount = readings.flat().filter((cell) => cell.problem).length;
  return { format, header, rows, readings, valueColumns, ...(unit ? { unit } : {}), ...(currency ? { currency } : {}), problemCount };
}

/**
 * Spreadsheets copy tab-separated text; a tab anywhere means TSV. Otherwise CSV, except where the first line splits
 * better on semicolons (Excel writes CSV that way in locales whose decimal separator is a comma).
 */
export function detectFormat(text: string, locale = 'en-GB'): PastedFormat {
  if (text.includes('\t')) return 'tsv';
  const firstLine = text.split('\n', 1)[0] ?? '';
  const commas = csvParseRows(firstLine)[0]?.length ?? 1;
  const semicolons = dsvFormat(';').parseRows(firstLine)[0]?.length ?? 1;
  if (semicolons > commas) return 'semicolon';
  // "Worried;57,5" has as many cells either way: a decimal comma says semicolons.
  if (semicolons > 1 && semicolons === commas && decimalIsComma(locale)) return 'semicolon';
  return 'csv';
}

function decimalIsComma(locale: string): boolean {
  try {
    return new Intl.NumberFormat(locale).format(1.5).includes(',');
  } catch {
    return false;
  }
}

/** A figure, read by the library's own number reader, with what its symbols say about the unit. */
export function readFigure(cell: string, locale = 'en-GB'): CellReading {
  const parsed = parseNumberText(cell, locale);
  if (parsed.kind === 'missing') return { text: cell, kind: 'missing' };
  if (parsed.kind === 'invalid') return { text: cell, kind: 'invalid', problem: 'not-a-number' };
  const symbol = /[£$€]/.exec(cell)?.[0];
  const unit: UnitHint | undefined = /%\s*$/.test(cell) ? 'percent' : symbol ? 'currency' : undefined;
  return {
    text: cell,
    kind: 'number',
    value: parsed.value,
    ...(parsed.qualifier ? { qualifier: parsed.qualifier } : {}),
    ...(unit ? { unit } : {}),
    ...(unit === 'currency' && symbol ? { currency: CURRENCY_CODES[symbol] } : {}),
  };
}

function readSize(cell: string, locale: string): CellReading {
  // As the chart reads an n column: "about 1,000" and "1k" too.
  const size = readSampleSizeForm(cell, locale);
  if (size === 'invalid') return { text: cell, kind: 'invalid', problem: 'not-a-sample-size' };
  return size === null ? { text: cell, kind: 'missing' } : { text: cell, kind: 'size', value: size.size };
}
