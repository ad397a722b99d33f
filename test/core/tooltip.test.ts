import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/likert/define.js';
import '../../src/trend/define.js';
import '../../src/waffle/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { NO_FORCED_COLOURS, skipIn } from '../helpers/engine.js';
import { emulateMediaFeatures, markCentre, settled, shadow } from '../helpers/widget.js';

const tooltipOf = (el: Element) => shadow(el).querySelector<HTMLElement>('.tooltip');
const svgOf = (el: Element) => shadow(el).querySelector<SVGSVGElement>('[part="chart"] > svg')!;

/** Two rectangles share some area. */
const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A pointer event at a point of the page, as a mouse (or a finger) would send it. */
function point(target: Element, type: string, x: number, y: number, pointerType = 'mouse') {
  target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, pointerType }));
}

const centre = (rect: DOMRect) => [rect.left + rect.width / 2, rect.top + rect.height / 2] as const;

/** Each widget with points, with a mark selector whose n-th element is the n-th point. */
const widgets: { name: string; make: () => Promise<TrustElement> }[] = [
  { name: 'bars', make: () => fixture(html`<trust-bars data="Worried: 57; Concerned: 60; Neither: 12" sample-size="1000"></trust-bars>`) },
  { name: 'trend', make: () => fixture(html`<trust-trend data="2019: 30; 2020: 36; 2021: 41; 2022: 38" sample-size="2000"></trust-trend>`) },
  { name: 'change', make: () => fixture(html`<trust-change series="2022 | 2024" data="New tech: 5 | 15; Both: 47 | 39"></trust-change>`) },
  {
    name: 'likert',
    make: () => fixture(html`<trust-likert series="Agree | Neither | Disagree" data="Staff: 40 | 20 | 40; Public: 30 | 30 | 40"></trust-likert>`),
  },
  { name: 'waffle', make: () => fixture(html`<trust-waffle data="Yes: 24; No: 60" of="100"></trust-waffle>`) },
];

