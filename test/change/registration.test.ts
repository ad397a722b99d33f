import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { TrustChange } from '../../src/change/trust-change.js';
import '../../src/change/define.js';
import { captureWarnings } from '../helpers/widget.js';

describe('guarded registration of <trust-change>', () => {
  it('defines the tag once, and loading the registration again neither throws nor warns', async () => {
    const warnings = await captureWarnings(() => {
      defineElement('trust-change', TrustChange);
      defineElement('trust-change', class extends TrustChange {});
    });
    expect(customElements.get('trust-change')).to.equal(TrustChange);
    expect(document.createElement('trust-change')).to.be.instanceOf(TrustChange);
    expect(warnings).to.deep.equal([]);
  });
});
