import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import { nextPointInSeries, takesKey, type PointWalk } from '../../src/core/a11y/point-navigation.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { captureWarnings, keydownListeners, pointAt, settled, shadow } from '../helpers/widget.js';

/*
 * The code that answers a reader's keys, mouse and touch on a chart (core/controllers/point-interaction.ts) loads on
 * their first focus, key or pointer on it: what arrives before it must be answered as it would have been at once.
 */

const svgOf = (el: Element) => shadow(el).querySelector<SVGSVGElement>('[part="chart"] > svg')!;
const interactionLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/point-interaction.'));

describe('the first focus and key on a chart, before the code that answers them has loaded', () => {
  // First in this file: each test file is a page of its own, so the code has not loaded yet.
  it('are answered in order once it arrives, and the arrow key is kept from the page at once', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60; Neither: 12"></trust-bars>`);
    await settled(el);
    expect(interactionLoaded(), 'loaded before any interaction').to.equal(false);
    const moves: number[] = [];
    el.addEventListener('trust-point-focus', (event) => moves.push(event.point.index));
    svgOf(el).focus();
    const arrow = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    svgOf(el).dispatchEvent(arrow);
    const other = new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true, cancelable: true });
    svgOf(el).dispatchEvent(other);
    expect(arrow.defaultPrevented, 'the arrow scrolls the page').to.equal(true);
    expect(other.defaultPrevented, 'a key that is not the chart’s').to.equal(false);
    await el.updateComplete;
    expect(moves).to.deep.equal([0, 1]);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('Concerned').and.to.contain('2 of 3');
    expect(shadow(el).querySelector('.tooltip')!.textContent).to.contain('Concerned');
    expect(interactionLoaded(), 'loaded once the reader came').to.equal(true);
  });
});

describe('takesKey (a key pressed before the code that moves focus has loaded)', () => {
  const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', 'Tab', 'a'];
  const point = (label: string, series: string) => ({ label, series, text: '' });
  const SHAPES: { name: string; points: { label: string; series: string; text: string }[]; walk: PointWalk }[] = [
    { name: 'one series', points: [point('A', ''), point('B', ''), point('C', '')], walk: 'series' },
    { name: 'two series', points: [point('A', '2022'), point('B', '2022'), point('A', '2024'), point('B', '2024')], walk: 'series' },
    { name: 'rows of one mark each', points: [point('A', 'x'), point('B', 'y')], walk: 'rows' },
    { name: 'rows of several marks', points: [point('A', 'Agree'), point('A', 'Disagree'), point('B', 'Agree'), point('B', 'Disagree')], walk: 'rows' },
    { name: 'one row of several marks', points: [point('A', 'Agree'), point('A', 'Disagree')], walk: 'rows' },
    { name: 'no points', points: [], walk: 'series' },
  ];
  for (const { name, points, walk } of SHAPES) {
    it(`takes the keys that move focus from a focused point: ${name}`, () => {
      for (const key of KEYS) {
        const moves = nextPointInSeries(key, points.length ? 0 : null, points, walk) !== null;
        expect(takesKey(new KeyboardEvent('keydown', { key }), points, walk), key).to.equal(moves);
      }
      expect(takesKey(new KeyboardEvent('keydown', { key: '?' }), points, walk)).to.equal(true);
      expect(takesKey(new KeyboardEvent('keydown', { key: '/', shiftKey: true }), points, walk)).to.equal(true);
    });
  }
});

describe('a chart whose data turns into an error while it has keyboard focus', () => {
  it('loses focus without asking for an update from inside the update that drew the error', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>`);
    svgOf(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    const warnings = await captureWarnings(async () => {
      el.setAttribute('data', 'Worried: lots');
      await settled(el);
    });
    expect(shadow(el).querySelector('[part="error"]'), 'the error is drawn').to.exist;
    expect(warnings.filter((warning) => warning.includes('change-in-update'))).to.deep.equal([]);
    // Fixed again, the chart says nothing of the point it had before the error.
    el.setAttribute('data', 'Worried: 57; Concerned: 60');
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim()).to.equal('');
  });
});

describe('a chart taken off the page while its tooltip shows', () => {
  it('stops listening for Escape on the page (which would hold it), and listens again when it comes back', async () => {
    const { listening, stop } = keydownListeners();
    try {
      const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60; Neither: 12"></trust-bars>`);
      const parent = el.parentElement!;
      pointAt(shadow(el).querySelector<SVGGraphicsElement>('rect[part~="bar"]')!);
      await settled(el);
      expect(shadow(el).querySelector('.tooltip')!.textContent).to.contain('Worried');
      expect(listening.size, 'Escape hides the tooltip from anywhere on the page').to.equal(1);
      el.remove();
      expect(listening.size, 'taken off the page').to.equal(0);
      parent.append(el);
      await settled(el);
      expect(listening.size, 'back, with its tooltip').to.equal(1);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await settled(el);
      expect(shadow(el).querySelector('.tooltip')).to.equal(null);
      expect(listening.size).to.equal(0);
    } finally {
      stop();
    }
  });
});

describe('a page that moves focus away from a chart when it draws (trust-render)', () => {
  it('leaves no tooltip, announcement or keyboard help behind', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><trust-bars data="Worried: 57; Concerned: 60"></trust-bars><button>Next</button></div>`);
    const el = wrapper.querySelector<TrustElement>('trust-bars')!;
    await settled(el);
    svgOf(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: '?' });
    await settled(el);
    expect(shadow(el).querySelector('.tooltip'), 'the focused point’s tooltip').to.exist;
    expect(shadow(el).querySelector('[part="key-help"]'), 'the keyboard help').to.exist;
    el.addEventListener('trust-render', () => wrapper.querySelector('button')!.focus(), { once: true });
    el.setAttribute('data', 'Worried: 58; Concerned: 61');
    await settled(el);
    expect(shadow(el).querySelector('.tooltip')).to.equal(null);
    expect(shadow(el).querySelector('[part="key-help"]')).to.equal(null);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim()).to.equal('');
  });
});
