import { expect, fixture } from '@open-wc/testing';
import '../../src/likert/define.js';
import type { TrustLikert } from '../../src/likert/trust-likert.js';
import { NO_FORCED_COLOURS, skipIn } from '../helpers/engine.js';
import { emulateMediaFeatures, settled, shadow } from '../helpers/widget.js';
import { AGREEMENT, AGREEMENT_DATA } from './fixtures.js';

/*
 * Issue 17 item 10: in forced colours (Windows high contrast) the scale's colours become system colours, and five
 * answers collapsed to three fills (CanvasText, Canvas, GrayText). Each answer must keep a look of its own, in the
 * chart and in the key. Invented figures (fixtures.ts).
 */
const SEVEN = 'Strongly agree | Agree | Somewhat agree | Neither | Somewhat disagree | Disagree | Strongly disagree';
const SEVEN_DATA = 'Staff: 10 | 15 | 15 | 20 | 15 | 15 | 10';

/** How a segment is painted: its fill (a colour, or the pattern it points at, drawn out by its lines). */
function paint(el: Element, mark: Element): string {
  const fill = getComputedStyle(mark).fill;
  const pattern = /url\("?#([\w-]+)"?\)/.exec(fill);
  if (!pattern) return fill;
  const tile = shadow(el).getElementById(pattern[1]!);
  expect(tile, `pattern ${pattern[1]}`).to.exist;
  const lines = Array.from(
    tile!.querySelectorAll('line'),
    (line) => `${line.getAttribute('x1')},${line.getAttribute('y1')},${line.getAttribute('x2')},${line.getAttribute('y2')} ${getComputedStyle(line).stroke}`,
  );
  expect(lines.length, `pattern ${pattern[1]} draws lines`).to.be.above(0);
  return `${tile!.getAttribute('patternTransform') ?? ''} ${lines.join(' ')}`;
}

/** How a key's swatch is painted: colour and image. */
const swatchPaint = (swatch: Element) => `${getComputedStyle(swatch).backgroundColor} ${getComputedStyle(swatch).backgroundImage}`;

async function answersLook(markup: string, answers: number) {
  const el = await fixture<TrustLikert>(markup);
  await settled(el);
  const segments = Array.from(shadow(el).querySelectorAll('rect[part="segment"]')).slice(0, answers);
  const swatches = Array.from(shadow(el).querySelectorAll('[part="legend"] .swatch')).slice(0, answers);
  expect(segments).to.have.length(answers);
  return { segments: segments.map((segment) => paint(el, segment)), swatches: swatches.map(swatchPaint) };
}

describe('<trust-likert> in forced colours: every answer keeps a look of its own (issue 17 item 10)', () => {
  afterEach(() => emulateMediaFeatures());

  for (const theme of ['light', 'dark', 'nhs']) {
    it(`theme="${theme}": five answers, five fills in the chart and in the key`, async function () {
      skipIn(this, 'webkit', NO_FORCED_COLOURS);
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      const { segments, swatches } = await answersLook(
        `<trust-likert theme="${theme}" dont-know="Don't know" series="${AGREEMENT}" data="${AGREEMENT_DATA}"></trust-likert>`,
        5,
      );
      expect(new Set(segments).size, segments.join('\n')).to.equal(5);
      expect(new Set(swatches).size, swatches.join('\n')).to.equal(5);
    });
  }

  it('seven answers, seven fills', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const { segments, swatches } = await answersLook(`<trust-likert series="${SEVEN}" data="${SEVEN_DATA}"></trust-likert>`, 7);
    expect(new Set(segments).size, segments.join('\n')).to.equal(7);
    expect(new Set(swatches).size, swatches.join('\n')).to.equal(7);
  });

  it('patterns only in forced colours: the colours of the scale stay plain fills otherwise', async () => {
    const { segments } = await answersLook(`<trust-likert series="${AGREEMENT}" data="${AGREEMENT_DATA}"></trust-likert>`, 5);
    for (const fill of segments) expect(fill).to.match(/^rgb/);
  });
});
