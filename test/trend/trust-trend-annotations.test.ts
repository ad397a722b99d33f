import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/trend/define.js';
import type { TrustTrend } from '../../src/trend/trust-trend.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';

/** Invented figures, as the demo labels them: worry about cyber-attacks on the NHS, 2016 to 2021. */
const WORRY = '2016: 41; 2017: 52; 2018: 54; 2019: 53; 2020: 57; 2021: 55';
const NOTES = '2017: WannaCry attack, May 2017; 2020: Survey moved online';

async function chart(markup: ReturnType<typeof html>, width = 800) {
  let el!: TrustTrend;
  const warnings = await captureWarnings(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${markup}</div>`);
    el = wrapper.querySelector('trust-trend')!;
    await settled(el);
  });
  return { el, warnings };
}

/** Each note's words, its wrapped lines (tspans) joined by a space. */
const noteTexts = (el: TrustTrend) =>
  [...shadow(el).querySelectorAll('[part="note"] text')].map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '));
const summary = (el: TrustTrend) => shadow(el).querySelector('#summary')!.textContent!;
const rectOf = (el: Element) => el.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<trust-trend> notes, reference lines and highlighted ranges', () => {
  it('writes each note on the chart beside its point, clear of every marker, of the lines’ labels and of each other', async () => {
    const { el, warnings } = await chart(html`<trust-trend series="Worried" data=${WORRY} notes=${NOTES}></trust-trend>`);
    expect(warnings).to.deep.equal([]);
    expect(noteTexts(el)).to.deep.equal(['WannaCry attack, May 2017', 'Survey moved online']);
    const notes = [...shadow(el).querySelectorAll('[part="note"] text')].map(rectOf);
    const marks = [...shadow(el).querySelectorAll('[part="point"], [part="label"]')].map(rectOf);
    for (const note of notes) for (const mark of marks) expect(overlap(note, mark), 'a note covers a mark or a label').to.equal(false);
    expect(overlap(notes[0]!, notes[1]!)).to.equal(false);
    // Nothing is listed under a wide chart: the notes are on it.
    expect(shadow(el).querySelector('[part="notes"]')).to.equal(null);
  });

  it('collapses notes to numbered markers on a 360 px chart, with their words listed under it', async () => {
    const { el } = await chart(html`<trust-trend series="Worried" data=${WORRY} notes=${NOTES}></trust-trend>`, 360);
    expect([...shadow(el).querySelectorAll('.note-marker text')].map((t) => t.textContent)).to.deep.equal(['1', '2']);
    expect(texts(shadow(el), '[part="notes"] li')).to.deep.equal(['2017: WannaCry attack, May 2017', '2020: Survey moved online']);
    expect(shadow(el).querySelector('[part="notes"]')!.getAttribute('aria-label')).to.equal('Notes');
  });

  it('reads a note with its point: the keyboard announcement and the summary', async () => {
    const { el } = await chart(html`<trust-trend series="Worried" data=${WORRY} notes=${NOTES}></trust-trend>`);
    expect(summary(el)).to.contain('Notes: 2017: WannaCry attack, May 2017; 2020: Survey moved online.');
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.equal('2017, Worried: 52% (note: WannaCry attack, May 2017). 2 of 6.');
    // The tooltip shows it too.
    expect(shadow(el).querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ')).to.contain('52% (note: WannaCry attack, May 2017)');
  });

  it('attaches a note to one series’ point when the series is named after a |', async () => {
    const { el } = await chart(
      html`<trust-trend series="Clinical | Non-clinical" data="2022: 30 | 40; 2024: 35 | 38" notes="2024 | Non-clinical: New training"></trust-trend>`,
    );
    expect(noteTexts(el)).to.deep.equal(['New training']);
    expect(summary(el)).to.contain('Notes: 2024, Non-clinical: New training.');
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    svg.focus();
    await settled(el);
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('35%.');
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('38% (note: New training)');
  });

  it('draws a labelled reference line and a shaded range, and names both in the summary', async () => {
    const { el, warnings } = await chart(
      html`<trust-trend series="Worried" data=${WORRY} reference="50: Half of staff" highlight="2020–2021: Pandemic"></trust-trend>`,
    );
    expect(warnings).to.deep.equal([]);
    const line = shadow(el).querySelector('[part="reference"]')!;
    expect(line.getAttribute('y1')).to.equal(line.getAttribute('y2'));
    expect(shadow(el).querySelector('.reference-label')!.textContent).to.equal('Half of staff: 50%');
    const range = rectOf(shadow(el).querySelector('[part="highlight"]')!);
    const ticks = [...shadow(el).querySelectorAll('.wave-tick')].map(rectOf);
    // 2020 and 2021 are inside the shaded range, 2019 is not.
    expect(range.left).to.be.below(ticks[4]!.left);
    expect(range.right).to.be.at.least(ticks[5]!.right);
    expect(range.left).to.be.above(ticks[3]!.right);
    expect(shadow(el).querySelector('.range-label')!.textContent).to.equal('Pandemic');
    expect(summary(el)).to.contain('Shaded: 2020 to 2021, Pandemic. A line marks Half of staff at 50%.');
  });

  it('shows problems with notes, lines and ranges on the chart and in the console, and still draws the rest', async () => {
    const { el, warnings } = await chart(
      html`<trust-trend series="Worried" data=${WORRY} notes="2015: Before; 2017 | Staff: Wrong series; 2017: Fine" reference="150: Off; 45: In" highlight="2012–2013: x"></trust-trend>`,
    );
    const shown = texts(shadow(el), '[part="warning"] li');
    expect(shown).to.include.members([
      'notes: “2015” is not a label in the data, so its note is not shown. Copy the label exactly, such as “2016” or “2021”.',
      'notes: “Staff” is not a series of this chart, so its note is not shown. Name one of “Worried” after the |.',
      'reference: the line at 150% is off the axis, which runs from 0% to 60%, so it is not drawn. Check the value, or set y-max to include it.',
      'highlight: “2012–2013” is not a label or a range of labels in the data, so nothing is shaded. Write two labels joined by a dash, such as “2020–2021: Pandemic”.',
    ]);
    expect(warnings.join('\n')).to.contain('notes: “2015” is not a label in the data');
    expect(noteTexts(el)).to.deep.equal(['Fine']);
    expect(shadow(el).querySelectorAll('[part="reference"]').length).to.equal(1);
  });

  it('explains the problems in Welsh with locale="cy"', async () => {
    const { el } = await chart(html`<trust-trend locale="cy" series="Pryder" data=${WORRY} notes="2015: Cyn"></trust-trend>`);
    expect(texts(shadow(el), '[part="warning"] li')[0]).to.match(/^notes: nid yw “2015” yn label yn y data/);
  });

  it('reads the notes in Welsh, with the point and in the summary', async () => {
    const { el } = await chart(html`<trust-trend locale="cy" series="Pryder" data=${WORRY} notes="2017: Ymosodiad WannaCry"></trust-trend>`);
    expect(summary(el)).to.contain('Nodiadau: 2017: Ymosodiad WannaCry.');
  });

  it('writes a note as text, never as markup', async () => {
    const { el } = await chart(html`<trust-trend series="Worried" data=${WORRY} notes="2017: <img src=x onerror=alert(1)>Attack"></trust-trend>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(noteTexts(el)).to.deep.equal(['Attack']);
  });
});

