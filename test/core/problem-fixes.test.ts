import { expect } from '@open-wc/testing';
import { parseDataAttribute } from '../../src/core/data/parse-data-attribute.js';
import { messagesFor, loadMessages } from '../../src/core/i18n/messages.js';
import { readEmbedAddress, type EmbedTag, type WidgetAttributes } from '../../src/embed/embed-address.js';
import { described, en, problemsOf } from './helpers.js';

await loadMessages('cy');
const cy = messagesFor('cy');

const BARS: WidgetAttributes = { known: new Set(['heading', 'data', 'source']), booleans: new Set() };
const read = (fragment: string) => readEmbedAddress(fragment, (tag: EmbedTag) => (tag === 'trust-bars' ? BARS : undefined));

describe('every problem says how to fix it', () => {
  it('“79,0” suggests 79.0, or setting locale for a page that writes decimals with a comma', () => {
    expect(described(problemsOf(parseDataAttribute('Worried: 79,0', 'en-GB')))).to.deep.equal([
      'data: “79,0” (for “Worried”) is not a number. Write 79.0, with a full stop before the decimals; or, if your page writes decimals with a comma, set locale (for example locale="de-DE").',
    ]);
    expect(cy.notANumber('79,0', 'Yn poeni')).to.contain('Ysgrifennwch 79.0').and.to.contain('locale="de-DE"');
  });

  it('a word where a figure should be asks for digits', () => {
    expect(en.notANumber('lots', 'Worried')).to.equal(
      '“lots” (for “Worried”) is not a number. Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.',
    );
    expect(en.notANumberAttribute('high')).to.equal(
      '“high” is not a number; it was ignored. Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.',
    );
    // A thousands separator is not a decimal comma: "1,500" is read, so no hint about decimals.
    expect(en.notANumber('1,500 people or so', 'A')).to.not.contain('full stop');
  });

  it('an unencoded & in an embed address is named as such, with the fix', () => {
    const request = read('v=1&tag=trust-bars&heading=Trust in GPs & NHS&data=A: 5');
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(request.warnings.map((w) => w.message)).to.deep.equal([
      '<trust-bars> has no attribute “ NHS”: the “&” before it probably belongs inside the value of “heading”. Write & as %26 inside a value (“Trust in GPs %26 NHS”); it was ignored.',
    ]);
  });

  it('a misspelt attribute in an embed address is still a spelling slip, not an &', () => {
    const request = read('v=1&tag=trust-bars&heading=x&colour=red');
    expect(request.ok && request.warnings.map((w) => w.message)).to.deep.equal(['<trust-bars> has no attribute “colour”; it was ignored. Check its spelling.']);
  });

  // Every explanation in both languages ends with a sentence that says what to write or do.
  const FIXES =
    /(Write|Set|Give|Add|Use|Check|Remove|Copy|Name|Combine|Chart|Split|write|set|use|check|copy|Please report|Ysgrifennwch|Gosodwch|Rhowch|Ychwanegwch|Defnyddiwch|Gwiriwch|Tynnwch|Copïwch|Enwch|Lluniwch|Cyfunwch|Cyhoeddwch|ysgrifennwch|gosodwch|defnyddiwch|Rhowch wybod)/;
  const samples: Record<string, unknown[]> = {
    notANumber: ['lots', 'A'],
    notANumberAttribute: ['lots'],
    invalidSampleSizeAttribute: ['lots'],
    invalidSampleSize: ['lots', 'A'],
    negativePercent: ['A', '-8%'],
    invalidJson: ['Unexpected end'],
    seriesMismatch: ['A', 2, 1],
    missingLabel: [2],
    tooLargeAttribute: ['1e400'],
    unsafeUrl: ['javascript:x'],
    highlightNotFound: ['A'],
    maxBelowData: ['40%', '57%'],
    unexpected: ['x'],
    invalidDesignEffect: ['0.5'],
    sampleSizeReadAs: ['11k', '11,000'],
  };
  for (const [name, args] of Object.entries(samples)) {
    it(`${name} names the fix in English and Welsh`, () => {
      for (const messages of [en, cy]) {
        const word = (messages as unknown as Record<string, unknown>)[name];
        const said = typeof word === 'function' ? (word as (...a: unknown[]) => string)(...args) : String(word);
        expect(said, `${messages.locale}: ${said}`).to.match(FIXES);
      }
    });
  }
  for (const name of ['uncertaintyNeedsPercent', 'tableWithoutRows'] as const) {
    it(`${name} names the fix in English and Welsh`, () => {
      for (const messages of [en, cy]) expect(messages[name], messages.locale).to.match(FIXES);
    });
  }
});
