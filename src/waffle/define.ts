import { defineElement } from '../core/define.js';
import { TrustWaffle } from './trust-waffle.js';

defineElement('trust-waffle', TrustWaffle);

export { TrustWaffle };
