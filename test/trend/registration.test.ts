import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { TrustTrend } from '../../src/trend/trust-trend.js';
import '../../src/trend/define.js';
import { captureWarnings } from '../helpers/widget.js';

describe('guarded registration of <trust-trend>', () => {
  it('registers <trust-trend> from define.ts and re-exports the class', async () => {
    const module = await import('../../src/trend/define.js');
    expect(module.TrustTrend).to.equal(TrustTrend);
    expect(customElements.get('trust-trend')).to.equal(TrustTrend);
  });

  it('loading the registration twice defines the tag once without an error or a warning', async () => {
    const warnings = await captureWarnings(() => {
      defineElement('trust-trend', TrustTrend);
      defineElement('trust-trend', class extends TrustTrend {});
    });
    expect(customElements.get('trust-trend')).to.equal(TrustTrend);
    expect(warnings).to.deep.equal([]);
  });
});
