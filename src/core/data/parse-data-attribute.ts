import { fail, ok, problem, type Problem, type Result } from '../problems.js';
import type { DataModel, DataRow } from './model.js';
import { normaliseRecords } from './normalise-records.js';
import { readNumberText, typedTrailingZero, withDecimals } from './parse-number.js';

/** Separates several series' values in the compact form: "Trained on new tech: 5 | 15". */
export const SERIES_SEPARATOR = '|';

/**
 * Reads the `data` attribute: JSON when it starts with `[` or `{`, otherwise the compact journalist form
 * `Worried about cyber-attacks: 57; Concerned about disruption: 60` (entries split by `;` or new lines, the last
 * colon separating label from value, `|` between series). `directionColumn` names the JSON records' key of each
 * row's good way (`direction-column`), as for a child table.
 */
export function parseDataAttribute(text: string, locale: string, directionColumn?: string | null): Result<DataModel> {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail(problem('data', (m) => m.invalidJson(detail.slice(0, 120))));
    }
    return normaliseRecords(parsed, 'data', locale, directionColumn);
  }
  return parseCompactData(trimmed, locale);
}

export function parseCompactData(text: string, locale: string): Result<DataModel> {
  const entries = text
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const rows: DataRow[] = [];
  const problems: Problem[] = [];
  const decimals: number[] = [];
  let padded = false;
  let seriesCount = 0;
  for (const entry of entries) {
    const colon = entry.lastIndexOf(':');
    const label = entry.slice(0, colon).trim();
    if (colon < 1 || !label) {
      problems.push(problem('data', (m) => m.compactSyntax(entry.slice(0, 80))));
      continue;
    }
    const values: (number | null)[] = [];
    const qualifiers: (string | undefined)[] = [];
    for (const part of entry.slice(colon + 1).split(SERIES_SEPARATOR)) {
      const [parsed, typed] = readNumberText(part, locale);
      decimals[values.length] = Math.max(decimals[values.length] ?? 0, typed);
      padded ||= typed > 0 && typedTrailingZero(part);
      if (parsed.kind === 'invalid') {
        problems.push(problem('data', (m) => m.notANumber(part.trim().slice(0, 80), label)));
      }
      values.push(parsed.kind === 'number' ? parsed.value : null);
      qualifiers.push(parsed.kind === 'number' ? parsed.qualifier : undefined);
    }
    if (seriesCount && values.length !== seriesCount) {
      const expected = seriesCount;
      problems.push(problem('data', (m) => m.seriesMismatch(label, expected, values.length)));
    }
    seriesCount ||= values.length;
    rows.push({ label, values, qualifiers });
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, 5) };
  return ok({ series: Array.from({ length: Math.max(seriesCount, 1) }, () => ''), rows, ...withDecimals(decimals, padded) });
}
