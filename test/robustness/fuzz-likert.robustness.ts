import fc from 'fast-check';
import '../../src/index.js';
import { fuzzWidget } from './harness/fuzz-widget.js';

fuzzWidget('trust-likert', {
  // Answers on a scale: three to seven series of shares.
  shape: { series: [3, 7], rows: [1, 4], value: fc.integer({ min: 0, max: 40 }) },
  hugeDoor: 'attribute-compact',
  rowLimit: 500,
});
