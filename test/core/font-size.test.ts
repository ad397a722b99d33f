import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { labelFit, STAT, WIDGETS } from '../helpers/label-fit.js';
import { settled, shadow } from '../helpers/widget.js';

/*
 * WCAG 1.4.4 (resize text), issue 17 item 1: a reader whose browser's default text is 24 px instead of 16 (or a page
 * with `html { font-size: 150% }`) gets chart labels, ticks and keys 1.5 times as large, like the heading and the
 * table around them, still inside the chart and apart, at a phone's width and a desktop's.
 */

/** The size (px) a reader sees an SVG text at: its font size times the scale the SVG is drawn at. */
const shownSize = (text: SVGTextElement) => parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);

/** The chart's texts: ticks, labels, values and keys, whose sizes the widgets set in px (12, 13, 14). */
const chartTexts = (el: TrustElement) =>
  Array.from(shadow(el).querySelectorAll<SVGTextElement>('svg text')).filter(
    (text) => (text.textContent ?? '').trim() && getComputedStyle(text).display !== 'none',
  );

/** The text whose size on screen is farthest from `factor` times its own, and how far (px). */
function farthestFrom(el: TrustElement, factor: number): { text: string; off: number } {
  let farthest = { text: '(none)', off: Infinity };
  for (const text of chartTexts(el)) {
    const off = Math.abs(shownSize(text) - parseFloat(getComputedStyle(text).fontSize) * factor);
    if (farthest.off === Infinity || off > farthest.off) farthest = { text: `“${(text.textContent ?? '').trim()}”`, off };
  }
  return farthest;
}

describe('chart text follows the reader’s font size (WCAG 1.4.4, issue 17 item 1)', () => {
  const root = document.documentElement;
  afterEach(() => root.style.removeProperty('font-size'));

  for (const [kind, markup] of Object.entries(WIDGETS)) {
    for (const width of [320, 1280]) {
      it(`<trust-${kind}> at ${width} px with 24 px text: labels 1.5 times as large, inside the chart and apart`, async () => {
        root.style.fontSize = '24px';
        const box = await fixture<HTMLDivElement>(`<div style="width: ${width}px">${markup}</div>`);
        const el = box.firstElementChild as TrustElement;
        await settled(el);
        const { text, off } = farthestFrom(el, 1.5);
        expect(off, `px from 1.5 times its size: ${text}`).to.be.at.most(1);
        expect(shadow(el).querySelector('svg .tick, svg text:not(.tick)'), 'a tick or a label measured').to.exist;
        const { outside, overlapArea } = labelFit(el);
        expect(outside, 'px of a label outside the chart').to.be.at.most(0.5);
        expect(overlapArea, 'px² where labels overlap').to.equal(0);
        expect(shadow(el).querySelector('svg')!.getBoundingClientRect().width, 'the chart fills the widget').to.be.closeTo(width - 32 * 1.5, 1);
      });
    }
  }

  for (const width of [320, 1280]) {
    it(`<trust-stat> at ${width} px with 24 px text: its figure and ranges strip 1.5 times as large, inside and apart`, async () => {
      root.style.fontSize = '24px';
      const box = await fixture<HTMLDivElement>(`<div style="width: ${width}px">${STAT}</div>`);
      const el = box.firstElementChild as TrustElement;
      await settled(el);
      const { text, off } = farthestFrom(el, 1.5);
      expect(off, `px from 1.5 times its size: ${text}`).to.be.at.most(1);
      // With room to spare the figure keeps its largest size, 64 px by design: 96 px for this reader.
      if (width === 1280) expect(parseFloat(getComputedStyle(shadow(el).querySelector('.figure')!).fontSize), 'the figure, px').to.equal(96);
      const { outside, overlapArea } = labelFit(el);
      expect(outside, 'px of a label outside the strip').to.be.at.most(0.5);
      expect(overlapArea, 'px² where labels overlap').to.equal(0);
      expect(shadow(el).querySelector('.figure')!.getBoundingClientRect().right, 'the figure inside the widget').to.be.at.most(
        box.getBoundingClientRect().right,
      );
    });
  }

  it('a chart drawn at 16 px lays out again when the reader makes text larger, and back', async () => {
    const box = await fixture<HTMLDivElement>(`<div style="width: 640px">${WIDGETS.bars}</div>`);
    const el = box.firstElementChild as TrustElement;
    await settled(el);
    const tick = () => shownSize(shadow(el).querySelector<SVGTextElement>('svg .tick')!);
    expect(tick()).to.be.closeTo(12, 0.5);
    root.style.fontSize = '20px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settled(el);
    expect(tick(), 'at 20 px').to.be.closeTo(15, 0.5);
    root.style.removeProperty('font-size');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settled(el);
    expect(tick(), 'back at 16 px').to.be.closeTo(12, 0.5);
  });
});
