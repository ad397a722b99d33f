/**
 * "Copy embed code" of a chart in a `<trust-dashboard>` on an ordinary page (issue 15): the chart takes its source,
 * data file, survey facts, theme and language from its dashboard, so the code carries the chart inside a copy of its
 * dashboard, alone; copied bare, the chart would lose its source on the other page. The embed page's own code (an
 * iframe) is tested in embed-page.test.ts and embed-dashboard.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled, shadow } from '../helpers/widget.js';
import { until } from './helpers.js';

/** Opens the chart's Download menu, picks "Copy embed code" and returns what went to the (stubbed) clipboard. */
async function copied(chart: TrustElement): Promise<string> {
  const clipboard = navigator.clipboard;
  let code: string | undefined;
  Object.defineProperty(clipboard, 'writeText', { configurable: true, value: (text: string) => ((code = text), Promise.resolve()) });
  try {
    shadow(chart).querySelector<HTMLButtonElement>('[part="downloads"] .download')!.click();
    const item = await until(
      () => Array.from(shadow(chart).querySelectorAll<HTMLButtonElement>('#download-menu button')).find((b) => b.textContent!.trim() === 'Copy embed code'),
      'the Download menu',
    );
    item.click();
    return await until(() => code, 'the embed code to be copied');
  } finally {
    delete (clipboard as unknown as Record<string, unknown>)['writeText'];
  }
}

describe('"Copy embed code" of a chart in a dashboard', () => {
  it('copies the chart inside a copy of its dashboard, alone, so that it keeps the source and facts it takes from it', async () => {
    const holder = await fixture<HTMLElement>(
      html`<div style="width: 900px">
        <trust-dashboard heading="NHS cyber security" source="BT research" source-url="https://example.org/bt" sample-size="1000" theme="dark">
          <trust-bars heading="Public concern" data="Worried: 57; Concerned: 60"></trust-bars>
          <trust-stat heading="Trained" value="15" label="of NHS staff"></trust-stat>
        </trust-dashboard>
      </div>`,
    );
    const chart = holder.querySelector<TrustElement>('trust-bars')!;
    await settled(chart);
    const doc = new DOMParser().parseFromString(await copied(chart), 'text/html');
    const dashboard = doc.querySelector('trust-dashboard')!;
    expect(dashboard, 'the dashboard around the chart').to.not.equal(null);
    for (const [name, value] of [
      ['source', 'BT research'],
      ['source-url', 'https://example.org/bt'],
      ['sample-size', '1000'],
      ['theme', 'dark'],
    ]) {
      expect(dashboard.getAttribute(name!), name).to.equal(value);
    }
    // The chart clicked, and not the dashboard's other charts.
    expect(Array.from(dashboard.children, (child) => child.localName)).to.deep.equal(['trust-bars']);
    expect(dashboard.firstElementChild!.getAttribute('heading')).to.equal('Public concern');
    expect(doc.querySelectorAll('script')).to.have.length(1);
  });

  it('a chart outside any dashboard is copied alone', async () => {
    const holder = await fixture<HTMLElement>(html`<div><trust-bars heading="Alone" data="Worried: 57"></trust-bars></div>`);
    const chart = holder.querySelector<TrustElement>('trust-bars')!;
    await settled(chart);
    const code = await copied(chart);
    expect(code).not.to.contain('trust-dashboard');
    expect(new DOMParser().parseFromString(code, 'text/html').querySelector('body > trust-bars')!.getAttribute('heading')).to.equal('Alone');
  });
});
