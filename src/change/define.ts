import { defineElement } from '../core/define.js';
import { TrustChange } from './trust-change.js';

defineElement('trust-change', TrustChange);

export { TrustChange };
