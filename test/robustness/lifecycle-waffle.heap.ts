import './harness/instrument.js';
import { lifecycleSuite } from './harness/lifecycle.js';

lifecycleSuite({
  tag: 'trust-waffle',
  sheet: {
    series: ['Trusts'],
    rows: [
      { label: 'No qualified staff', cells: [24] },
      { label: 'One', cells: [30] },
    ],
  },
  own: [
    ['value', '24'],
    ['of', '108'],
    ['label', 'trusts with no security-qualified staff'],
  ],
});
