/**
 * A chart takes its language from its dashboard's `locale` with everything else it inherits, from its first frame:
 * no frame in English, nor without the dashboard's survey facts, while the Welsh words load. Its own file: the page
 * must not have loaded any Welsh before.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { wordsPending } from '../../src/core/i18n/messages.js';
import { shadow, texts } from '../helpers/widget.js';
import { mount } from './helpers.js';

/** Records `describe(element)` after each render of every `tag` element, from the first. */
function recordRenders(tag: string, describe: (el: HTMLElement) => string) {
  const prototype = customElements.get(tag)!.prototype as { update: (changed: unknown) => void };
  const update = prototype.update;
  const frames: string[] = [];
  prototype.update = function (this: HTMLElement, changed: unknown) {
    update.call(this, changed);
    frames.push(describe(this));
  };
  return { frames, stop: () => (prototype.update = update) };
}

describe('<trust-dashboard locale="cy"> on an English page', () => {
  it('its charts draw Welsh, with what they inherit, from their first frame', async () => {
    expect(wordsPending(['cy'], customElements.get('trust-stat')), 'the Welsh is not loaded yet').to.be.instanceOf(Promise);
    const bars = recordRenders('trust-bars', (el) => `${texts(shadow(el), '[part="toolbar"] button')[0]} / ${texts(shadow(el), '[part="table"] caption')[0]}`);
    const stat = recordRenders('trust-stat', (el) => texts(shadow(el), '[part="frequency"]')[0] ?? '');
    try {
      await mount(
        `<trust-dashboard heading="Pryder" locale="cy" population="oedolion y DU" sample-size="1000" fieldwork="2024-03">
          <trust-bars heading="Y cyhoedd" data="Pryderus: 57"></trust-bars>
          <trust-stat value="57"></trust-stat>
        </trust-dashboard>`,
        { lang: 'en-GB' },
      );
    } finally {
      bars.stop();
      stat.stop();
    }
    expect(bars.frames.length).to.be.greaterThan(0);
    for (const frame of bars.frames) expect(frame).to.equal('Dangos y tabl data / Y cyhoedd. Oedolion y DU; n = 1,000; Mawrth 2024');
    expect(stat.frames.length).to.be.greaterThan(0);
    for (const frame of stat.frames) expect(frame).to.equal('tua 57 o bob 100 ymhlith oedolion y DU');
  });
});
