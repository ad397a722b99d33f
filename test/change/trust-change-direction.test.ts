import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import { isDirectionHeader, readDirectionCells, readDirections } from '../../src/change/change-direction.js';
import { loadMessages, messagesFor } from '../../src/core/i18n/messages.js';
import type { Problem } from '../../src/core/problems.js';
import { en } from '../core/helpers.js';
import { freshPath, serve } from '../helpers/source-fixtures.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

/** NHS Staff Survey 2023 style: burnout should fall, recommending the organisation should rise. */
const STAFF = 'Burnout: 34 | 30.4; Would recommend as a place to work: 58 | 61';

const tones = (el: TrustChange) => Array.from(shadow(el).querySelectorAll('g.row'), (row) => row.getAttribute('class'));
const key = (el: TrustChange) => texts(shadow(el), '[part="legend"] text');
const labels = (el: TrustChange) =>
  Array.from(shadow(el).querySelectorAll('text.row-label'), (text) => Array.from(text.querySelectorAll('tspan'), (line) => line.textContent).join(' '));
const summary = (el: TrustChange) => shadow(el).querySelector('#summary')!.textContent!;
const warningText = (el: TrustChange) => texts(shadow(el), '[part="warning"] li').join(' ');

async function render(markup: ReturnType<typeof html>) {
  let el!: TrustChange;
  const warnings = await captureWarnings(async () => {
    el = await fixture<TrustChange>(markup);
    await settled(el);
  });
  return { el, warnings };
}

describe('<trust-change> direction per row', () => {
  it('colours each row by its own good way, words it beside each label and leaves it out of the key', async () => {
    const { el, warnings } = await render(
      html`<trust-change from-label="2022" to-label="2023" direction="Burnout: down-is-good; Would recommend as a place to work: up-is-good" data=${STAFF}></trust-change>`,
    );
    expect(warnings).to.deep.equal([]);
    expect(tones(el)).to.deep.equal(['row tone-good', 'row tone-good']);
    expect(labels(el).join(' | ').replace(/\s+/g, ' ')).to.equal('Burnout (lower is better) | Would recommend as a place to work (higher is better)');
    expect(key(el).join(' ')).to.not.contain('is better');
    expect(summary(el))
      .to.contain('Burnout (lower is better): down 3.6 percentage points')
      .and.to.contain('Would recommend as a place to work (higher is better): up 3');
    expect(summary(el)).to.not.contain('Higher is better.').and.to.not.contain('Lower is better.');
  });

  it('reads what people write ("lower is better", Welsh), matches labels loosely and colours a worsening as bad', async () => {
    const { el } = await render(
      html`<trust-change direction="burnout : Lower is better.;  would recommend as a place to work: Uwch sy’n well" data="Burnout: 30 | 34; Would recommend as a place to work: 58 | 61"></trust-change>`,
    );
    expect(tones(el)).to.deep.equal(['row tone-bad', 'row tone-good']);
  });

  it('takes a value without a label as the default for the rows not named', async () => {
    const { el } = await render(html`<trust-change direction="higher is better; Burnout: down-is-good" data="${STAFF}; Engaged: 70 | 68"></trust-change>`);
    expect(tones(el)).to.deep.equal(['row tone-good', 'row tone-good', 'row tone-bad']);
    expect(labels(el)[2]).to.equal('Engaged (higher is better)');
  });

  it('keeps one key note when every named row agrees, and the single direction unchanged', async () => {
    const { el } = await render(
      html`<trust-change direction="Burnout: down-is-good; Would recommend as a place to work: lower is better" data=${STAFF}></trust-change>`,
    );
    expect(key(el)).to.include('Lower is better.');
    expect(labels(el)[0]).to.equal('Burnout');
    const single = (await render(html`<trust-change direction="up-is-good" data=${STAFF}></trust-change>`)).el;
    expect(tones(single)).to.deep.equal(['row tone-bad', 'row tone-good']);
    expect(key(single)).to.include('Higher is better.');
    expect(summary(single)).to.contain('Higher is better. Burnout: down');
  });

  it('reports a label that is not a row, visibly and in the console, naming the attribute and the fix; that row stays neutral', async () => {
    const { el, warnings } = await render(
      html`<trust-change direction="Burn-out: down-is-good; Would recommend as a place to work: up-is-good" data=${STAFF}></trust-change>`,
    );
    expect(tones(el)).to.deep.equal(['row tone-neutral', 'row tone-good']);
    expect(warningText(el)).to.contain('direction').and.to.contain('“Burn-out”').and.to.contain('Copy the label exactly from the data: “Burnout”');
    expect(warnings.some((w) => w.startsWith('<trust-change> direction:') && w.includes('Burn-out'))).to.equal(true);
  });

  it('says the same in Welsh', async () => {
    const { el } = await render(
      html`<trust-change locale="cy" direction="Llosgi allan: is sy’n well; Argymell: uwch sy’n well; Arall: up-is-good" data="Llosgi allan: 34 | 30; Argymell: 58 | 61"></trust-change>`,
    );
    await settled(el);
    expect(labels(el)[0]).to.equal('Llosgi allan (is sy’n well)');
    expect(warningText(el)).to.contain('“Arall”').and.to.contain('Copïwch y label yn union o’r data');
  });

  it('reports an unknown value on a row and leaves that row neutral', async () => {
    const { el, warnings } = await render(
      html`<trust-change direction="Burnout: worse; Would recommend as a place to work: up-is-good" data=${STAFF}></trust-change>`,
    );
    expect(tones(el)).to.deep.equal(['row tone-neutral', 'row tone-good']);
    expect(warningText(el)).to.contain('“worse” is not one of neutral, up-is-good, down-is-good');
    expect(warnings.some((w) => w.startsWith('<trust-change> direction:'))).to.equal(true);
  });
});

