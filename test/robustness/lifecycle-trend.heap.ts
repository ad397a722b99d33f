import './harness/instrument.js';
import { lifecycleSuite } from './harness/lifecycle.js';

lifecycleSuite({
  tag: 'trust-trend',
  sheet: {
    series: ['New technologies', 'Both systems'],
    rows: [
      { label: '2020', cells: [5, 47] },
      { label: '2022', cells: [10, 42] },
      { label: '2024', cells: [15, 39] },
    ],
  },
});
