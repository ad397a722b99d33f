import { expect } from '@open-wc/testing';
import { halfName, likertScale, lowerFirst } from '../../src/likert/likert-scale.js';

const FIVE = ['Very confident', 'Fairly confident', 'Neither', 'Not very confident', 'Not at all confident'];
const anyOf = (items: readonly string[]) => items.join(' or ');

describe('likertScale: the shape of the answers', () => {
  it('makes the middle of five answers neutral, the first two positive and the last two negative', () => {
    const scale = likertScale({ names: FIVE, positive: 'first' });
    expect(scale.answers).to.deep.equal([0, 1, 2, 3, 4]);
    expect(scale.neutral).to.equal(2);
    expect(scale.leftCount).to.equal(2);
    expect(scale.positive).to.deep.equal([0, 1]);
    expect(scale.negative).to.deep.equal([3, 4]);
    expect(scale.classes).to.deep.equal(['scale-1', 'scale-2', 'scale-3', 'scale-4', 'scale-5']);
    expect(scale.issues).to.deep.equal([]);
  });

  it('maps three answers to the strongest colours and the neutral grey', () => {
    expect(likertScale({ names: ['Agree', 'Neither', 'Disagree'], positive: 'first' }).classes).to.deep.equal(['scale-1', 'scale-3', 'scale-5']);
  });

  it('gives four answers no neutral, two a side, light colours next to the zero line', () => {
    const scale = likertScale({ names: ['Very well', 'Fairly well', 'Fairly badly', 'Very badly'], positive: 'first' });
    expect(scale.neutral).to.equal(undefined);
    expect(scale.leftCount).to.equal(2);
    expect(scale.classes).to.deep.equal(['scale-1', 'scale-2', 'scale-4', 'scale-5']);
  });

  it('turns the colours round when positive="last", keeping the written order', () => {
    const scale = likertScale({ names: ['Very badly', 'Fairly badly', 'Fairly well', 'Very well'], positive: 'last' });
    expect(scale.positive).to.deep.equal([2, 3]);
    expect(scale.negative).to.deep.equal([0, 1]);
    expect(scale.classes).to.deep.equal(['scale-5', 'scale-4', 'scale-2', 'scale-1']);
  });

  it('gives a seven-answer scale in-between colours and no warning', () => {
    const names = ['Strongly agree', 'Agree', 'Somewhat agree', 'Neither', 'Somewhat disagree', 'Disagree', 'Strongly disagree'];
    const scale = likertScale({ names, positive: 'first' });
    expect(scale.classes).to.deep.equal(['scale-1', 'scale-12', 'scale-2', 'scale-3', 'scale-4', 'scale-45', 'scale-5']);
    expect(scale.issues).to.deep.equal([]);
  });

  it('repeats colours beyond three a side, never on neighbours, and reports it', () => {
    const names = Array.from({ length: 9 }, (_, i) => `Answer ${i + 1}`);
    const scale = likertScale({ names, positive: 'first' });
    expect(scale.classes).to.deep.equal(['scale-1', 'scale-12', 'scale-2', 'scale-1', 'scale-3', 'scale-5', 'scale-4', 'scale-45', 'scale-5']);
    scale.classes.forEach((c, i) => i > 0 && expect(c, `answer ${i + 1}`).to.not.equal(scale.classes[i - 1]));
    expect(scale.issues).to.deep.equal([{ kind: 'too-many', count: 9 }]);
  });

  it('takes the neutral answer from neutral="…", ignoring case and apostrophe style', () => {
    const scale = likertScale({ names: ['Agree', 'Tend to agree', 'Don’t mind', 'Disagree'], positive: 'first', neutral: "don't MIND" });
    expect(scale.neutral).to.equal(2);
    expect(scale.leftCount).to.equal(2);
    expect(scale.positive).to.deep.equal([0, 1]);
    expect(scale.negative).to.deep.equal([3]);
    expect(scale.classes).to.deep.equal(['scale-1', 'scale-2', 'scale-3', 'scale-5']);
  });

  it('reports a neutral name that matches no answer and keeps the middle one', () => {
    const scale = likertScale({ names: FIVE, positive: 'first', neutral: 'Unsure' });
    expect(scale.neutral).to.equal(2);
    expect(scale.issues).to.deep.equal([{ kind: 'neutral-not-found', value: 'Unsure', middle: 'Neither' }]);
  });

  it('sets the "don\'t know" answer apart and finds the neutral among the rest', () => {
    const scale = likertScale({ names: [...FIVE, "Don't know"], positive: 'first', dontKnow: 'Don’t know' });
    expect(scale.dontKnow).to.equal(5);
    expect(scale.answers).to.deep.equal([0, 1, 2, 3, 4]);
    expect(scale.neutral).to.equal(2);
  });

  it('reports a dont-know name that matches no answer', () => {
    expect(likertScale({ names: FIVE, positive: 'first', dontKnow: 'Not sure' }).issues).to.deep.equal([{ kind: 'dont-know-not-found', value: 'Not sure' }]);
  });

  it("sets the usual don't-know answers apart without being told (issue 16), English and Welsh, and keeps the centre", () => {
    for (const name of [
      'Don’t know',
      "Don't know",
      'Do not know',
      'Not sure',
      'Prefer not to say',
      "Don't know / prefer not to say",
      'Ddim yn gwybod',
      'Dim yn gwybod',
      'Ddim yn siŵr',
    ]) {
      const scale = likertScale({ names: [...FIVE, name], positive: 'first' });
      expect(scale.dontKnow, name).to.equal(5);
      expect(scale.neutral, name).to.equal(2);
      expect(scale.issues, name).to.deep.equal([]);
    }
  });

  it('dont-know="" draws every answer on the scale, as asked, with no warning', () => {
    const scale = likertScale({ names: [...FIVE, "Don't know"], positive: 'first', dontKnow: '' });
    expect(scale.dontKnow).to.equal(undefined);
    expect(scale.answers).to.have.length(6);
    expect(scale.issues).to.deep.equal([]);
  });

  it("only a last answer is taken for a don't-know one, and never a two-answer scale's", () => {
    expect(likertScale({ names: ['Not sure', ...FIVE], positive: 'first' }).dontKnow).to.equal(undefined);
    expect(likertScale({ names: ['Agree', 'Not sure'], positive: 'first' }).dontKnow).to.equal(undefined);
  });

  it('refuses to make the "don\'t know" answer neutral too', () => {
    const scale = likertScale({ names: ['Yes', 'Maybe', 'No', "Don't know"], positive: 'first', dontKnow: "Don't know", neutral: "Don't know" });
    expect(scale.neutral).to.equal(1);
    expect(scale.issues).to.deep.equal([{ kind: 'neutral-is-dont-know', value: "Don't know" }]);
  });

  it('reports a scale of fewer than two answers', () => {
    expect(likertScale({ names: ['Agree', "Don't know"], positive: 'first', dontKnow: "Don't know" }).issues).to.deep.equal([{ kind: 'too-few', count: 1 }]);
  });
});

