import type { DataModel } from '../data/model.js';
import { numberFormat } from '../format/number.js';
import { upperFirst } from '../i18n/grammar.js';

/** The survey attributes the data table's caption names. */
export interface CaptionSurvey {
  readonly population?: string | null;
  readonly base?: string | null;
  /** Already written for the reader ("1–15 March 2024"). */
  readonly fieldwork?: string | undefined;
}

/** Survey facts for the data table's caption: who, base, sample size, fieldwork. */
export function captionDetails(survey: CaptionSurvey, model: DataModel, perSeries: readonly (number | undefined)[], locale: string): string {
  const sizes = [...new Set([...perSeries, ...model.rows.flatMap((row) => row.sampleSizes ?? [])].filter((n): n is number => n !== undefined))];
  const count = numberFormat(locale, {});
  // A sentence of its own after the caption's full stop ("Worry. People in the UK; n = 1,000"); "n =" stays small.
  const who = [survey.population?.trim(), survey.base?.trim()].filter(Boolean).map((text, i) => (i ? text : upperFirst(text!)));
  return [
    ...who,
    sizes.length === 1
      ? `n = ${count.format(sizes[0]!)}`
      : sizes.length > 1
        ? `n = ${count.format(Math.min(...sizes))}–${count.format(Math.max(...sizes))}`
        : undefined,
    survey.fieldwork,
  ]
    .filter(Boolean)
    .join('; ');
}
