import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { TrustLikert } from '../../src/likert/trust-likert.js';
import '../../src/likert/define.js';
import { captureWarnings } from '../helpers/widget.js';

describe('guarded registration of <trust-likert>', () => {
  it('loading the registration twice defines the tag once, without an error or a warning', async () => {
    const warnings = await captureWarnings(() => {
      defineElement('trust-likert', TrustLikert);
      defineElement('trust-likert', class extends TrustLikert {});
    });
    expect(customElements.get('trust-likert')).to.equal(TrustLikert);
    expect(warnings).to.deep.equal([]);
  });

  it('creates the element from markup with its own attributes observed', () => {
    const observed = (customElements.get('trust-likert') as typeof TrustLikert).observedAttributes;
    expect(observed).to.include.members(['positive', 'neutral', 'dont-know', 'show-net', 'series', 'data']);
    expect(document.createElement('trust-likert')).to.be.instanceOf(TrustLikert);
  });
});
