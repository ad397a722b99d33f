/**
 * Fieldwork dates in British English are written without Intl (src/core/format/fieldwork.ts: the page's first
 * Intl.DateTimeFormat costs 20–40 ms in Chromium). What they write must be what Node's Intl writes, character for
 * character (thin spaces round the dash included): the pre-renderer runs in Node, and its pages must not change.
 * The same for a trend's waves written as months and days ("Sept 2024", "15 Mar 2024": src/trend/waves.ts).
 * Reads the compiled modules in dist/ (FIELDWORK_DIST=<dir> to test another build).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = resolve(root, process.env.FIELDWORK_DIST || 'dist');
const { formatFieldwork } = await import(pathToFileURL(resolve(dist, 'core/format/fieldwork.js')).href);
const { displayWave, parseWave } = await import(pathToFileURL(resolve(dist, 'trend/waves.js')).href);

const iso = (year, month, day) =>
  [String(year).padStart(4, '0'), month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0')].filter(Boolean).join('-');
const utc = (year, month = 1, day = 1) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
};
const intl = (precision) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision !== 'year' ? { month: 'long' } : {}),
    ...(precision === 'day' ? { day: 'numeric' } : {}),
  });

/** Dates across years, months and days, at each precision. */
const dates = [];
for (const year of [999, 1000, 2023, 2024])
  for (const month of [undefined, 1, 3, 12])
    for (const day of month ? [undefined, 1, 15, 31] : [undefined]) {
      const date = utc(year, month, day);
      if (day && date.getUTCDate() !== day) continue;
      dates.push({ text: iso(year, month, day), date, precision: day ? 'day' : month ? 'month' : 'year' });
    }

test('a single date is written as Intl.DateTimeFormat("en-GB") writes it', () => {
  for (const { text, date, precision } of dates) assert.equal(formatFieldwork(text, 'en-GB'), intl(precision).format(date), text);
});

test('a range is written as Intl.DateTimeFormat("en-GB").formatRange writes it, thin spaces included', () => {
  let checked = 0;
  for (const from of dates)
    for (const to of dates) {
      if (to.date < from.date) continue;
      const precision = from.precision === to.precision ? from.precision : 'day';
      const text = `${from.text}/${to.text}`;
      assert.equal(formatFieldwork(text, 'en-GB'), intl(precision).formatRange(from.date, to.date), text);
      checked++;
    }
  assert.ok(checked > 500, `${checked} ranges`);
});

test('a trend wave is written as Intl.DateTimeFormat("en-GB") writes it, short months ("Sept") included', () => {
  const short = (precision) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'short', ...(precision === 'day' ? { day: 'numeric' } : {}) });
  let checked = 0;
  for (const year of [999, 1000, 2024, 9999])
    for (let month = 1; month <= 12; month++)
      for (const day of [undefined, 1, 9, 10, 28, 31]) {
        const date = utc(year, month, day);
        if (day && date.getUTCDate() !== day) continue;
        const text = iso(year, month, day);
        assert.equal(displayWave(text, parseWave(text), 'en-GB'), short(day ? 'day' : 'month').format(date), text);
        checked++;
      }
  assert.ok(checked > 200, `${checked} waves`);
});
