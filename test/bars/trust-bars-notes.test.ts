import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import { textBox } from '../helpers/text-box.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

/** BT research, 2024. */
const WORRY = 'Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt critical systems: 60; Think the NHS is well prepared: 36';

async function chart(markup: ReturnType<typeof html>, width = 900) {
  let el!: TrustBars;
  const warnings = await captureWarnings(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${markup}</div>`);
    el = wrapper.querySelector('trust-bars')!;
    await settled(el);
  });
  return { el, warnings };
}
const rectOf = (el: Element) => el.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<trust-bars> notes', () => {
  it('writes a note after its bar’s value on a wide chart, on the bar’s row, over no value or bar', async () => {
    const { el, warnings } = await chart(html`<trust-bars data=${WORRY} notes="Think the NHS is well prepared: Lowest of the three"></trust-bars>`);
    expect(warnings).to.deep.equal([]);
    const note = shadow(el).querySelector('[part="note"] text')!;
    expect(note.textContent).to.equal('Lowest of the three');
    const value = shadow(el).querySelectorAll('[part="value"]')[2]!;
    const [noteBox, valueBox] = [rectOf(note), rectOf(value)];
    expect(noteBox.left).to.be.above(valueBox.right);
    expect(Math.abs(noteBox.top + noteBox.height / 2 - (valueBox.top + valueBox.height / 2))).to.be.below(3);
    for (const other of shadow(el).querySelectorAll('[part="bar"], [part="value"]')) expect(overlap(noteBox, rectOf(other))).to.equal(false);
    expect(shadow(el).querySelector('[part="notes"]')).to.equal(null);
  });

  it('becomes a numbered marker on a narrow chart, with the words listed under it, never off the chart', async () => {
    const { el } = await chart(html`<trust-bars data=${WORRY} notes="Concerned attacks could disrupt critical systems: Highest"></trust-bars>`, 320);
    const marker = shadow(el).querySelector('.note-marker')!;
    expect(marker.querySelector('text')!.textContent).to.equal('1');
    expect(rectOf(marker).right).to.be.at.most(rectOf(shadow(el).querySelector('svg')!).right + 0.5);
    expect(texts(shadow(el), '[part="notes"] li')).to.deep.equal(['Concerned attacks could disrupt critical systems: Highest']);
  });

  it('reads the note with its bar and in the summary', async () => {
    const { el } = await chart(html`<trust-bars data=${WORRY} notes="Think the NHS is well prepared: Lowest of the three"></trust-bars>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.contain('Notes: Think the NHS is well prepared: Lowest of the three.');
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('36% (note: Lowest of the three)');
  });

  it('attaches a note to one series of grouped bars', async () => {
    const { el } = await chart(
      html`<trust-bars series="2022 | 2024" data="Trained on new technologies: 5 | 15; Trained on both: 47 | 39" notes="Trained on new technologies | 2024: Three times the 2022 share"></trust-bars>`,
    );
    const note = rectOf(shadow(el).querySelector('[part="note"] text')!);
    const bars = [...shadow(el).querySelectorAll('[part="bar"]')].map(rectOf);
    // On the 2024 bar's row, not the 2022 one's.
    expect(note.top + note.height / 2).to.be.within(bars[1]!.top, bars[1]!.bottom);
  });

  it('reports a note on a bar that does not exist, in English and Welsh', async () => {
    const { el, warnings } = await chart(html`<trust-bars data=${WORRY} notes="Worried: Typo"></trust-bars>`);
    expect(texts(shadow(el), '[part="warning"] li')).to.deep.equal([
      'notes: “Worried” is not a label in the data, so its note is not shown. Copy the label exactly, such as “Worry about cyber-attacks on the NHS” or “Think the NHS is well prepared”.',
    ]);
    expect(warnings.join('\n')).to.contain('notes: “Worried” is not a label in the data');
    const { el: welsh } = await chart(html`<trust-bars locale="cy" data=${WORRY} notes="Worried: Typo"></trust-bars>`);
    expect(texts(shadow(welsh), '[part="warning"] li')[0]).to.match(/^notes: nid yw “Worried” yn label yn y data/);
  });
});

describe('<trust-bars> reference lines', () => {
  const lineOf = (el: Element) => shadow(el).querySelector('[part="reference"]')!;
  const words = (el: Element) =>
    [...shadow(el).querySelectorAll('.reference-label, .target-label, [part="label"], [part="value"]')].map((text) => ({
      text: text.textContent!,
      box: textBox(text),
    }));

  it('draws a labelled line at its value, above and across the bars, under no words, named in the summary; the target keeps its own', async () => {
    const { el, warnings } = await chart(
      html`<trust-bars data=${WORRY} target="95" target-label="Training target" reference="50: Half of staff"></trust-bars>`,
    );
    expect(warnings).to.deep.equal([]);
    expect(texts(shadow(el), '.reference-label')).to.deep.equal(['Half of staff: 50%']);
    // At 50 on the bars' own scale (read from the drawing, as the bars may still be growing): the 60% bar reaches
    // 60/50 as far from zero as the line. Down the whole plot, from above the first bar to below the last.
    const attribute = (element: Element, name: string) => Number(element.getAttribute(name));
    const [first, second, last] = [...shadow(el).querySelectorAll('[part="bar"]')];
    const line = lineOf(el);
    expect(attribute(line, 'x1') - attribute(second!, 'x')).to.be.closeTo((attribute(second!, 'width') * 50) / 60, 0.5);
    expect(attribute(line, 'y1')).to.be.below(attribute(first!, 'y'));
    expect(attribute(line, 'y2')).to.be.above(attribute(last!, 'y') + attribute(last!, 'height'));
    // Its words sit above the target's, and touch none of the chart's words.
    const all = words(el);
    for (const [i, a] of all.entries()) for (const b of all.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).to.equal(false);
    expect(shadow(el).querySelector('#summary')!.textContent).to.contain('A line marks Half of staff at 50%.');
    expect(getComputedStyle(lineOf(el)).strokeDasharray).not.to.equal('none');
  });

  it('draws its line in pieces between stacked labels on a phone, and reports a line off the axis', async () => {
    const { el } = await chart(html`<trust-bars data=${WORRY} reference="50: Half of staff"></trust-bars>`, 320);
    const pieces = [...shadow(el).querySelectorAll('[part="reference"]')].map(rectOf);
    expect(pieces).to.have.length(3);
    for (const label of shadow(el).querySelectorAll('[part="label"]')) for (const piece of pieces) expect(overlap(textBox(label), piece)).to.equal(false);

    const { el: off, warnings } = await chart(html`<trust-bars data=${WORRY} reference="150: Too high; 40"></trust-bars>`);
    expect(warnings.join('\n')).to.contain(
      'reference: the line at 150% is off the axis, which runs from 0% to 100%, so it is not drawn. Check the value, or set max to include it.',
    );
    expect(texts(shadow(off), '.reference-label')).to.deep.equal(['40%']);
  });
});
