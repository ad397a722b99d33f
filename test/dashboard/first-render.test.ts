import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustRenderEvent } from '../../src/core/events.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { freshPath, serve } from '../helpers/source-fixtures.js';
import { captureWarnings, settled, texts, shadow } from '../helpers/widget.js';

const WELSH_SHOW_TABLE = 'Dangos y tabl data';

describe('<trust-dashboard>: the charts never draw before they have what it hands down', () => {
  // First in this file: the page has not loaded the Welsh words yet.
  it('a chart with its own data in a Welsh dashboard on an English page draws in Welsh from its first frame', async () => {
    const holder = document.createElement('div');
    holder.lang = 'en-GB';
    holder.innerHTML = `<trust-dashboard heading="Pryder" locale="cy"><trust-bars heading="Pryderon" data="Poeni: 57; Pryderu: 60"></trust-bars></trust-dashboard>`;
    const bars = holder.querySelector('trust-bars') as TrustElement;
    const buttons: string[] = [];
    bars.addEventListener('trust-render', () => buttons.push(texts(shadow(bars), '[part="toolbar"] button').join()));
    document.body.append(holder);
    try {
      await settled(bars);
      expect(buttons.length).to.be.greaterThan(0);
      expect(
        buttons.every((text) => text === WELSH_SHOW_TABLE),
        buttons.join(' / '),
      ).to.equal(true);
    } finally {
      holder.remove();
    }
  });

  // A Welsh dashboard on an English page: its first update waits for the Welsh words (a chunk loaded on demand), so
  // a chart fed by its src could draw first, in English and with no data, if the dashboard handed down only when it
  // updated, or if the chart waited only for the words of its own locale.
  it('a chart in a Welsh dashboard draws in Welsh from its first frame, and never reports "no data" on the way', async () => {
    const src = await serve(freshPath('first-render-'), { body: 'Answer,Share\nWorried,57\nConcerned,60\n' });
    const holder = document.createElement('div');
    holder.lang = 'en-GB';
    holder.innerHTML = `<trust-dashboard heading="Pryder" locale="cy" src="${src}"><trust-bars heading="Pryderon"></trust-bars></trust-dashboard>`;
    const bars = holder.querySelector('trust-bars') as TrustElement;
    const renders: number[] = [];
    const buttons: string[] = [];
    bars.addEventListener('trust-render', (event) => {
      renders.push((event as TrustRenderEvent).errors);
      buttons.push(texts(shadow(bars), '[part="toolbar"] button').join());
    });
    const loaded = new Promise((resolve) => bars.addEventListener('trust-data-load', resolve, { once: true }));
    const warnings = await captureWarnings(async () => {
      document.body.append(holder);
      await loaded;
      await settled(bars);
    });
    try {
      expect(warnings, warnings.join('\n')).to.deep.equal([]);
      expect(renders.length).to.be.greaterThan(0);
      expect(
        renders.every((errors) => errors === 0),
        `errors per render: ${renders.join(', ')}`,
      ).to.equal(true);
      expect(buttons.length).to.be.greaterThan(0);
      expect(
        buttons.every((text) => text === WELSH_SHOW_TABLE),
        buttons.join(' / '),
      ).to.equal(true);
    } finally {
      holder.remove();
    }
  });
});
