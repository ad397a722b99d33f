/**
 * The sample size a weighted or clustered survey is worth: `n / designEffect`, whole people (at least 1). A design
 * effect of 1.5 widens every margin of error by √1.5, as pollsters and the ONS do for weighted samples. Whole
 * people, so every test that needs a count of people takes it unchanged; rounding moves a margin by less than
 * 1 part in 2n.
 */
export const effectiveSampleSize = (n: number, designEffect: number): number => Math.max(1, Math.round(n / designEffect));
