import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { captureWarnings, shadow, texts } from '../helpers/widget.js';

describe('<trust-dashboard>: its warning notice', () => {
  for (const [lang, heading] of [
    ['en-GB', 'Check this dashboard'],
    ['cy', 'Gwiriwch y dangosfwrdd hwn'],
  ] as const) {
    it(`is headed as the dashboard’s, not a chart’s (${lang})`, async () => {
      const holder = document.createElement('div');
      holder.lang = lang;
      holder.innerHTML = '<trust-dashboard colums="2"><trust-bars heading="Pryder" data="Poeni: 57"></trust-bars></trust-dashboard>';
      const dashboard = holder.firstElementChild as TrustElement;
      await captureWarnings(async () => {
        document.body.append(holder);
        await dashboard.updateComplete;
      });
      try {
        expect(texts(shadow(dashboard), '[part="warning"] > p')).to.deep.equal([heading]);
        // Both slips named: the misspelt attribute and the missing heading.
        expect(texts(shadow(dashboard), '[part="warning"] li code')).to.deep.equal(['colums', 'heading']);
      } finally {
        holder.remove();
      }
    });
  }
});
