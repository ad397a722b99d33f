import { problem, type Problem } from '../problems.js';
import { numberFormat, type ValueFormatter } from '../format/number.js';
import { isNonNegativeUnit, type Unit } from '../format/units.js';
import type { DataModel, DataOrigin } from './model.js';

/**
 * The largest magnitude a chart can draw. Axes round their ends outwards and subtract one from the other, which
 * overflows to Infinity (and NaN coordinates) near Number.MAX_VALUE; no real figure comes anywhere near this.
 */
export const MAX_DRAWABLE = 1e300;

/**
 * Rows a widget draws at most unless it sets its own limit. Beyond about a thousand marks a chart stops being
 * readable and its first render blocks the page for seconds (10,000 bars took over 2 s to draw and open as a table):
 * an author who pasted a whole spreadsheet gets a clear message at once instead.
 */
export const DEFAULT_MAX_ROWS = 1000;

/** The problem with data that has more rows than a widget can draw legibly, if it has. */
export function checkRowCount(model: DataModel & { readonly origin: DataOrigin }, maxRows: number): Problem | undefined {
  const count = model.rows.length;
  if (count <= maxRows) return undefined;
  return problem(model.origin, (m) => {
    const whole = numberFormat(m.locale, {});
    return m.tooManyRows(whole.format(count), whole.format(maxRows));
  });
}

/** A value beyond MAX_DRAWABLE as the author can recognise it ("1.8e+308"), not 300 digits. */
export const tooLargeText = (value: number): string => String(Number(value.toPrecision(2)));

/**
 * Checks the values against the unit: percentages lie between 0 and 100, counts, money and ratios are not
 * negative, and nothing is beyond MAX_DRAWABLE. Each problem names the row and the input the author has to fix.
 */
export function validateValues(model: DataModel, origin: DataOrigin, unit: Unit, format: ValueFormatter): Problem[] {
  const problems: Problem[] = [];
  for (const row of model.rows) {
    for (const value of row.values) {
      if (value === null || problems.length >= 5) continue;
      if (Math.abs(value) > MAX_DRAWABLE) {
        const text = tooLargeText(value);
        problems.push(problem(origin, (m) => m.tooLargeToDraw(row.label, text)));
        continue;
      }
      const shown = format(value);
      if (unit === 'percent' && value > 100) problems.push(problem(origin, (m) => m.percentTooHigh(row.label, shown)));
      else if (unit === 'percent' && value < 0) problems.push(problem(origin, (m) => m.negativePercent(row.label, shown)));
      else if (value < 0 && isNonNegativeUnit(unit)) problems.push(problem(origin, (m) => m.negativeNotAllowed(row.label, shown, unit)));
    }
  }
  return problems;
}
