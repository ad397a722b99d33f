import { defineElement } from '../core/define.js';
import { TrustDashboard } from './trust-dashboard.js';

defineElement('trust-dashboard', TrustDashboard);

export { TrustDashboard };
