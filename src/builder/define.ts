/** Registers `<trust-chart-builder>` (once: a second copy of the builder script steps aside). */
import { TrustChartBuilder } from './chart-builder.js';

export const BUILDER_TAG = 'trust-chart-builder';
if (!customElements.get(BUILDER_TAG)) customElements.define(BUILDER_TAG, TrustChartBuilder);
export { TrustChartBuilder };

declare global {
  interface HTMLElementTagNameMap {
    'trust-chart-builder': TrustChartBuilder;
  }
}
