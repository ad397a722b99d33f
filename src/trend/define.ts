import { defineElement } from '../core/define.js';
import { TrustTrend } from './trust-trend.js';

defineElement('trust-trend', TrustTrend);

export { TrustTrend };
