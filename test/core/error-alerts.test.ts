import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { captureWarnings, settled, shadow } from '../helpers/widget.js';

/** Every element in the widget's shadow root that a screen reader would speak as it changes or appears. */
const liveElements = (el: Element) => Array.from(shadow(el).querySelectorAll('[role="alert"], [role="status"], [aria-live]'));
const liveRegion = (el: Element) => shadow(el).querySelector('[aria-live="polite"]')!;
const spoken = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

const BROKEN = ['bars', 'waffle', 'trend', 'change', 'likert', 'stat'].map(
  (kind) => `<trust-${kind} heading="Broken ${kind}" data="Worried: lots"></trust-${kind}>`,
);

describe('error boxes: said politely, and only when they appear after load (issue 17 item 9)', () => {
  it('a page with 24 broken charts raises no alert: each error is content, and no live region has anything to say', async () => {
    let page!: HTMLElement;
    await captureWarnings(async () => {
      page = await fixture<HTMLElement>(html`<div></div>`);
      page.innerHTML = [...BROKEN, ...BROKEN, ...BROKEN, ...BROKEN].join('');
      await Promise.all(Array.from(page.children, (el) => settled(el as TrustElement)));
    });
    const widgets = Array.from(page.children);
    expect(widgets).to.have.length(24);
    for (const el of widgets) {
      expect(shadow(el).querySelector('[part="error"]'), `${el.localName}: error box`).to.exist;
      expect(shadow(el).querySelector('[role="alert"], [aria-live="assertive"]'), `${el.localName}: an alert`).to.equal(null);
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box.closest('[role="status"], [aria-live]'), `${el.localName}: the error box is no live region`).to.equal(null);
      expect(liveElements(el).map(spoken).filter(Boolean), `${el.localName}: live regions at load`).to.deep.equal([]);
    }
  });

  it('an error that appears after load (new data) is said once in the polite live region, and cleared when fixed', async () => {
    const el = await fixture<TrustElement & { data: unknown }>(html`<trust-bars heading="Worries" data="Worried: 57; Concerned: 40"></trust-bars>`);
    await settled(el);
    expect(spoken(liveRegion(el))).to.equal('');
    await captureWarnings(async () => {
      el.setAttribute('data', 'Worried: 57; Concerned: lots');
      await settled(el);
    });
    expect(shadow(el).querySelector('[part="error"]'), 'error box').to.exist;
    expect(shadow(el).querySelector('[role="alert"], [aria-live="assertive"]')).to.equal(null);
    expect(liveRegion(el).getAttribute('role') ?? 'polite').to.not.equal('alert');
    expect(spoken(liveRegion(el))).to.equal(
      'This chart can’t be shown: “lots” (for “Concerned”) is not a number. Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.',
    );

    // The same error drawn again (a new heading) is not news: the region keeps its words, so nothing is said again.
    const region = liveRegion(el);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    el.setAttribute('heading', 'Worries, again');
    await settled(el);
    observer.disconnect();
    expect(changes, 'the live region changed').to.have.length(0);

    el.setAttribute('data', 'Worried: 57; Concerned: 41');
    await settled(el);
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(spoken(liveRegion(el))).to.equal('');
  });

  it('a different error after load is news too', async () => {
    let el!: TrustElement;
    await captureWarnings(async () => {
      el = await fixture<TrustElement>(html`<trust-bars data="Worried: lots"></trust-bars>`);
      await settled(el);
      expect(spoken(liveRegion(el))).to.equal('');
      el.setAttribute('data', 'Worried: -8');
      await settled(el);
    });
    expect(spoken(liveRegion(el))).to.contain('“Worried” is -8%; a percentage cannot be negative.');
  });
});

/** Charts that draw, with a warning each for their authors (an unknown theme). */
const WARNED = ['bars', 'waffle', 'trend', 'change', 'likert', 'stat'].map((kind) =>
  kind === 'stat'
    ? `<trust-stat heading="Warned stat" theme="purple" value="43"></trust-stat>`
    : `<trust-${kind} heading="Warned ${kind}" theme="purple" data="Worried: 57"></trust-${kind}>`,
);

