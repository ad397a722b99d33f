import './harness/instrument.js';
import { lifecycleSuite } from './harness/lifecycle.js';

lifecycleSuite({
  tag: 'trust-stat',
  sheet: { series: ['2024'], rows: [{ label: 'UK adults worried about cyber-attacks', cells: [57] }] },
  own: [
    ['value', '57'],
    ['previous', '47'],
    ['previous-label', '2022'],
  ],
});
