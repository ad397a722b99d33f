import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/bars/define.js';
import '../../src/change/define.js';
import '../../src/likert/define.js';
import '../../src/trend/define.js';
import '../../src/waffle/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { markCentre, settled, shadow } from '../helpers/widget.js';

const tooltipOf = (el: Element) => shadow(el).querySelector<HTMLElement>('.tooltip');
const svgOf = (el: Element) => shadow(el).querySelector<SVGSVGElement>('[part="chart"] > svg')!;

/** Two rectangles share more than half a pixel of area (sub-pixel rounding of touching edges is not an overlap). */
const intersects = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

const squash = (text: string) => text.replace(/\s+/g, '');

/** The row label drawn for a point, found by its words (a label may wrap over several tspans). */
const labelOf = (el: Element, label: string): Element | undefined =>
  Array.from(shadow(el).querySelectorAll('[part~="label"]')).find((node) => squash(node.textContent ?? '') === squash(label));

/**
 * Widgets with tooltips, with data whose row labels are long enough to wrap on a phone. `path`: the keys after Home
 * that visit every point, where Right alone does not (Right stays within a series, or a likert or change row).
 */
const widgets: { name: string; points: number; path?: string[]; make: () => TemplateResult }[] = [
  {
    name: 'bars',
    points: 4,
    make: () =>
      html`<trust-bars
        data="Worried about how their data is used: 57; Concerned: 60; Neither worried nor concerned: 12; Do not know what happens to it: 3"
        sample-size="1000"
      ></trust-bars>`,
  },
  {
    name: 'grouped bars',
    points: 4,
    path: ['ArrowRight', 'ArrowDown', 'ArrowLeft'],
    make: () => html`<trust-bars series="2022 | 2024" data="Trust the NHS with their data: 57 | 61; Trust technology companies: 20 | 24"></trust-bars>`,
  },
  { name: 'trend', points: 4, make: () => html`<trust-trend data="2019: 30; 2020: 96; 2021: 4; 2022: 38" sample-size="2000"></trust-trend>` },
  {
    name: 'change',
    points: 6,
    path: ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowRight'],
    make: () =>
      html`<trust-change
        series="2022 | 2024"
        data="Trained on new technologies at work: 5 | 15; Trained on both new and existing systems: 47 | 39; Burnout: 90 | 98"
      ></trust-change>`,
  },
  {
    name: 'likert',
    points: 6,
    path: ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowLeft'],
    make: () => html`<trust-likert series="Agree | Neither | Disagree" data="Staff working in hospitals: 40 | 20 | 40; Public: 30 | 30 | 40"></trust-likert>`,
  },
  { name: 'waffle', points: 2, make: () => html`<trust-waffle data="Yes: 24; No: 60" of="100"></trust-waffle>` },
];

describe('tooltip placement', () => {
  for (const width of [320, 360, 1280]) {
    for (const { name, points, path, make } of widgets) {
      it(`never covers the point or its row's label, and stays on the widget, in ${name} at ${width} px`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${make()}</div>`);
        const el = wrapper.firstElementChild as TrustElement;
        await settled(el);
        svgOf(el).focus();
        await sendKeys({ press: 'Home' });
        const seen = new Set<string>();
        for (let i = 0; i < points; i++) {
          if (i > 0) await sendKeys({ press: path?.[i - 1] ?? 'ArrowRight' });
          await settled(el);
          const tip = tooltipOf(el)!;
          expect(tip, `tooltip for point ${i}`).to.not.equal(null);
          const box = tip.getBoundingClientRect();
          const host = el.getBoundingClientRect();
          seen.add(tip.innerText);
          const label = tip.innerText.trim().split('\n')[0]!.split(',')[0]!;
          const where = `point ${i} (${label})`;
          expect(box.left, where).to.be.at.least(host.left - 0.5);
          expect(box.right, where).to.be.at.most(host.right + 0.5);
          const ring = shadow(el).querySelector('.focus-ring');
          if (ring && name !== 'waffle') expect(intersects(box, ring.getBoundingClientRect()), `${where}: covers the point`).to.equal(false);
          const rowLabel = labelOf(el, label);
          if (rowLabel) expect(intersects(box, rowLabel.getBoundingClientRect()), `${where}: covers its row's label`).to.equal(false);
        }
        expect(seen.size, 'every point visited').to.equal(points);
      });
    }
  }

  for (const pointerType of ['mouse', 'touch']) {
    it(`keeps clear of the label of a bar hovered or touched (${pointerType}) at 360 px`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">${widgets[0]!.make()}</div>`);
      const el = wrapper.firstElementChild as TrustElement;
      await settled(el);
      const bars = Array.from(shadow(el).querySelectorAll<SVGGraphicsElement>('rect[part~="bar"]'));
      for (const bar of bars) {
        // The bar's drawn middle, not its box on screen, which shrinks while it grows in (no reduced motion).
        const [x, y] = markCentre(bar);
        const type = pointerType === 'touch' ? 'pointerdown' : 'pointermove';
        svgOf(el).dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, pointerType }));
        await settled(el);
        const tip = tooltipOf(el)!;
        const label = tip.innerText.trim().split('\n')[0]!;
        expect(intersects(tip.getBoundingClientRect(), labelOf(el, label)!.getBoundingClientRect()), label).to.equal(false);
      }
    });
  }
});
