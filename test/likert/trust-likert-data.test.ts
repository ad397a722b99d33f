import { expect, fixture, html } from '@open-wc/testing';
import '../../src/likert/define.js';
import type { TrustLikert } from '../../src/likert/trust-likert.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { AGREEMENT, AGREEMENT_DATA, CONFIDENCE, CONFIDENCE_DATA } from './fixtures.js';

const segments = (el: TrustLikert) => Array.from(shadow(el).querySelectorAll('rect[part="segment"]'));
const classesOf = (el: TrustLikert) => segments(el).map((rect) => Array.from(rect.classList).find((c) => c.startsWith('scale-')));
const legend = (el: TrustLikert) => texts(shadow(el), '[part="legend"] li');
/** The colour class of each swatch in the key, in order. */
const legendClasses = (el: TrustLikert) =>
  Array.from(shadow(el).querySelectorAll('[part="legend"] .swatch'), (swatch) => Array.from(swatch.classList).find((c) => c !== 'swatch'));
const summary = (el: TrustLikert) => shadow(el).querySelector('#summary')!.textContent;

describe('<trust-likert> data input', () => {
  it('draws one segment per answer per row from the compact data attribute and series', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`);
    expect(segments(el)).to.have.length(10);
    expect(texts(shadow(el), 'text.row-label')).to.deep.equal(['NHS staff', 'UK public']);
    expect(legend(el)).to.deep.equal(CONFIDENCE.split(' | '));
    expect(classesOf(el).slice(0, 5)).to.deep.equal(['scale-1', 'scale-2', 'scale-3', 'scale-4', 'scale-5']);
    expect(legendClasses(el), "each key swatch has its answer's colour").to.deep.equal(['scale-1', 'scale-2', 'scale-3', 'scale-4', 'scale-5']);
  });

  it('writes values inside the segments that are wide enough for them', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert style="width: 800px" series=${CONFIDENCE} data="NHS staff: 2 | 34 | 20 | 30 | 14"></trust-likert>`,
    );
    expect(texts(shadow(el), 'text.segment-value')).to.deep.equal(['34%', '20%', '30%', '14%']);
  });

  it('reads the answers from a child table\'s header row, with "don\'t know" set apart', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert dont-know="Don't know">
      <table>
        <thead><tr><th>Statement</th><th>Agree</th><th>Neither</th><th>Disagree</th><th>Don't know</th></tr></thead>
        <tbody>
          <tr><td>I know how to report a suspicious email</td><td>79%</td><td>9%</td><td>8%</td><td>4%</td></tr>
          <tr><td>I have had enough training</td><td>25%</td><td>17%</td><td>54%</td><td>4%</td></tr>
        </tbody>
      </table>
    </trust-likert>`);
    expect(segments(el), 'three answers on the scale in each of two rows').to.have.length(6);
    expect(shadow(el).querySelectorAll('rect[part="dont-know"]')).to.have.length(2);
    expect(legend(el)).to.deep.equal(['Agree', 'Neither', 'Disagree', "Don't know"]);
    expect(legendClasses(el), '"don\'t know" last, outlined like its bars').to.deep.equal(['scale-1', 'scale-3', 'scale-5', 'dont-know']);
    expect(texts(shadow(el), '.dont-know-header')).to.deep.equal(["Don't know"]);
    expect(texts(shadow(el), '.dont-know-value')).to.deep.equal(['4%', '4%']);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Statement', 'Agree', 'Neither', 'Disagree', "Don't know"]);
  });

  it('reads JSON rows whose values are named by answer', async () => {
    const data = JSON.stringify([
      { label: 'NHS staff', values: { Agree: 40, Neither: 20, Disagree: 40 } },
      { label: 'UK public', values: { Agree: 45, Neither: 25, Disagree: 30 } },
    ]);
    const el = await fixture<TrustLikert>(html`<trust-likert data=${data}></trust-likert>`);
    expect(legend(el)).to.deep.equal(['Agree', 'Neither', 'Disagree']);
    expect(summary(el)).to.contain('UK public: 45% agree, 30% disagree, 25% neither.');
  });

  it('accepts rows through the .data property, which wins over the attribute', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert series="Agree | Neither | Disagree" data="From attribute: 40 | 20 | 40"></trust-likert>`);
    el.data = [{ label: 'From property', values: { Agree: 50, Neither: 10, Disagree: 40 } }];
    await settled(el);
    expect(texts(shadow(el), 'text.row-label')).to.deep.equal(['From property']);
  });

  it('turns counts into shares of each row with unit="count", and reads the counts out', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert style="width: 800px" unit="count" series="Agree | Neither | Disagree" data="NHS staff: 200 | 100 | 200"></trust-likert>`,
    );
    expect(texts(shadow(el), 'text.segment-value')).to.deep.equal(['40%', '20%', '40%']);
    expect(summary(el)).to.contain('NHS staff: 40% agree, 40% disagree, 20% neither.');
    expect(texts(shadow(el), 'tbody td'), 'the table keeps the counts as written').to.deep.equal(['200', '100', '200']);
    expect(texts(shadow(el), 'text.tick').at(-1)).to.match(/%$/);
  });

  it('draws a row without figures as "no data"', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert series="Agree | Neither | Disagree" data="NHS staff: 40 | 20 | 40; Not asked: n/a | n/a | n/a"></trust-likert>`,
    );
    expect(segments(el)).to.have.length(3);
    expect(texts(shadow(el), 'text.missing')).to.deep.equal(['no data']);
    expect(summary(el)).to.contain('Not asked: no data.');
  });
});

