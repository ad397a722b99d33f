/**
 * Sizes of the files browsers download, measured one way everywhere: the size-budget test, `npm run docs` (which
 * copies them into the docs) and anything else that quotes a size. Brotli at quality 11 and gzip at level 9, as a
 * CDN would serve them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The file holding each CDN file's brotli budget and, under `$measured`, the sizes the docs quote. */
export const BUDGET_FILE = 'size-budget.json';

/** Bytes as built (minified), gzip -9 and brotli -q 11. */
export function measureBytes(bytes) {
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
}

/** @param {string} path */
export function measureFile(path) {
  return measureBytes(readFileSync(path));
}

/**
 * The budget file split into its two parts: `budgets` (file → brotli bytes it may reach; keys starting with `$`
 * are not budgets) and `measured` ({ on: 'YYYY-MM-DD', sizes: { file: { min, gzip, brotli } } }, or undefined).
 */
export function readSizeBudget(root = '.') {
  const json = JSON.parse(readFileSync(join(root, BUDGET_FILE), 'utf8'));
  const budgets = Object.fromEntries(Object.entries(json).filter(([file]) => !file.startsWith('$')));
  return { json, budgets, measured: json.$measured };
}

/**
 * Every file the docs may quote a size for, named as in the package (`dist/cdn/…`), found under `distDir` (the
 * build, or a copy of it): the CDN scripts and stylesheets and the iframe embed's resize.js.
 */
export function measureDist(distDir = 'dist') {
  const sizes = {};
  const cdn = join(distDir, 'cdn');
  if (!existsSync(cdn)) return undefined;
  const names = readdirSync(cdn).filter((name) => /\.(js|css)$/.test(name));
  for (const name of names.sort()) sizes[`dist/cdn/${name}`] = measureFile(join(cdn, name));
  const resize = join(distDir, 'embed', 'resize.js');
  if (existsSync(resize)) sizes['dist/embed/resize.js'] = measureFile(resize);
  return sizes;
}
