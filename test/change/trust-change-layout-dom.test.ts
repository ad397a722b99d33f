import { expect, fixture, html } from '@open-wc/testing';
import '../../src/change/define.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import { contrastRatio } from '../helpers/contrast.js';
import { overlaps, settled, shadow } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';

/** Real figures plus the awkward cases: a one-point change, no change, a fall to zero, a rise to 100, a missing value. */
const AWKWARD = [
  'Trained on new technologies: 5 | 15',
  'Trained on both new and existing systems: 47 | 39',
  'A tiny rise: 40 | 41',
  'No change: 60 | 60',
  'A fall to zero: 3 | 0',
  'A rise to everyone: 99 | 100',
  'Report patient data is isolated and inoperable due to outdated systems: 64 | 63',
  'Not asked in 2022: n/a | 55',
].join('; ');

/** Boxes of every text and every dot in the chart, plus the SVG's own box. */
function chartBoxes(el: TrustChange) {
  const svg = shadow(el).querySelector('svg')!;
  const textBoxes = Array.from(svg.querySelectorAll('text')).map((text, i) => ({ name: `${i}:${text.textContent}`, rect: textBox(text) }));
  const dotBoxes = Array.from(svg.querySelectorAll('g.row circle')).map((dot, i) => ({ name: `dot ${i}`, rect: dot.getBoundingClientRect() }));
  return { svg: svg.getBoundingClientRect(), textBoxes, dotBoxes };
}

describe('<trust-change> responsive layout', () => {
  for (const width of [320, 360, 768, 1024]) {
    it(`at ${width} px no text overlaps another text or a dot, and none leaves the chart`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
        <trust-change heading="Training" from-label="2022" to-label="2024" direction="up-is-good" data=${AWKWARD}></trust-change>
      </div>`);
      const el = wrapper.querySelector('trust-change') as TrustChange;
      await settled(el);
      const { svg, textBoxes, dotBoxes } = chartBoxes(el);
      expect(overlaps(textBoxes)).to.deep.equal([]);
      // Dots of one row may touch each other (40% → 41%), never a text.
      const textOnDot = overlaps([...textBoxes, ...dotBoxes]).filter((pair) => pair.includes('dot') && !/^dot \d+ \/ dot/.test(pair));
      expect(textOnDot).to.deep.equal([]);
      for (const { name, rect } of [...textBoxes, ...dotBoxes]) {
        // 1 px of slack for glyph side-bearings.
        expect(rect.left, name).to.be.at.least(svg.left - 1);
        expect(rect.right, name).to.be.at.most(svg.right + 1);
        expect(rect.bottom, name).to.be.at.most(svg.bottom + 1);
      }
      expect(svg.width).to.be.at.most(width);
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }

  it('puts labels above their rows on a phone and beside them on a wide screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><trust-change data="Trained on new technologies: 5 | 15"></trust-change></div>`,
    );
    const el = wrapper.querySelector('trust-change') as TrustChange;
    await settled(el);
    const position = () => {
      const label = textBox(shadow(el).querySelector('text.row-label')!);
      const dot = shadow(el).querySelector('g.row circle.dot-from')!.getBoundingClientRect();
      return { label, dot };
    };
    const wide = position();
    expect(wide.dot.left).to.be.greaterThan(wide.label.right);
    wrapper.style.width = '320px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(el);
    const narrow = position();
    expect(narrow.dot.top).to.be.greaterThan(narrow.label.bottom);
    expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal(String(320 - 32));
  });

  it('grows in height with the number of rows: no fixed height', async () => {
    const one = await fixture<TrustChange>(html`<trust-change data="A: 5 | 15"></trust-change>`);
    const four = await fixture<TrustChange>(html`<trust-change data="A: 5 | 15; B: 47 | 39; C: 40 | 41; D: 60 | 60"></trust-change>`);
    const height = (el: TrustChange) => Number(shadow(el).querySelector('svg')!.getAttribute('height'));
    expect(height(four)).to.be.greaterThan(height(one) + 3 * 28);
  });

  it('writes no text smaller than 12 px', async () => {
    const el = await fixture<TrustChange>(html`<trust-change from-label="2022" to-label="2024" data=${AWKWARD}></trust-change>`);
    for (const text of shadow(el).querySelectorAll('svg text')) {
      expect(parseFloat(getComputedStyle(text).fontSize), text.textContent ?? '').to.be.at.least(12);
    }
  });
});

describe('<trust-change> colour contrast in every theme', () => {
  for (const theme of ['light', 'dark', 'nhs']) {
    for (const direction of ['neutral', 'up-is-good']) {
      it(`${theme}, ${direction}: dots and lines ≥ 3:1 and text ≥ 4.5:1 against the background`, async () => {
        const el = await fixture<TrustChange>(html`<trust-change theme=${theme} direction=${direction} heading="Training" subheading="% of staff" source="BT"
          from-label="2022" to-label="2024" data="Rise: 5 | 15; Fall: 47 | 39; Steady: 60 | 60; Not asked: n/a | 20"></trust-change>`);
        const background = getComputedStyle(el).backgroundColor;
        for (const dot of shadow(el).querySelectorAll('circle.dot-from')) {
          expect(contrastRatio(getComputedStyle(dot).stroke, background), `${theme} hollow ${dot.closest('g')!.getAttribute('class')}`).to.be.at.least(3);
        }
        for (const dot of shadow(el).querySelectorAll('circle.dot-to')) {
          expect(contrastRatio(getComputedStyle(dot).fill, background), `${theme} filled ${dot.closest('g')!.getAttribute('class')}`).to.be.at.least(3);
        }
        for (const line of shadow(el).querySelectorAll('.connector line')) {
          expect(contrastRatio(getComputedStyle(line).stroke, background), `${theme} line`).to.be.at.least(3);
        }
        for (const arrow of shadow(el).querySelectorAll('.connector polygon')) {
          expect(contrastRatio(getComputedStyle(arrow).fill, background), `${theme} arrow`).to.be.at.least(3);
        }
        for (const text of shadow(el).querySelectorAll('svg text')) {
          expect(contrastRatio(getComputedStyle(text).fill, background), `${theme} ${text.textContent}`).to.be.at.least(4.5);
        }
      });
    }
  }

  it('colours the change words like their dots when a direction is set: good and bad differ', async () => {
    const el = await fixture<TrustChange>(html`<trust-change theme="light" direction="up-is-good" data="Rise: 5 | 15; Fall: 47 | 39"></trust-change>`);
    const [rise, fall] = Array.from(shadow(el).querySelectorAll('text.change'), (text) => getComputedStyle(text).fill);
    expect(rise).to.equal('rgb(0, 127, 59)');
    expect(fall).to.equal('rgb(177, 72, 0)');
    expect(getComputedStyle(shadow(el).querySelector('g.tone-good circle.dot-to')!).fill).to.equal(rise);
  });

  it('lets the host page set the good and bad colours through --trust-positive and --trust-negative', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--trust-positive: rgb(0, 94, 184); --trust-negative: rgb(125, 0, 0)">
      <trust-change direction="up-is-good" data="Rise: 5 | 15; Fall: 47 | 39"></trust-change>
    </div>`);
    const el = wrapper.querySelector('trust-change') as TrustChange;
    await settled(el);
    const fills = Array.from(shadow(el).querySelectorAll('g.row circle.dot-to'), (dot) => getComputedStyle(dot).fill);
    expect(fills).to.deep.equal(['rgb(0, 94, 184)', 'rgb(125, 0, 0)']);
  });
});