describe('<trust-likert> attributes', () => {
  it('positive="last" makes the last answers the positive half, keeping the order as written', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert positive="last" series="Very badly | Fairly badly | Fairly well | Very well" data="Clinical staff: 10 | 20 | 45 | 25"></trust-likert>`,
    );
    expect(legend(el)).to.deep.equal(['Very badly', 'Fairly badly', 'Fairly well', 'Very well']);
    expect(classesOf(el)).to.deep.equal(['scale-5', 'scale-4', 'scale-2', 'scale-1']);
    expect(legendClasses(el)).to.deep.equal(['scale-5', 'scale-4', 'scale-2', 'scale-1']);
    expect(summary(el)).to.contain('Clinical staff: 70% well, 30% badly.');
    expect(texts(shadow(el), '.half-label')).to.deep.equal(['← Badly', 'Well →']);
  });

  it('positive="first" (the default) puts the positive half on the left', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert positive="first" series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`);
    expect(texts(shadow(el), '.half-label')).to.deep.equal(['← Confident', 'Not confident →']);
    el.removeAttribute('positive');
    await settled(el);
    expect(texts(shadow(el), '.half-label')).to.deep.equal(['← Confident', 'Not confident →']);
  });

  it('splits the neutral answer across the zero line', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert series="Agree | Neither | Disagree" data="Staff: 40 | 20 | 40"></trust-likert>`);
    const neutral = segments(el)[1]!;
    const zero = Number(shadow(el).querySelector('line[part="zero-line"]')!.getAttribute('x1'));
    expect(Number(neutral.getAttribute('x')) + Number(neutral.getAttribute('width')) / 2).to.be.closeTo(zero, 0.01);
  });

  it('neutral="…" names the neutral answer of an unbalanced scale', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert neutral="Unsure" series="Agree | Tend to agree | Unsure | Disagree" data="Staff: 30 | 30 | 20 | 20"></trust-likert>`,
    );
    expect(classesOf(el)).to.deep.equal(['scale-1', 'scale-2', 'scale-3', 'scale-5']);
    expect(summary(el)).to.contain('Staff: 60% agree, 20% disagree, 20% unsure.');
    const zero = Number(shadow(el).querySelector('line[part="zero-line"]')!.getAttribute('x1'));
    const unsure = segments(el)[2]!;
    expect(Number(unsure.getAttribute('x')) + Number(unsure.getAttribute('width')) / 2).to.be.closeTo(zero, 0.01);
  });

  it('has no neutral answer when the scale has an even number of answers', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert series="Very well | Fairly well | Fairly badly | Very badly" data="Staff: 20 | 30 | 35 | 15"></trust-likert>`,
    );
    expect(classesOf(el)).to.not.include('scale-3');
    expect(summary(el)).to.contain('Staff: 50% well, 50% badly.');
    const zero = Number(shadow(el).querySelector('line[part="zero-line"]')!.getAttribute('x1'));
    const [, second] = segments(el);
    expect(Number(second!.getAttribute('x')) + Number(second!.getAttribute('width'))).to.be.closeTo(zero, 0.01);
  });

  it("show-net writes each row's net score in percentage points, with a true minus sign", async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert show-net series=${CONFIDENCE} data="NHS staff: 12 | 24 | 20 | 30 | 14; Managers: 20 | 32 | 16 | 22 | 10"></trust-likert>`,
    );
    expect(texts(shadow(el), 'text[part="net"]')).to.deep.equal(['Net \u22128', 'Net +20']);
    expect(summary(el)).to.contain('NHS staff: 36% confident, 44% not confident, 20% neither (net \u22128 percentage points).');
    el.showNet = false;
    await settled(el);
    expect(shadow(el).querySelectorAll('text[part="net"]')).to.have.length(0);
  });

  it('dont-know sets "don\'t know" apart from the diverging bar and names it in the summary', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert dont-know="Don't know" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
    expect(segments(el)).to.have.length(15);
    expect(shadow(el).querySelectorAll('rect[part="dont-know"]')).to.have.length(3);
    expect(summary(el)).to.contain("5 answers from Strongly agree to Strongly disagree, plus Don't know shown separately.");
    expect(summary(el)).to.contain("I know how to report a suspicious email: 79% agree, 8% disagree, 9% neither agree nor disagree, 4% don't know.");
  });

  it('sets a last "Don\'t know" apart without dont-know, as if it were set, with no warning (issue 16)', async () => {
    const told = await fixture<TrustLikert>(html`<trust-likert dont-know="Don't know" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
    const untold = await fixture<TrustLikert>(html`<trust-likert series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
    expect(shadow(untold).querySelectorAll('rect[part="dont-know"]')).to.have.length(3);
    expect(segments(untold).map((rect) => rect.getAttribute('x'))).to.deep.equal(segments(told).map((rect) => rect.getAttribute('x')));
    expect(summary(untold)).to.equal(summary(told));
    expect(shadow(untold).querySelector('[part="warning"]')).to.equal(null);
  });

  it('dont-know="" draws a "Don\'t know" answer on the scale, as the author asked, with no warning', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert dont-know="" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
    expect(shadow(el).querySelectorAll('rect[part="dont-know"]')).to.have.length(0);
    expect(segments(el)).to.have.length(18);
    expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
  });

  it('colours six and seven answers with in-between shades', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert series="Strongly agree | Agree | Somewhat agree | Neither | Somewhat disagree | Disagree | Strongly disagree" data="Staff: 10 | 20 | 15 | 10 | 15 | 20 | 10"></trust-likert>`,
    );
    expect(classesOf(el)).to.deep.equal(['scale-1', 'scale-12', 'scale-2', 'scale-3', 'scale-4', 'scale-45', 'scale-5']);
    const fills = segments(el).map((rect) => getComputedStyle(rect).fill);
    expect(new Set(fills).size, 'seven different colours').to.equal(7);
    expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
  });

  it('keeps a qualifier the author wrote with a value', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert series="Agree | Neither | Disagree" data="Staff: about 40 | 20 | 40"></trust-likert>`);
    expect(texts(shadow(el), 'tbody td')[0]).to.equal('about 40%');
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('Staff, Agree: about 40%.');
  });
});
