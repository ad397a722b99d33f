import { expect } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { settled } from '../helpers/widget.js';

/** Modules of the code that reads `src` this page has downloaded (the test server serves each module by its path). */
const sourceModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/src\/core\/source\/|d3-dsv/.test(name));

describe('src: charts without it do not download the code that reads it', () => {
  it('loads src/core/source/ and d3-dsv only once a widget has src', async () => {
    const plain = document.createElement('trust-bars') as TrustElement;
    plain.setAttribute('data', 'Worried: 57; Concerned: 60');
    document.body.append(plain);
    await settled(plain);
    expect(sourceModules()).to.deep.equal([]);

    await fetch('/__source-fixtures', { method: 'POST', body: JSON.stringify({ path: 'lazy/figures.csv', body: 'Answer,Share\nWorried,57\n' }) });
    const live = document.createElement('trust-bars') as TrustElement;
    live.setAttribute('src', '/__source/lazy/figures.csv');
    const loaded = new Promise((resolve) => live.addEventListener('trust-data-load', resolve, { once: true }));
    document.body.append(live);
    await loaded;
    expect(sourceModules().some((name) => name.includes('/src/core/source/live-source'))).to.equal(true);
    expect(sourceModules().some((name) => name.includes('d3-dsv'))).to.equal(true);
    plain.remove();
    live.remove();
  });
});
