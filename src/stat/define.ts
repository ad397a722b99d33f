import { defineElement } from '../core/define.js';
import { TrustStat } from './trust-stat.js';

defineElement('trust-stat', TrustStat);

export { TrustStat };
