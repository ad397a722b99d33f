import { expect, fixture, html } from '@open-wc/testing';
import '../../src/change/define.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';

/** BT research, 2022 and 2024 surveys of NHS staff. */
const TRAINING = 'Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39';

async function chart(markup: ReturnType<typeof html>, width = 900) {
  let el!: TrustChange;
  const warnings = await captureWarnings(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${markup}</div>`);
    el = wrapper.querySelector('trust-change')!;
    await settled(el);
  });
  return { el, warnings };
}
const rectOf = (el: Element) => el.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** The centre x of each dot, in the order drawn: 5%, 15%, 47%, 39%. */
const dotXs = (el: TrustChange) =>
  [...shadow(el).querySelectorAll('[part~="point"]')].map((dot) => {
    const box = rectOf(dot);
    return box.left + box.width / 2;
  });

describe('<trust-change> reference lines and shaded ranges on the value axis', () => {
  it('draws a labelled line at its value and a shaded range between two values, and names both in the summary', async () => {
    const { el, warnings } = await chart(
      html`<trust-change from-label="2022" to-label="2024" data=${TRAINING} reference="15: Target" highlight="5–47: Between"></trust-change>`,
    );
    expect(warnings).to.deep.equal([]);
    const [five, fifteen, fortySeven] = dotXs(el) as [number, number, number];
    const line = rectOf(shadow(el).querySelector('[part="reference"]')!);
    expect(Math.abs(line.left + line.width / 2 - fifteen)).to.be.below(1.5);
    const range = rectOf(shadow(el).querySelector('[part="highlight"]')!);
    expect(Math.abs(range.left - five)).to.be.below(1.5);
    expect(Math.abs(range.right - fortySeven)).to.be.below(1.5);
    expect(texts(shadow(el), '.reference-label')).to.deep.equal(['Target: 15%']);
    expect(shadow(el).querySelector('#summary')!.textContent).to.contain('Shaded: 5% to 47%, Between. A line marks Target at 15%.');
  });

  it('keeps the words of lines and ranges apart on a narrow chart, and the lines off the row labels', async () => {
    const { el } = await chart(
      html`<trust-change from-label="2022" to-label="2024" data=${TRAINING} reference="50: Half of staff" highlight="0–20: Fewer than one in five"></trust-change>`,
      340,
    );
    // The glyphs' boxes (textBox): Firefox's box for SVG text adds the line gap, taller than what a reader sees.
    const words = [...shadow(el).querySelectorAll('.reference-label, .range-label')].map(textBox);
    expect(words.length).to.equal(2);
    expect(overlap(words[0]!, words[1]!)).to.equal(false);
    const labels = [...shadow(el).querySelectorAll('[part="label"]')].map(textBox);
    for (const line of shadow(el).querySelectorAll('[part="reference"], [part="highlight"]'))
      for (const label of labels) expect(overlap(rectOf(line), label), 'a line crosses a row label').to.equal(false);
  });

  it('reports a line off the axis and a range that is not two values, drawing neither', async () => {
    const { el, warnings } = await chart(html`<trust-change data=${TRAINING} max="60" reference="75: Target" highlight="low–high: x"></trust-change>`);
    expect(texts(shadow(el), '[part="warning"] li')).to.deep.equal([
      'highlight: “low–high” is not a label or a range of labels in the data, so nothing is shaded. Write two labels joined by a dash, such as “2020–2021: Pandemic”.',
      'reference: the line at 75% is off the axis, which runs from 0% to 60%, so it is not drawn. Check the value, or set max to include it.',
    ]);
    expect(warnings.length).to.be.above(0);
    expect(shadow(el).querySelector('[part="reference"]')).to.equal(null);
  });
});
