/**
 * Golden snapshots of every widget's drawing (issue 10): each case of test/fixtures/snapshots/cases.mjs is
 * pre-rendered with renderToString, made readable (one element per line, Lit's markers removed, numbers rounded to 2
 * decimals, the stylesheet named instead of repeated) and compared with its golden file in test/snapshots/. The
 * stylesheets have goldens of their own (test/snapshots/styles/), so a CSS change is reviewed too.
 *
 * On a mismatch the new drawing is written next to the golden as <name>-changed.html and the test fails with the first
 * differing lines. To accept: UPDATE_SNAPSHOTS=1 node --test test/node/snapshots.test.mjs (see test/snapshots/README.md).
 * SNAPSHOT_DIST=<dir> renders with another compiled copy of the library instead of dist/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFragment } from 'parse5';
import { CASES } from '../fixtures/snapshots/cases.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SNAPSHOTS = join(root, 'test/snapshots');
const dist = resolve(root, process.env.SNAPSHOT_DIST || 'dist');
const { renderToString, widgetStylesheets } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);

const flag = (name) => Boolean(process.env[name]) && process.env[name] !== '0' && process.env[name] !== 'false';
const CI = flag('CI');
/** Accepting changes: never on CI, where a golden that is missing or different is a failure. */
const UPDATE = flag('UPDATE_SNAPSHOTS') && !CI;
const ACCEPT = 'UPDATE_SNAPSHOTS=1 node --test test/node/snapshots.test.mjs';

// ---------------------------------------------------------------------------------------------------------------
// Normalising: markup made readable, with nothing but the drawing in it.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Lit's hydration markers (`<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node 3-->`, and `<?>`, read as a comment). */
const isLitMarker = (comment) => /^\/?lit-(part|node|attr)\b/.test(comment) || comment === '?';
/** More than 2 decimals is float noise from layout arithmetic (130.84799999999998): the drawing is the same at 2. */
const roundNumbers = (text) => text.replace(/\d+\.\d{3,}/g, (number) => String(+Number(number).toFixed(2)));
/** HTML whitespace only: a no-break space is content, and is shown as &nbsp; so a diff can see it. */
const collapse = (text) => text.replace(/[ \t\n\r\f]+/g, ' ');
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };
const escapeText = (text) => text.replace(/[&<>\u00a0]/g, (character) => ENTITIES[character]);
const escapeAttribute = (text) => text.replace(/[&"\u00a0]/g, (character) => ENTITIES[character]);

/** `nodes` without Lit's markers, the texts they separated joined again ("Source: " and "BT research"). */
function withoutLitMarkers(nodes) {
  const kept = [];
  for (const node of nodes) {
    if (node.nodeName === '#comment' && isLitMarker(node.data)) continue;
    const last = kept.at(-1);
    if (node.nodeName === '#text' && last?.nodeName === '#text') kept[kept.length - 1] = { nodeName: '#text', value: last.value + node.value };
    else kept.push(node);
  }
  return kept;
}

/**
 * Pretty-prints parsed markup, one element per line, two spaces per level. An element holding only text stays on one
 * line. Text is whitespace-collapsed and trimmed, so a space where inline elements meet is not recorded: the price of
 * one element per line.
 */
function format(nodes, stylesheet, depth = 0) {
  const lines = [];
  const indent = '  '.repeat(depth);
  for (const node of withoutLitMarkers(nodes)) {
    if (node.nodeName === '#comment') {
      lines.push(`${indent}<!--${node.data}-->`);
    } else if (node.nodeName === '#text') {
      const text = collapse(node.value).trim();
      if (text) lines.push(indent + roundNumbers(escapeText(text)));
    } else if (node.tagName) {
      const attributes = node.attrs.map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${roundNumbers(escapeAttribute(value))}"`)).join('');
      const open = `<${node.tagName}${attributes}>`;
      if (VOID.has(node.tagName)) {
        lines.push(indent + open);
        continue;
      }
      if (node.tagName === 'style') {
        lines.push(`${indent}${open}${stylesheet(node.childNodes.map((child) => child.value).join(''))}</style>`);
        continue;
      }
      const inner = format(node.content ? node.content.childNodes : node.childNodes, stylesheet, depth + 1);
      if (inner.length === 0) lines.push(`${indent}${open}</${node.tagName}>`);
      else if (inner.length === 1 && !inner[0].trimStart().startsWith('<')) lines.push(`${indent}${open}${inner[0].trim()}</${node.tagName}>`);
      else lines.push(indent + open, ...inner, `${indent}</${node.tagName}>`);
    }
  }
  return lines;
}

const sheets = widgetStylesheets();
/** A shadow root's <style> is named, not repeated, when it is exactly the shared rules and then the widget's own. */
const stylesheetNamer = (tag) => (css) =>
  css === `${sheets.shared}\n${sheets.widgets.get(tag) ?? ''}` ? `/* styles/shared.css, then styles/${tag}.css */` : `\n${css}\n`;

function snapshotOf(tag, testCase, width) {
  const problems = [];
  const html = renderToString(testCase.html, { width, lang: testCase.lang, onProblem: (problem) => problems.push(problem) });
  const listed = problems.length ? problems.map(({ kind, message }) => `    ${kind}: ${message}`) : ['    none'];
  const header = [
    `  ${tag}, ${testCase.name}: ${testCase.about}`,
    `  Pre-rendered at ${width} px${testCase.lang ? `, page language ${testCase.lang}` : ''}. Problems reported:`,
    ...listed,
    `  Written by test/node/snapshots.test.mjs; to accept a change run ${ACCEPT}`,
  ].map((line) => line.replace(/--(?=>)/g, '-&#45;')); // a message cannot end the comment early
  const body = format(parseFragment(html).childNodes, stylesheetNamer(tag));
  return { text: `${['<!--', ...header, '-->', ...body].join('\n')}\n`, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing with the goldens.

const goldenName = (tag, testCase, width) => `${tag}/${testCase.name}-${width}.html`;
/** Every golden the cases produce, relative to test/snapshots/; anything else there is stale. */
const produced = new Set([
  'styles/shared.css',
  ...[...sheets.widgets.keys()].map((tag) => `styles/${tag}.css`),
  ...Object.entries(CASES).flatMap(([tag, cases]) => cases.flatMap((testCase) => testCase.widths.map((width) => goldenName(tag, testCase, width)))),
]);
const changedPath = (path) => path.replace(/(\.[a-z]+)$/, '-changed$1');
const isChangedFile = (path) => /-changed\.[a-z]+$/.test(path);

/** The first block of lines that differ, numbered as in each file, at most `limit` lines a side. */
function firstDifference(expected, actual, limit = 8) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const show = (lines, from, to, sign) => {
    const shown = lines.slice(from, Math.min(to, from + limit)).map((line, i) => `${sign} ${String(from + i + 1).padStart(4)} | ${line}`);
    if (to - from > limit) shown.push(`${sign}      | … ${to - from - limit} more lines`);
    return shown;
  };
  const heading = `@@ from line ${start + 1}: golden ${endA - start} lines, now ${endB - start} lines @@`;
  return [heading, ...show(a, start, endA, '-'), ...show(b, start, endB, '+')].join('\n');
}

function matchGolden(name, actual) {
  const golden = join(SNAPSHOTS, name);
  const changed = changedPath(golden);
  const expected = existsSync(golden) ? readFileSync(golden, 'utf8') : undefined;
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  if (UPDATE) {
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return;
  }
  mkdirSync(dirname(changed), { recursive: true });
  writeFileSync(changed, actual);
  const review = `The new drawing is in ${relative(root, changed)}. If the change is intended, accept it: ${ACCEPT}`;
  if (expected === undefined) assert.fail(`test/snapshots/${name} does not exist${CI ? ' (goldens are never created on CI)' : ''}. ${review}`);
  assert.fail(`test/snapshots/${name} differs from the drawing.\n${firstDifference(expected, actual)}\n${review}`);
}

// ---------------------------------------------------------------------------------------------------------------
// The tests.

test('UPDATE_SNAPSHOTS is not used on CI (a golden is accepted by a person, not by a build)', () => {
  assert.ok(!(CI && flag('UPDATE_SNAPSHOTS')), 'UPDATE_SNAPSHOTS is set on CI, where it is ignored: unset it, and commit goldens reviewed locally');
});

test('every widget has snapshot cases', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...sheets.widgets.keys()].sort());
});

