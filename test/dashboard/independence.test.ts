/**
 * What a widget inherits depends on the dashboard it is in now: two dashboards on a page stay apart, a widget moved
 * between them takes the new one's values, and one moved out of any dashboard draws again without them.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { mount, partText, settleAll } from './helpers.js';

const margin = (el: Element) => partText(el, '[part="margin"]');
const heading = (el: Element) => shadow(el).querySelector('[part="heading"]')?.localName;
const button = (el: Element) => texts(shadow(el), '[part="toolbar"] button')[0] ?? '';
/** The data table's caption, which names the sample size ("A. n = 1,000"). */
const caption = (el: Element) => texts(shadow(el), '[part="table"] caption')[0] ?? '';

const twoDashboards = `
  <trust-dashboard id="one" heading="One" sample-size="1000" locale="en-GB" heading-level="2">
    <trust-bars id="a" heading="A" data="Worried: 57"></trust-bars>
  </trust-dashboard>
  <trust-dashboard id="two" heading="Two" sample-size="500" locale="cy" heading-level="3">
    <trust-bars id="b" heading="B" data="Worried: 57"></trust-bars>
  </trust-dashboard>`;

describe('<trust-dashboard>: two on a page, and moving widgets', () => {
  it('two dashboards on one page each hand down their own values', async () => {
    const { holder } = await mount(twoDashboards);
    const a = holder.querySelector<TrustElement>('#a')!;
    const b = holder.querySelector<TrustElement>('#b')!;
    expect([caption(a), caption(b)]).to.deep.equal(['A. n = 1,000', 'B. n = 500']);
    expect([button(a), button(b)]).to.deep.equal(['Show data table', 'Dangos y tabl data']);
    expect([heading(a), heading(b)]).to.deep.equal(['h3', 'h4']);
  });

  it('a change on one dashboard reaches only its own children', async () => {
    const { holder } = await mount(twoDashboards);
    const a = holder.querySelector<TrustElement>('#a')!;
    const b = holder.querySelector<TrustElement>('#b')!;
    let bRenders = 0;
    b.addEventListener('trust-render', () => bRenders++);
    holder.querySelector('#one')!.setAttribute('sample-size', '2000');
    await settleAll(holder);
    expect(caption(a)).to.equal('A. n = 2,000');
    expect(caption(b)).to.equal('B. n = 500');
    expect(bRenders).to.equal(0);
  });

  it('a widget moved from one dashboard to another takes the new one’s values', async () => {
    const { holder } = await mount(twoDashboards);
    const a = holder.querySelector<TrustElement>('#a')!;
    holder.querySelector('#two')!.append(a);
    await settleAll(holder);
    expect(caption(a)).to.equal('A. n = 500');
    expect(button(a)).to.equal('Dangos y tabl data');
    expect(heading(a)).to.equal('h4');
  });

  it('a widget moved out of any dashboard stops inheriting and draws without its values', async () => {
    const { holder } = await mount(`<trust-dashboard heading="One" sample-size="1000" locale="cy" heading-level="4">
      <trust-bars heading="B" data="Worried: 57"></trust-bars>
    </trust-dashboard>`);
    const widget = holder.querySelector<TrustElement>('trust-bars')!;
    expect([caption(widget), button(widget), heading(widget)]).to.deep.equal(['B. n = 1,000', 'Dangos y tabl data', 'h5']);
    holder.append(widget);
    await settled(widget);
    expect([caption(widget), button(widget), heading(widget)]).to.deep.equal(['B', 'Show data table', 'h3']);
  });

  it('a widget moved out and back in inherits again', async () => {
    const { holder, dashboard } = await mount(`<trust-dashboard heading="One" sample-size="1000"><trust-stat value="57"></trust-stat></trust-dashboard>`);
    const widget = holder.querySelector<TrustElement>('trust-stat')!;
    holder.append(widget);
    await settled(widget);
    expect(margin(widget)).to.equal('');
    dashboard.append(widget);
    await settled(widget);
    expect(margin(widget)).to.contain('based on 1,000 people');
  });

  it('an attribute removed from the dashboard is no longer handed down', async () => {
    const { dashboard, widgets } = await mount(`<trust-dashboard heading="One" sample-size="1000" population="UK adults">
      <trust-stat value="57"></trust-stat>
    </trust-dashboard>`);
    const widget = widgets[0]!;
    expect(margin(widget)).to.contain('based on 1,000 people');
    dashboard.removeAttribute('sample-size');
    dashboard.setAttribute('population', 'NHS staff');
    await dashboard.updateComplete;
    await settled(widget);
    expect(margin(widget)).to.equal('');
    expect(partText(widget, '[part="frequency"]')).to.equal('about 57 in every 100 NHS staff');
  });

  it('in a dashboard inside another, a widget takes the nearest one’s values', async () => {
    const { holder } = await mount(`<trust-dashboard heading="Outer" sample-size="1000" heading-level="2">
      <trust-bars id="outer-child" heading="A" data="Worried: 57"></trust-bars>
      <trust-dashboard heading="Inner" sample-size="500" heading-level="3">
        <trust-bars id="inner-child" heading="B" data="Worried: 57"></trust-bars>
      </trust-dashboard>
    </trust-dashboard>`);
    const outerChild = holder.querySelector('#outer-child')!;
    const innerChild = holder.querySelector('#inner-child')!;
    expect([caption(outerChild), heading(outerChild)]).to.deep.equal(['A. n = 1,000', 'h3']);
    expect([caption(innerChild), heading(innerChild)]).to.deep.equal(['B. n = 500', 'h4']);
  });

  it('a widget nested deeper (in a wrapper element) still inherits', async () => {
    const { holder } = await mount(`<trust-dashboard heading="One" sample-size="1000"><div><trust-stat value="57"></trust-stat></div></trust-dashboard>`);
    expect(margin(holder.querySelector('trust-stat')!)).to.contain('based on 1,000 people');
  });

  it('a widget’s first frame already has what it inherits (no frame drawn without it)', async () => {
    const prototype = customElements.get('trust-stat')!.prototype as { update: (changed: unknown) => void };
    const update = prototype.update;
    const frames: string[] = [];
    prototype.update = function (this: HTMLElement, changed: unknown) {
      update.call(this, changed);
      frames.push(partText(this, '[part="margin"]'));
    };
    try {
      await mount(`<trust-dashboard heading="One" sample-size="1000"><trust-stat value="57"></trust-stat></trust-dashboard>`);
    } finally {
      prototype.update = update;
    }
    expect(frames.length).to.be.greaterThan(0);
    for (const frame of frames) expect(frame).to.contain('based on 1,000 people');
  });
});
