import type { Messages } from './i18n/messages.js';

/**
 * Something wrong with what the author wrote. Problems are values, never exceptions: the element shows them
 * inside itself and warns once in the console. `describe` picks the words from the reader's message catalogue.
 */
export interface Problem {
  /** The attribute (or `data`, `table`, `.data`) the author has to fix. */
  readonly attribute: string;
  readonly describe: (messages: Messages) => string;
  /** For a problem with `src`: the address as given, for the `trust-data-error` event. */
  readonly src?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

/** What a problem says when its explanation could not be loaded (the attribute is still named beside it). */
export const UNEXPLAINED = 'this value cannot be used, and the explanation could not be loaded: check it against the documentation.';

/**
 * A problem with an attribute. Its explanation comes from a catalogue whose English explanations load only when a
 * problem is shown (en-problems.ts): if that load failed, the problem is still named, with a plain sentence.
 */
export const problem = (attribute: string, describe: (messages: Messages) => string): Problem => ({
  attribute,
  describe: (messages) => {
    try {
      // A missing sentence is undefined (a plain string) or throws (a function): either way, say so plainly.
      const said = describe(messages);
      if (typeof said === 'string') return said;
    } catch {
      // Its explanation did not load.
    }
    return UNEXPLAINED;
  },
});
