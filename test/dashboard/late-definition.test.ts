/**
 * A page that loads the widgets' script before the dashboard's (two script tags, the dashboard's last): widgets
 * that upgraded inside a `<trust-dashboard>` nobody had defined yet still inherit once it is defined. This file
 * imports only the widgets' define files first; src/index.ts would define the dashboard first.
 */
import { expect } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/stat/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow, texts } from '../helpers/widget.js';
import { removeAfterTest, settleAll } from './helpers.js';

const caption = (el: Element) => texts(shadow(el), '[part="table"] caption')[0] ?? '';
const heading = (el: Element) => shadow(el).querySelector('[part="heading"]')?.localName;

describe('<trust-dashboard> defined after its widgets', () => {
  it('widgets drawn before the dashboard was defined inherit once it is', async () => {
    expect(customElements.get('trust-dashboard'), 'this file must run before anything defines the dashboard').to.equal(undefined);
    const holder = document.createElement('div');
    holder.innerHTML = `<trust-dashboard heading="Worry" sample-size="1000" population="UK adults" locale="cy">
      <trust-bars heading="B" data="Worried: 57"></trust-bars>
    </trust-dashboard>`;
    document.body.append(holder);
    removeAfterTest(holder);
    const widget = holder.querySelector<TrustElement>('trust-bars')!;
    await settled(widget);
    expect(caption(widget), 'before the dashboard is defined').to.equal('B');
    await import('../../src/dashboard/define.js');
    await customElements.whenDefined('trust-dashboard');
    await settleAll(holder);
    expect(caption(widget)).to.equal('B. UK adults; n = 1,000');
    expect(heading(widget)).to.equal('h3');
    expect(texts(shadow(widget), '[part="toolbar"] button')).to.deep.equal(['Dangos y tabl data']);
  });

  it('a widget added later to a dashboard defined by then inherits at once', async () => {
    await import('../../src/dashboard/define.js');
    const holder = document.createElement('div');
    holder.innerHTML = `<trust-dashboard heading="Worry" sample-size="1000" heading-level="3"></trust-dashboard>`;
    document.body.append(holder);
    removeAfterTest(holder);
    const widget = document.createElement('trust-bars') as TrustElement;
    widget.setAttribute('heading', 'B');
    widget.setAttribute('data', 'Worried: 57');
    holder.firstElementChild!.append(widget);
    await settled(widget);
    expect(caption(widget)).to.equal('B. n = 1,000');
    expect(heading(widget)).to.equal('h4');
  });
});
