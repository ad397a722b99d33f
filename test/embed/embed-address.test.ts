/**
 * The embed address format (src/embed/embed-address.ts), read without a page: what becomes an attribute, what is
 * refused, and the words the author sees.
 */
import { expect } from '@open-wc/testing';
import {
  EMBED_TAGS,
  MAX_DASHBOARD_CHILDREN,
  MAX_PARAMETERS_SIZE,
  dashboardEmbedAddress,
  embedAddress,
  readEmbedAddress,
  type EmbedTag,
  type WidgetAttributes,
} from '../../src/embed/embed-address.js';

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

  it('refuses a tag that is not one of the six widgets or the dashboard: no element is named by the address', () => {
    for (const tag of ['script', 'trust-nope', 'img', 'TRUST-NOPE', '']) {
      const request = read(`v=1&tag=${encodeURIComponent(tag)}&heading=x`);
      expect(request.ok, tag).to.equal(false);
      if (!request.ok) {
        expect(request.errors[0]!.parameter).to.equal('tag');
        expect(request.errors[0]!.message).to.contain('trust-bars, trust-stat, trust-waffle, trust-change, trust-likert, trust-trend, trust-dashboard');
      }
    }
    const none = read('v=1&heading=x');
    expect(!none.ok && none.errors[0]!.message).to.match(/^Name the chart with tag=/);
    expect(EMBED_TAGS).to.have.length(7);
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

const DASHBOARD: WidgetAttributes = {
  known: new Set(['heading', 'src', 'source', 'source-url', 'theme', 'locale', 'columns', 'fieldwork', 'sample-size']),
  booleans: new Set(),
};
/** trust-bars as a dashboard's child: reading the shared src with its own columns. */
const CHILD_BARS: WidgetAttributes = { known: new Set([...BARS.known, 'label-column', 'value-column', 'filter', 'span']), booleans: BARS.booleans };
const STAT: WidgetAttributes = { known: new Set(['heading', 'value', 'value-column', 'filter', 'unit', 'span']), booleans: new Set() };
const readDashboard = (fragment: string) =>
  readEmbedAddress(fragment, (tag: EmbedTag) => ({ 'trust-dashboard': DASHBOARD, 'trust-bars': CHILD_BARS, 'trust-stat': STAT })[tag as string]);
/** One `child` parameter: the chart's own form-encoded list. */
const child = (list: Record<string, string>) => `child=${encodeURIComponent(String(new URLSearchParams(list)))}`;

describe('the embed address of a dashboard', () => {
  it('reads the dashboard’s attributes, then each child (tag and attributes) in order; child may be given many times', () => {
    const request = readDashboard(
      `v=1&tag=trust-dashboard&id=d1&heading=Worry+by+trust&src=https%3A%2F%2Fdata.example%2Ffigures.csv&theme=nhs&${child({
        tag: 'trust-bars',
        'label-column': 'Answer',
        heading: 'Leeds & York',
        'show-uncertainty': '',
      })}&${child({ tag: 'trust-stat', 'value-column': 'Public', filter: 'Trust=Leeds', span: '2' })}`,
    );
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(request.tag).to.equal('trust-dashboard');
    expect(request.id).to.equal('d1');
    expect(request.attributes).to.deep.equal([
      ['heading', 'Worry by trust'],
      ['src', 'https://data.example/figures.csv'],
      ['theme', 'nhs'],
    ]);
    expect(request.children).to.deep.equal([
      {
        tag: 'trust-bars',
        attributes: [
          ['label-column', 'Answer'],
          ['heading', 'Leeds & York'],
          ['show-uncertainty', ''],
        ],
      },
      {
        tag: 'trust-stat',
        attributes: [
          ['value-column', 'Public'],
          ['filter', 'Trust=Leeds'],
          ['span', '2'],
        ],
      },
    ]);
    expect(request.warnings).to.deep.equal([]);
    // A single chart has no children; a child parameter there is an unknown attribute, as before.
    const single = read('tag=trust-bars&heading=x');
    expect(single.ok && single.children).to.deep.equal([]);
  });

  it('leaves out a child that names no chart of the library (or a dashboard), with a warning; the others are drawn', () => {
    const request = readDashboard(
      `tag=trust-dashboard&heading=D&${child({ tag: 'trust-nope', heading: 'x' })}&${child({ tag: 'trust-dashboard', heading: 'inner' })}&${child({ heading: 'no tag' })}&${child({ tag: 'TRUST-STAT', value: '4' })}`,
    );
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(request.children).to.deep.equal([{ tag: 'trust-stat', attributes: [['value', '4']] }]);
    expect(request.warnings.map((w) => w.parameter)).to.deep.equal(['child 1: tag', 'child 2: tag', 'child 3: tag']);
    expect(request.warnings[0]!.message).to.equal(
      '“trust-nope” is not a chart of public-trust-widgets; this chart was left out. Use one of trust-bars, trust-stat, trust-waffle, trust-change, trust-likert, trust-trend.',
    );
    expect(request.warnings[2]!.message).to.match(/^It names no chart \(tag=…\); this chart was left out\./);
  });

  it('checks each child’s attributes as a single chart’s: unknown names and unsafe links left out with a warning naming the child', () => {
    const request = readDashboard(
      `tag=trust-dashboard&heading=D&colour=red&${child({ tag: 'trust-bars', heading: 'A', colour: 'red', onclick: 'alert(1)', 'source-url': 'javascript:alert(1)' })}&${child({ tag: 'trust-stat', value: '4', data: 'x' })}`,
    );
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(request.attributes).to.deep.equal([['heading', 'D']]);
    expect(request.children.map((c) => c.attributes)).to.deep.equal([[['heading', 'A']], [['value', '4']]]);
    expect(request.warnings.map((w) => w.parameter)).to.deep.equal(['colour', 'child 1: colour', 'child 1: onclick', 'child 1: source-url', 'child 2: data']);
    expect(request.warnings[1]!.message).to.equal('<trust-bars> has no attribute “colour”; it was ignored. Check its spelling.');
    expect(request.warnings[3]!.message).to.contain('is not an http or https address');
    // A child's attribute given twice: the first is used, and the author is told.
    const twice = readDashboard(`tag=trust-dashboard&${child({ tag: 'trust-stat', value: '4' })}%26value%3D5`);
    expect(twice.ok && twice.children[0]!.attributes).to.deep.equal([['value', '4']]);
    expect(twice.ok && twice.warnings.map((w) => w.parameter)).to.deep.equal(['child 1: value']);
  });

  it(`refuses more than ${MAX_DASHBOARD_CHILDREN} charts, and a dashboard parameter given twice`, () => {
    const charts = (n: number) => Array.from({ length: n }, (_, i) => child({ tag: 'trust-stat', value: String(i) })).join('&');
    expect(readDashboard(`tag=trust-dashboard&${charts(MAX_DASHBOARD_CHILDREN)}`).ok).to.equal(true);
    const many = readDashboard(`tag=trust-dashboard&${charts(MAX_DASHBOARD_CHILDREN + 1)}`);
    expect(many.ok).to.equal(false);
    expect(!many.ok && many.errors).to.deep.equal([
      {
        parameter: 'child',
        message: `This dashboard has ${MAX_DASHBOARD_CHILDREN + 1} charts; an embedded dashboard may hold at most ${MAX_DASHBOARD_CHILDREN}. Split it into two dashboards.`,
      },
    ]);
    const twice = readDashboard('tag=trust-dashboard&heading=a&heading=b');
    expect(!twice.ok && twice.errors.map((e) => e.parameter)).to.deep.equal(['heading']);
  });

  it('keeps hostile strings as text values: tags are only ever the library’s, names only attribute-shaped', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    const request = readDashboard(
      `tag=trust-dashboard&heading=${encodeURIComponent(hostile)}&${child({ tag: hostile, heading: 'x' })}&${child({ tag: 'trust-bars', heading: hostile, [hostile]: '1', 'on<x>': '2' })}&child=${encodeURIComponent('%%%&&&===')}`,
    );
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(request.attributes).to.deep.equal([['heading', hostile]]);
    expect(request.children).to.deep.equal([{ tag: 'trust-bars', attributes: [['heading', hostile]] }]);
    expect(request.warnings.map((w) => w.parameter)).to.deep.equal(['child 1: tag', `child 2: ${hostile.slice(0, 40)}`, 'child 2: on<x>', 'child 3: tag']);
    // The size cap counts the children too.
    const big = readDashboard(`tag=trust-dashboard&${child({ tag: 'trust-stat', heading: 'a'.repeat(MAX_PARAMETERS_SIZE) })}`);
    expect(!big.ok && big.errors[0]!.parameter).to.equal('#');
  });

  it('dashboardEmbedAddress() writes addresses that read back the same', () => {
    const address = dashboardEmbedAddress(
      'https://cdn.example/dist/embed/index.html#old',
      { heading: 'A & B + C = 100%', src: 'https://data.example/f.csv?x=1&y=2', theme: 'nhs' },
      [
        { tag: 'trust-bars', attributes: { 'value-column': 'Public', heading: 'Public = 57%; staff', 'show-uncertainty': true } },
        { tag: 'trust-stat', attributes: { 'value-column': 'Staff', filter: 'Trust=Leeds & York', span: '2', heading: false } },
      ],
      'dash',
    );
    expect(address).to.match(
      /^https:\/\/cdn\.example\/dist\/embed\/index\.html#v=1&tag=trust-dashboard&id=dash&heading=.*&child=tag%3Dtrust-bars%26value-column%3DPublic%26heading%3D/,
    );
    const request = readDashboard(new URL(address).hash);
    expect(request.ok && request.attributes).to.deep.equal([
      ['heading', 'A & B + C = 100%'],
      ['src', 'https://data.example/f.csv?x=1&y=2'],
      ['theme', 'nhs'],
    ]);
    expect(request.ok && request.children).to.deep.equal([
      {
        tag: 'trust-bars',
        attributes: [
          ['value-column', 'Public'],
          ['heading', 'Public = 57%; staff'],
          ['show-uncertainty', ''],
        ],
      },
      {
        tag: 'trust-stat',
        attributes: [
          ['value-column', 'Staff'],
          ['filter', 'Trust=Leeds & York'],
          ['span', '2'],
        ],
      },
    ]);
  });
});
