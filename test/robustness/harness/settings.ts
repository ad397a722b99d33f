/**
 * Fuzz settings for this page. test/robustness/groups.js writes FUZZ_SEED and FUZZ_RUNS into
 * `window.__ROBUSTNESS__`; a page opened another way (a debug session) gets the same defaults as CI.
 */
export const DEFAULT_SEED = 20261122;
export const DEFAULT_RUNS = 200;

interface Settings {
  readonly seed: number;
  readonly runs: number;
}

const given = (globalThis as { __ROBUSTNESS__?: Partial<Settings> }).__ROBUSTNESS__ ?? {};

export const SETTINGS: Settings = {
  seed: Number.isSafeInteger(given.seed) ? given.seed! : DEFAULT_SEED,
  runs: Number.isSafeInteger(given.runs) && given.runs! > 0 ? given.runs! : DEFAULT_RUNS,
};
