import { expect, fixture, html } from '@open-wc/testing';
import '../../src/trend/define.js';
import type { TrustTrend } from '../../src/trend/trust-trend.js';
import { contrastRatio } from '../helpers/contrast.js';
import { overlaps, settled, shadow } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';

/** Real figures (BT research, 2022 and 2024 surveys of NHS staff) and invented ones, as the demo labels them. */
const CHARTS: Record<string, ReturnType<typeof html>> = {
  'the real 2022 and 2024 training figures': html`<trust-trend
    series="Trained on new technologies | Trained on both new and existing systems" data="2022: 5 | 47; 2024: 15 | 39"></trust-trend>`,
  'five invented waves with a gap': html`<trust-trend
    series="Trained on new technologies | Trained on both new and existing systems"
    data="2019: 4 | 52; 2020: 6 | 49; 2021: n/a | n/a; 2022: 9 | 45; 2023: 12 | 41"></trust-trend>`,
  'four crowded invented series on ISO months': html`<trust-trend
    series="Worry about attacks | Concerned about disruption | Concerned about data exposure | Training a priority"
    data="2023-01: 49 | 55 | 51 | 44; 2023-03: 51 | 56 | 50 | 47; 2023-11: 55 | 58 | 54 | 52; 2024-03: 57 | 60 | 56 | 55"></trust-trend>`,
  'six invented waves on a broken axis': html`<trust-trend y-min="40" series="Worry about cyber-attacks on the NHS"
    data="Wave 1: 52; Wave 2: 55; Wave 3: 54; Wave 4: 58; Wave 5: 56; Wave 6: 57"></trust-trend>`,
  'ten invented years with long names': html`<trust-trend
    series="NHS staff who report patient data is isolated and inoperable due to outdated systems | Frontline NHS staff calling for more training"
    data="2015: 70 | 40; 2016: 69 | 42; 2017: 68 | 45; 2018: 66 | 47; 2019: 66 | 50; 2020: 65 | 52; 2021: 65 | 55; 2022: 64 | 57; 2023: 64 | 58; 2024: 64 | 60"></trust-trend>`,
  'invented money on ISO days': html`<trust-trend unit="currency" series="Spend on training"
    data="2023-03-15: 5356; 2023-09-30: 6100; 2024-03-15: 7250"></trust-trend>`,
};

/** Bounding boxes of every text and marker in the chart, plus the SVG's own box. */
function boxes(el: TrustTrend) {
  const svg = shadow(el).querySelector('svg')!;
  const text = Array.from(svg.querySelectorAll('text')).map((node, i) => ({ name: `text ${i}: ${node.textContent}`, rect: textBox(node) }));
  const markers = Array.from(svg.querySelectorAll('path[part="point"]')).map((node, i) => ({ name: `marker ${i}`, rect: node.getBoundingClientRect() }));
  return { svg: svg.getBoundingClientRect(), text, markers };
}

