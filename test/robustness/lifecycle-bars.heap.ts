import './harness/instrument.js';
import { lifecycleSuite } from './harness/lifecycle.js';

lifecycleSuite({
  tag: 'trust-bars',
  sheet: {
    series: ['2022', '2024'],
    rows: [
      { label: 'Worried', cells: [50, 57] },
      { label: 'Concerned', cells: [55, 60] },
      { label: 'Trained', cells: [5, 15] },
    ],
  },
});
