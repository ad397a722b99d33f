import './harness/instrument.js';
import { lifecycleSuite } from './harness/lifecycle.js';

lifecycleSuite({
  tag: 'trust-likert',
  sheet: {
    series: ['Agree', 'Neither', 'Disagree'],
    rows: [
      { label: 'NHS staff', cells: [40, 20, 40] },
      { label: 'UK public', cells: [30, 30, 40] },
    ],
  },
});
