import { numberFormat, type ValueFormatter } from '../core/format/number.js';
import type { Unit } from '../core/format/units.js';
import { changeSignificance } from '../core/stats/change-significance.js';
import { compareFigures, type Direction } from './stat-change.js';
import { naturalFrequency } from './stat-frequency.js';
import type { ChangeDirection, ChangeTone, StatMessages } from './stat-messages.js';

export interface StatSentencesInput {
  readonly unit: Unit;
  readonly locale: string;
  readonly current: number;
  /** Words kept with the headline figure ("more than"); the shared `qualifier` already applied. */
  readonly currentQualifier?: string | undefined;
  readonly previous?: number | undefined;
  readonly previousQualifier?: string | undefined;
  /** Who a percentage counts ("UK adults"). */
  readonly population?: string | undefined;
  /** For ratios: what there is one of, and what there are N of. */
  readonly label?: string | undefined;
  readonly perLabel?: string | undefined;
  /** What the previous figure is called ("2022"). */
  readonly since?: string | undefined;
  readonly goodWay: Direction;
  /** The frame's formatter (`context.format`): figures in their unit, with qualifiers. */
  readonly format: ValueFormatter;
  /** Plain numbers in the unit's notation, without "1 in" (`context.formatAxis` for ratios). */
  readonly formatCount: (value: number) => string;
  readonly messages: StatMessages;
  /**
   * How many people gave each figure, when known. With both, a change in percentages is tested against sampling
   * noise (two-proportion z test, unpooled standard error, 95% level).
   */
  readonly currentN?: number | undefined;
  readonly previousN?: number | undefined;
}

export interface StatChangeLine {
  readonly text: string;
  readonly direction: ChangeDirection;
  readonly tone: ChangeTone;
  /** Whether an arrow can carry the direction: not for ratios, where "up" would mean "rarer". */
  readonly arrow: boolean;
  /**
   * True when the change is within the margin of error: the line says "no clear change", the tone is neutral and the
   * arrow is level, whichever way the figures moved.
   */
  readonly unclear?: boolean;
}

export interface StatSentences {
  /** "about 57 in every 100 UK adults" (percentages only). */
  readonly frequency?: string | undefined;
  /** "1 qualified security professional per 2,582 employees" (ratios with `per-label` only). */
  readonly ratio?: string | undefined;
  /** "up 10 percentage points since 2022, an improvement" (with a previous figure only). */
  readonly change?: StatChangeLine | undefined;
}

/** Whole numbers in the locale ("1,000"): the counts of a natural frequency. */
export function formatInteger(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A difference in percentage points, to one decimal place at most ("10", "2.3"). */
export function formatPoints(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/**
 * The sentences under the headline figure: a natural frequency for percentages, the ratio in words, and the change
 * since the previous figure. Pure: the element passes in its formatters and the sentences for the reader's language.
 */
export function statSentences(input: StatSentencesInput): StatSentences {
  const { unit, locale, current, currentQualifier, previous, previousQualifier, messages } = input;
  const population = input.population?.trim() || undefined;
  let frequency: string | undefined;
  if (unit === 'percent') {
    const found = naturalFrequency(current, currentQualifier);
    frequency = messages.statNaturalFrequency({
      relation: found.relation,
      count: formatInteger(found.count, locale),
      denominator: formatInteger(found.denominator, locale),
      qualifier: found.qualifier,
      population,
    });
  }
  const perLabel = input.perLabel?.trim();
  const ratio =
    unit === 'ratio' && perLabel
      ? messages.statRatio({ label: input.label?.trim() ?? '', count: input.formatCount(current), per: perLabel, qualifier: currentQualifier })
      : undefined;
  return { frequency, ratio, change: previous === undefined ? undefined : changeLine(input, previous, currentQualifier, previousQualifier) };
}

function changeLine(input: StatSentencesInput, previous: number, currentQualifier?: string, previousQualifier?: string): StatChangeLine {
  const { unit, locale, current, goodWay, format, messages } = input;
  const since = input.since?.trim() || undefined;
  const compared = compareFigures(current, previous, goodWay);
  // A change smaller than the 0.1 points shown would read "up 0 percentage points": call it no change.
  const { direction, tone, difference } =
    unit === 'percent' && Math.round(compared.difference * 10) === 0 ? ({ direction: 'same', tone: 'neutral', difference: 0 } as const) : compared;
  // A ratio's N going up means the thing became rarer, and the difference of two approximate figures is not known:
  // say what the previous figure was instead of how far it moved.
  const kind = unit === 'ratio' ? 'ratio' : currentQualifier || previousQualifier ? 'qualified' : undefined;
  if (kind) {
    const text = messages.statChangeFrom({ kind, direction, tone, previous: format(previous, previousQualifier ?? ''), since });
    return { text, direction, tone, arrow: kind !== 'ratio' };
  }
  if (unit === 'percent') {
    const facts = { direction, tone, amount: formatPoints(difference, locale), points: Math.round(difference * 10) / 10, since };
    const { currentN, previousN } = input;
    const test =
      direction !== 'same' && currentN !== undefined && previousN !== undefined ? changeSignificance(previous, previousN, current, currentN) : undefined;
    if (test && !test.clear) {
      return { text: messages.statChangeUnclear({ ...facts, tone: 'neutral' }), direction, tone: 'neutral', arrow: true, unclear: true };
    }
    return { text: messages.statChange(facts), direction, tone, arrow: true };
  }
  return { text: messages.statChange({ direction, tone, amount: format(difference, ''), since }), direction, tone, arrow: true };
}
