import { expect, fixture, html } from '@open-wc/testing';
import '../../src/likert/define.js';
import type { TrustLikert } from '../../src/likert/trust-likert.js';
import { contrastRatio as rgbContrast } from '../helpers/contrast.js';
import { overlaps, settled, shadow } from '../helpers/widget.js';
import { AGREEMENT, AGREEMENT_DATA, CONFIDENCE, CONFIDENCE_DATA } from './fixtures.js';
import { textBox } from '../helpers/text-box.js';

/** Chromium computes color-mix() (the in-between shades of 6- and 7-answer scales) as `color(srgb r g b)`. */
const asRgb = (color: string): string => {
  const match = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(color);
  return match
    ? `rgb(${match
        .slice(1, 4)
        .map((c) => Math.round(Number(c) * 255))
        .join(', ')})`
    : color;
};
const contrastRatio = (a: string, b: string): number => rgbContrast(asRgb(a), asRgb(b));

/** Bounding boxes of every text in the chart, plus the SVG's own box. */
function textBoxes(el: TrustLikert) {
  const svg = shadow(el).querySelector('svg')!;
  const boxes = Array.from(svg.querySelectorAll('text')).map((text, i) => ({ name: `${i}:${text.textContent}`, rect: textBox(text) }));
  return { svg: svg.getBoundingClientRect(), boxes };
}

async function inWidth(width: number, markup: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('trust-likert') as TrustLikert;
  await settled(el);
  return el;
}

