import fc from 'fast-check';
import '../../src/index.js';
import { fuzzWidget } from './harness/fuzz-widget.js';
import { numberText } from './harness/hostile.js';

const figure = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }).map(String) }, { weight: 1, arbitrary: numberText() });

fuzzWidget('trust-stat', {
  shape: { series: [1, 2], rows: [1, 1], value: fc.integer({ min: 0, max: 100 }) },
  // Its own data: value, and a previous figure to compare with.
  own: fc
    .tuple(figure, fc.option(figure, { nil: undefined }))
    .map(([value, previous]) => [['value', value], ...(previous === undefined ? [] : [['previous', previous] as [string, string]])]),
  hugeDoor: 'attribute-compact',
});
