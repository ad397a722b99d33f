/**
 * scripts/engines/engine-config.js shares an engine's test files out to its browsers by measured time
 * (balancedShares): the slow fuzzing files must land in different browsers, a group with a browser of its own stays
 * whole, and the split is the same on every run.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { balancedShares } from '../../scripts/engines/engine-config.js';

const sorted = (share) => [...share].sort();

test('the two slowest files go to different browsers, and the shares come out near equal', () => {
  const seconds = { 'fuzz-bars': 90, 'fuzz-trend': 60, 'fuzz-likert': 36, a: 20, b: 20, c: 10, d: 5 };
  const shares = balancedShares(
    Object.keys(seconds).map((file) => [file]),
    2,
    seconds,
  );
  assert.equal(shares.length, 2);
  const [first, second] = shares;
  assert.notEqual(first.has('fuzz-bars'), first.has('fuzz-trend'), 'fuzz-bars and fuzz-trend share a browser');
  const total = (share) => [...share].reduce((sum, file) => sum + seconds[file], 0);
  assert.deepEqual([total(first), total(second)].sort(), [120, 121]);
  assert.equal(first.size + second.size, 7, 'every file runs once');
});

test('a file never measured counts as the median file; a group of files stays in one share', () => {
  const seconds = { a: 10, b: 30, c: 50 };
  const shares = balancedShares([['a'], ['b'], ['c'], ['new-1'], ['heap-1', 'heap-2']], 2, seconds);
  // The group first (60: each unmeasured file the median, 30), then c (50) to the other share; b and new-1 (30 each)
  // to whichever has less so far, then a: 90 seconds each.
  assert.deepEqual(shares.map(sorted), [
    ['heap-1', 'heap-2', 'new-1'],
    ['a', 'b', 'c'],
  ]);
});

test('the same lists and times give the same split, whatever order the files come in', () => {
  const seconds = { a: 5, b: 5, c: 5, d: 5 };
  const forwards = balancedShares([['a'], ['b'], ['c'], ['d']], 2, seconds).map(sorted);
  const backwards = balancedShares([['d'], ['c'], ['b'], ['a']], 2, seconds).map(sorted);
  assert.deepEqual(forwards, backwards);
});
