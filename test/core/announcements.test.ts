import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
    // It names `?`, the key that lists all the others (issue 17: keyboard help).
    expect(guide.textContent).to.equal('Arrow keys: move between points. Esc: hide the label. ?: list of keys.');
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

describe('keyboard help: ? lists the keys that work on this chart (issue 17, beyond the peers)', () => {
  const help = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="key-help"]');
  const lines = (el: Element) => Array.from(help(el)!.querySelectorAll('li'), (li) => li.textContent);

  it('opens a visible list under the focused chart with ?, said once politely, and closes with ? again', async () => {
    const { el } = await pageWithChart();
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(help(el), 'closed until asked for').to.equal(null);
    await sendKeys({ press: '?' });
    // The list loads on the first ?: a lazy chunk.
    await waitUntil(() => help(el), 'the help opens');
    const box = help(el)!;
    expect(box, 'open').to.not.equal(null);
    expect(getComputedStyle(box).display).to.not.equal('none');
    expect(box.getBoundingClientRect().height, 'visible').to.be.above(0);
    expect(lines(el)).to.deep.equal([
      'Arrow keys: next or previous point',
      'Home, End: the first or last point',
      'Esc: hide the label, or this list',
      '?: show or hide this list',
    ]);
    expect(live(el)).to.equal(
      'Keys for this chart: Arrow keys: next or previous point. Home, End: the first or last point. Esc: hide the label, or this list. ?: show or hide this list.',
    );
    // Not a Tab stop of its own: the chart keeps focus, and the list is read once, in the live region.
    expect(shadow(el).activeElement, 'focus stays on the chart').to.equal(shadow(el).querySelector('svg'));
    expect(box.querySelector('[tabindex], a, button'), 'nothing focusable in it').to.equal(null);
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    await sendKeys({ press: '?' });
    await waitUntil(() => !help(el), 'closed by ? again');
  });

  it('closes with Escape, and when focus leaves the chart', async () => {
    const { el } = await pageWithChart();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: '?' });
    await waitUntil(() => help(el), 'the help opens');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !help(el), 'closed by Escape');
    expect(shadow(el).activeElement, 'focus stays on the chart').to.equal(shadow(el).querySelector('svg'));
    await sendKeys({ press: '?' });
    await waitUntil(() => help(el), 'the help opens again');
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(help(el), 'closed when focus leaves').to.equal(null);
  });

  it('lists the keys as they work: along and between series, and Page Up/Down, on grouped bars; in Welsh too', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars series="2022 | 2024" data="North: 5 | 15; South: 47 | 39"></trust-bars>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: '?' });
    await waitUntil(() => help(el), 'the help opens');
    expect(lines(el)).to.deep.equal([
      '← →: along a series',
      '↑ ↓: the same point in the next or previous series',
      'Home, End: the first or last point',
      'Page Up, Page Down: the first or last series',
      'Esc: hide the label, or this list',
      '?: show or hide this list',
    ]);
    el.setAttribute('locale', 'cy');
    await settled(el);
    expect(help(el)!.querySelector('p')!.textContent).to.equal('Bysellau ar gyfer y siart hwn');
    expect(lines(el)[0]).to.equal('← →: ar hyd cyfres');
  });

  it('a shifted / opens it too, where an engine reports ? so', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>`);
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    svg.focus();
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: '/', shiftKey: true, bubbles: true, composed: true }));
    await waitUntil(() => help(el), 'the help opens');
  });
});
