import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import { contrastRatio } from '../helpers/contrast.js';
import { overlaps, settled, shadow } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';

const staff = [
  'Understand their role in protecting their organisation from cyber-attacks: more than 90',
  'Report patient data is isolated and inoperable due to outdated systems: 64',
  'Frontline staff calling for more training: 60',
  'Trust existing systems are robust enough to safeguard patient data: 42',
  'Believe current cyber measures are sufficient: 36',
].join('; ');

/** Bounding boxes of every text in the chart, plus the SVG's own box. */
function textBoxes(el: TrustBars) {
  const svg = shadow(el).querySelector('svg')!;
  const boxes = Array.from(svg.querySelectorAll('text')).map((text, i) => ({ name: `${i}:${text.textContent}`, rect: textBox(text) }));
  return { svg: svg.getBoundingClientRect(), boxes };
}

describe('<trust-bars> responsive layout', () => {
  for (const width of [320, 360, 768, 1024]) {
    it(`at ${width} px no text overlaps another and none leaves the chart`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
        <trust-bars heading="Staff views" target="95" target-label="Training target" data=${staff}></trust-bars>
      </div>`);
      const el = wrapper.querySelector('trust-bars') as TrustBars;
      await settled(el);
      const { svg, boxes } = textBoxes(el);
      expect(overlaps(boxes)).to.deep.equal([]);
      for (const { name, rect } of boxes) {
        // 1 px of slack for glyph side-bearings.
        expect(rect.left, name).to.be.at.least(svg.left - 1);
        expect(rect.right, name).to.be.at.most(svg.right + 1);
      }
      expect(svg.width).to.be.at.most(width);
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }

  it('re-lays out when its container shrinks to a phone width, putting labels above the bars', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><trust-bars data=${staff}></trust-bars></div>`);
    const el = wrapper.querySelector('trust-bars') as TrustBars;
    await settled(el);
    const wide = shadow(el).querySelector('rect[part="bar"]')!.getAttribute('x');
    expect(Number(wide)).to.be.greaterThan(100);
    wrapper.style.width = '320px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(el);
    expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal(String(320 - 32));
    expect(Number(shadow(el).querySelector('rect[part="bar"]')!.getAttribute('x'))).to.equal(0);
  });

  it('renders at its final size on the first frame, so nothing jumps', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const el = document.createElement('trust-bars') as TrustBars;
    el.setAttribute('data', staff);
    wrapper.append(el);
    await el.updateComplete;
    const first = el.getBoundingClientRect().height;
    expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal(String(500 - 32));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settled(el);
    expect(el.getBoundingClientRect().height).to.equal(first);
  });
});

describe('<trust-bars> colour contrast in every theme', () => {
  for (const theme of ['light', 'dark', 'nhs']) {
    it(`${theme}: marks ≥ 3:1 and text ≥ 4.5:1 against the background`, async () => {
      const el = await fixture<TrustBars>(
        html`<trust-bars theme=${theme} heading="Training" subheading="% of staff" source="BT" series="a|b|c|d" data="One: 5|15|25|35; Two: 47|39|29|19"></trust-bars>`,
      );
      const background = getComputedStyle(el).backgroundColor;
      for (const bar of shadow(el).querySelectorAll('rect[part="bar"]')) {
        expect(contrastRatio(getComputedStyle(bar).fill, background), `${theme} ${bar.getAttribute('class')}`).to.be.at.least(3);
      }
      for (const text of shadow(el).querySelectorAll('svg text')) {
        expect(contrastRatio(getComputedStyle(text).fill, background), `${theme} ${text.textContent}`).to.be.at.least(4.5);
      }
      for (const part of ['heading', 'subheading', 'source']) {
        const node = shadow(el).querySelector(`[part="${part}"]`)!;
        expect(contrastRatio(getComputedStyle(node).color, background), `${theme} ${part}`).to.be.at.least(4.5);
      }
    });
  }

  it('muted bars beside a highlight still reach 3:1', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<TrustBars>(html`<trust-bars theme=${theme} highlight="One" data="One: 5; Two: 47"></trust-bars>`);
      const muted = shadow(el).querySelector('rect.muted')!;
      expect(contrastRatio(getComputedStyle(muted).fill, getComputedStyle(el).backgroundColor), theme).to.be.at.least(3);
    }
  });

  it('follows the page colour scheme when no theme is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><trust-bars data="Worried: 57"></trust-bars></div>`);
    const el = wrapper.querySelector('trust-bars') as TrustBars;
    await settled(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(27, 34, 38)');
  });

  it('lets the host page set colours through --trust-* properties', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--trust-series-1: rgb(0, 94, 184); --trust-background: rgb(240, 244, 245)"><trust-bars data="Worried: 57"></trust-bars></div>`,
    );
    const el = wrapper.querySelector('trust-bars') as TrustBars;
    await settled(el);
    expect(getComputedStyle(shadow(el).querySelector('rect[part="bar"]')!).fill).to.equal('rgb(0, 94, 184)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(240, 244, 245)');
  });
});
