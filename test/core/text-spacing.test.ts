import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { textBox } from '../helpers/text-box.js';
import { overlaps, settled, shadow } from '../helpers/widget.js';

/*
 * WCAG 1.4.12 (text spacing), issue 17 item 1: a reader's style sheet sets line height 1.5, letter spacing 0.12 em,
 * word spacing 0.16 em and paragraph spacing 2 em on every element of the page (as the audit's bookmarklet does).
 * No chart label may then leave the chart or run into another. Figures: BT research's surveys of NHS staff, 2022 and
 * 2024, as in the widgets' own tests; the likert answers are invented (test/likert/fixtures.ts).
 */
const READER_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const WIDGETS: Record<string, string> = {
  bars: `<trust-bars heading="NHS staff views" data="Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt critical NHS systems: 60; Believe current measures are sufficient: 36; Rank training NHS staff in new technologies as a priority: 55"></trust-bars>`,
  waffle: `<trust-waffle population="staff" data="Worried about cyber-attacks: 57; Not worried: 43"></trust-waffle>`,
  change: `<trust-change from-label="2022" to-label="2024" direction="up-is-good" data="Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39"></trust-change>`,
  trend: `<trust-trend series="Trained on new technologies | Trained on both new and existing systems" data="2022: 5 | 47; 2024: 15 | 39"></trust-trend>`,
  likert: `<trust-likert show-net series="Very confident | Fairly confident | Neither | Not very confident | Not at all confident" data="NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15"></trust-likert>`,
};

/** How far (px) the chart's labels reach past its SVG, and which of them overlap. */
function labelFit(el: TrustElement) {
  const svg = shadow(el).querySelector('svg')!;
  const chart = svg.getBoundingClientRect();
  const labels = Array.from(svg.querySelectorAll('text'))
    .filter((text) => (text.textContent ?? '').trim() && getComputedStyle(text).display !== 'none')
    .map((text) => ({ name: `“${(text.textContent ?? '').trim()}”`, rect: textBox(text) }));
  const outside = Math.max(
    0,
    ...labels.map(({ rect }) => Math.max(chart.left - rect.left, rect.right - chart.right, chart.top - rect.top, rect.bottom - chart.bottom)),
  );
  return { outside, overlapping: overlaps(labels) };
}

describe('text spacing set by the reader (WCAG 1.4.12, issue 17 item 1)', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.head.appendChild(document.createElement('style'));
    sheet.textContent = READER_SPACING;
  });
  afterEach(() => sheet.remove());

  for (const [kind, markup] of Object.entries(WIDGETS)) {
    for (const width of [320, 640]) {
      it(`<trust-${kind}> at ${width} px: labels follow the spacing, stay inside the chart and apart`, async () => {
        const box = await fixture<HTMLDivElement>(`<div style="width: ${width}px">${markup}</div>`);
        const el = box.firstElementChild as TrustElement;
        await settled(el);
        const text = shadow(el).querySelector('svg text')!;
        expect(getComputedStyle(text).letterSpacing, 'the reader’s letter spacing reaches the chart').to.not.equal('normal');
        const { outside, overlapping } = labelFit(el);
        expect(outside, 'px of a label outside the chart').to.be.at.most(0.5);
        expect(overlapping, 'labels running into each other').to.deep.equal([]);
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
    const { outside, overlapping } = labelFit(el);
    expect(outside, 'px of a label outside the chart').to.be.at.most(0.5);
    expect(overlapping).to.deep.equal([]);
  });
});
