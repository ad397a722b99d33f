import { expect, fixture, html } from '@open-wc/testing';
import '../../src/waffle/define.js';
import type { TrustWaffle } from '../../src/waffle/trust-waffle.js';
import { contrastRatio } from '../helpers/contrast.js';
import { overlaps, settled, shadow } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';

/** Bounding boxes of every text in the chart and of the shapes, plus the SVG's own box. */
function boxes(el: TrustWaffle) {
  const svg = shadow(el).querySelector('svg')!;
  const text = Array.from(svg.querySelectorAll('text')).map((node, i) => ({ name: `${i}:${node.textContent}`, rect: textBox(node) }));
  const cells = Array.from(svg.querySelectorAll('[part~="cell"]'), (node) => node.getBoundingClientRect());
  return { svg: svg.getBoundingClientRect(), text, cells };
}

const examples: [string, ReturnType<typeof html>][] = [
  [
    '24 of 108 trusts',
    html`<trust-waffle heading="Trusts" value="24" of="108" population="trusts" label="Trusts with no security-qualified staff"></trust-waffle>`,
  ],
  [
    'three categories of people',
    html`<trust-waffle heading="Staff" shape="person" population="staff" data="Very confident that patient data is safe from cyber-attacks: 12; Fairly confident that patient data is safe: 30; Not very confident: 36"></trust-waffle>`,
  ],
  [
    '1,000 circles',
    html`<trust-waffle heading="Many" shape="circle" of="1000" value="240" label="A long label for a category that has to wrap onto a second line on phones"></trust-waffle>`,
  ],
];

describe('<trust-waffle> responsive layout', () => {
  for (const width of [320, 1024]) {
    for (const [name, markup] of examples) {
      it(`at ${width} px: ${name}: no text overlaps text or shapes, and nothing leaves the chart`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${markup}</div>`);
        const el = wrapper.querySelector('trust-waffle') as TrustWaffle;
        await settled(el);
        const { svg, text, cells } = boxes(el);
        expect(overlaps(text)).to.deep.equal([]);
        const grid = {
          name: 'grid',
          rect: new DOMRect(
            Math.min(...cells.map((c) => c.left)),
            Math.min(...cells.map((c) => c.top)),
            Math.max(...cells.map((c) => c.right)) - Math.min(...cells.map((c) => c.left)),
            Math.max(...cells.map((c) => c.bottom)) - Math.min(...cells.map((c) => c.top)),
          ),
        };
        expect(overlaps([...text, grid]).filter((pair) => pair.includes('grid'))).to.deep.equal([]);
        for (const { name: label, rect } of [...text, grid]) {
          expect(rect.left, label).to.be.at.least(svg.left - 1);
          expect(rect.right, label).to.be.at.most(svg.right + 1);
          expect(rect.bottom, label).to.be.at.most(svg.bottom + 1);
        }
        expect(svg.width).to.be.at.most(width);
        expect(el.scrollWidth).to.be.at.most(width);
      });
    }
  }

  it('keeps 1,000 shapes at least 6 px wide with a gap between them at 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><trust-waffle of="1000" value="240"></trust-waffle></div>`);
    const el = wrapper.querySelector('trust-waffle') as TrustWaffle;
    await settled(el);
    const [first, second] = Array.from(shadow(el).querySelectorAll('[part~="cell"]'), (c) => c.getBoundingClientRect());
    expect(first!.width).to.be.at.least(6);
    expect(second!.left - first!.right).to.be.at.least(1);
  });

  it('gives people at least 12 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><trust-waffle shape="person" of="1000" value="240"></trust-waffle></div>`);
    const el = wrapper.querySelector('trust-waffle') as TrustWaffle;
    await settled(el);
    expect(shadow(el).querySelector('[part~="cell"]')!.getBoundingClientRect().height).to.be.at.least(11);
  });

  it('puts the key above the grid on a phone and beside it on a wide screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1024px"><trust-waffle value="24" of="108" label="Trusts with none"></trust-waffle></div>`,
    );
    const el = wrapper.querySelector('trust-waffle') as TrustWaffle;
    await settled(el);
    const keyLeft = () => shadow(el).querySelector('[part="label"]')!.getBoundingClientRect().left;
    const gridRight = () => Math.max(...Array.from(shadow(el).querySelectorAll('[part~="cell"]'), (c) => c.getBoundingClientRect().right));
    const gridTop = () => shadow(el).querySelector('[part~="cell"]')!.getBoundingClientRect().top;
    const keyBottom = () => shadow(el).querySelector('[part="label"]')!.getBoundingClientRect().bottom;
    expect(keyLeft()).to.be.above(gridRight());
    wrapper.style.width = '320px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(el);
    expect(keyBottom()).to.be.at.most(gridTop());
  });

  it('grows in height with its content: more rows, taller chart', async () => {
    const small = await fixture<TrustWaffle>(html`<trust-waffle style="width: 400px" of="10" value="1"></trust-waffle>`);
    const large = await fixture<TrustWaffle>(html`<trust-waffle style="width: 400px" of="100" value="1"></trust-waffle>`);
    const height = (el: TrustWaffle) => Number(shadow(el).querySelector('svg')!.getAttribute('height'));
    expect(height(large)).to.be.above(height(small) + 100);
  });
});

describe('<trust-waffle> colour contrast in every theme', () => {
  for (const theme of ['light', 'dark', 'nhs']) {
    it(`${theme}: filled shapes and the rest's outline ≥ 3:1, text ≥ 4.5:1 against the background`, async () => {
      const el = await fixture<TrustWaffle>(html`<trust-waffle theme=${theme} heading="Staff" data="A: 10; B: 10; C: 10; D: 10; E: 10; F: 10"></trust-waffle>`);
      const background = getComputedStyle(el).backgroundColor;
      for (let series = 1; series <= 6; series++) {
        const cell = shadow(el).querySelector(`[part~="cell"].series-${series}`)!;
        expect(contrastRatio(getComputedStyle(cell).fill, background), `${theme} series-${series}`).to.be.at.least(3);
      }
      const rest = getComputedStyle(shadow(el).querySelector('[part~="rest"]')!);
      expect(contrastRatio(rest.stroke, background), `${theme} rest outline`).to.be.at.least(3);
      expect(rest.fill, 'the rest is hollow').to.equal(background);
      for (const text of shadow(el).querySelectorAll('svg text')) {
        expect(contrastRatio(getComputedStyle(text).fill, background), `${theme} key text`).to.be.at.least(4.5);
      }
      expect(contrastRatio(getComputedStyle(shadow(el).querySelector('[part="frequency"]')!).color, background)).to.be.at.least(4.5);
    });
  }
});

describe('<trust-waffle> when its figures change', () => {
  for (const shape of ['square', 'circle', 'person']) {
    it(`${shape}: cells that turn from hollow to filled keep their elements, so only their colour changes (no fade-in again)`, async () => {
      const el = await fixture<TrustWaffle>(html`<trust-waffle shape=${shape} value="24" label="Worried"></trust-waffle>`);
      await settled(el);
      const before = Array.from(shadow(el).querySelectorAll('[part~="cell"]'));
      expect(before.filter((cell) => !cell.matches('.rest'))).to.have.length(24);
      el.setAttribute('value', '30');
      await settled(el);
      const after = Array.from(shadow(el).querySelectorAll('[part~="cell"]'));
      expect(after.filter((cell) => !cell.matches('.rest'))).to.have.length(30);
      expect(after.filter((cell, i) => cell !== before[i]).length, 'cells drawn anew').to.equal(0);
    });
  }
});