describe('<trust-trend> labels', () => {
  const values = (el: TrustTrend) => texts(shadow(el), '.point-value');

  it('labels only the line ends by default', async () => {
    const { el } = await chart(html`<trust-trend series="Worried" data=${WORRY}></trust-trend>`);
    expect(values(el)).to.deep.equal([]);
    expect(texts(shadow(el), '.end-value')).to.deep.equal(['55%']);
  });

  it('labels="all" writes every value beside its point, none overlapping a marker or each other', async () => {
    const { el } = await chart(html`<trust-trend series="Worried" labels="all" data=${WORRY}></trust-trend>`);
    expect(values(el)).to.deep.equal(['41%', '52%', '54%', '53%', '57%']);
    // The glyphs' boxes (textBox): Firefox's box for SVG text adds the line gap, taller than what a reader sees.
    const labels = [...shadow(el).querySelectorAll('.point-value')].map(textBox);
    const marks = [...shadow(el).querySelectorAll('[part="point"]')].map(rectOf);
    for (const label of labels) for (const mark of marks) expect(overlap(label, mark)).to.equal(false);
    for (let i = 1; i < labels.length; i++) expect(overlap(labels[i - 1]!, labels[i]!)).to.equal(false);
  });

  it('labels="all" leaves out labels that would collide, keeping each series’ first', async () => {
    const dense = Array.from({ length: 30 }, (_, i) => `${2000 + i}: ${40 + (i % 3)} | ${41 + (i % 2)}`).join('; ');
    const { el } = await chart(html`<trust-trend series="A | B" labels="all" data=${dense}></trust-trend>`, 360);
    const shown = values(el);
    expect(shown.length).to.be.above(1).and.below(58);
    const labels = [...shadow(el).querySelectorAll('.point-value')].map(rectOf);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!)).to.equal(false);
  });

  it('labels="none" leaves the values off the line ends, keeping the names; the values are still read out', async () => {
    const { el } = await chart(html`<trust-trend series="Worried" labels="none" data=${WORRY}></trust-trend>`);
    expect(texts(shadow(el), '.end-value')).to.deep.equal([]);
    expect(texts(shadow(el), '.end-name')).to.deep.equal(['Worried']);
    expect(summary(el)).to.contain('to 55% in 2021');
  });

  it('reports an unknown choice and labels the ends', async () => {
    const { el } = await chart(html`<trust-trend series="Worried" labels="every" data=${WORRY}></trust-trend>`);
    expect(texts(shadow(el), '[part="warning"] li')).to.deep.equal(['labels: “every” is not one of ends, all, none; using ends.']);
    expect(texts(shadow(el), '.end-value')).to.deep.equal(['55%']);
  });
});