describe('halfName: words for one half of the scale', () => {
  it('keeps the words the answers share', () => {
    expect(halfName(['Very confident', 'Fairly confident'], anyOf)).to.equal('confident');
    expect(halfName(['Not very confident', 'Not at all confident'], anyOf)).to.equal('not confident');
    expect(halfName(['Strongly agree', 'Agree'], anyOf)).to.equal('agree');
  });

  it('uses a single answer as it is, lower-cased', () => {
    expect(halfName(['Disagree'], anyOf)).to.equal('disagree');
  });

  it('joins answers that share no last word', () => {
    expect(halfName(['A great deal', 'A fair amount'], anyOf)).to.equal('a great deal or a fair amount');
    expect(halfName(['Excellent', 'Good'], anyOf)).to.equal('excellent or good');
  });

  it('leaves acronyms alone when lower-casing', () => {
    expect(lowerFirst('NHS staff')).to.equal('NHS staff');
    expect(lowerFirst("Don't know")).to.equal("don't know");
    expect(lowerFirst('I trust it')).to.equal('I trust it');
  });
});

describe('halfName in Welsh word order', () => {
  it('finds the shared word wherever it stands', () => {
    const or = (items: readonly string[]) => items.join(' neu ');
    expect(halfName(['Hyderus iawn', 'Eithaf hyderus'], or)).to.equal('hyderus');
    expect(halfName(['Ddim yn hyderus iawn', 'Ddim yn hyderus o gwbl'], or)).to.equal('ddim yn hyderus');
  });

  it('does not name a half by a short shared word such as "Not"', () => {
    expect(halfName(['Not very much', 'Not at all'], (items) => items.join(' or '))).to.equal('not very much or not at all');
  });
});
