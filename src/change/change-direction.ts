import { problem, type Problem } from '../core/problems.js';
import { changeProblem } from './change-messages.js';

export const DIRECTIONS = ['neutral', 'up-is-good', 'down-is-good'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * What people write for a direction, lower case with hyphens, full stops and curly apostrophes evened out:
 * the attribute's own values, "higher is better", and the Welsh the key itself shows ("Uwch sy’n well").
 */
const SAID: Readonly<Record<string, Direction>> = {
  neutral: 'neutral',
  'up is good': 'up-is-good',
  'higher is better': 'up-is-good',
  'up is better': 'up-is-good',
  "uwch sy'n well": 'up-is-good',
  'gorau po uchaf': 'up-is-good',
  'down is good': 'down-is-good',
  'lower is better': 'down-is-good',
  'down is better': 'down-is-good',
  "is sy'n well": 'down-is-good',
  'gorau po isaf': 'down-is-good',
};

const directionOf = (text: string): Direction | undefined =>
  SAID[
    text
      .trim()
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/[-_\s]+/g, ' ')
      .replace(/[.!]+$/, '')
  ];

/**
 * `direction` for each row, in the rows' order: one value for every row (`up-is-good`, "Higher is better"), or
 * `Label: value` pairs separated by `;` for rows whose good way differs ("Burnout: down-is-good; Would recommend:
 * up-is-good"); a value without a label there is the default for the rows not named. Labels match ignoring case and
 * spacing. An unknown value or label is reported on `direction` and that row is left neutral, never coloured wrongly.
 */
export function readDirections(text: string | null | undefined, labels: readonly string[], warnings: Problem[]): Direction[] {
  const parts = (text ?? '').split(';').filter((part) => part.trim());
  let fallback: Direction = 'neutral';
  const named = new Map<string, Direction>();
  const key = (label: string) => label.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const part of parts) {
    const at = part.lastIndexOf(':');
    const value = at < 0 ? part : part.slice(at + 1);
    const direction = directionOf(value);
    if (!direction) {
      warnings.push(problem('direction', (m) => m.notOneOf(value.trim(), DIRECTIONS, 'neutral')));
      continue;
    }
    if (at < 0) fallback = direction;
    else named.set(key(part.slice(0, at)), direction);
  }
  const known = new Set(labels.map(key));
  for (const [label] of named) {
    if (!known.has(label)) {
      const given = parts.map((part) => part.slice(0, part.lastIndexOf(':')).trim()).find((written) => key(written) === label) ?? label;
      warnings.push(changeProblem('direction', (m) => m.changeDirectionUnknownRow(given, labels)));
    }
  }
  return labels.map((label) => named.get(key(label)) ?? fallback);
}

/** A column that holds each row's direction (data/direction-header.ts: every widget's reader sets it aside). */
export { isDirectionHeader } from '../core/data/direction-header.js';

/**
 * `direction-column`: each row's good way from a column of the data, read as `direction` is ("up-is-good", "lower is
 * better", Welsh). An empty cell keeps the row's `fallback` (the chart's `direction`) quietly; a cell that is not a
 * direction keeps it too, and is reported naming the column, the row and the values that would do.
 */
export function readDirectionCells(
  cells: readonly (string | null | undefined)[],
  labels: readonly string[],
  fallback: readonly Direction[],
  warnings: Problem[],
): Direction[] {
  return labels.map((label, r) => {
    const text = cells[r]?.trim() ?? '';
    const direction = text ? directionOf(text) : undefined;
    if (text && !direction) warnings.push(problem('direction-column', (m) => m.directionCellUnreadable(text.slice(0, 40), label)));
    return direction ?? fallback[r] ?? 'neutral';
  });
}

/**
 * Each row's direction from both places an author can say it: a row's cell of the direction column wins over the
 * chart-wide `direction`, and a row named in `direction` ("Burnout: down-is-good") wins over its cell, the more
 * deliberate of the two, with a warning on `direction-column` when they disagree so that neither is silently lost.
 */
export function combineDirections(
  text: string | null | undefined,
  cells: readonly (string | undefined)[],
  labels: readonly string[],
  warnings: Problem[],
): Direction[] {
  const fromAttribute = readDirections(text, labels, warnings);
  if (!cells.some(Boolean)) return fromAttribute;
  // Which rows `direction` names: the same reading without a default, so an unnamed row comes back undefined.
  // Which rows `direction` names: read its named parts twice with different defaults; a row named reads the same.
  const namedParts = (text ?? '').split(';').filter((part) => part.includes(':'));
  const [orNeutral, orUp] = (['neutral', 'up-is-good'] as const).map((rest) => readDirections([...namedParts, rest].join(';'), labels, []));
  const fromCells = readDirectionCells(cells, labels, fromAttribute, warnings);
  return labels.map((label, r) => {
    if (orNeutral![r] !== orUp![r]) return fromCells[r]!;
    const cell = cells[r]?.trim();
    if (cell && fromCells[r] !== fromAttribute[r]) warnings.push(problem('direction-column', (m) => m.directionCellOverridden(cell.slice(0, 40), label)));
    return fromAttribute[r]!;
  });
}