describe('<trust-trend> a missing wave, marked on the chart (issue 16 item 8)', () => {
  it('writes "no data" where the line breaks, centred on the wave, as the summary says it', async () => {
    const { el } = await chart(
      html`<trust-trend series="A | B" data="2019: 4 | 52; 2020: 6 | 49; 2021: n/a | n/a; 2022: 9 | 45; 2023: 12 | 41"></trust-trend>`,
    );
    const [word] = shadow(el).querySelectorAll('.missing-wave');
    expect(word!.textContent).to.equal('no data');
    const tick = rectOf(shadow(el).querySelectorAll('.wave-tick')[2]!);
    const box = rectOf(word!);
    expect(Math.abs(box.left + box.width / 2 - (tick.left + tick.width / 2))).to.be.below(1.5);
    expect(box.bottom).to.be.at.most(tick.top + 1);
    expect(summary(el)).to.contain('no data for 2021');
  });

  it('says nothing on the chart for a wave that only one series lacks', async () => {
    const { el } = await chart(html`<trust-trend series="A | B" data="2019: 4 | 52; 2020: 6 | n/a; 2021: 9 | 45"></trust-trend>`);
    expect(shadow(el).querySelector('.missing-wave')).to.equal(null);
  });

  it('says it in Welsh', async () => {
    const { el } = await chart(html`<trust-trend locale="cy" series="A" data="2019: 4; 2020: n/a; 2021: 9"></trust-trend>`);
    expect(texts(shadow(el), '.missing-wave')).to.deep.equal(['dim data']);
  });
});
