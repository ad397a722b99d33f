/**
 * Welsh words load only on Welsh pages (issue 12): a widget drawn in Welsh waits for them before its first render, so
 * no frame is ever drawn in English first; an English page loads none of them; a language whose words fail to load
 * is drawn in English, with a warning naming the locale. The tests run in order: the first one needs a page that has
 * drawn nothing in Welsh yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/stat/define.js';
import '../../src/change/define.js';
import '../../src/waffle/define.js';
import { addMessages, registerWords, wordsPending } from '../../src/core/i18n/messages.js';
import { captureWarnings } from '../helpers/widget.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; locale?: string };

/** Every module of Welsh words this page has fetched (the shared catalogue and each widget's own). */
const welshModulesFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/i18n\/cy\.ts$|-messages-cy\.ts$|shared-words-cy\.ts$/.test(path));

/**
 * The text of the widget's shadow root after each of its renders, from the first: Lit commits every render in
 * `update`, so this sees every frame the reader could have seen.
 */
function recordRenders(tag: string): { frames: string[]; stop: () => void } {
  const prototype = customElements.get(tag)!.prototype as { update: (changed: unknown) => void };
  const update = prototype.update;
  const frames: string[] = [];
  prototype.update = function (this: HTMLElement, changed: unknown) {
    update.call(this, changed);
    frames.push(this.shadowRoot!.textContent!.replace(/\s+/g, ' '));
  };
  return { frames, stop: () => (prototype.update = update) };
}

/** Appends `markup` (one widget) inside `<div lang=…>` and waits for it to settle. */
async function mount(markup: string, lang: string): Promise<{ widget: Widget; remove: () => void }> {
  const holder = document.createElement('div');
  holder.lang = lang;
  holder.innerHTML = markup;
  document.body.append(holder);
  const widget = holder.firstElementChild as Widget;
  while (!(await widget.updateComplete));
  return { widget, remove: () => holder.remove() };
}

describe('Welsh words load only on Welsh pages', () => {
  it('an English page fetches no Welsh', async () => {
    const { widget, remove } = await mount('<trust-stat value="57" label="of UK adults"></trust-stat>', 'en-GB');
    try {
      expect(widget.shadowRoot!.textContent).to.contain('about 57 in every 100');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(welshModulesFetched()).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('a Welsh page draws Welsh on the first render, with no English frame before it', async () => {
    expect(wordsPending(['cy'], customElements.get('trust-stat')), 'the Welsh is not loaded yet').to.be.instanceOf(Promise);
    const renders = recordRenders('trust-stat');
    try {
      const { remove } = await mount('<trust-stat value="57" label="o oedolion y DU" previous="47" previous-label="2022"></trust-stat>', 'cy');
      remove();
      expect(renders.frames.length, 'renders').to.be.greaterThan(0);
      // The first frame already has the shared Welsh ("Dangos y tabl data") and <trust-stat>'s own ("tua 57 o bob 100").
      expect(renders.frames[0]).to.contain('Dangos y tabl data').and.to.contain('tua 57 o bob 100').and.to.contain('wedi codi 10 pwynt canran');
      for (const frame of renders.frames) {
        expect(frame).not.to.contain('Show data table');
        expect(frame).not.to.contain('in every 100');
      }
    } finally {
      renders.stop();
    }
    expect(welshModulesFetched()).to.include.members(['/src/core/i18n/cy.ts', '/src/stat/stat-messages-cy.ts']);
    // No other widget was drawn in Welsh: their Welsh stays on the server.
    expect(welshModulesFetched().filter((path) => /(waffle|change|likert|trend)-messages-cy/.test(path))).to.deep.equal([]);
  });

  it('an authoring error is shown in full on the first render, in English and in Welsh (whose words load first)', async () => {
    const english = recordRenders('trust-waffle');
    try {
      const { remove } = await mount('<trust-waffle data="Worried: lots"></trust-waffle>', 'en-GB');
      remove();
      expect(english.frames[0]).to.contain('This chart can’t be shown').and.to.contain('“lots” (for “Worried”) is not a number.');
    } finally {
      english.stop();
    }
    expect(wordsPending(['cy'], customElements.get('trust-waffle')), "<trust-waffle>'s Welsh is still to load").to.be.instanceOf(Promise);
    const welsh = recordRenders('trust-waffle');
    try {
      const { remove } = await mount('<trust-waffle data="Yn poeni: llawer"></trust-waffle>', 'cy');
      remove();
      expect(welsh.frames[0]).to.contain('Ni ellir dangos y siart hwn').and.to.contain('Nid yw “llawer” (ar gyfer “Yn poeni”) yn rhif.');
      for (const frame of welsh.frames) expect(frame).not.to.contain('can’t be shown');
    } finally {
      welsh.stop();
    }
  });

  it("a page's own Welsh words, added before the library's load, keep winning over them", async () => {
    // <trust-change>'s Welsh is not loaded yet on this page: the page's word must survive its arrival.
    expect(wordsPending(['cy'], customElements.get('trust-change')), "<trust-change>'s Welsh is still to load").to.be.instanceOf(Promise);
    addMessages('cy', { changeKeyboardHint: 'Bysellau saeth: o res i res.' });
    const { widget, remove } = await mount('<trust-change data="Hyfforddiant: 47 | 39" from-label="2022" to-label="2024"></trust-change>', 'cy');
    try {
      expect(widget.shadowRoot!.textContent).to.contain('Bysellau saeth: o res i res.');
      expect(widget.shadowRoot!.textContent).to.contain('Siart dymbel, 1 eitem, o 2022 i 2024.');
    } finally {
      remove();
    }
  });

  it('a widget turned Welsh later (its locale attribute) draws in Welsh', async () => {
    const { widget, remove } = await mount('<trust-bars data="Worried: 57"></trust-bars>', 'en-GB');
    try {
      expect(widget.shadowRoot!.textContent).to.contain('Show data table');
      widget.setAttribute('locale', 'cy-GB');
      while (!(await widget.updateComplete));
      expect(widget.shadowRoot!.textContent).to.contain('Dangos y tabl data');
    } finally {
      remove();
    }
  });

  it('words that fail to load leave English, with a warning naming the locale, and the widget still draws', async () => {
    // A language of the library's whose words cannot be fetched (as a chunk missing from a CDN would be).
    registerWords('qx', 'shared', () => import(/* @vite-ignore */ `${location.origin}/no-such-words.js`));
    let mounted: { widget: Widget; remove: () => void } | undefined;
    const warnings = await captureWarnings(async () => {
      mounted = await mount('<trust-bars data="Worried: 57"></trust-bars>', 'qx');
    });
    try {
      expect(mounted!.widget.shadowRoot!.querySelector('[part="chart"]')).to.exist;
      expect(mounted!.widget.shadowRoot!.textContent).to.contain('Show data table');
      expect(warnings.filter((warning) => warning.includes('locale "qx"'))).to.have.length(1);
      expect(wordsPending(['qx']), 'a failed load is not retried on every render').to.equal(undefined);
    } finally {
      mounted?.remove();
    }
  });
});
