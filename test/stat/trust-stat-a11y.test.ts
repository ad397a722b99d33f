import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/stat/define.js';
import { TrustStat } from '../../src/stat/trust-stat.js';
import { defineElement } from '../../src/core/define.js';
import { contrastRatio } from '../helpers/contrast.js';
import { captureWarnings, emulateMediaFeatures, overlaps, settled, shadow } from '../helpers/widget.js';
import { NO_FORCED_COLOURS, REDUCED_MOTION_MID_PAGE, skipIn } from '../helpers/engine.js';

const trainingStat = (theme?: string) =>
  fixture<TrustStat>(html`<trust-stat
    theme=${theme ?? ''}
    heading="Training on new technologies has tripled since 2022"
    subheading="% of NHS staff, 2022 and 2024"
    source="BT research, 2022 and 2024 surveys of NHS staff"
    source-url="https://example.org/bt"
    value="15"
    previous="5"
    previous-label="2022"
    direction="up-is-good"
    population="NHS staff"
    label="of NHS staff are trained on new technologies"
  ></trust-stat>`);

describe('<trust-stat> accessibility', () => {
  it('is readable text in reading order: figure, label, natural frequency, change', async () => {
    const el = await trainingStat();
    const chart = shadow(el).querySelector('[part="chart"]')!;
    expect(chart.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '15% of NHS staff are trained on new technologies about 15 in every 100 NHS staff up 10 percentage points since 2022, an improvement',
    );
    expect(Array.from(chart.querySelectorAll('p'), (p) => p.getAttribute('part'))).to.deep.equal(['value', 'label', 'frequency', 'change']);
  });

  it('is not an image: no role="img", no SVG chart, no keyboard stop of its own', async () => {
    const el = await trainingStat();
    expect(shadow(el).querySelector('[role="img"]')).to.equal(null);
    expect(shadow(el).querySelector('[tabindex]')).to.equal(null);
    // The only SVG is the arrow, hidden from assistive technology because the words say the same.
    const svgs = Array.from(shadow(el).querySelectorAll('svg'));
    expect(svgs.map((svg) => [svg.getAttribute('class'), svg.getAttribute('aria-hidden'), svg.getAttribute('focusable')])).to.deep.equal([
      ['arrow', 'true', 'false'],
    ]);
  });

  it('puts nothing but the data table button, the Download button and the source link in the tab order', async () => {
    const el = await trainingStat();
    // The Download menu's items are buttons too, but only once its list is open (hidden until then).
    const focusable = Array.from(shadow(el).querySelectorAll('button:not([hidden] *), a[href], [tabindex]'), (node) => node.localName);
    expect(focusable).to.deep.equal(['button', 'button', 'a']);
  });

  it('fires trust-render after rendering, with no problems', async () => {
    const el = document.createElement('trust-stat');
    el.setAttribute('value', '57');
    setTimeout(() => document.body.append(el));
    const event = await oneEvent(el, 'trust-render');
    expect(event).to.have.property('errors', 0);
    expect(event).to.have.property('warnings', 0);
    el.remove();
  });

  it('moves the figure into place only when the reader has not asked for reduced motion', async function () {
    skipIn(this, 'webkit', REDUCED_MOTION_MID_PAGE);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<TrustStat>(html`<trust-stat value="57"></trust-stat>`);
      expect(getComputedStyle(shadow(el).querySelector('[part="value"]')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<TrustStat>(html`<trust-stat value="57"></trust-stat>`);
    expect(getComputedStyle(shadow(el).querySelector('[part="value"]')!).animationName).to.equal('trust-stat-rise');
  });

  it('uses system colours in forced-colours mode (Windows high contrast), even with theme="nhs"', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await trainingStat('nhs');
      const text = getComputedStyle(shadow(el).querySelector('[part="label"]')!).color;
      expect(getComputedStyle(shadow(el).querySelector('[part="value"]')!).color).to.equal(text);
      expect(getComputedStyle(shadow(el).querySelector('[part="change"]')!).color).to.equal(text);
      expect(getComputedStyle(shadow(el).querySelector('.arrow')!).fill).to.equal(text);
    } finally {
      await emulateMediaFeatures();
    }
  });

  for (const theme of [undefined, 'light', 'dark', 'auto', 'nhs']) {
    it(`passes axe with no violations in the ${theme ?? 'default'} theme, table open`, async () => {
      const el = await trainingStat(theme);
      if (!theme) el.removeAttribute('theme');
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while showing an error and a warning', async () => {
    const el = await fixture<TrustStat>(
      html`<trust-stat heading="Broken" value="lots" direction="up"><table><tr><td>Worried</td><td>57</td></tr></table></trust-stat>`,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<trust-stat> colour contrast in every theme', () => {
  for (const theme of ['light', 'dark', 'nhs']) {
    it(`${theme}: figure and words ≥ 4.5:1, arrows ≥ 3:1 against the background`, async () => {
      const up = await trainingStat(theme);
      const down = await fixture<TrustStat>(
        html`<trust-stat theme=${theme} value="39" previous="47" previous-label="2022" direction="up-is-good" label="Both"></trust-stat>`,
      );
      for (const el of [up, down]) {
        const background = getComputedStyle(el).backgroundColor;
        for (const name of ['value', 'label', 'change', 'heading', 'subheading', 'source']) {
          const node = shadow(el).querySelector(`[part="${name}"]`);
          if (node) expect(contrastRatio(getComputedStyle(node).color, background), `${theme} ${name}`).to.be.at.least(4.5);
        }
        const arrow = shadow(el).querySelector('.arrow')!;
        expect(contrastRatio(getComputedStyle(arrow).fill, background), `${theme} arrow`).to.be.at.least(3);
      }
      const frequency = shadow(up).querySelector('[part="frequency"]')!;
      expect(contrastRatio(getComputedStyle(frequency).color, getComputedStyle(up).backgroundColor)).to.be.at.least(4.5);
    });
  }

  it('colours good news with --trust-positive and bad news with --trust-negative, different from each other', async () => {
    const good = await fixture<TrustStat>(html`<trust-stat theme="light" value="15" previous="5" direction="up-is-good"></trust-stat>`);
    const bad = await fixture<TrustStat>(html`<trust-stat theme="light" value="15" previous="5" direction="down-is-good"></trust-stat>`);
    expect(getComputedStyle(shadow(good).querySelector('[part="change"]')!).color).to.equal('rgb(0, 127, 59)');
    expect(getComputedStyle(shadow(bad).querySelector('[part="change"]')!).color).to.equal('rgb(177, 72, 0)');
  });

  it('lets the host page recolour the figure through --trust-series-1', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--trust-series-1: rgb(0, 94, 184)"><trust-stat value="57"></trust-stat></div>`);
    const el = wrapper.querySelector('trust-stat')!;
    await settled(el);
    expect(getComputedStyle(shadow(el).querySelector('[part="value"]')!).color).to.equal('rgb(0, 94, 184)');
  });
});

/** Waits for the figure's entrance movement to finish, so boxes are measured where they come to rest. */
const animationsDone = (el: TrustStat) =>
  Promise.all(
    shadow(el)
      .getAnimations()
      .map((animation) => animation.finished),
  );

describe('<trust-stat> responsive layout', () => {
  const examples = [
    html`<trust-stat heading="One security professional per 2,582 employees" value="2582" unit="ratio" per-label="employees" label="qualified security professional"></trust-stat>`,
    html`<trust-stat heading="The NHS employs over 1.7 million people" value="over 1.7 million" unit="count" label="people work for the NHS"></trust-stat>`,
    html`<trust-stat heading="Staff understand their role" value="more than 90%" population="NHS staff" previous="85" previous-label="2022" direction="up-is-good" label="of NHS staff understand their role in protecting their organisation from cyber-attacks"></trust-stat>`,
    html`<trust-stat heading="WannaCry" value="£92m" unit="currency" previous="£34m" previous-label="2017" direction="down-is-good" label="estimated cost of the WannaCry attack to the NHS"></trust-stat>`,
  ];

  for (const width of [320, 360, 768, 1024]) {
    it(`at ${width} px the real figures stay on one line, and no text overlaps or leaves the widget`, async () => {
      for (const example of examples) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${example}</div>`);
        const el = wrapper.querySelector('trust-stat')!;
        await settled(el);
        await animationsDone(el);
        const value = shadow(el).querySelector<HTMLElement>('[part="value"]')!;
        const name = value.textContent!;
        const size = parseFloat(getComputedStyle(value).fontSize);
        expect(value.getBoundingClientRect().height, `${name}: one line`).to.be.below(size * 1.6);
        expect(value.scrollWidth, `${name}: not clipped`).to.be.at.most(value.clientWidth + 1);
        const chart = shadow(el).querySelector('[part="chart"]')!.getBoundingClientRect();
        const boxes = Array.from(shadow(el).querySelectorAll('[part="chart"] p'), (p) => ({ name: p.getAttribute('part')!, rect: p.getBoundingClientRect() }));
        expect(overlaps(boxes), name).to.deep.equal([]);
        const numberBox = value.querySelector('.number')!.getBoundingClientRect();
        expect(numberBox.right, `${name}: inside`).to.be.at.most(chart.right + 1);
        expect(el.scrollWidth, name).to.be.at.most(width);
      }
    });
  }

  it('uses the largest size where there is room and a smaller one on a phone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px"><trust-stat value="2582" unit="ratio"></trust-stat></div>`);
    const el = wrapper.querySelector('trust-stat')!;
    await settled(el);
    const size = () => parseFloat(getComputedStyle(shadow(el).querySelector('[part="value"]')!).fontSize);
    expect(size()).to.equal(64);
    wrapper.style.width = '320px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(el);
    expect(size()).to.be.below(64).and.at.least(32);
  });

  it('wraps a figure too long for any size rather than letting it escape', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><trust-stat value="150000000000" unit="currency" notation="standard"></trust-stat></div>`,
    );
    const el = wrapper.querySelector('trust-stat')!;
    await settled(el);
    const value = shadow(el).querySelector<HTMLElement>('[part="value"]')!;
    expect(value.textContent).to.equal('£150,000,000,000');
    expect(value.scrollWidth).to.be.at.most(value.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('guarded registration of <trust-stat>', () => {
  it('loading the registration twice defines the tag once without an error or a warning', async () => {
    const warnings = await captureWarnings(() => {
      defineElement('trust-stat', TrustStat);
      defineElement('trust-stat', class extends TrustStat {});
    });
    expect(customElements.get('trust-stat')).to.equal(TrustStat);
    expect(warnings).to.deep.equal([]);
  });
});
