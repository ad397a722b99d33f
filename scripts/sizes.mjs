/**
 * Sizes of the files browsers download, measured one way everywhere: the size-budget test, `npm run docs` (which
 * copies them into the docs) and anything else that quotes a size. Brotli at quality 11 and gzip at level 9, as a
 * CDN would serve them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

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
 * The modules a built ES module imports, as written: `static` (`import … from`, `export … from`) and `lazy`
 * (`import("…")`). Read from the parsed code, not by pattern, so that words inside strings never count.
 */
export function moduleImports(code) {
  const imports = { static: [], lazy: [] };
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== 'string') return;
    if (/^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(node.type) && node.source) imports.static.push(node.source.value);
    if (node.type === 'ImportExpression' && node.source.type === 'Literal') imports.lazy.push(node.source.value);
    for (const [key, value] of Object.entries(node)) if (key !== 'source' && value && typeof value === 'object') visit(value);
  };
  visit(parseAst(code).body);
  return imports;
}

/**
 * What a built file brings onto a page: `own`, the file and everything it imports statically (for a CDN file, itself
 * alone: scripts/build.mjs fails otherwise), and `lazy`, the chunks it may import later (the Welsh words on a Welsh
 * page) with their own static imports. Paths are relative to `root` ('dist/cdn/chunks/cy-….js'). A specifier that is
 * not relative (a bare `lit`) is listed as written.
 */
export function fileGraph(path, root = '.') {
  const own = [];
  const lazy = [];
  const walk = (file, into) => {
    const name = relative(root, file);
    if (own.includes(name) || lazy.includes(name)) return;
    into.push(name);
    const imports = moduleImports(readFileSync(file, 'utf8'));
    for (const specifier of imports.static) {
      if (specifier.startsWith('.')) walk(join(dirname(file), specifier), into);
      else if (!into.includes(specifier)) into.push(specifier);
    }
    for (const specifier of imports.lazy) if (specifier.startsWith('.')) walk(join(dirname(file), specifier), lazy);
  };
  walk(join(root, path), own);
  return { own, lazy };
}

/** The sizes of several files together: each measured alone (as a browser downloads each), then added up. */
export function measureFiles(paths) {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const size = measureFile(path);
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return total;
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
 * build, or a copy of it): the CDN scripts and stylesheets and the iframe embed's resize.js. A script counts with
 * everything it imports statically (nothing, for a CDN file); the lazy chunks (dist/cdn/chunks/) are not counted:
 * only the pages that need them load them.
 */
export function measureDist(distDir = 'dist') {
  const sizes = {};
  const cdn = join(distDir, 'cdn');
  if (!existsSync(cdn)) return undefined;
  const names = readdirSync(cdn).filter((name) => /\.(js|css)$/.test(name));
  for (const name of names.sort()) {
    const path = join(cdn, name);
    sizes[`dist/cdn/${name}`] = name.endsWith('.js') ? measureFiles(fileGraph(path).own) : measureFile(path);
  }
  const resize = join(distDir, 'embed', 'resize.js');
  if (existsSync(resize)) sizes['dist/embed/resize.js'] = measureFile(resize);
  return sizes;
}
