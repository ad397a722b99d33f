import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import '../../src/stat/define.js';
import '../../src/waffle/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';

const live = (el: Element) => shadow(el).querySelector('[aria-live="polite"]')!.textContent;

/** A button, then a chart, then another button: the keyboard reader's way in and out. */
async function pageWithChart(lang = 'en') {
  const page = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><button>before</button><trust-bars data="Worried: 57; Concerned: 60; Neither: 12"></trust-bars><button>after</button></div>`,
  );
  const el = page.querySelector<TrustElement>('trust-bars')!;
  await settled(el);
  page.querySelector('button')!.focus();
  return { page, el };
}

describe('announcements and key guide', () => {
  it('empties the live region when focus leaves the chart, and says where the reader is on coming back', async () => {
    const { el } = await pageWithChart();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(live(el)).to.equal('Concerned: 60%. 2 of 3.');
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(live(el), 'nothing left to read after leaving').to.equal('');
    // Back again (focus() rather than Shift+Tab, which WebKit's WebDriver cannot hold).
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(live(el), 'back where the reader was').to.equal('Concerned: 60%. 2 of 3.');
  });

  it('says "Last point" and "First point" when a key would move past either end, not silence', async () => {
    const { el } = await pageWithChart();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(live(el)).to.equal('Neither: 12%. 3 of 3.');
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(live(el)).to.equal('Last point. Neither: 12%. 3 of 3.');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    expect(live(el)).to.equal('First point. Worried: 57%. 1 of 3.');
  });

  it('says the ends in Welsh', async () => {
    const { el } = await pageWithChart('cy');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    expect(live(el)).to.equal('Y pwynt cyntaf. Worried: 57%. 1 o 3.');
  });

  it('shows a one-line key guide under the chart while it has keyboard focus, and hides it after', async () => {
    const { el } = await pageWithChart();
    const guide = shadow(el).querySelector<HTMLElement>('.keys')!;
    expect(getComputedStyle(guide).display, 'hidden until the chart has focus').to.equal('none');
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(getComputedStyle(guide).display).to.equal('block');
    expect(guide.textContent).to.equal('Arrow keys: move between points. Esc: hide the label.');
    // Visible to sighted keyboard users; screen readers keep the described-by hint instead of hearing both.
    expect(guide.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-describedby')).to.equal('keyboard-hint');
    const chart = shadow(el).querySelector('svg')!.getBoundingClientRect();
    expect(guide.getBoundingClientRect().top, 'under the chart').to.be.at.least(chart.bottom - 0.5);
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(getComputedStyle(guide).display).to.equal('none');
  });

  it('names the stat range strip once: its labels and ticks are hidden from the accessibility tree', async () => {
    const el = await fixture<TrustElement>(
      html`<trust-stat show-uncertainty value="43" previous="40" previous-label="2022" sample-size="1000" previous-sample-size="1000"></trust-stat>`,
    );
    const strip = shadow(el).querySelector('[part="ranges"] svg')!;
    expect(strip.getAttribute('role')).to.equal('img');
    expect(strip.getAttribute('aria-label')).to.not.equal('');
    const texts = Array.from(strip.querySelectorAll('text'));
    expect(texts.length).to.be.above(2);
    for (const text of texts) expect(text.closest('[aria-hidden="true"]'), text.textContent!).to.not.equal(null);
  });

  it('reads the waffle counts once: the sentence under it repeats the chart name, so it is shown but not read', async () => {
    const el = await fixture<TrustElement>(html`<trust-waffle population="trusts" data="No qualified staff: 24" of="108"></trust-waffle>`);
    const summary = shadow(el).querySelector('#summary')!.textContent!;
    const sentence = shadow(el).querySelector<HTMLElement>('[part="frequency"]')!;
    expect(summary).to.contain('24 of 108');
    expect(sentence.textContent).to.contain('24');
    expect(sentence.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(getComputedStyle(sentence).display).to.not.equal('none');
  });
});
