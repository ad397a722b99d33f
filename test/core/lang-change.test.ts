/**
 * A widget whose `lang` changes after it drew is drawn again in the new language (an editor switching a bilingual
 * page, or a CMS setting `lang` after the script ran): `lang` is a global attribute, not one of Lit's properties, so
 * nothing redrew it before.
 */
import { expect } from '@open-wc/testing';
import '../../src/bars/define.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits until the widget has drawn and settled (the Welsh words arrive as a lazy module first). */
async function settled(widget: Widget): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await widget.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('changing lang after the first render', () => {
  let widget: Widget;
  afterEach(() => widget?.remove());

  it('redraws in Welsh when the widget’s own lang becomes cy, and back in English', async () => {
    document.body.insertAdjacentHTML('beforeend', '<trust-bars heading="Pryder" data="Public: 57; Staff: 36" unit="percent"></trust-bars>');
    widget = document.body.lastElementChild as Widget;
    await settled(widget);
    const english = widget.shadowRoot!.textContent!;
    expect(english).to.contain('57%');
    expect(english).to.contain('Bar chart, 2 items.');

    widget.lang = 'cy';
    await settled(widget);
    const welsh = widget.shadowRoot!.textContent!;
    expect(welsh).to.not.match(/Bar chart|bar chart/);
    expect(welsh).to.contain('Siart bar, 2 eitem.');

    widget.removeAttribute('lang');
    await settled(widget);
    expect(widget.shadowRoot!.textContent!).to.match(/Bar chart|bar chart/);
  });
});
