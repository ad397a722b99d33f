import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { labelFit, STAT, WIDGETS } from '../helpers/label-fit.js';
import { settled, shadow } from '../helpers/widget.js';

/*
 * WCAG 1.4.12 (text spacing), issue 17 item 1: a reader's style sheet sets line height 1.5, letter spacing 0.12 em,
 * word spacing 0.16 em and paragraph spacing 2 em on every element of the page (as the audit's bookmarklet does).
 * No chart label may then leave the chart or run into another: the audit's measurements, asserted as numbers at a
 * phone's width and a desktop's (the charts: test/helpers/label-fit.ts).
 */
const READER_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

describe('text spacing set by the reader (WCAG 1.4.12, issue 17 item 1)', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.head.appendChild(document.createElement('style'));
    sheet.textContent = READER_SPACING;
  });
  afterEach(() => sheet.remove());

  for (const [kind, markup] of Object.entries({ ...WIDGETS, stat: STAT })) {
    for (const width of [320, 1280]) {
      it(`<trust-${kind}> at ${width} px: labels follow the spacing, stay inside the chart and apart`, async () => {
        const box = await fixture<HTMLDivElement>(`<div style="width: ${width}px">${markup}</div>`);
        const el = box.firstElementChild as TrustElement;
        await settled(el);
        const text = shadow(el).querySelector('svg text')!;
        expect(getComputedStyle(text).letterSpacing, 'the reader’s letter spacing reaches the chart').to.not.equal('normal');
        const { outside, overlapping, overlapArea } = labelFit(el);
        expect(outside, 'px of a label outside the chart').to.be.at.most(0.5);
        expect(overlapArea, `px² where labels overlap (${overlapping.join(', ')})`).to.equal(0);
      });
    }
  }

  it('a widget drawn before the reader’s style sheet lays out again once it applies', async () => {
    sheet.remove();
    const box = await fixture<HTMLDivElement>(`<div style="width: 320px">${WIDGETS.bars}</div>`);
    const el = box.firstElementChild as TrustElement;
    await settled(el);
    document.head.appendChild(sheet);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settled(el);
    const { outside, overlapping, overlapArea } = labelFit(el);
    expect(outside, 'px of a label outside the chart').to.be.at.most(0.5);
    expect(overlapArea, `px² where labels overlap (${overlapping.join(', ')})`).to.equal(0);
  });
});
