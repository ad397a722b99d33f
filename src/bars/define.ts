import { defineElement } from '../core/define.js';
import { TrustBars } from './trust-bars.js';

defineElement('trust-bars', TrustBars);

export { TrustBars };
