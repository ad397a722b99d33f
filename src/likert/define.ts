import { defineElement } from '../core/define.js';
import { TrustLikert } from './trust-likert.js';

defineElement('trust-likert', TrustLikert);

export { TrustLikert };
