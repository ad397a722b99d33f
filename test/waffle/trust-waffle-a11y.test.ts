import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/waffle/define.js';
import type { TrustPointFocusEvent } from '../../src/core/events.js';
import type { TrustWaffle } from '../../src/waffle/trust-waffle.js';
import { emulateMediaFeatures, settled, shadow, texts } from '../helpers/widget.js';
import { NO_FORCED_COLOURS, REDUCED_MOTION_MID_PAGE, skipIn } from '../helpers/engine.js';

const trustsChart = () =>
  fixture<TrustWaffle>(html`<trust-waffle
    heading="A fifth of NHS trusts had no staff with a security qualification"
    subheading="NHS trusts that answered, 2018"
    source="Redscan FOI request to 108 NHS trusts"
    value="24"
    of="108"
    population="trusts"
    label="Trusts with no security-qualified staff"
  ></trust-waffle>`);

const live = (el: TrustWaffle) => shadow(el).querySelector('[aria-live="polite"]')!.textContent;

describe('<trust-waffle> accessibility', () => {
  it('names the figure by its heading and the chart by a summary that says "24 of 108"', async () => {
    const el = await trustsChart();
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.getAttribute('role'), 'a graphics document: its points can be entered').to.equal('graphics-document');
    // Issue 17 item 7: the heading names the figure; the chart is named by its summary alone, so the heading is read once.
    expect(shadow(el).querySelector('figure')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(svg.getAttribute('aria-labelledby')).to.equal('summary');
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Unit chart of 108 trusts, one square for each. Trusts with no security-qualified staff: 24 of 108. Other trusts: 84 of 108.',
    );
  });

  it('summarises a share of 100 as "in every 100", framed both ways', async () => {
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle shape="person" population="staff" value="36" label="Believe current measures are sufficient"></trust-waffle>`,
    );
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Unit chart of 100 staff, one figure for each. Believe current measures are sufficient: 36 in every 100. Other staff: 64 in every 100.',
    );
  });

  it('names the shapes when there is no population', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle shape="circle" data="Yes: 36; No: 64"></trust-waffle>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('Unit chart of 100 circles. Yes: 36 in every 100. No: 64 in every 100.');
  });

  it('uses the description attribute instead of the generated summary', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle description="About a fifth of trusts had nobody qualified." value="24" of="108"></trust-waffle>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('About a fifth of trusts had nobody qualified.');
  });

  it('has one tab stop and one keyboard point per category, not per shape', async () => {
    const el = await trustsChart();
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    expect(svg.getAttribute('tabindex')).to.equal('0');
    expect(shadow(el).querySelectorAll('[tabindex]')).to.have.length(1);
    svg.focus();
    await settled(el);
    expect(live(el)).to.equal('Trusts with no security-qualified staff: 24 of 108. 1 of 2.');
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(live(el)).to.equal('Other trusts: 84 of 108. 2 of 2.');
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(live(el)).to.contain('2 of 2');
    await sendKeys({ press: 'Home' });
    await settled(el);
    expect(live(el)).to.contain('1 of 2');
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(live(el)).to.contain('Other trusts');
  });

  it('tells keyboard users that the arrow keys move between groups of shapes, in the reader’s language', async () => {
    const el = await trustsChart();
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-describedby')).to.equal('keyboard-hint');
    expect(shadow(el).querySelector('#keyboard-hint')!.textContent).to.equal('Use the arrow keys to move between groups of shapes.');
    el.locale = 'cy';
    await settled(el);
    expect(shadow(el).querySelector('#keyboard-hint')!.textContent).to.equal('Defnyddiwch y bysellau saeth i symud rhwng y grwpiau o siapiau.');
  });

  it('rings the focused category: its shapes and its key entry', async () => {
    const el = await trustsChart();
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    const ring = shadow(el).querySelector('.focus-ring')!;
    expect(getComputedStyle(ring).display).to.not.equal('none');
    const first = ring.querySelector('path.outer')!.getBoundingClientRect();
    const cells = Array.from(shadow(el).querySelectorAll('[part~="cell"]'));
    const filled = cells.slice(0, 24).map((c) => c.getBoundingClientRect());
    for (const cell of filled) {
      expect(cell.left).to.be.at.least(first.left);
      expect(cell.right).to.be.at.most(first.right);
      expect(cell.bottom).to.be.at.most(first.bottom);
    }
    // The ring stops above the hollow shapes of the next row.
    expect(first.bottom).to.be.below(cells[24]!.getBoundingClientRect().bottom);
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    const second = shadow(el).querySelector('.focus-ring path.outer')!.getBoundingClientRect();
    expect(second.bottom).to.be.at.least(cells[107]!.getBoundingClientRect().bottom);
  });

  it('fires trust-point-focus with the category, its count and its natural frequency', async () => {
    const el = await trustsChart();
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    svg.focus();
    await settled(el);
    setTimeout(() => void sendKeys({ press: 'ArrowRight' }));
    const event = (await oneEvent(el, 'trust-point-focus')) as TrustPointFocusEvent;
    expect(event.point).to.deep.equal({ index: 1, label: 'Other trusts', series: '', value: 84, text: '84 of 108' });
  });

  it('speaks Welsh with locale="cy": summary, key, sentence and table button', async () => {
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle locale="cy" value="24" of="108" population="ymddiriedolaethau" label="Ymddiriedolaethau heb staff cymwysedig"></trust-waffle>`,
    );
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Siart unedau, 108 sgwâr, un am bob un ymhlith ymddiriedolaethau. Ymddiriedolaethau heb staff cymwysedig: 24 allan o 108. Ymddiriedolaethau eraill: 84 allan o 108.',
    );
    expect(texts(shadow(el), '[part="label"]')).to.deep.equal(['Ymddiriedolaethau heb staff cymwysedig: 24', 'Ymddiriedolaethau eraill: 84']);
    expect(texts(shadow(el), '[part="frequency"]')).to.deep.equal([
      'Ymhlith ymddiriedolaethau, allan o 108: 24 ymddiriedolaethau heb staff cymwysedig a 84 ymddiriedolaethau eraill.',
    ]);
    expect(texts(shadow(el), '[part="toolbar"] button')).to.deep.equal(['Dangos y tabl data']);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Eitem', 'Allan o 108 (ymddiriedolaethau)']);
  });

  it('says "o bob 100" in Welsh on a Welsh page', async () => {
    const wrapper = await fixture(html`<div lang="cy"><trust-waffle value="36" label="Digonol"></trust-waffle></div>`);
    const el = wrapper.querySelector('trust-waffle') as TrustWaffle;
    await settled(el);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('Siart unedau, 100 sgwâr. Digonol: 36 o bob 100. Eraill: 64 o bob 100.');
  });

  it('reveals the data table from the "Show data table" button', async () => {
    const el = await fixture<TrustWaffle>(
      html`<trust-waffle heading="Staff views" population="staff" data="Sufficient: 36; Not sufficient: 64"></trust-waffle>`,
    );
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!;
    button.click();
    await settled(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const table = shadow(el).querySelector<HTMLTableElement>('#data-table table')!;
    // The frame's caption adds who the figures are about (the shared population attribute).
    expect(table.caption!.textContent).to.equal('Staff views. Staff');
    expect(texts(table, 'tbody td')).to.deep.equal(['36', '64']);
  });

  it('fades the shapes in, unless the reader prefers reduced motion', async function () {
    skipIn(this, 'webkit', REDUCED_MOTION_MID_PAGE);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<TrustWaffle>(html`<trust-waffle value="36"></trust-waffle>`);
      expect(getComputedStyle(shadow(el).querySelector('[part~="cell"]')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<TrustWaffle>(html`<trust-waffle value="36"></trust-waffle>`);
    expect(getComputedStyle(shadow(el).querySelector('[part~="cell"]')!).animationName).to.equal('trust-waffle-appear');
  });

  it('keeps filled, outlined and hollow shapes apart in forced colours (Windows high contrast)', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await fixture<TrustWaffle>(html`<trust-waffle theme="nhs" data="A: 30; B: 30"></trust-waffle>`);
      const background = getComputedStyle(el).backgroundColor;
      const [a, b, rest] = [
        shadow(el).querySelector('[part~="cell"].series-1')!,
        shadow(el).querySelector('[part~="cell"].series-2')!,
        shadow(el).querySelector('[part~="rest"]')!,
      ].map((node) => getComputedStyle(node));
      expect(a!.fill, 'first category is filled').to.not.equal(background);
      expect(b!.stroke, 'second category is outlined').to.not.equal('none');
      expect(b!.strokeDasharray).to.equal('none');
      expect(rest!.strokeDasharray, 'the rest is dashed').to.not.equal('none');
    } finally {
      await emulateMediaFeatures();
    }
  });

  for (const theme of [undefined, 'light', 'dark', 'auto', 'nhs']) {
    it(`passes axe with no violations in the ${theme ?? 'default'} theme, table open`, async () => {
      const el = await fixture<TrustWaffle>(html`<trust-waffle
        theme=${theme ?? ''}
        heading="NHS staff views on cyber security"
        source="BT research" source-url="https://example.org/"
        population="staff"
        data="Very confident: 12; Fairly confident: 30; Not very confident: 36"
      ></trust-waffle>`);
      if (!theme) el.removeAttribute('theme');
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while showing an error found while drawing', async () => {
    const el = await fixture<TrustWaffle>(html`<trust-waffle heading="Broken" data="Sufficient: 36.5"></trust-waffle>`);
    await expect(el).to.be.accessible();
  });
});
