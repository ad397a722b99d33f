import { expect, fixture, html } from '@open-wc/testing';
import '../../src/stat/define.js';
import type { TrustStat } from '../../src/stat/trust-stat.js';
import { addMessages } from '../../src/core/i18n/messages.js';
import { figure } from '../fixtures/figures.js';
import { settled, shadow, texts } from '../helpers/widget.js';

const part = (el: TrustStat, name: string) => texts(shadow(el), `[part="${name}"]`);
const tableButton = (el: TrustStat) => shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button');

describe('<trust-stat> the real figures', () => {
  it('shows 57% of UK adults worrying about cyber-attacks on the NHS, with a natural frequency', async () => {
    const worry = await figure('public_worry_attacks');
    const el = await fixture<TrustStat>(html`<trust-stat
      heading="Most of the UK public worry about cyber-attacks on the NHS"
      value=${String(worry.value)}
      label="of UK adults worry about cyber-attacks on the NHS"
      population="UK adults"
      source=${worry.source}
    ></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['57%']);
    expect(part(el, 'label')).to.deep.equal(['of UK adults worry about cyber-attacks on the NHS']);
    expect(part(el, 'frequency')).to.deep.equal(['about 57 in every 100 UK adults']);
    expect(part(el, 'change')).to.deep.equal([]);
    expect(part(el, 'source')).to.deep.equal(['Source: BT research (2024 survey of UK public)']);
  });

  it('reads 1 qualified security professional per 2,582 employees (Redscan FOI, 2018)', async () => {
    const ratio = await figure('trusts_employees_per_security_pro');
    const el = await fixture<TrustStat>(
      html`<trust-stat value=${String(ratio.value)} unit="ratio" per-label="employees" label="qualified security professional"></trust-stat>`,
    );
    expect(part(el, 'value')).to.deep.equal(['1 in 2,582']);
    expect(part(el, 'label')).to.deep.equal(['1 qualified security professional per 2,582 employees']);
    expect(part(el, 'frequency'), 'natural frequencies are for percentages').to.deep.equal([]);
  });

  it('keeps the "over" of over 1.7 million NHS employees, set apart from the number', async () => {
    const staff = await figure('nhs_employees');
    expect(staff.notes).to.contain('over 1.7 million');
    const el = await fixture<TrustStat>(html`<trust-stat value="over 1.7 million" unit="count" label="people work for the NHS"></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['over 1.7 million']);
    expect(texts(shadow(el), '[part="value"] .qualifier')).to.deep.equal(['over']);
    expect(texts(shadow(el), '[part="value"] .number')).to.deep.equal(['1.7 million']);
  });

  it('writes the £92m WannaCry cost and the £5,356 average training spend in UK money style', async () => {
    const wannacry = await figure('wannacry_cost');
    const spend = await figure('trust_training_spend');
    const a = await fixture<TrustStat>(
      html`<trust-stat value=${String(wannacry.value)} unit="currency" label="estimated cost of WannaCry to the NHS"></trust-stat>`,
    );
    const b = await fixture<TrustStat>(
      html`<trust-stat value=${String(spend.value)} unit="currency" label="average spend per trust on training"></trust-stat>`,
    );
    const c = await fixture<TrustStat>(html`<trust-stat value="£92m" unit="currency"></trust-stat>`);
    expect(part(a, 'value')).to.deep.equal(['£92m']);
    expect(part(b, 'value')).to.deep.equal(['£5,356']);
    expect(part(c, 'value'), 'as a journalist types it').to.deep.equal(['£92m']);
  });

  it('shows 15% trained on new technologies, up 10 percentage points since 2022, as an improvement', async () => {
    const training = await figure('staff_training_new_tech');
    const el = await fixture<TrustStat>(html`<trust-stat
      value=${String(training.value)}
      previous=${training.compare_value}
      previous-label=${training.compare_year}
      direction="up-is-good"
      population="NHS staff"
      label="of NHS staff are trained on new technologies"
    ></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['15%']);
    expect(part(el, 'frequency')).to.deep.equal(['about 15 in every 100 NHS staff']);
    expect(part(el, 'change')).to.deep.equal(['up 10 percentage points since 2022, an improvement']);
    const change = shadow(el).querySelector('[part="change"]')!;
    expect(change.classList.contains('good')).to.equal(true);
    expect(change.querySelector('svg.arrow')!.getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('<trust-stat> attributes', () => {
  it('defaults to percent', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="57"></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['57%']);
    expect(part(el, 'frequency')).to.deep.equal(['about 57 in every 100']);
  });

  it('shows no label line when there is no label', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat heading="Worry" value="57"></trust-stat>`);
    expect(shadow(el).querySelector('[part="label"]')).to.equal(null);
  });

  it('rounds the natural frequency and keeps a qualifier in it', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="57.4" population="UK adults"></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['57.4%']);
    expect(part(el, 'frequency')).to.deep.equal(['about 57 in every 100 UK adults']);
    el.value = 'more than 90%';
    el.population = 'staff';
    await settled(el);
    expect(part(el, 'value')).to.deep.equal(['more than 90%']);
    expect(part(el, 'frequency')).to.deep.equal(['more than 90 in every 100 staff']);
  });

  it('applies the shared qualifier attribute to the figure and the frequency', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat qualifier="about" value="36" population="NHS staff"></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['about 36%']);
    expect(part(el, 'frequency')).to.deep.equal(['about 36 in every 100 NHS staff']);
  });

  it('says "down" and "a change for the worse" when a figure that should rise falls', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="39" previous="47" previous-label="2022" direction="up-is-good"></trust-stat>`);
    expect(part(el, 'change')).to.deep.equal(['down 8 percentage points since 2022, a change for the worse']);
    expect(shadow(el).querySelector('[part="change"]')!.className).to.contain('down').and.to.contain('bad');
  });

  it('calls a rise bad news with direction="down-is-good"', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="64" previous="60" previous-label="2022" direction="down-is-good"></trust-stat>`);
    expect(part(el, 'change')).to.deep.equal(['up 4 percentage points since 2022, a change for the worse']);
    expect(shadow(el).querySelector('[part="change"]')!.classList.contains('bad')).to.equal(true);
  });

  it('gives no verdict and no colour meaning by default', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="15" previous="5" previous-label="2022"></trust-stat>`);
    const change = shadow(el).querySelector('[part="change"]')!;
    expect(part(el, 'change')).to.deep.equal(['up 10 percentage points since 2022']);
    expect(change.classList.contains('neutral')).to.equal(true);
    expect(getComputedStyle(change).color).to.equal(getComputedStyle(shadow(el).querySelector('[part="label"]') ?? el).color);
  });

  it('says "no change" for equal figures, with a level arrow and no verdict', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="15" previous="15" previous-label="2022" direction="up-is-good"></trust-stat>`);
    expect(part(el, 'change')).to.deep.equal(['no change since 2022']);
    expect(shadow(el).querySelector('[part="change"]')!.className).to.contain('same').and.to.contain('neutral');
  });

  it('leaves out "since" without previous-label', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="15" previous="5"></trust-stat>`);
    expect(part(el, 'change')).to.deep.equal(['up 10 percentage points']);
  });

  it('writes a money change in the unit: up £58m since 2017', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat unit="currency" value="£92m" previous="£34m" previous-label="2017"></trust-stat>`);
    expect(part(el, 'change')).to.deep.equal(['up £58m since 2017']);
  });

  it('states the earlier ratio rather than an arrow', async () => {
    const el = await fixture<TrustStat>(
      html`<trust-stat unit="ratio" value="2582" previous="3000" previous-label="2017" direction="down-is-good"></trust-stat>`,
    );
    expect(part(el, 'change')).to.deep.equal(['was 1 in 3,000 (2017), an improvement']);
    expect(shadow(el).querySelector('[part="change"] svg')).to.equal(null);
  });

  it('honours format and notation', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="57" format=".1f"></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['57.0%']);
    const big = await fixture<TrustStat>(html`<trust-stat value="1700000" unit="count" notation="standard"></trust-stat>`);
    expect(part(big, 'value')).to.deep.equal(['1,700,000']);
  });

  it('uses the heading, subheading, note and source of the shared frame', async () => {
    const el = await fixture<TrustStat>(
      html`<trust-stat heading="Concern" heading-level="2" subheading="% of UK adults, 2024" note="Online panel" source="BT" value="57"></trust-stat>`,
    );
    expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
    expect(part(el, 'subheading')).to.deep.equal(['% of UK adults, 2024']);
    expect(part(el, 'note')).to.deep.equal(['Online panel']);
    expect(part(el, 'source')).to.deep.equal(['Source: BT']);
  });

  it('speaks Welsh with locale="cy": frequency, change and table headings', async () => {
    const el = await fixture<TrustStat>(
      html`<trust-stat locale="cy" value="15" previous="5" previous-label="2022" direction="up-is-good" population="staff y GIG"></trust-stat>`,
    );
    expect(part(el, 'value')).to.deep.equal(['15%']);
    expect(part(el, 'frequency')).to.deep.equal(['tua 15 o bob 100 ymhlith staff y GIG']);
    expect(part(el, 'change')).to.deep.equal(['wedi codi 10 pwynt canran ers 2022, gwelliant']);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Eitem', '2022', 'Diweddaraf']);
    expect(tableButton(el)!.textContent!.trim()).to.equal('Dangos y tabl data');
  });

  it('lets a page reword its sentences with addMessages', async () => {
    addMessages('en-x-stat-test', { statChange: () => 'reworded' });
    const el = await fixture<TrustStat>(html`<trust-stat locale="en-x-stat-test" value="15" previous="5"></trust-stat>`);
    expect(part(el, 'change')).to.deep.equal(['reworded']);
  });
});

