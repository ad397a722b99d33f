import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { contrastRatio } from '../helpers/contrast.js';
import { textBox } from '../helpers/text-box.js';
import { settled, shadow } from '../helpers/widget.js';

/*
 * WCAG 2.4.13 (focus appearance), issue 17 item 8: the keyboard focus ring on a chart's mark is two contrasting rings,
 * each at least 2 px wide, one of them at least 3:1 against the background and the two 3:1 against each other, in
 * every theme; and it is never clipped: it stays inside the SVG's viewBox.
 */
const WIDGETS: Record<string, string> = {
  bars: '<trust-bars series="2022 | 2024" data="Worry about cyber-attacks: 57 | 60; Trained on new technology: 5 | 15"></trust-bars>',
  waffle: '<trust-waffle value="36" label="Believe current measures are sufficient"></trust-waffle>',
  change: '<trust-change from-label="2022" to-label="2024" data="Trained on new technologies: 5 | 15; Trained on both: 47 | 39"></trust-change>',
  likert:
    '<trust-likert show-net series="Very confident | Fairly confident | Neither | Not very confident | Not at all confident" data="NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15"></trust-likert>',
  trend: '<trust-trend series="New technology | Both" data="2022: 5 | 47; 2023: 9 | 43; 2024: 15 | 39"></trust-trend>',
};
const THEMES = ['light', 'dark', 'nhs'];
const WIDTHS = [320, 800];

async function draw(markup: string, theme: string, width: number): Promise<TrustElement> {
  const box = await fixture<HTMLDivElement>(`<div style="width: ${width}px">${markup}</div>`);
  const el = box.firstElementChild as TrustElement;
  el.setAttribute('theme', theme);
  await settled(el);
  return el;
}

const px = (value: string) => parseFloat(value);

/** The ring on the focused mark: its two strokes' colours and widths, and how far it reaches past the viewBox. */
function ring(el: TrustElement) {
  const svg = shadow(el).querySelector('svg')!;
  const group = svg.querySelector<SVGGElement>('.focus-ring')!;
  const outer = getComputedStyle(group.querySelector('.outer')!);
  const inner = getComputedStyle(group.querySelector('.inner')!);
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const box = group.getBBox();
  const reach = px(outer.strokeWidth) / 2;
  const outside = Math.max(-(box.x - reach), -(box.y - reach), box.x + box.width + reach - width, box.y + box.height + reach - height);
  // Labels the ring's strokes cross (“Net −8” on likert): a label is wholly inside the ring or wholly outside it.
  const origin = svg.getBoundingClientRect();
  const edge = new DOMRect(origin.left + box.x - reach, origin.top + box.y - reach, box.width + 2 * reach, box.height + 2 * reach);
  const hole = new DOMRect(edge.x + 2 * reach, edge.y + 2 * reach, edge.width - 4 * reach, edge.height - 4 * reach);
  const within = (r: DOMRect, b: DOMRect) => r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom;
  const apart = (r: DOMRect, b: DOMRect) => r.right <= b.left || r.left >= b.right || r.bottom <= b.top || r.top >= b.bottom;
  const crossed = group.querySelector('rect')
    ? Array.from(svg.querySelectorAll('text'))
        .filter((text) => (text.textContent ?? '').trim())
        .filter((text) => {
          const r = textBox(text);
          return !within(r, hole) && !apart(r, edge);
        })
        .map((text) => (text.textContent ?? '').trim())
    : [];
  return { display: getComputedStyle(group).display, outer, inner, outside, crossed };
}

describe('the focus ring: two contrasting rings of 2 px or more, never clipped (issue 17 item 8)', () => {
  for (const [kind, markup] of Object.entries(WIDGETS)) {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        it(`<trust-${kind}> theme="${theme}" at ${width} px, on the first and the last mark`, async () => {
          const el = await draw(markup, theme, width);
          const background = getComputedStyle(el).backgroundColor;
          shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
          await settled(el);
          for (const key of ['Home', 'End']) {
            await sendKeys({ press: key });
            await settled(el);
            const { display, outer, inner, outside, crossed } = ring(el);
            // Checked on likert, whose net score the audit saw cut; bars' and change's value labels beside a mark
            // can still touch their rings (see the a11y-styles report).
            if (kind === 'likert') expect(crossed, `${key}: labels under the ring`).to.deep.equal([]);
            expect(display, 'shown').to.not.equal('none');
            // The inner stroke is drawn over the middle of the outer one: the outer shows on either side of it.
            expect(px(inner.strokeWidth), 'inner ring width').to.be.at.least(2);
            expect((px(outer.strokeWidth) - px(inner.strokeWidth)) / 2, 'outer ring width').to.be.at.least(2);
            expect(contrastRatio(outer.stroke, inner.stroke), 'the rings against each other').to.be.at.least(3);
            const againstBackground = Math.max(contrastRatio(outer.stroke, background), contrastRatio(inner.stroke, background));
            expect(againstBackground, `a ring against the background ${background}`).to.be.at.least(3);
            // Every widget, the waffle (whose ring goes round its shapes and key entry) and the likert with its net
            // score beside the bar (the ring goes round the score) included: their layouts leave the ring room.
            expect(outside, `${key}: px of ring outside the viewBox`).to.be.at.most(0.01);
          }
        });
      }
    }
  }

  it('buttons and links in the frame: a 2 px ring outside a 2 px ring, contrasting, in every theme', async () => {
    for (const theme of THEMES) {
      const el = await draw(WIDGETS.bars!, theme, 800);
      const button = shadow(el).querySelector<HTMLButtonElement>('button')!;
      const background = getComputedStyle(el).backgroundColor;
      shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
      await sendKeys({ press: 'Tab' });
      // WebKit, like Safari, leaves buttons out of the Tab order: focused from script after a key press instead.
      if (shadow(el).activeElement !== button) button.focus();
      await settled(el);
      expect(shadow(el).activeElement, 'the table button has focus').to.equal(button);
      expect(button.matches(':focus-visible'), 'keyboard focus shows').to.equal(true);
      const style = getComputedStyle(button);
      const shadowParts = /^(.+?)\s+0px\s+0px\s+0px\s+([\d.]+)px$/.exec(style.boxShadow);
      expect(shadowParts, style.boxShadow).to.not.equal(null);
      const [, shadowColour, spread] = shadowParts!;
      const outlineWidth = px(style.outlineWidth) + Math.max(0, px(style.outlineOffset));
      expect(px(style.outlineWidth), 'inner ring (outline) width').to.be.at.least(2);
      expect(px(spread!) - outlineWidth, 'outer ring (shadow) width').to.be.at.least(2);
      expect(contrastRatio(style.outlineColor, shadowColour!), 'the rings against each other').to.be.at.least(3);
      expect(
        Math.max(contrastRatio(style.outlineColor, background), contrastRatio(shadowColour!, background)),
        `${theme}: a ring against the background`,
      ).to.be.at.least(3);
    }
  });
});
