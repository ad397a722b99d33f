/**
 * The embed address format (src/embed/embed-address.ts), read without a page: what becomes an attribute, what is
 * refused, and the words the author sees.
 */
import { expect } from '@open-wc/testing';
import { EMBED_TAGS, MAX_PARAMETERS_SIZE, embedAddress, readEmbedAddress, type EmbedTag, type WidgetAttributes } from '../../src/embed/embed-address.js';

const BARS: WidgetAttributes = {
  known: new Set(['heading', 'data', 'source', 'source-url', 'show-uncertainty', 'format', 'theme']),
  booleans: new Set(['show-uncertainty']),
};
const read = (fragment: string) => readEmbedAddress(fragment, (tag: EmbedTag) => (tag === 'trust-bars' ? BARS : undefined));

describe('the embed address (format version 1)', () => {
  it('turns every parameter but v, tag and id into an attribute, in order, form-decoded', () => {
    const request = read('#v=1&tag=trust-bars&id=nhs-1&heading=Most+worry%3A+57%25&data=Worried%3A%2057%3B%20Concerned%3A%2060&format=%2B.1f');
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(request.tag).to.equal('trust-bars');
    expect(request.id).to.equal('nhs-1');
    expect(request.attributes).to.deep.equal([
      ['heading', 'Most worry: 57%'],
      ['data', 'Worried: 57; Concerned: 60'],
      ['format', '+.1f'],
    ]);
    expect(request.warnings).to.deep.equal([]);
  });

  it('accepts an address without v (read as version 1), and lang and dir', () => {
    const request = read('tag=trust-bars&lang=cy&dir=rtl');
    expect(request.ok && request.attributes).to.deep.equal([
      ['lang', 'cy'],
      ['dir', 'rtl'],
    ]);
    expect(request.ok && request.id).to.equal(null);
  });

  it('writes boolean attributes as present, or leaves them out for "false"', () => {
    expect(read('tag=trust-bars&show-uncertainty').ok && (read('tag=trust-bars&show-uncertainty') as { attributes: unknown }).attributes).to.deep.equal([
      ['show-uncertainty', ''],
    ]);
    const off = read('tag=trust-bars&show-uncertainty=false');
    expect(off.ok && off.attributes).to.deep.equal([]);
  });

  it('refuses a tag that is not one of the six widgets: no element is named by the address', () => {
    for (const tag of ['script', 'trust-nope', 'img', 'TRUST-NOPE', '']) {
      const request = read(`v=1&tag=${encodeURIComponent(tag)}&heading=x`);
      expect(request.ok, tag).to.equal(false);
      if (!request.ok) {
        expect(request.errors[0]!.parameter).to.equal('tag');
        expect(request.errors[0]!.message).to.contain('trust-bars, trust-stat, trust-waffle, trust-change, trust-likert, trust-trend');
      }
    }
    const none = read('v=1&heading=x');
    expect(!none.ok && none.errors[0]!.message).to.match(/^Name the chart with tag=/);
    expect(EMBED_TAGS).to.have.length(6);
  });

  it('refuses another format version, and a parameter given twice', () => {
    const v2 = read('v=2&tag=trust-bars');
    expect(!v2.ok && v2.errors.map((e) => e.parameter)).to.deep.equal(['v']);
    const twice = read('v=1&tag=trust-bars&data=a:1&data=b:2');
    expect(!twice.ok && twice.errors.map((e) => e.message)).to.deep.equal(['“data” is given more than once; give each parameter once.']);
  });

  it('leaves out unknown parameters and event handlers (onerror, onclick) with a warning, never as attributes', () => {
    const request = read('v=1&tag=trust-bars&heading=x&onerror=alert(1)&onclick=alert(2)&style=color:red&colour=red&Heading=y&%3Cimg%3E=1');
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(request.attributes).to.deep.equal([['heading', 'x']]);
    expect(request.warnings.map((w) => w.parameter)).to.deep.equal(['onerror', 'onclick', 'style', 'colour', 'Heading', '<img>']);
    expect(request.warnings[3]!.message).to.equal('<trust-bars> has no attribute “colour”; it was ignored. Check its spelling.');
  });

  it('puts source-url through the same allow-list as the element: only http and https', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      const request = read(`tag=trust-bars&source-url=${encodeURIComponent(url)}`);
      expect(request.ok && request.attributes, url).to.deep.equal([]);
      expect(request.ok && request.warnings[0]!.parameter).to.equal('source-url');
      expect(request.ok && request.warnings[0]!.message).to.contain('is not an http or https address');
    }
    const fine = read('tag=trust-bars&source-url=https%3A%2F%2Fexample.org%2Freport');
    expect(fine.ok && fine.attributes).to.deep.equal([['source-url', 'https://example.org/report']]);
  });

  it(`caps the parameters at ${MAX_PARAMETERS_SIZE / 1024} KB, before and after decoding`, () => {
    const big = read(`v=1&tag=trust-bars&data=${'a'.repeat(40 * 1024)}`);
    expect(big.ok).to.equal(false);
    expect(!big.ok && big.errors[0]!.message).to.match(/^The embed parameters hold 41 KB; the limit is 32 KB\./);
    const encoded = read(`v=1&tag=trust-bars&data=${'%41'.repeat(33 * 1024)}`);
    expect(!encoded.ok && encoded.errors[0]!.message).to.match(/^The embed address is 100 KB long/);
    const justUnder = read(`v=1&tag=trust-bars&data=${'a'.repeat(MAX_PARAMETERS_SIZE - 40)}`);
    expect(justUnder.ok).to.equal(true);
  });

  it('embedAddress() writes addresses that read back the same', () => {
    const address = embedAddress(
      'https://cdn.example/dist/embed/index.html#old',
      'trust-bars',
      { heading: 'A & B + C = 100%', data: 'x: 1; y: 2', 'show-uncertainty': true, theme: 'dark' },
      'one',
    );
    expect(address).to.match(/^https:\/\/cdn\.example\/dist\/embed\/index\.html#v=1&tag=trust-bars&id=one&heading=/);
    const request = read(new URL(address).hash);
    expect(request.ok && request.attributes).to.deep.equal([
      ['heading', 'A & B + C = 100%'],
      ['data', 'x: 1; y: 2'],
      ['show-uncertainty', ''],
      ['theme', 'dark'],
    ]);
  });
});
