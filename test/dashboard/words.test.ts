/**
 * A dashboard speaks the reader's language: on a Welsh page (or with locale="cy") its own words, "About this data"
 * and its warnings are Welsh from the first frame, as its charts' are. The first test needs a page that has drawn
 * nothing in Welsh yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { wordsPending } from '../../src/core/i18n/messages.js';
import { captureWarnings, shadow, texts } from '../helpers/widget.js';
import { aboutItems, mount, partText, settleAll } from './helpers.js';

const WELSH_DASHBOARD = `<trust-dashboard heading="Pryder am seibr-ymosodiadau" source="Ymchwil BT" source-url="https://example.org/bt"
    question="Pa mor bryderus ydych chi?" population="oedolion y DU" sample-size="1000" fieldwork="2024-03" method="panel ar-lein" commissioned-by="BT">
    <trust-bars heading="Y cyhoedd" data="Pryderus: 57"></trust-bars>
  </trust-dashboard>`;

const WELSH_ABOUT = [
  'Cwestiwn: Pa mor bryderus ydych chi?',
  'Pwy: oedolion y DU',
  'Maint y sampl: 1,000 o bobl',
  'Gwaith maes: Mawrth 2024',
  'Dull: panel ar-lein',
  'Comisiynwyd gan: BT',
];

describe('<trust-dashboard> words', () => {
  it('on a Welsh page: Welsh from the first frame, source and "About this data" included', async () => {
    expect(wordsPending(['cy'], customElements.get('trust-dashboard')), 'the Welsh is not loaded yet').to.be.instanceOf(Promise);
    const prototype = customElements.get('trust-dashboard')!.prototype as { update: (changed: unknown) => void };
    const update = prototype.update;
    const frames: string[] = [];
    prototype.update = function (this: HTMLElement, changed: unknown) {
      update.call(this, changed);
      frames.push(this.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    };
    let dashboard!: HTMLElement;
    let widgets!: HTMLElement[];
    try {
      ({ dashboard, widgets } = await mount(WELSH_DASHBOARD, { lang: 'cy' }));
    } finally {
      prototype.update = update;
    }
    expect(frames.length).to.be.greaterThan(0);
    for (const frame of frames) {
      expect(frame).to.contain('Am y data hwn').and.to.contain('Ffynhonnell:');
      expect(frame).not.to.contain('About this data');
      expect(frame).not.to.contain('Source:');
    }
    expect(partText(dashboard, '[part="source"]')).to.equal('Ffynhonnell: Ymchwil BT');
    expect(partText(dashboard, '[part="about"] summary')).to.equal('Am y data hwn');
    expect(aboutItems(dashboard)).to.deep.equal(WELSH_ABOUT);
    expect(texts(shadow(widgets[0]!), '[part="toolbar"] button')).to.deep.equal(['Dangos y tabl data']);
  });

  it('locale="cy" on an English page does the same', async () => {
    const { dashboard, widgets } = await mount(WELSH_DASHBOARD.replace('<trust-dashboard ', '<trust-dashboard locale="cy" '), { lang: 'en-GB' });
    expect(partText(dashboard, '[part="source"]')).to.equal('Ffynhonnell: Ymchwil BT');
    expect(aboutItems(dashboard)).to.deep.equal(WELSH_ABOUT);
    expect(texts(shadow(widgets[0]!), '[part="toolbar"] button')).to.deep.equal(['Dangos y tabl data']);
  });

  it('an English dashboard inside a Welsh page keeps to English when locale="en-GB"', async () => {
    const { dashboard } = await mount(WELSH_DASHBOARD.replace('<trust-dashboard ', '<trust-dashboard locale="en-GB" '), { lang: 'cy' });
    expect(partText(dashboard, '[part="source"]')).to.equal('Source: Ymchwil BT');
    expect(partText(dashboard, '[part="about"] summary')).to.equal('About this data');
  });

  it('its warnings are Welsh on the page, English in the console', async () => {
    let dashboard!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      ({ dashboard } = await mount('<trust-dashboard><trust-bars heading="A" data="Pryderus: 57"></trust-bars></trust-dashboard>', { lang: 'cy' }));
    });
    expect(partText(dashboard, '[part="warning"]')).to.contain('heading:');
    expect(partText(dashboard, '[part="warning"]')).not.to.contain('a dashboard needs a heading');
    expect(warnings.filter((text) => text.startsWith('<trust-dashboard> heading: a dashboard needs a heading'))).to.have.length(1);
  });

  it('turns Welsh when its locale is set later, and so do its charts', async () => {
    const { dashboard, widgets, holder } = await mount(WELSH_DASHBOARD, { lang: 'en-GB' });
    expect(partText(dashboard, '[part="about"] summary')).to.equal('About this data');
    dashboard.setAttribute('locale', 'cy');
    await settleAll(holder);
    expect(partText(dashboard, '[part="about"] summary')).to.equal('Am y data hwn');
    expect(texts(shadow(widgets[0]!), '[part="toolbar"] button')).to.deep.equal(['Dangos y tabl data']);
  });
});