/** The generated data table's header and rows, as text: a direction column must not be drawn as a series. */
const tableText = (el: Element) => texts(shadow(el), '[part="table"] th, [part="table"] td').join(' | ');

describe('direction-column: each row’s direction from a column of the data', () => {
  it('reads a child table’s “Direction” column: per-row colours and words, no key, no series of it, no warning', async () => {
    const { el, warnings } = await render(html`<trust-change>
      <table>
        <thead><tr><th>Question</th><th>2022</th><th>2023</th><th>Direction</th></tr></thead>
        <tbody>
          <tr><th>Burnout</th><td>34</td><td>30.4</td><td>lower is better</td></tr>
          <tr><th>Would recommend as a place to work</th><td>58</td><td>61</td><td>up-is-good</td></tr>
        </tbody>
      </table>
    </trust-change>`);
    expect(warnings).to.deep.equal([]);
    expect(warningText(el)).to.equal('');
    expect(tones(el)).to.deep.equal(['row tone-good', 'row tone-good']);
    expect(labels(el).join(' | ').replace(/\s+/g, ' ')).to.equal('Burnout (lower is better) | Would recommend as a place to work (higher is better)');
    expect(key(el).join(' ')).to.not.contain('is better');
    expect(summary(el)).to.contain('Burnout (lower is better): down 3.6 percentage points');
    expect(tableText(el)).to.not.contain('Direction').and.to.not.contain('up-is-good');
  });

  it('reads the column `direction-column` names; an unreadable cell takes `direction`, a row named in `direction` wins over its cell (both warned)', async () => {
    await loadMessages('en');
    const { el, warnings } = await render(html`<trust-change direction="up-is-good; Engaged: down-is-good" direction-column="Which way">
      <table>
        <tr><th>Question</th><th>2022</th><th>2023</th><th>Which way</th></tr>
        <tr><th>Burnout</th><td>34</td><td>30</td><td>Is sy’n well</td></tr>
        <tr><th>Would recommend</th><td>58</td><td>61</td><td>sideways</td></tr>
        <tr><th>Engaged</th><td>70</td><td>68</td><td>higher is better</td></tr>
        <tr><th>Team works well</th><td>60</td><td>65</td><td></td></tr>
      </table>
    </trust-change>`);
    expect(tones(el)).to.deep.equal(['row tone-good', 'row tone-good', 'row tone-good', 'row tone-good']);
    expect(labels(el)[0]).to.equal('Burnout (lower is better)');
    expect(labels(el)[2]).to.equal('Engaged (lower is better)');
    expect(warningText(el))
      .to.contain('“sideways” (row “Would recommend”) is not a direction')
      .and.to.contain('the column says “higher is better” for row “Engaged”, but the direction attribute names that row too');
    expect(warnings.filter((w) => w.startsWith('<trust-change> direction-column:')).length).to.equal(2);
    expect(tableText(el)).to.not.contain('Which way');
    // Without the attribute the table is read again, and that column is figures.
    el.removeAttribute('direction-column');
    await settled(el);
    expect(texts(shadow(el), '[part="error"] li').join(' ')).to.contain('“Is sy’n well” (for “Burnout”) is not a number');
  });

  it('reads a direction column from a CSV `src` (default header, and one named by `direction-column`) and from `.data` records', async () => {
    const csv = 'Question,2022,2023,Which way is good,Good way\nBurnout,34,30,down-is-good,up-is-good\nWould recommend,58,61,up-is-good,down-is-good\n';
    const src = await serve(freshPath('dir'), { body: csv });
    const byDefault = (await render(html`<trust-change src=${src} series-columns="2022, 2023"></trust-change>`)).el;
    await settled(byDefault);
    expect(tones(byDefault)).to.deep.equal(['row tone-good', 'row tone-good']);
    const named = (await render(html`<trust-change src=${src} series-columns="2022, 2023" direction-column="good way"></trust-change>`)).el;
    await settled(named);
    expect(tones(named)).to.deep.equal(['row tone-bad', 'row tone-bad']);
    expect(warningText(named)).to.equal('');
    const records = [
      { label: 'Burnout', values: { 2022: 34, 2023: 30 }, direction: 'lower is better' },
      { label: 'Would recommend', values: { 2022: 58, 2023: 61 }, direction: 'higher is better' },
    ];
    const fromData = (await render(html`<trust-change .data=${records}></trust-change>`)).el;
    expect(tones(fromData)).to.deep.equal(['row tone-good', 'row tone-good']);
    expect(labels(fromData)[1]).to.equal('Would recommend (higher is better)');
  });

  it('reads the key `direction-column` names in `.data` and `data` records, and reads them again when it is set', async () => {
    const records = [
      { label: 'Burnout', values: { 2022: 34, 2023: 30 }, 'Good way': 'lower is better' },
      { label: 'Would recommend', values: { 2022: 58, 2023: 61 }, 'Good way': 'higher is better' },
    ];
    // Without the attribute the key is a series whose cells are not figures: an error that names them.
    const { el } = await render(html`<trust-change .data=${records}></trust-change>`);
    expect(texts(shadow(el), '[part="error"] li').join(' ')).to.include('lower is better');
    // The same array (the parse is remembered by identity), with the attribute the error sends the author to.
    el.setAttribute('direction-column', 'good  WAY');
    await settled(el);
    expect(texts(shadow(el), '[part="error"] li'), 'no error once the key is named').to.deep.equal([]);
    expect(tones(el)).to.deep.equal(['row tone-good', 'row tone-good']);
    expect(labels(el)[0]).to.equal('Burnout (lower is better)');
    const { el: fromAttribute, warnings } = await render(html`<trust-change direction-column="Good way" data=${JSON.stringify(records)}></trust-change>`);
    expect(tones(fromAttribute)).to.deep.equal(['row tone-good', 'row tone-good']);
    expect(warnings.join(' ')).to.equal('');
  });

  it('is set aside on a bars chart, which has no direction, with a warning naming the column', async () => {
    const { el, warnings } = await render(html`<trust-bars>
      <table>
        <tr><th>Question</th><th>2023</th><th>Direction</th></tr>
        <tr><th>Burnout</th><td>30</td><td>down-is-good</td></tr>
        <tr><th>Would recommend</th><td>61</td><td>up-is-good</td></tr>
      </table>
    </trust-bars>`);
    expect(texts(shadow(el), '[part="error"] li')).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('[part~="bar"]').length).to.equal(2);
    expect(warningText(el)).to.contain('the column “Direction” holds which way is good, which only <trust-change> shows');
    expect(warnings.some((w) => w.startsWith('<trust-bars> table:') && w.includes('“Direction”'))).to.equal(true);
  });

  it('reads each cell as `direction` reads a value, keeps the chart’s direction for empty and unreadable cells, and reports these in English and Welsh', async () => {
    await loadMessages('cy');
    const labels = ['Burnout', 'Would recommend', 'Felt pressure', 'Team works well'];
    const warnings: Problem[] = [];
    const fallback = readDirections('up-is-good', labels, warnings);
    expect(readDirectionCells(['lower is better', 'Uwch sy’n well', '', 'sideways'], labels, fallback, warnings)).to.deep.equal([
      'down-is-good',
      'up-is-good',
      'up-is-good',
      'up-is-good',
    ]);
    expect(warnings.map((warning) => `${warning.attribute}: ${warning.describe(en)}`)).to.deep.equal([
      'direction-column: “sideways” (row “Team works well”) is not a direction, so that row takes the chart’s direction. Write up-is-good, down-is-good or neutral (or “higher is better”, “lower is better”).',
    ]);
    expect(warnings[0]!.describe(messagesFor('cy'))).to.match(/^nid yw “sideways” \(rhes “Team works well”\) yn gyfeiriad/);
    expect(['Direction', ' which way is good ', 'Cyfeiriad', 'Directions', 'n'].map((header) => isDirectionHeader(header))).to.deep.equal([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
