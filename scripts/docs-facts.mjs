#!/usr/bin/env node
/**
 * `npm run docs`: writes the facts the docs state from where they are decided, so that no two pages can disagree.
 *
 * The docs mark each generated passage with a pair of comments, `<!-- generated:NAME … -->` … `<!-- /generated:NAME -->`,
 * and this script rewrites what lies between them (the prose around them is written by hand):
 * - sizes (README), cdn-sizes (docs/embed.md), resize-size, inline-css-size: from the `$measured` figures in
 *   size-budget.json, which this script first refreshes by measuring the build (dist/, or --dist <dir>);
 * - attributes:<tag> and attributes:shared, parts:shared and parts:widgets: from custom-elements.json (written by
 *   `npm run build` from the JSDoc in src/; or --manifest <file>);
 * - preload-heights: from src/embed/preload.css;
 * - speed: from bench/RESULTS.md, which `npm run bench` writes.
 *
 * `node scripts/docs-facts.mjs --check` changes nothing and exits 1 if a passage is out of date. The docs test
 * (test/node/docs.test.mjs) does the same check from size-budget.json, never from a fresh measurement, so a commit
 * that changes the bundle does not make it fail; only the size budget test measures the build.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BUDGET_FILE, measureDist, readSizeBudget } from './sizes.mjs';

/** The order widgets are presented in throughout the docs. */
const WIDGET_ORDER = ['trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert', 'trust-trend'];

