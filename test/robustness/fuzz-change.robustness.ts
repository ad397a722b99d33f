import fc from 'fast-check';
import '../../src/index.js';
import { fuzzWidget } from './harness/fuzz-widget.js';

fuzzWidget('trust-change', {
  // Before and after: two series.
  shape: { series: [2, 2], rows: [1, 8], value: fc.integer({ min: 0, max: 100 }) },
  hugeDoor: 'table',
  rowLimit: 500,
});