describe('<trust-trend> responsive layout', () => {
  for (const width of [320, 360, 768, 1024]) {
    for (const [name, chart] of Object.entries(CHARTS)) {
      it(`at ${width} px, ${name}: no text overlaps text or a marker, and none leaves the chart`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${chart}</div>`);
        const el = wrapper.querySelector('trust-trend') as TrustTrend;
        await settled(el);
        const { svg, text, markers } = boxes(el);
        expect(overlaps(text), 'text on text').to.deep.equal([]);
        const onMarkers = text.flatMap((t) => overlaps([t, ...markers]).filter((pair) => pair.startsWith('text')));
        expect(onMarkers, 'text on markers').to.deep.equal([]);
        for (const { name: label, rect } of text) {
          // 1 px of slack for glyph side-bearings.
          expect(rect.left, label).to.be.at.least(svg.left - 1);
          expect(rect.right, label).to.be.at.most(svg.right + 1);
          expect(rect.top, label).to.be.at.least(svg.top - 1);
          expect(rect.bottom, label).to.be.at.most(svg.bottom + 1);
        }
        expect(svg.width).to.be.at.most(width);
        expect(el.scrollWidth).to.be.at.most(width);
        for (const node of shadow(el).querySelectorAll('svg text')) {
          expect(parseFloat(getComputedStyle(node).fontSize), node.textContent!).to.be.at.least(12);
        }
      });
    }
  }

  it('names the real series at the line ends at 1024 px and in a key above the chart at 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px">${CHARTS['the real 2022 and 2024 training figures']}</div>`);
    const el = wrapper.querySelector('trust-trend') as TrustTrend;
    await settled(el);
    expect(shadow(el).querySelectorAll('text.end-name')).to.have.length(2);
    expect(shadow(el).querySelector('.key-item')).to.equal(null);
    wrapper.style.width = '320px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(el);
    expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal(String(320 - 32));
    expect(shadow(el).querySelectorAll('.key-item')).to.have.length(2);
    expect(shadow(el).querySelectorAll('text.end-name')).to.have.length(0);
    expect(shadow(el).querySelectorAll('text.end-value')).to.have.length(2);
  });

  it('thins the wave labels on a phone but keeps a tick for every wave', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">${CHARTS['six invented waves on a broken axis']}</div>`);
    const el = wrapper.querySelector('trust-trend') as TrustTrend;
    await settled(el);
    expect(shadow(el).querySelectorAll('line.wave-tick')).to.have.length(6);
    const labels = Array.from(shadow(el).querySelectorAll('text.wave'), (node) => node.textContent);
    expect(labels.length).to.be.below(6);
    expect(labels[0]).to.equal('Wave 1');
    expect(labels.at(-1)).to.equal('Wave 6');
  });

  it('grows in height with its content and never needs a height from the page', async () => {
    const el = await fixture<TrustTrend>(html`<trust-trend style="width: 600px" series="A | B" data="2022: 5 | 47; 2024: 15 | 39"></trust-trend>`);
    const svg = shadow(el).querySelector('svg')!;
    expect(Number(svg.getAttribute('height'))).to.be.greaterThan(150);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(Number(svg.getAttribute('height')));
  });
});

describe('<trust-trend> colour contrast in every theme', () => {
  for (const theme of ['light', 'dark', 'nhs']) {
    it(`${theme}: lines, markers and axis ≥ 3:1, text ≥ 4.5:1 against the background`, async () => {
      const el =
        await fixture<TrustTrend>(html`<trust-trend theme=${theme} style="width: 900px" heading="Training" subheading="% of staff" source="Illustrative data"
        y-min="1" series="A | B | C | D" data="2022: 5 | 15 | 25 | 35; 2023: 7 | 18 | 27 | 38; 2024: 10 | 20 | 30 | 40"></trust-trend>`);
      const background = getComputedStyle(el).backgroundColor;
      for (const line of shadow(el).querySelectorAll('path[part="line"]')) {
        expect(contrastRatio(getComputedStyle(line).stroke, background), `${theme} ${line.getAttribute('class')}`).to.be.at.least(3);
      }
      for (const marker of shadow(el).querySelectorAll('path[part="point"]')) {
        expect(contrastRatio(getComputedStyle(marker).fill, background), `${theme} ${marker.getAttribute('class')}`).to.be.at.least(3);
      }
      expect(contrastRatio(getComputedStyle(shadow(el).querySelector('line.baseline')!).stroke, background), 'baseline').to.be.at.least(3);
      for (const text of shadow(el).querySelectorAll('svg text')) {
        expect(contrastRatio(getComputedStyle(text).fill, background), `${theme} ${text.textContent}`).to.be.at.least(4.5);
      }
      const note = shadow(el).querySelector('[part="axis-note"]')!;
      expect(contrastRatio(getComputedStyle(note).color, background), 'axis note').to.be.at.least(4.5);
    });
  }
});