describe('tooltips', () => {
  for (const { name, make } of widgets) {
    it(`shows the focused point's label and value in ${name}, beside its mark and inside the widget, hidden from screen readers`, async () => {
      const el = await make();
      expect(tooltipOf(el), 'no tooltip before focus').to.equal(null);
      svgOf(el).focus();
      await settled(el);
      const tip = tooltipOf(el)!;
      expect(tip, 'tooltip on focus').to.not.equal(null);
      expect(tip.getAttribute('aria-hidden'), 'the live region says it already').to.equal('true');
      const live = shadow(el).querySelector('[aria-live="polite"]')!.textContent!;
      // The tooltip's words are the announcement's (label, series, value as shown), less the position.
      const [label, value] = tip.innerText.trim().split('\n');
      expect(live).to.contain(`${label}: ${value}.`);
      const ring = shadow(el).querySelector('.focus-ring')!.getBoundingClientRect();
      const box = tip.getBoundingClientRect();
      expect(box.width).to.be.above(0);
      if (name !== 'waffle') expect(intersects(box, ring), 'the tooltip never covers the focused mark').to.equal(false);
      const host = el.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
    });
  }

  it('shows the value with its margin of error', async () => {
    const el = await fixture<TrustElement>(html`<trust-trend data="2019: 30; 2020: 36; 2021: 41" sample-size="2000"></trust-trend>`);
    svgOf(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(tooltipOf(el)!.innerText.trim()).to.equal('2020\n36% ± 2.1');
  });

  it('stays inside the widget at 320 px wide, at both ends of a trend', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><trust-trend series="A much longer series name than fits | B" data="2019: 30 | 40; 2020: 36 | 41; 2021: 41 | 45; 2022: 38 | 44" sample-size="2000"></trust-trend></div>`,
    );
    const el = wrapper.firstElementChild as TrustElement;
    await settled(el);
    svgOf(el).focus();
    for (const key of ['Home', 'End', 'ArrowDown', 'Home']) {
      await sendKeys({ press: key });
      await settled(el);
      const box = tooltipOf(el)!.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(box.left, key).to.be.at.least(host.left - 0.5);
      expect(box.right, key).to.be.at.most(host.right + 0.5);
      expect(intersects(box, shadow(el).querySelector('.focus-ring')!.getBoundingClientRect()), key).to.equal(false);
    }
  });

  it('hides with Escape and keeps keyboard focus; the next key shows it again', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60"></trust-bars>`);
    svgOf(el).focus();
    await settled(el);
    expect(tooltipOf(el)).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(tooltipOf(el)).to.equal(null);
    expect(shadow(el).activeElement).to.equal(svgOf(el));
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(tooltipOf(el)!.textContent).to.contain('Concerned');
  });

  it('shows the hovered bar, stays while the pointer moves onto the tooltip, and goes when it leaves the chart', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60; Neither: 12"></trust-bars>`);
    const bars = shadow(el).querySelectorAll('rect[part~="bar"]');
    const [x, y] = markCentre(bars[1]!);
    point(svgOf(el), 'pointermove', x, y);
    await settled(el);
    const tip = tooltipOf(el)!;
    expect(tip.textContent).to.contain('Concerned');
    expect(intersects(tip.getBoundingClientRect(), bars[1]!.getBoundingClientRect())).to.equal(false);
    // Hoverable (WCAG 1.4.13): the pointer on the tooltip has not left the chart box.
    point(tip, 'pointermove', ...centre(tip.getBoundingClientRect()));
    await settled(el);
    expect(tooltipOf(el)!.textContent).to.contain('Concerned');
    shadow(el)
      .querySelector('.chart')!
      .dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await settled(el);
    expect(tooltipOf(el)).to.equal(null);
  });

  it('hides a hovered tooltip with Escape pressed anywhere, until the pointer moves to another mark', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60; Neither: 12"></trust-bars>`);
    const bars = shadow(el).querySelectorAll('rect[part~="bar"]');
    point(svgOf(el), 'pointermove', ...markCentre(bars[0]!));
    await settled(el);
    expect(tooltipOf(el)!.textContent).to.contain('Worried');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settled(el);
    expect(tooltipOf(el)).to.equal(null);
    point(svgOf(el), 'pointermove', ...markCentre(bars[0]!));
    await settled(el);
    expect(tooltipOf(el), 'the same bar stays dismissed').to.equal(null);
    point(svgOf(el), 'pointermove', ...markCentre(bars[2]!));
    await settled(el);
    expect(tooltipOf(el)!.textContent).to.contain('Neither');
  });

  it('selects the trend point nearest the pointer along x, and keeps a tapped point after the finger lifts', async () => {
    const el = await fixture<TrustElement>(html`<trust-trend data="2019: 30; 2020: 36; 2021: 41; 2022: 38"></trust-trend>`);
    const marks = shadow(el).querySelectorAll('path[part~="point"]');
    const third = marks[2]!.getBoundingClientRect();
    // Well above the line, at 2021's x.
    point(svgOf(el), 'pointermove', third.left + third.width / 2 + 3, svgOf(el).getBoundingClientRect().top + 2);
    await settled(el);
    expect(tooltipOf(el)!.textContent).to.contain('2021');
    const first = marks[0]!.getBoundingClientRect();
    point(svgOf(el), 'pointerdown', ...centre(first), 'touch');
    shadow(el)
      .querySelector('.chart')!
      .dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    await settled(el);
    expect(tooltipOf(el)!.textContent).to.contain('2019');
  });

  it('does not move keyboard focus or the focus ring when the pointer hovers', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60; Neither: 12"></trust-bars>`);
    svgOf(el).focus();
    await settled(el);
    const ring = shadow(el).querySelector('.focus-ring rect')!.getAttribute('y');
    point(svgOf(el), 'pointermove', ...markCentre(shadow(el).querySelectorAll('rect[part~="bar"]')[2]!));
    await settled(el);
    expect(tooltipOf(el)!.textContent).to.contain('Neither');
    expect(shadow(el).querySelector('.focus-ring rect')!.getAttribute('y')).to.equal(ring);
  });

  it('has a border in forced colours, in the system colours', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await fixture<TrustElement>(html`<trust-bars theme="nhs" data="Worried: 57"></trust-bars>`);
      svgOf(el).focus();
      await settled(el);
      const style = getComputedStyle(tooltipOf(el)!);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.equal(style.color);
      expect(style.backgroundColor).to.equal(getComputedStyle(el).backgroundColor);
      expect(style.color).to.not.equal(style.backgroundColor);
    } finally {
      await emulateMediaFeatures();
    }
  });

  it('follows the theme: readable on the dark theme', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars theme="dark" data="Worried: 57"></trust-bars>`);
    svgOf(el).focus();
    await settled(el);
    const style = getComputedStyle(tooltipOf(el)!);
    expect(style.backgroundColor).to.equal(getComputedStyle(el).backgroundColor);
    expect(style.color).to.equal(getComputedStyle(el).color);
    expect(style.transitionDuration === '0s' && style.animationName === 'none', 'nothing moves').to.equal(true);
  });

  it('is not drawn before the chart has a pointer or focus on it, and goes when focus leaves', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57"></trust-bars>`);
    expect(tooltipOf(el)).to.equal(null);
    svgOf(el).focus();
    await settled(el);
    svgOf(el).blur();
    await settled(el);
    expect(tooltipOf(el)).to.equal(null);
  });

  it('gives keyboard focus to the mark that was clicked, not the first one', async () => {
    const el = await fixture<TrustElement>(html`<trust-bars data="Worried: 57; Concerned: 60; Neither: 12"></trust-bars>`);
    const [x, y] = markCentre(shadow(el).querySelectorAll('rect[part~="bar"]')[2]!);
    point(svgOf(el), 'pointermove', x, y);
    point(svgOf(el), 'pointerdown', x, y);
    svgOf(el).focus();
    await settled(el);
    expect(tooltipOf(el)!.textContent).to.contain('Neither');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.equal('Neither: 12%. 3 of 3.');
  });
});
