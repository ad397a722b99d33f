import { readNumber } from '../attributes.js';
import { problem, type Problem } from '../problems.js';

/** A server that has not answered in 10 seconds is not going to: say so rather than leave the chart loading. */
export const DEFAULT_TIMEOUT_SECONDS = 10;
/** Fetching more often than this only loads the server (and a reader's data plan): published sheets change slowly. */
export const MIN_REFRESH_SECONDS = 10;

export interface SourceTiming {
  readonly timeoutMs: number;
  /** 0: never fetched again. */
  readonly refreshMs: number;
}

/**
 * `timeout` and `refresh` (seconds) as the widget uses them. A `timeout` that is not a positive number falls back to
 * 10 seconds; a `refresh` below MIN_REFRESH_SECONDS is raised to it; both with a warning in `problems`.
 */
export function readSourceTiming(timeout: string | null | undefined, refresh: string | null | undefined, problems: Problem[]): SourceTiming {
  let timeoutSeconds = readNumber('timeout', timeout, problems) ?? DEFAULT_TIMEOUT_SECONDS;
  if (timeoutSeconds <= 0) {
    const given = String(timeout);
    problems.push(problem('timeout', (m) => m.notANumberAttribute(given)));
    timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  }
  let refreshSeconds = readNumber('refresh', refresh, problems) ?? 0;
  if (refreshSeconds < 0) refreshSeconds = 0;
  if (refreshSeconds > 0 && refreshSeconds < MIN_REFRESH_SECONDS) {
    const given = String(refresh).trim();
    problems.push(problem('refresh', (m) => m.refreshTooShort(given, String(MIN_REFRESH_SECONDS))));
    refreshSeconds = MIN_REFRESH_SECONDS;
  }
  // setTimeout holds at most 2^31 - 1 ms (about 24.8 days); longer waits would fire at once.
  return { timeoutMs: Math.min(timeoutSeconds * 1000, 2 ** 31 - 1), refreshMs: Math.min(refreshSeconds * 1000, 2 ** 31 - 1) };
}
