import { problem, type Problem } from '../problems.js';

/**
 * Fieldwork dates as a reader expects them: ISO dates and ranges become words in the reader's language
 * ("2024-03-01/2024-03-15" → "1–15 March 2024"); anything else is the author's text, shown as written.
 *
 * The code that reads and writes dates (./fieldwork-dates.ts) is needed only by a chart whose `fieldwork` is shaped
 * like ISO dates, so it loads on first need, from a chunk of its own (issue 12: ~0.7 KB brotli off every widget).
 * An element waits for it before it renders (`fieldworkPending`, in TrustElement's and the dashboard's
 * scheduleUpdate), so no frame shows the dates as typed; the pre-renderer gives it up front (src/ssr/words.ts).
 */

type FieldworkDates = typeof import('./fieldwork-dates.js');

let dates: FieldworkDates | undefined;
let loading: Promise<void> | undefined;
let failed = false;

/** Text shaped like ISO dates ("2024-13", "2024-02-31/2024-03"), whether or not the dates exist. */
const ISO_SHAPED = /^\d{4}(?:-\d{1,2}){0,2}(?:\s*\/\s*\d{4}(?:-\d{1,2}){0,2})?$/;

const isoShaped = (text: string | null | undefined): boolean => ISO_SHAPED.test(text?.trim() ?? '');

/** Gives the date code at once, with no loading: the pre-renderer imports it statically, as a server renders synchronously. */
export function provideFieldworkDates(code: FieldworkDates): void {
  dates = code;
}

/**
 * The load under way of the date code that `fieldwork` text needs; undefined when it needs none (free text such as
 * "Spring 2024", or none) or the code is here, so that most charts never wait. Never rejects: a failed load leaves the
 * dates as written, with a warning (`fieldworkProblem`).
 */
export function fieldworkPending(text: string | null | undefined): Promise<void> | undefined {
  if (dates || failed || !isoShaped(text)) return undefined;
  loading ??= import('./fieldwork-dates.js').then(
    (code) => {
      dates = code;
    },
    (error: unknown) => {
      failed = true;
      console.warn('public-trust-widgets: the code that writes fieldwork dates in words could not be loaded.', error);
    },
  );
  return loading;
}

/**
 * `fieldwork` as the reader sees it, in `locale` ("2024-03" → "March 2024"; `monthNames` from the catalogue where the
 * browser has no month names of its own for the language). As written when the date code could not be loaded.
 */
export function formatFieldwork(text: string, locale: string, monthNames?: readonly string[]): string {
  const trimmed = text.trim();
  return dates && isoShaped(trimmed) ? dates.formatFieldwork(trimmed, locale, monthNames) : trimmed;
}

/**
 * The problem with a `fieldwork` value that is meant as ISO dates but is a typing slip: a date that does not exist
 * ("2024-13", "2024-02-31") or a range that ends before it starts ("2024-03-15/2024-03-01"); or, for ISO dates, that
 * the code that writes them in words could not be loaded. Undefined for anything else, free text included.
 */
export function fieldworkProblem(text: string | null | undefined): Problem | undefined {
  const trimmed = text?.trim() ?? '';
  if (!isoShaped(trimmed)) return undefined;
  if (!dates) return problem('fieldwork', (m) => m.fieldworkNotLoaded(trimmed));
  const slip = dates.fieldworkSlip(trimmed);
  if (!slip) return undefined;
  return 'reversed' in slip
    ? problem('fieldwork', (m) => m.fieldworkReversed(trimmed, slip.reversed))
    : problem('fieldwork', (m) => m.fieldworkNotADate(trimmed));
}
