import type { DataRow } from '../core/data/model.js';
import { parseNumberText } from '../core/data/parse-number.js';
import { fail, ok, type Problem, type Result } from '../core/problems.js';
import { waffleProblem } from './waffle-messages.js';

/** More shapes than this cannot be counted by eye; a sentence or a bar says it better. */
export const MAX_SHAPES = 1000;
/** Six series colours, each ≥ 3:1 on the background; more categories would repeat a colour. */
export const MAX_CATEGORIES = 6;
/** The whole when the author sets no `of`: survey shares read as "in every 100". */
export const DEFAULT_WHOLE = 100;

/** One filled category: a name and a whole number of shapes, with the author's words ("more than"). */
export interface WaffleCategory {
  readonly label: string;
  readonly count: number;
  readonly qualifier: string | undefined;
}

export interface Whole {
  /** How many shapes the chart has. */
  readonly total: number;
  /** False when `of` was not set and the default of 100 applies. */
  readonly given: boolean;
}

const isCount = (value: number): boolean => Number.isInteger(value) && value >= 0;

/**
 * Reads `of`, the whole the shapes stand for: a whole number from 1 to MAX_SHAPES. With `unit="percent"` the whole
 * is always 100 (the caller warns when `of` says otherwise).
 */
export function readWhole(text: string | null | undefined, percent: boolean, locale: string): Result<Whole> {
  // Percentages are always out of 100: that whole is fixed, not a default the author forgot to change.
  if (percent) return ok({ total: DEFAULT_WHOLE, given: true });
  // Null when the attribute was removed (Lit sets the property to null), undefined when it was never set.
  if (text === null || text === undefined || text.trim() === '') return ok({ total: DEFAULT_WHOLE, given: false });
  const shown = text.trim().slice(0, 80);
  const parsed = parseNumberText(text, locale);
  if (parsed.kind !== 'number' || parsed.qualifier || !Number.isInteger(parsed.value) || parsed.value < 1) {
    return fail(waffleProblem('of', (m) => m.waffleBadWhole(shown)));
  }
  if (parsed.value > MAX_SHAPES) {
    const total = parsed.value;
    return fail(waffleProblem('of', (m) => m.waffleTooManyShapes(total.toLocaleString(locale), MAX_SHAPES.toLocaleString(locale))));
  }
  return ok({ total: parsed.value, given: true });
}

/**
 * Checks the categories a unit chart will draw: each a whole number of 0 or more, at most MAX_CATEGORIES of them,
 * together no more than the whole. `attribute` names the input the author has to fix (`value`, `data`, `table`,
 * `.data`); only the first series is read. `shown` writes a value as the reader sees it.
 */
export function readCategories(rows: readonly DataRow[], whole: Whole, attribute: string, shown: (value: number) => string): Result<WaffleCategory[]> {
  const problems: Problem[] = [];
  const categories: WaffleCategory[] = [];
  const single = attribute === 'value';
  for (const row of rows) {
    const value = row.values[0];
    const label = row.label;
    if (value === null || value === undefined) {
      problems.push(waffleProblem(attribute, (m) => m.waffleMissing(label)));
    } else if (!isCount(value)) {
      const text = shown(value);
      problems.push(waffleProblem(attribute, (m) => (single ? m.waffleNotACount(text) : m.waffleNotACount(text, label))));
    } else {
      categories.push({ label, count: value, qualifier: row.qualifiers[0] });
    }
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, 5) };
  if (categories.length > MAX_CATEGORIES) {
    const count = shown(categories.length);
    const most = shown(MAX_CATEGORIES);
    return fail(waffleProblem(attribute, (m) => m.waffleTooManyCategories(count, most)));
  }
  const sum = categories.reduce((total, category) => total + category.count, 0);
  if (sum > whole.total) {
    const facts = { sum: shown(sum), whole: shown(whole.total), single, defaultWhole: !whole.given };
    return fail(waffleProblem(attribute, (m) => m.waffleOverWhole(facts)));
  }
  return ok(categories);
}