describe('stylesheets', () => {
  test('styles/shared.css', () => matchGolden('styles/shared.css', `${sheets.shared}\n`));
  for (const [tag, css] of sheets.widgets) test(`styles/${tag}.css`, () => matchGolden(`styles/${tag}.css`, `${css}\n`));
});

for (const [tag, cases] of Object.entries(CASES)) {
  describe(tag, () => {
    for (const testCase of cases) {
      for (const width of testCase.widths) {
        const name = goldenName(tag, testCase, width);
        test(name, () => {
          const { text, problems } = snapshotOf(tag, testCase, width);
          matchGolden(name, text);
          // The case draws what its name says: a clean case reports nothing, an error case its error.
          const kinds = [...new Set(problems.map((problem) => problem.kind))].sort();
          const reported = problems.map((problem) => `${problem.kind}: ${problem.message}`).join(' | ');
          assert.deepEqual(kinds, testCase.problems ? [testCase.problems] : [], `${name} reported: ${reported || 'no problem'}`);
        });
      }
    }
  });
}

test('no stale goldens: every file in test/snapshots/ is produced by a case', () => {
  const files = readdirSync(SNAPSHOTS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(SNAPSHOTS, join(entry.parentPath ?? entry.path, entry.name)).replaceAll('\\', '/'))
    // images/ holds the golden static images of test/node/export-*.test.mjs, which keep their own.
    .filter((file) => file !== 'README.md' && !file.startsWith('images/') && !isChangedFile(file));
  const stale = files.filter((file) => !produced.has(file)).sort();
  if (UPDATE) {
    for (const file of stale) rmSync(join(SNAPSHOTS, file));
    return;
  }
  assert.deepEqual(stale, [], `goldens that no case produces (a case renamed or removed?): ${stale.join(', ')}. Delete them, or run ${ACCEPT}`);
});
