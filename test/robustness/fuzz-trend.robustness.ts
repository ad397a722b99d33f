import fc from 'fast-check';
import '../../src/index.js';
import { fuzzWidget } from './harness/fuzz-widget.js';

fuzzWidget('trust-trend', {
  // Rows are survey waves.
  shape: {
    series: [1, 3],
    rows: [2, 8],
    value: fc.integer({ min: 0, max: 100 }),
    labels: ['2015', '2016', '2018', '2019', '2020', '2021', '2022', '2023', '2024', 'Spring 2020', '2020-03', '2024-03-15'],
  },
  hugeDoor: 'attribute-json',
  rowLimit: 5000,
});
