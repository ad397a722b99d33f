import fc from 'fast-check';
import '../../src/index.js';
import { fuzzWidget } from './harness/fuzz-widget.js';

fuzzWidget('trust-bars', {
  shape: { series: [1, 3], rows: [1, 10], value: fc.integer({ min: 0, max: 100 }) },
  hugeDoor: 'property',
  rowLimit: 1000,
});