describe('<trust-likert> responsive layout', () => {
  const charts: [string, ReturnType<typeof html>][] = [
    ['five answers with net scores', html`<trust-likert heading="Confidence" show-net series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`],
    [
      'long statements with "don\'t know" and net scores',
      html`<trust-likert heading="Agreement" show-net dont-know="Don't know" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`,
    ],
    [
      'a lopsided scale',
      html`<trust-likert positive="last" series="Very badly | Fairly badly | Fairly well | Very well" data="Clinical staff: 1 | 2 | 45 | 52; Administrative and estates staff: 3 | 5 | 50 | 42"></trust-likert>`,
    ],
  ];
  for (const width of [320, 1024]) {
    for (const [name, markup] of charts) {
      it(`at ${width} px, ${name}: no text overlaps another and none leaves the chart`, async () => {
        const el = await inWidth(width, markup);
        const { svg, boxes } = textBoxes(el);
        expect(overlaps(boxes)).to.deep.equal([]);
        for (const { name: text, rect } of boxes) {
          expect(rect.left, text).to.be.at.least(svg.left - 1);
          expect(rect.right, text).to.be.at.most(svg.right + 1);
          expect(rect.top, text).to.be.at.least(svg.top - 1);
          expect(rect.bottom, text).to.be.at.most(svg.bottom + 1);
        }
        expect(svg.width).to.be.at.most(width);
        expect(el.scrollWidth).to.be.at.most(width);
      });
    }
  }

  it('keeps every value inside its segment', async () => {
    const el = await inWidth(1024, html`<trust-likert series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`);
    const values = Array.from(shadow(el).querySelectorAll('text.segment-value'));
    expect(values.length).to.be.at.least(8);
    // In SVG units (getBBox), so the bars' grow animation does not matter.
    const rects = Array.from(shadow(el).querySelectorAll<SVGRectElement>('rect[part="segment"]')).map((rect) => rect.getBBox());
    for (const value of values as SVGTextElement[]) {
      const box = value.getBBox();
      const home = rects.find(
        (rect) => box.x >= rect.x && box.x + box.width <= rect.x + rect.width && box.y >= rect.y - 1 && box.y + box.height <= rect.y + rect.height + 1,
      );
      expect(home, value.textContent ?? '').to.exist;
    }
  });

  it('re-lays out when its container shrinks to a phone width, putting labels above the bars', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><trust-likert series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert></div>`,
    );
    const el = wrapper.querySelector('trust-likert') as TrustLikert;
    await settled(el);
    const labelX = () => Number(shadow(el).querySelector('text.row-label tspan')!.getAttribute('x'));
    const firstBarX = () => Number(shadow(el).querySelector('rect[part="segment"]')!.getAttribute('x'));
    expect(firstBarX()).to.be.greaterThan(60);
    wrapper.style.width = '320px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(el);
    expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal(String(320 - 32));
    const label = textBox(shadow(el).querySelector('text.row-label')!);
    const bar = shadow(el).querySelector('rect[part="segment"]')!.getBoundingClientRect();
    expect(labelX()).to.equal(0);
    expect(label.bottom).to.be.at.most(bar.top);
  });

  it('keeps separators between neighbouring segments in the background colour, 2 px wide', async () => {
    const el = await inWidth(800, html`<trust-likert series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`);
    const segment = shadow(el).querySelector('rect[part="segment"]')!;
    expect(getComputedStyle(segment).stroke).to.equal(getComputedStyle(el).backgroundColor);
    expect(getComputedStyle(segment).strokeWidth).to.equal('2px');
  });
});

describe('<trust-likert> colour contrast in every theme', () => {
  for (const theme of ['light', 'dark', 'nhs']) {
    it(`${theme}: segments ≥ 3:1 on the background, values ≥ 4.5:1 on their segments, other text ≥ 4.5:1`, async () => {
      const el = await inWidth(
        1024,
        html`<trust-likert theme=${theme} heading="Agreement" subheading="% of staff" source="Illustrative data" show-net dont-know="Don't know"
          series="Strongly agree | Agree | Somewhat agree | Neither | Somewhat disagree | Disagree | Strongly disagree | Don't know"
          data="Staff: 12 | 14 | 14 | 14 | 14 | 14 | 14 | 4"></trust-likert>`,
      );
      const background = getComputedStyle(el).backgroundColor;
      const segments = Array.from(shadow(el).querySelectorAll('rect[part="segment"]'));
      expect(segments).to.have.length(7);
      for (const rect of segments) {
        expect(contrastRatio(getComputedStyle(rect).fill, background), `${theme} ${rect.getAttribute('class')}`).to.be.at.least(3);
      }
      const dontKnow = shadow(el).querySelector('rect[part="dont-know"]')!;
      expect(contrastRatio(getComputedStyle(dontKnow).stroke, background), `${theme} don't know outline`).to.be.at.least(3);
      const values = Array.from(shadow(el).querySelectorAll('text.segment-value'));
      expect(values).to.have.length(7);
      values.forEach((text, i) => {
        expect(
          contrastRatio(getComputedStyle(text).fill, getComputedStyle(segments[i]!).fill),
          `${theme} value on ${segments[i]!.getAttribute('class')}`,
        ).to.be.at.least(4.5);
      });
      for (const text of shadow(el).querySelectorAll('svg text:not(.segment-value)')) {
        expect(contrastRatio(getComputedStyle(text).fill, background), `${theme} ${text.textContent}`).to.be.at.least(4.5);
      }
      expect(contrastRatio(getComputedStyle(shadow(el).querySelector('line[part="zero-line"]')!).stroke, background), 'zero line').to.be.at.least(3);
    });
  }

  it('lets the host page set the scale and its text colours through --trust-* properties', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--trust-scale-1: rgb(0, 94, 184); --trust-scale-text-1: rgb(255, 235, 59)">
      <trust-likert style="width: 800px" series="Agree | Neither | Disagree" data="Staff: 40 | 20 | 40"></trust-likert>
    </div>`);
    const el = wrapper.querySelector('trust-likert') as TrustLikert;
    await settled(el);
    expect(getComputedStyle(shadow(el).querySelector('rect.scale-1')!).fill).to.equal('rgb(0, 94, 184)');
    expect(getComputedStyle(shadow(el).querySelector('text.on-scale-1')!).fill).to.equal('rgb(255, 235, 59)');
  });
});
