import fc from 'fast-check';
import '../../src/index.js';
import { fuzzWidget } from './harness/fuzz-widget.js';
import { numberText } from './harness/hostile.js';

fuzzWidget('trust-waffle', {
  // Counts of a few categories that fit in the default whole of 100.
  shape: { series: [1, 1], rows: [1, 3], value: fc.integer({ min: 0, max: 30 }) },
  // Its own data: value, out of `of`.
  own: fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }).map(String) }, { weight: 1, arbitrary: numberText() }),
      fc.option(fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 1000 }).map(String) }, { weight: 1, arbitrary: numberText() }), { nil: undefined }),
    )
    .map(([value, of]) => [['value', value], ...(of === undefined ? [] : [['of', of] as [string, string]])]),
  hugeDoor: 'attribute-json',
  // No row limit: at most six categories, with the waffle's own message.
  drawsManyRows: false,
});
