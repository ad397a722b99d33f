import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import base from '../../web-test-runner.config.js';
import { countingReporter } from '../wtr-counting-reporter.js';
import { timingReporter } from '../wtr-timing-reporter.js';

/** A glob as wtr's config writes them (`**`, `*`, a leading `!`) as a regular expression for one path. */
function globToRegExp(glob) {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    // A NUL stands for `**/` while single stars are rewritten: no path contains one.
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*/g, '[^/]*')
    // eslint-disable-next-line no-control-regex
    .replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${source}$`);
}

/** The files of `only` that `patterns` (a glob or a list, `!` to exclude) select. */
function selected(patterns, only) {
  const list = [patterns].flat();
  const include = list.filter((p) => !p.startsWith('!')).map(globToRegExp);
  const exclude = list.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1).replace(/\/\*\*$/, '/**/*')));
  return only.filter((file) => include.some((re) => re.test(file)) && !exclude.some((re) => re.test(file)));
}

/** Every file under test/ that `patterns` select, as project paths, in a stable order. */
const testFiles = (patterns) =>
  selected(
    patterns,
    readdirSync('test', { recursive: true })
      .map((name) => `test/${String(name).split('\\').join('/')}`)
      .sort(),
  );

/**
 * Seconds each test file took in `engine` in a measured run (scripts/engines/file-seconds.json, written from
 * .test-results/timings-<engine>.json by `node scripts/engines/file-seconds.mjs <engine>…`), for sharing files out.
 */
function fileSeconds(engine) {
  const path = new URL('./file-seconds.json', import.meta.url);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8'))[engine] ?? {}) : {};
}

/**
 * Test files split into `count` shares of about equal time. `units` are lists of files that run one after another
 * (a single file, or a group with a browser of its own, which starts when one of the shares is done): the longest
 * unit first, each to the share with the least time so far, so two fuzzing files of a minute each go to different
 * browsers. A file with no measured time counts as the median file; the split depends only on the lists and the
 * measured seconds, so it is the same on every run.
 */
export function balancedShares(units, count, seconds) {
  const known = Object.values(seconds).sort((a, b) => a - b);
  const typical = known.length ? known[Math.floor(known.length / 2)] : 1;
  const cost = (unit) => unit.reduce((sum, file) => sum + (seconds[file] ?? typical), 0);
  const shares = Array.from({ length: count }, () => ({ files: [], seconds: 0 }));
  for (const unit of [...units].sort((a, b) => cost(b) - cost(a) || (a[0] < b[0] ? -1 : 1))) {
    const share = shares.reduce((least, next) => (next.seconds < least.seconds ? next : least));
    share.files.push(...unit);
    share.seconds += cost(unit);
  }
  return shares.map((share) => new Set(share.files));
}

/**
 * The project's test-runner config for one engine: the same files, routes and plugins, in `browsers`, with counts,
 * engine skips and crashed files in .test-results/wtr-<engine>.json (read by scripts/test.mjs), and where the time went,
 * per file, in .test-results/timings-<engine>.json.
 * - `heap`: keep the robustness-heap group (gc() and performance.memory exist in Chromium only).
 * - `concurrency`: test pages at a time in one browser; 1 unless the engine opens each in a window of its own (a
 *   background tab stalls requestAnimationFrame) and emulates media features per page (Firefox's are preferences
 *   of the whole browser, WebKit's a setting of its display).
 * - `moreBrowsers`: further browsers of the same engine, each with a share of the test files (shares of about equal
 *   time, by balancedShares) and one page at a time; each is a process with its own profile or display, so two pages
 *   run at once without sharing the media features one of them emulates. The robustness group's files are shared out
 *   too. WTR_ONE_BROWSER=1 runs every file in the first browser, as before (for a machine too busy for two).
 * - WTR_ONLY_FILES (comma-separated paths): run just those files, each in the group it belongs to; scripts/test.mjs
 *   uses it to run a file again after a browser crash.
 * Firefox and WebKit start slower than Chromium (WebKit also starts a display and a driver), hence the timeouts.
 */
export function engineConfig(engine, browsers, { heap = false, concurrency = 1, moreBrowsers = [] } = {}) {
  let files = base.files;
  let groups = base.groups.filter((group) => heap || group.name !== 'robustness-heap');
  const only = process.env.WTR_ONLY_FILES?.split(',').filter(Boolean);
  if (only) {
    files = selected(base.files, only);
    groups = groups.map((group) => ({ ...group, files: selected(group.files, only) })).filter((group) => group.files.length > 0);
  }
  if (process.env.WTR_ONE_BROWSER === '1') moreBrowsers = [];
  if (moreBrowsers.length > 0) {
    // Each browser gets a share of about equal time, in each group of its own (the robustness group too, so that its
    // long fuzzing files are shared out as well). A group with browsers of its own stays whole, and starts once a
    // share is done (no more browsers at once than the engine's own): its time counts towards that share.
    const all = testFiles(files);
    const units = [...all, ...groups.flatMap((group) => (group.browsers ? [] : testFiles(group.files)))].map((file) => [file]);
    units.push(...groups.filter((group) => group.browsers).map((group) => testFiles(group.files)));
    const shares = balancedShares(units, moreBrowsers.length + 1, fileSeconds(engine));
    const share = (list, index) => list.filter((file) => shares[index].has(file));
    files = share(all, 0);
    groups = [
      ...moreBrowsers.map((browser, i) => ({ name: `${engine}-${i + 2}`, files: share(all, i + 1), browsers: [browser] })),
      ...groups.flatMap((group) => {
        if (group.browsers) return [group];
        const own = testFiles(group.files);
        return [
          { ...group, files: share(own, 0) },
          ...moreBrowsers.map((browser, i) => ({ ...group, name: `${group.name}-${i + 2}`, files: share(own, i + 1), browsers: [browser] })),
        ];
      }),
    ].filter((group) => group.files.length > 0);
  }
  return {
    ...base,
    // No default group when none of its files is asked for: wtr refuses a group with an empty file list.
    files: files.length > 0 ? files : undefined,
    browsers,
    concurrency,
    // One browser per share at once: a group with a browser of its own waits for a share to finish (see above).
    concurrentBrowsers: Math.max(base.concurrentBrowsers ?? 2, 1 + moreBrowsers.length),
    groups,
    reporters: [
      defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
      countingReporter({ file: `.test-results/wtr-${engine}.json` }),
      timingReporter({ file: `.test-results/timings-${engine}.json` }),
    ],
    browserStartTimeout: 60_000,
    testsStartTimeout: 60_000,
    // Firefox and WebKit run the suite 15–45 % slower than Chromium; a fuzzing file takes 1–2 minutes in Chromium.
    testsFinishTimeout: Math.max(base.testsFinishTimeout ?? 120_000, 240_000),
  };
}
