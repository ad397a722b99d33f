import { problem, type Problem } from '../problems.js';
import type { ValueFormatter } from '../format/number.js';
import { isNonNegativeUnit, type Unit } from '../format/units.js';
import type { DataModel, DataOrigin } from './model.js';

/**
 * Checks the values against the unit: percentages lie between 0 and 100, counts, money and ratios are not
 * negative. Each problem names the row and the input the author has to fix.
 */
export function validateValues(model: DataModel, origin: DataOrigin, unit: Unit, format: ValueFormatter): Problem[] {
  const problems: Problem[] = [];
  for (const row of model.rows) {
    for (const value of row.values) {
      if (value === null || problems.length >= 5) continue;
      const shown = format(value);
      if (unit === 'percent' && value > 100) problems.push(problem(origin, (m) => m.percentTooHigh(row.label, shown)));
      else if (unit === 'percent' && value < 0) problems.push(problem(origin, (m) => m.negativePercent(row.label, shown)));
      else if (value < 0 && isNonNegativeUnit(unit)) problems.push(problem(origin, (m) => m.negativeNotAllowed(row.label, shown, unit)));
    }
  }
  return problems;
}
