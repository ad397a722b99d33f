import './harness/instrument.js';
import { lifecycleSuite } from './harness/lifecycle.js';

lifecycleSuite({
  tag: 'trust-change',
  sheet: {
    series: ['2022', '2024'],
    rows: [
      { label: 'Trained on new technologies', cells: [5, 15] },
      { label: 'Trained on both', cells: [47, 39] },
    ],
  },
});
