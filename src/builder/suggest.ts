/**
 * Pick a chart: which widget suits the pasted data's shape, and why, in one line. Pure: the builder shows the
 * suggestion first and every other widget one click away, so a wrong guess costs a click, not a rebuild.
 */
import { WIDGET_TAGS, type WidgetTag } from '../widgets.js';
import type { PastedTable } from './paste.js';

/** Why a widget was suggested; each has a sentence in the builder's message catalogues. */
export type SuggestionReason = 'one-value' | 'two-times' | 'many-times' | 'answer-scale' | 'categories';

export interface Suggestion {
  readonly tag: WidgetTag;
  readonly reason: SuggestionReason;
}

/** The fewest time points ("waves") that make a trend rather than a change. */
const TREND_MIN_WAVES = 3;

// Years ("2024", "2023/24", "2023-24", "FY2024"), quarters, months, ISO dates and survey waves, in English and Welsh.
const MONTHS =
  'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr';
const TIME_LABEL = new RegExp(
  [
    String.raw`(fy\s?)?(19|20)\d\d([/-]\d\d(\d\d)?)?`,
    String.raw`(q[1-4]\s*(19|20)\d\d|(19|20)\d\d\s*q[1-4])`,
    String.raw`(${MONTHS})\.?\s*((19|20)\d\d)?`,
    String.raw`(19|20)\d\d-\d\d(-\d\d)?`,
    String.raw`(wave|survey|round|ton|arolwg)\s*\d+`,
    'before|after|then|now|from|to|baseline|cynt|wedyn',
  ]
    .map((pattern) => `(${pattern})`)
    .join('|'),
  'iu',
);
const ANSWER_HEADER =
  /\b(strongly\s+)?(dis)?agree|neither|(dis)?satisfied|(un)?likely|(not\s+)?confident|support|oppose|don[’']t know|(an)?gytuno|(an)?fodlon/iu;

/** Whether a row label or column header names a time: a year, quarter, month, date or survey wave. */
export function isTimeLabel(text: string): boolean {
  return new RegExp(`^(${TIME_LABEL.source})$`, TIME_LABEL.flags).test(text.trim());
}

/** The widget that suits the data's shape, with its reason. */
export function suggestChart(table: PastedTable): Suggestion {
  const seriesHeaders = table.valueColumns.map((i) => table.header[i] ?? '');
  const labels = table.rows.map((row) => row[0] ?? '');
  if (table.rows.length === 1 && seriesHeaders.length === 1) return { tag: 'trust-stat', reason: 'one-value' };
  if (seriesHeaders.filter((header) => ANSWER_HEADER.test(header)).length >= 2) return { tag: 'trust-likert', reason: 'answer-scale' };
  if (labels.length >= TREND_MIN_WAVES && labels.every(isTimeLabel)) return { tag: 'trust-trend', reason: 'many-times' };
  if (seriesHeaders.length === 2 && seriesHeaders.every(isTimeLabel)) return { tag: 'trust-change', reason: 'two-times' };
  return { tag: 'trust-bars', reason: 'categories' };
}

/** Every widget, the suggested one first: the builder's chart picker. */
export function widgetChoices(suggested: WidgetTag): WidgetTag[] {
  return [suggested, ...WIDGET_TAGS.filter((tag) => tag !== suggested)];
}
