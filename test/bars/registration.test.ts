import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { TrustBars } from '../../src/bars/trust-bars.js';
import '../../src/bars/define.js';
import { captureWarnings } from '../helpers/widget.js';

describe('guarded registration of <trust-bars>', () => {
  it('loading the registration twice defines the tag once without an error or a warning', async () => {
    const warnings = await captureWarnings(() => {
      defineElement('trust-bars', TrustBars);
      // A second copy of the module (another script tag of the same version) is another class with the same version.
      defineElement('trust-bars', class extends TrustBars {});
    });
    expect(customElements.get('trust-bars')).to.equal(TrustBars);
    expect(warnings).to.deep.equal([]);
  });

  it('a second copy of another version is skipped with a warning naming both versions', async () => {
    const other = class extends TrustBars {
      static override readonly version = '0.0.1-other';
    };
    const warnings = await captureWarnings(() => {
      expect(() => defineElement('trust-bars', other)).not.to.throw();
      defineElement('trust-bars', other);
    });
    expect(customElements.get('trust-bars')).to.equal(TrustBars);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`version ${TrustBars.version}`).and.to.contain('version 0.0.1-other');
  });
});