/** Every file that may hold a generated passage. */
export function docFiles(root = '.') {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

/** What the passages are written from. Reads files only: measuring the build is `refreshMeasuredSizes`. */
export function loadFacts(root = '.', { manifestPath = process.env.DOCS_MANIFEST ?? join(root, 'custom-elements.json') } = {}) {
  const { budgets, measured } = readSizeBudget(root);
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run npm run build first (it writes custom-elements.json from the JSDoc in src/)`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const preloadCss = readFileSync(join(root, 'src/embed/preload.css'), 'utf8');
  const benchResults = readFileSync(join(root, 'bench/RESULTS.md'), 'utf8');
  return { budgets, measured, manifest, preloadCss, benchResults };
}

// ---------------------------------------------------------------------------------------------------------------
// Sizes

const bytes = (n) => new Intl.NumberFormat('en-GB').format(n);
/** Whole kilobytes of 1,024 bytes, as the embed's size limits are given. */
const kilobytes = (n) => Math.round(n / 1024);
const kilobyteRange = (values) => {
  const low = kilobytes(Math.min(...values));
  const high = kilobytes(Math.max(...values));
  return low === high ? `${low} KB` : `${low}–${high} KB`;
};

/** The measured sizes, or an error saying how to get them. */
function measuredSizes(facts, files) {
  const sizes = facts.measured?.sizes ?? {};
  const missing = files.filter((file) => !sizes[file]);
  if (missing.length > 0) {
    throw new Error(`${BUDGET_FILE} has no measured size for ${missing.join(', ')}: build, then run npm run docs`);
  }
  return sizes;
}

const registers = (file) => {
  const name = file.split('/').pop().replace(/\.js$/, '');
  return name === 'public-trust-widgets' ? 'every widget' : `\`<${name}>\``;
};
// The charts' own files: the dashboard's file (trust-dashboard.js) draws no chart and is not "one widget".
const widgetScripts = (facts) => Object.keys(facts.budgets).filter((file) => /\/trust-[a-z]+\.js$/.test(file) && !file.endsWith('/trust-dashboard.js'));

/** README: what the CDN files cost, against their budgets. */
function sizesSummary(facts) {
  const files = Object.keys(facts.budgets);
  const sizes = measuredSizes(facts, files);
  const everything = files.find((file) => file.endsWith('/public-trust-widgets.js'));
  const oneWidget = widgetScripts(facts).map((file) => sizes[file].brotli);
  const rows = files.map((file) => `| \`${file}\` | ${registers(file)} | ${bytes(sizes[file].brotli)} | ${bytes(facts.budgets[file])} |`);
  return [
    `One widget costs about ${kilobyteRange(oneWidget)} of JavaScript over the wire (brotli; 1 KB = 1,024 bytes), Lit and`,
    `everything included; all six together, with the dashboard, about ${kilobyteRange([sizes[everything].brotli])}. Measured on ${facts.measured.on}:`,
    '',
    '| file | registers | brotli (bytes) | budget (bytes) |',
    '| --- | --- | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** docs/embed.md: every CDN script, minified, gzip and brotli. */
function cdnSizes(facts) {
  const files = Object.keys(facts.budgets);
  const sizes = measuredSizes(facts, files);
  const rows = files.map((file) => {
    const { min, gzip, brotli } = sizes[file];
    return `| \`${file.split('/').pop()}\` | ${registers(file)} | ${bytes(min)} | ${bytes(gzip)} | ${bytes(brotli)} |`;
  });
  return [
    `Sizes in bytes, measured on ${facts.measured.on}: minified, gzip -9 and brotli -q 11. They change as the widgets do;`,
    '`npm run build` prints the current ones.',
    '',
    '| file | registers | min | gzip | brotli |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** docs/embed.md: resize.js, in a sentence. */
function resizeSize(facts) {
  const file = 'dist/embed/resize.js';
  return `${bytes(measuredSizes(facts, [file])[file].min)} bytes`;
}

/** docs/pre-render.md: the CSS one inline-styled widget carries (the shared rules plus its own). */
function inlineCssSize(facts) {
  const shared = 'dist/cdn/public-trust-widgets.css';
  const own = widgetScripts(facts).map((file) => file.replace(/\.js$/, '.css'));
  const sizes = measuredSizes(facts, [shared, ...own]);
  return `about ${kilobyteRange(own.map((file) => sizes[shared].min + sizes[file].min))}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The public API, from custom-elements.json

/** The base class (shared attributes and parts) and each widget, in the docs' order. */
function declarations(manifest) {
  const all = manifest.modules.flatMap((module) => module.declarations ?? []);
  const shared = all.find((declaration) => declaration.name === 'TrustElement');
  const rank = (tag) => (WIDGET_ORDER.includes(tag) ? WIDGET_ORDER.indexOf(tag) : WIDGET_ORDER.length);
  const widgets = all.filter((declaration) => declaration.tagName).sort((a, b) => rank(a.tagName) - rank(b.tagName));
  if (!shared) throw new Error('custom-elements.json has no TrustElement declaration');
  return { shared, widgets };
}

function declarationFor(manifest, which) {
  const { shared, widgets } = declarations(manifest);
  const declaration = which === 'shared' ? shared : widgets.find((widget) => widget.tagName === which);
  if (!declaration) throw new Error(`custom-elements.json has no <${which}>`);
  return declaration;
}

/**
 * JSDoc as one line of a table cell: JSDoc wraps its lines, a `|` would end the cell, and a tag outside backticks
 * (`a <details> element`) would be read as HTML.
 */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]*`)/)
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(/</g, '&lt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .trim();

/** A widget's own attributes (`attributes:trust-bars`) or every widget's (`attributes:shared`). */
function attributeTable(facts, which) {
  const declaration = declarationFor(facts.manifest, which);
  const rows = (declaration.attributes ?? [])
    .filter((attribute) => !attribute.inheritedFrom)
    .map((attribute) => {
      const onOff = attribute.type?.text === 'boolean' ? ` On when present, off when absent: write \`${attribute.name}\` alone.` : '';
      return `| \`${attribute.name}\` | ${cell(attribute.description)}${onOff} |`;
    });
  return ['| Attribute | What it does |', '| --- | --- |', ...rows].join('\n');
}

/** The parts every widget has (`parts:shared`), or each widget's own (`parts:widgets`). */
function partsTable(facts, which) {
  const { shared, widgets } = declarations(facts.manifest);
  if (which === 'shared') {
    const rows = (shared.cssParts ?? []).map((part) => `| \`${part.name}\` | ${cell(part.description)} |`);
    return ['| Part | What it is |', '| --- | --- |', ...rows].join('\n');
  }
  const rows = widgets.flatMap((widget) =>
    (widget.cssParts ?? []).filter((part) => !part.inheritedFrom).map((part) => `| \`<${widget.tagName}>\` | \`${part.name}\` | ${cell(part.description)} |`),
  );
  return ['| Widget | Part | What it is |', '| --- | --- | --- |', ...rows].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// preload.css

/** docs/embed.md: the height preload.css reserves for each widget, on wide and narrow screens. */
function preloadHeights(facts) {
  const css = facts.preloadCss;
  // The rule at the start of a line, not the example in the header comment.
  const narrow = /^@media \(max-width: ([^)]+)\)/m.exec(css);
  const narrowAt = narrow?.index ?? -1;
  const breakpoint = narrow?.[1];
  const heights = (part) =>
    Object.fromEntries([...part.matchAll(/(trust-[a-z]+):not\(:defined\)[^{]*\{\s*--_trust-preload-typical:\s*([^;]+);/g)].map((m) => [m[1], m[2]]));
  if (narrowAt < 0) throw new Error('src/embed/preload.css: no @media (max-width: …) rule for narrow screens');
  const wide = heights(css.slice(0, narrowAt));
  const narrowHeights = heights(css.slice(narrowAt));
  if (Object.keys(wide).length === 0) throw new Error('src/embed/preload.css: no typical heights found');
  const rows = WIDGET_ORDER.filter((tag) => wide[tag]).map((tag) => `| \`${tag}\` | ${wide[tag]} | ${narrowHeights[tag] ?? wide[tag]} |`);
  return [`| widget | typical height reserved | on screens up to ${breakpoint} wide |`, '| --- | ---: | ---: |', ...rows].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Passages

/** Each passage: how to write it, what it is written from, and whether it sits inside a sentence. */
// ---------------------------------------------------------------------------------------------------------------
// Speed

/** One library's row of the results table in bench/RESULTS.md, by column heading. */
function benchRow(results, library) {
  const rows = results.split('\n').filter((line) => line.startsWith('| '));
  const cells = (line) => line.slice(2, -2).split(' | ');
  const headings = cells(rows[0] ?? '');
  const row = rows.find((line) => cells(line)[0] === library);
  if (!row) throw new Error(`bench/RESULTS.md has no row for ${library}: run npm run bench`);
  return Object.fromEntries(cells(row).map((cell, i) => [headings[i], cell.replace(/ \(.*\)$/, '')]));
}

/** The last benchmark's paint and resize times, ours against Chart.js and Frappe Charts. */
function speedSummary(facts) {
  const date = /Run with `npm run bench` on (\d{4}-\d{2}-\d{2})/.exec(facts.benchResults)?.[1] ?? 'an unknown date';
  const [ours, chartjs, frappe] = ['public-trust-widgets', 'Chart.js', 'Frappe Charts'].map((library) => benchRow(facts.benchResults, library));
  const paint = (count) => `${ours[`${count} (ms)`]} ms (Chart.js ${chartjs[`${count} (ms)`]}, Frappe Charts ${frappe[`${count} (ms)`]})`;
  return (
    `In the last run (${date}), one chart was painted in ${paint('1 chart')} and 100 charts in ${paint('100 charts')}; ` +
    `a resize re-lays a chart out in ${ours['resize to 360 px (ms)']} ms (Frappe Charts ${frappe['resize to 360 px (ms)']}; one frame is about 16 ms).`
  );
}

const WRITERS = {
  sizes: { write: sizesSummary, from: BUDGET_FILE },
  'cdn-sizes': { write: cdnSizes, from: BUDGET_FILE },
  'resize-size': { write: resizeSize, inline: true },
  'inline-css-size': { write: inlineCssSize, inline: true },
  attributes: { write: attributeTable, from: 'custom-elements.json (the JSDoc in src/)' },
  parts: { write: partsTable, from: 'custom-elements.json (the JSDoc in src/)' },
  'preload-heights': { write: preloadHeights, from: 'src/embed/preload.css' },
  speed: { write: speedSummary, inline: true },
};

/** A generated passage in its markers, as `npm run docs` writes it. */
export function renderRegion(name, facts) {
  const [kind, argument] = name.split(':');
  const writer = WRITERS[kind];
  if (!writer) throw new Error(`unknown generated passage "${name}" (known: ${Object.keys(WRITERS).join(', ')})`);
  const body = writer.write(facts, argument);
  if (writer.inline) return `<!-- generated:${name} -->${body}<!-- /generated:${name} -->`;
  return `<!-- generated:${name} · npm run docs writes this from ${writer.from}: edit that, not this -->\n\n${body}\n\n<!-- /generated:${name} -->`;
}

const REGION = /<!-- generated:([\w:-]+)[^>]*-->[\s\S]*?<!-- \/generated:\1 -->/g;

/** Every generated passage in a text: its name and the text as it stands, markers included. */
export function regionsIn(text) {
  return [...text.matchAll(REGION)].map((match) => ({ name: match[1], text: match[0] }));
}

/** The text with every generated passage rewritten. */
export function rewrite(text, facts) {
  return text.replace(REGION, (_whole, name) => renderRegion(name, facts));
}

/**
 * Measures the build and records its sizes under `$measured` in size-budget.json. The date moves only when a
 * figure changed, so running `npm run docs` twice on one build changes nothing.
 */
export function refreshMeasuredSizes(root, distDir, today = new Date().toISOString().slice(0, 10)) {
  const sizes = measureDist(distDir);
  if (!sizes) return `no build in ${distDir}/cdn: kept the sizes measured on ${readSizeBudget(root).measured?.on ?? 'no date'}`;
  const { json } = readSizeBudget(root);
  const unchanged = JSON.stringify(json.$measured?.sizes) === JSON.stringify(sizes);
  if (unchanged) return `sizes in ${distDir} unchanged since ${json.$measured.on}`;
  json.$measured = {
    $comment: 'Written by npm run docs from the last build; the docs quote these figures. The budgets are the numbers above.',
    on: today,
    sizes,
  };
  writeFileSync(join(root, BUDGET_FILE), `${JSON.stringify(json, null, 2)}\n`);
  const over = Object.entries(readSizeBudget(root).budgets).filter(([file, budget]) => sizes[file] && sizes[file].brotli > budget);
  const warning = over.map(([file, budget]) => `\n  ${file} is ${sizes[file].brotli} bytes brotli, over its budget of ${budget}`).join('');
  return `measured ${Object.keys(sizes).length} files in ${distDir} on ${today}${warning}`;
}

async function main() {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, dist: { type: 'string', default: 'dist' }, manifest: { type: 'string' } },
  });
  if (!values.check) console.log(`docs: ${refreshMeasuredSizes('.', values.dist)}`);
  const facts = loadFacts('.', values.manifest ? { manifestPath: values.manifest } : undefined);
  const stale = [];
  for (const file of docFiles('.')) {
    const text = readFileSync(file, 'utf8');
    const written = rewrite(text, facts);
    if (written === text) continue;
    stale.push(file);
    if (!values.check) writeFileSync(file, written);
  }
  if (values.check) {
    if (stale.length > 0) {
      console.error(`docs: out of date: ${stale.join(', ')}. Run npm run docs.`);
      process.exitCode = 1;
    } else console.log('docs: every generated passage is up to date');
  } else console.log(stale.length > 0 ? `docs: rewrote ${stale.join(', ')}` : 'docs: every generated passage was already up to date');
}

// Run as a script (not when the docs test imports it).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