describe('<trust-stat> the data table', () => {
  it('offers no table for a single number', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="57"></trust-stat>`);
    expect(tableButton(el)).to.equal(null);
    expect(shadow(el).querySelector('table')).to.equal(null);
  });

  it('offers a small table of the previous and the latest figure when there is a previous one', async () => {
    const el = await fixture<TrustStat>(
      html`<trust-stat heading="Training" value="15" previous="5" previous-label="2022" label="Trained on new technologies"></trust-stat>`,
    );
    tableButton(el)!.click();
    await settled(el);
    const table = shadow(el).querySelector<HTMLTableElement>('#data-table table')!;
    expect(table.caption!.textContent).to.equal('Training');
    expect(texts(table, 'thead th')).to.deep.equal(['Item', '2022', 'Latest']);
    expect(texts(table, 'tbody th')).to.deep.equal(['Trained on new technologies']);
    expect(texts(table, 'tbody td')).to.deep.equal(['5%', '15%']);
  });

  it('calls the columns "Previous" and "Latest" without previous-label, or as the series attribute says', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="15" previous="5"></trust-stat>`);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Item', 'Previous', 'Latest']);
    el.series = '2022 | 2024';
    await settled(el);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Item', '2022', '2024']);
  });
});

describe('<trust-stat> data input', () => {
  it('reads one row from the compact data attribute: label and value', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat data="Worry about cyber-attacks on the NHS: 57" population="UK adults"></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['57%']);
    expect(part(el, 'label')).to.deep.equal(['Worry about cyber-attacks on the NHS']);
    expect(part(el, 'frequency')).to.deep.equal(['about 57 in every 100 UK adults']);
  });

  it("lets the label attribute replace the data's label", async () => {
    const el = await fixture<TrustStat>(html`<trust-stat data="Worried: 57" label="of UK adults worry"></trust-stat>`);
    expect(part(el, 'label')).to.deep.equal(['of UK adults worry']);
  });

  it('reads two series as previous and latest, the change since the series name', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat series="2022 | 2024" direction="up-is-good" data="Trained on new technologies: 5 | 15"></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['15%']);
    expect(part(el, 'change')).to.deep.equal(['up 10 percentage points since 2022, an improvement']);
    el.previousLabel = 'two years ago';
    await settled(el);
    expect(part(el, 'change')).to.deep.equal(['up 10 percentage points since two years ago, an improvement']);
  });

  it('compares the last two of several series', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat series="2020 | 2022 | 2024" data="Trained: 2 | 5 | 15"></trust-stat>`);
    expect(part(el, 'change')).to.deep.equal(['up 10 percentage points since 2022']);
  });

  it('reads JSON in the data attribute', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat data='[{"label":"Understand their role","value":"more than 90%"}]'></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['more than 90%']);
    expect(part(el, 'label')).to.deep.equal(['Understand their role']);
  });

  it('reads the .data property', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat unit="count"></trust-stat>`);
    el.data = [{ label: 'NHS employees', value: 1700000, qualifier: 'over' }];
    await settled(el);
    expect(part(el, 'value')).to.deep.equal(['over 1.7 million']);
    expect(part(el, 'label')).to.deep.equal(['NHS employees']);
  });

  it('reads a child table with one row, and its header row names the previous figure', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat direction="up-is-good">
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th></tr></thead>
        <tbody><tr><td>Trained on both new and existing systems</td><td>47%</td><td>39%</td></tr></tbody>
      </table>
    </trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['39%']);
    expect(part(el, 'label')).to.deep.equal(['Trained on both new and existing systems']);
    expect(part(el, 'change')).to.deep.equal(['down 8 percentage points since 2022, a change for the worse']);
    expect(el.querySelector('table')!.getBoundingClientRect().height, 'the table is behind the button').to.equal(0);
  });

  it('uses value over a child table, and .data over everything', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="57"><table><tr><td>From table</td><td>10</td></tr></table></trust-stat>`);
    expect(part(el, 'value')).to.deep.equal(['57%']);
    el.value = '';
    await settled(el);
    expect(part(el, 'value'), 'an empty value counts as not given').to.deep.equal(['10%']);
    el.data = [{ label: 'From property', value: 30 }];
    await settled(el);
    expect(part(el, 'value')).to.deep.equal(['30%']);
  });

  it('never injects markup from data: labels are text', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="57" label="<img src=x onerror=alert(1)>"></trust-stat>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(part(el, 'label')).to.deep.equal(['<img src=x onerror=alert(1)>']);
  });
});
