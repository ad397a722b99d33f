import type { Problem, Result } from '../../src/core/problems.js';
import { loadMessages, messagesFor } from '../../src/core/i18n/messages.js';

// The explanations of problems load only when a widget shows one: these tests word problems without drawing.
await loadMessages('en-GB');

/** The English catalogue, to read problems as an author would. */
export const en = messagesFor('en-GB');

/** The value of a result that must have succeeded; otherwise fails with the problems in words. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) {
    throw new Error(`expected a value, got problems: ${result.problems.map((p) => `${p.attribute}: ${p.describe(en)}`).join(' | ')}`);
  }
  return result.value;
}

/** The problems of a result that must have failed. */
export function problemsOf<T>(result: Result<T>): Problem[] {
  if (result.ok) throw new Error(`expected problems, got the value ${JSON.stringify(result.value)}`);
  return result.problems;
}

/** Each problem as "attribute: English message". */
export const described = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.attribute}: ${p.describe(en)}`);
