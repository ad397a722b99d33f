/** Address round trip and "Open in builder" (src/builder/state.ts). */
import { expect } from '@open-wc/testing';
import { iframeEmbed, scriptEmbed } from '../../src/builder/embed-code.js';
import { readPasted } from '../../src/builder/paste.js';
import { dataToTsv, readEmbedCode, stateFromFragment, stateToFragment, type BuilderState } from '../../src/builder/state.js';

const BOOLEANS = new Set(['show-uncertainty', 'allow-small-samples']);
const LIBRARY = { base: 'https://cdn.example/dist/' };

describe('builder: state in the address, and embed codes read back', () => {
  it('round-trips the whole state through the address fragment', () => {
    const state: BuilderState = {
      pasted: 'Answer\t2022\t2024\nWorried & anxious\t52%\t57%\n',
      tag: 'trust-change',
      attributes: { heading: 'Worry rose: 5 points #1 + more', 'show-uncertainty': true, 'sample-size': '1,000' },
      ui: 'cy',
      library: 'https://cdn.example/dist/',
      colours: { '--trust-series-1': '#005eb8', '--trust-background': '#1b2226' },
    };
    const fragment = stateToFragment(state);
    expect(fragment.startsWith('#v=1&')).to.equal(true);
    expect(fragment).to.include('--trust-series-1=%23005eb8');
    expect(stateFromFragment(fragment, BOOLEANS)).to.deep.equal(state);
  });

  it('leaves out empty values and booleans that are off, and refuses what is not an attribute', () => {
    const fragment = stateToFragment({ pasted: '', attributes: { heading: '', 'allow-small-samples': false, note: 'n' }, ui: 'en' });
    expect(fragment).to.equal('#v=1&note=n');
    expect(stateFromFragment('#tag=script&ui=fr&Bad+Name=x&on%3Aclick=y&heading=h')).to.deep.equal({ pasted: '', attributes: { heading: 'h' }, ui: 'en' });
  });

  it('reads a script embed back: its widget, attributes and table', () => {
    const table = readPasted('Answer\t2022\t2024\nWorried, a lot\t52%\tmore than 57%')!;
    const code = scriptEmbed('trust-change', { heading: '<b>Worry</b> & more', 'show-uncertainty': true }, table, LIBRARY);
    expect(readEmbedCode(code, BOOLEANS)).to.deep.equal({
      tag: 'trust-change',
      attributes: { heading: '<b>Worry</b> & more', 'show-uncertainty': true },
      pasted: 'Answer\t2022\t2024\nWorried, a lot\t52%\tmore than 57%',
      colours: {},
    });
  });

  it('reads a script embed’s colours back from its style attribute, not as an attribute', () => {
    const table = readPasted('Answer\tShare\nWorried\t57%')!;
    const code = scriptEmbed('trust-bars', { heading: 'Worry' }, table, LIBRARY, [
      ['--trust-series-1', '#005eb8'],
      ['--trust-text-color', '#212b32'],
    ]);
    const reading = readEmbedCode(code, BOOLEANS)!;
    expect(reading.attributes).to.deep.equal({ heading: 'Worry' });
    expect(reading.colours).to.deep.equal({ '--trust-series-1': '#005eb8', '--trust-text-color': '#212b32' });
    // A hand-written style keeps its colours only.
    expect(readEmbedCode('<trust-bars style="color: red; --trust-series-2: #F00; --trust-series-3: url(x)"></trust-bars>')?.colours).to.deep.equal({
      '--trust-series-2': '#f00',
    });
  });

  it('reads an iframe embed back from its address, compact or JSON data', () => {
    const compact = readPasted('Answer\tShare\nWorried\t57%\nConcerned\t60%')!;
    const reading = readEmbedCode(iframeEmbed('trust-bars', { heading: 'A & B', theme: 'dark' }, compact, LIBRARY), BOOLEANS);
    expect(reading).to.deep.equal({
      tag: 'trust-bars',
      attributes: { heading: 'A & B', theme: 'dark' },
      pasted: '\tShare\nWorried\t57%\nConcerned\t60%',
      colours: {},
    });
    const json = readPasted('Answer\t2024\tn\nNew; tech\t15%\t300')!;
    expect(readEmbedCode(iframeEmbed('trust-bars', {}, json, LIBRARY))?.pasted).to.equal('\t2024\tn\nNew; tech\t15%\t300');
  });

  it('reads data attributes of every shape into rows', () => {
    expect(dataToTsv('Worried: 57; Concerned: 60', '')).to.equal('\t\nWorried\t57\nConcerned\t60');
    expect(dataToTsv('[{"label": "Worried", "value": 57}]', 'Share')).to.equal('\tShare\nWorried\t57');
    expect(dataToTsv('[{"label": "NHS staff", "values": {"Agree": 40, "Disagree": 60}}]', '')).to.equal('\tAgree\tDisagree\nNHS staff\t40\t60');
    expect(dataToTsv('[not json', '')).to.equal('');
  });

  it('finds no chart in code that has none, and runs nothing it reads', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    expect(readEmbedCode('<img src=x onerror="window.pwned = true"><p>hello</p>')).to.equal(undefined);
    expect(readEmbedCode('<iframe src="https://example.com/#tag=script"></iframe>')).to.equal(undefined);
    // An image's error handler would run after a load attempt: wait for one.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});
