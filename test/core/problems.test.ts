/**
 * A problem is always named with a sentence (issue 12): where its explanation did not load (the chunk of English
 * explanations failed), it says so plainly rather than showing nothing, "undefined", or throwing into the page.
 */
import { expect } from '@open-wc/testing';
import type { Messages } from '../../src/core/i18n/messages.js';
import { problem, UNEXPLAINED } from '../../src/core/problems.js';
import { sourceProblem } from '../../src/core/source/source-load.js';

/** A catalogue without the explanations of problems, as on a page where their chunk did not load. */
const unexplained = { locale: 'en-GB' } as unknown as Messages;

describe('a problem whose explanation did not load', () => {
  it('a missing sentence that is a function: the plain sentence, nothing thrown', () => {
    expect(problem('unit', (m) => m.unknownUnit('percentage', ['percent'])).describe(unexplained)).to.equal(UNEXPLAINED);
  });

  it('a missing sentence that is a plain string: the plain sentence, never "undefined"', () => {
    expect(problem('data', (m) => m.emptyData).describe(unexplained)).to.equal(UNEXPLAINED);
  });

  it('a problem with src that uses a shared sentence (a column count that does not match): named, nothing thrown', () => {
    const found = sourceProblem({ kind: 'interval-count', attribute: 'lower-column', expected: 2, found: 1 } as never, 'figures.csv');
    expect(found.attribute).to.equal('lower-column');
    expect(found.describe(unexplained)).to.match(/explanation could not be loaded/);
  });
});