describe('warnings: said politely, and only when they appear after load (issue 17 item 9)', () => {
  it('a page with 24 warned charts says nothing on load: each warning notice is content, not a status message', async () => {
    let page!: HTMLElement;
    await captureWarnings(async () => {
      page = await fixture<HTMLElement>(html`<div></div>`);
      page.innerHTML = [...WARNED, ...WARNED, ...WARNED, ...WARNED].join('');
      await Promise.all(Array.from(page.children, (el) => settled(el as TrustElement)));
    });
    const widgets = Array.from(page.children);
    expect(widgets).to.have.length(24);
    for (const el of widgets) {
      const notice = shadow(el).querySelector('[part="warning"]');
      expect(notice, `${el.localName}: warning notice`).to.exist;
      const live = notice!.closest('[role="status"], [role="alert"], [aria-live]');
      expect(live?.outerHTML.slice(0, 60) ?? 'none', `${el.localName}: the notice is no live region`).to.equal('none');
      expect(liveElements(el).map(spoken).filter(Boolean), `${el.localName}: live regions at load`).to.deep.equal([]);
    }
  });

  it('a warning that appears after load is said once in the polite live region; the reader moving in the chart says the point', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars heading="Worries" data="Worried: 57; Concerned: 40"></trust-bars>`);
    await settled(el);
    expect(spoken(liveRegion(el))).to.equal('');
    await captureWarnings(async () => {
      el.setAttribute('theme', 'purple');
      await settled(el);
    });
    expect(shadow(el).querySelector('[part="warning"]'), 'warning notice').to.exist;
    const said = spoken(liveRegion(el));
    expect(said).to.match(/^Check this chart: /);
    expect(said).to.contain('purple');

    // Drawn again with the same warning: not news, the region keeps its words.
    el.setAttribute('heading', 'Worries, again');
    await settled(el);
    expect(spoken(liveRegion(el))).to.equal(said);

    // The reader's own moves are said instead, and the same warning drawn again after them is not said again.
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(spoken(liveRegion(el))).to.equal('Worried: 57%. 1 of 2.');
    shadow(el).querySelector<SVGSVGElement>('svg')!.blur();
    el.setAttribute('heading', 'Worries, once more');
    await settled(el);
    expect(spoken(liveRegion(el))).to.equal('');
  });

  it('only the warnings that are new are said: one fixed leaves the others unsaid, one added is said alone', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars heading="Worries" data="Worried: 57; Concerned: 40"></trust-bars>`);
    await settled(el);
    await captureWarnings(async () => {
      el.setAttribute('theme', 'purple');
      el.setAttribute('sort', 'sideways');
      await settled(el);
    });
    expect(shadow(el).querySelectorAll('[part="warning"] li').length, 'two warnings').to.equal(2);
    expect(spoken(liveRegion(el)))
      .to.contain('purple')
      .and.to.contain('sideways');
    // The theme fixed: the sort warning is still shown, but it is not news.
    el.removeAttribute('theme');
    await settled(el);
    expect(shadow(el).querySelector('[part="warning"]')!.textContent).to.contain('sideways');
    expect(spoken(liveRegion(el))).to.equal('');
    // A third problem: said alone, not with the one already there.
    await captureWarnings(async () => {
      el.setAttribute('theme', 'tartan');
      await settled(el);
    });
    const said = spoken(liveRegion(el));
    expect(said).to.contain('tartan');
    expect(said).to.not.contain('sideways');
  });

  it('a warning that comes with the first data from src is content, not news', async () => {
    const csv = 'data:text/csv,label,value%0AWorried,57';
    let el!: TrustElement;
    await captureWarnings(async () => {
      el = await fixture<TrustElement>(html`<trust-bars theme="purple" src=${csv}></trust-bars>`);
      await settled(el);
    });
    expect(shadow(el).querySelector('[part="warning"]'), 'warning notice').to.exist;
    expect(liveElements(el).map(spoken).filter(Boolean)).to.deep.equal([]);
  });
});
