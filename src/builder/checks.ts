/**
 * Checks as you go: honest-by-default advice about the chart being built, each a sentence in the builder's
 * catalogues with a link to the docs. Pure: the same inputs as the embed codes. These are advice, never blocks.
 */
import { readSampleSize, sampleSizeColumn } from '../core/data/sample-size-columns.js';
import { changeSignificance } from '../core/stats/change-significance.js';
import type { WidgetTag } from '../widgets.js';
import type { WidgetAttributeValues } from './embed-code.js';
import type { PastedTable } from './paste.js';

export type CheckId = 'no-heading' | 'long-heading' | 'no-source' | 'no-sample-size' | 'waffle-over-total' | 'likert-dont-know' | 'change-within-margin';

export interface Check {
  readonly id: CheckId;
  /** The form field to fix, by attribute name. */
  readonly field: string;
  /** The docs page (under docs/) that explains it. */
  readonly docs: string;
}

/** More words than a reader takes in at a glance: the heading is the finding, not the whole story. */
export const HEADING_MAX_WORDS = 15;
const SERIES_SPLIT = /\s*\|\s*/;
const RISE_OR_FALL =
  /\b(rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|up|down|increase[ds]?|decrease[ds]?|grew|grown|growth|drop(ped|s)?|more|fewer|less|higher|lower|doubled|halved|cynnydd|gostyngiad|codi|cododd|gostwng|gostyngodd|mwy|llai)\b/iu;
const DONT_KNOW = /don[’']?t know|not sure|dim yn gwybod|ddim yn gwybod|ansicr/iu;

const text = (attributes: WidgetAttributeValues, name: string) => {
  const value = attributes[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** The advice for this chart, in the order the form asks for things. */
export function checkChart(tag: WidgetTag, attributes: WidgetAttributeValues, table: PastedTable, locale = 'en-GB'): Check[] {
  const checks: Check[] = [];
  const heading = text(attributes, 'heading');
  if (!heading) checks.push({ id: 'no-heading', field: 'heading', docs: 'shared-attributes.md' });
  else if (heading.split(/\s+/).length > HEADING_MAX_WORDS) checks.push({ id: 'long-heading', field: 'heading', docs: 'shared-attributes.md' });
  if (!text(attributes, 'source')) checks.push({ id: 'no-source', field: 'source', docs: 'shared-attributes.md' });

  const unit = text(attributes, 'unit') || (table.unit === 'currency' ? 'currency' : 'percent');
  const sizeColumns = table.header.map((name, i) => (i > 0 && sampleSizeColumn(name) ? i : -1)).filter((i) => i > 0);
  const sampleSizes = text(attributes, 'sample-size')
    .split(SERIES_SPLIT)
    .filter(Boolean)
    .map((size) => readSampleSize(size, locale));
  if (unit === 'percent' && !sampleSizes.length && !sizeColumns.length && tag !== 'trust-waffle') {
    checks.push({ id: 'no-sample-size', field: 'sample-size', docs: 'shared-attributes.md' });
  }

  const firstColumn = table.valueColumns[0];
  if (tag === 'trust-waffle' && firstColumn !== undefined) {
    const total = Number(text(attributes, 'of') || 100);
    const sum = table.readings.reduce((all, row) => all + (row[firstColumn]?.kind === 'number' ? row[firstColumn]!.value! : 0), 0);
    if (Number.isFinite(total) && sum > total) checks.push({ id: 'waffle-over-total', field: 'of', docs: 'trust-waffle.md' });
  }
  if (tag === 'trust-likert' && !text(attributes, 'dont-know') && table.valueColumns.some((i) => DONT_KNOW.test(table.header[i] ?? ''))) {
    checks.push({ id: 'likert-dont-know', field: 'dont-know', docs: 'trust-likert.md' });
  }
  if (tag === 'trust-change' && unit === 'percent' && table.valueColumns.length >= 2 && RISE_OR_FALL.test(heading)) {
    const [from, to] = [table.valueColumns[0]!, table.valueColumns[table.valueColumns.length - 1]!];
    const sizeFor = (row: readonly string[], series: number): number | undefined => {
      const rowSize = sizeColumns.length ? readSampleSize(row[sizeColumns[0]!] ?? '', locale) : null;
      if (typeof rowSize === 'number') return rowSize;
      const given = sampleSizes.length === 1 ? sampleSizes[0] : sampleSizes[series];
      return typeof given === 'number' ? given : undefined;
    };
    const tests = table.readings.flatMap((row, r) => {
      const [a, b] = [row[from], row[to]];
      const [nFrom, nTo] = [sizeFor(table.rows[r]!, 0), sizeFor(table.rows[r]!, sampleSizes.length - 1)];
      if (a?.kind !== 'number' || b?.kind !== 'number' || nFrom === undefined || nTo === undefined) return [];
      const test = changeSignificance(a.value!, nFrom, b.value!, nTo);
      return test ? [test] : [];
    });
    if (tests.length && tests.every((test) => !test.clear)) checks.push({ id: 'change-within-margin', field: 'heading', docs: 'trust-change.md' });
  }
  return checks;
}
