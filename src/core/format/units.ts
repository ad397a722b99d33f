/** The units every widget understands. The same list everywhere, so a journalist learns it once. */
export const UNITS = ['percent', 'count', 'currency', 'ratio', 'number'] as const;
export type Unit = (typeof UNITS)[number];

export const NOTATIONS = ['auto', 'standard', 'compact'] as const;
export type Notation = (typeof NOTATIONS)[number];

/** Units whose values can never be negative (a count of trusts, a share of staff, a ratio). Money can: a cut. */
export const isNonNegativeUnit = (unit: Unit): boolean => unit !== 'number' && unit !== 'currency';

/** From this size up, `notation="auto"` writes "1.7 million" rather than "1,700,000". */
export const COMPACT_FROM = 1_000_000;
