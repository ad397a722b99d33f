/**
 * The public API is complete: every widget in custom-elements.json is registered by the CDN entry, has a package
 * export, and every attribute a journalist can set has a line in the docs, a story and a test.
 * Runs after `npm run build` (scripts/test.mjs builds first), which writes custom-elements.json.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));

const widgets = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('trust-'))
    .map((declaration) => ({ ...declaration, path: module.path, folder: module.path.split('/')[1] })),
);

const filesUnder = (dir, pattern) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true })
        .filter((name) => pattern.test(name))
        .map((name) => read(join(dir, name)))
    : [];
const allStories = filesUnder('stories', /\.stories\.ts$/).join('\n');
const allTests = filesUnder('test', /\.test\.(ts|mjs)$/).join('\n');
const sharedDocs = read('docs/shared-attributes.md');

/** Mentions of an attribute in markup (`name="…"`, `name=${…}`), as a boolean (` name>`), in args or as a property. */
const mentions = (text, attribute) => {
  const property = attribute.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const escaped = attribute.replace(/[-]/g, '\\-');
  return new RegExp(`[\\s'"\`]${escaped}(=|[\\s>'"\`])`).test(text) || new RegExp(`\\.${property}\\b|['"]${property}['"]|\\b${property}:`).test(text);
};

test('the manifest lists every widget with its tag name', () => {
  assert.ok(widgets.length >= 1, 'no trust-* elements in custom-elements.json (missing @tagname?)');
  for (const name of readdirSync(join(root, 'src'))) {
    // The builder is an application that reads the manifest, not part of the library's API (it is left out of it).
    if (name !== 'core' && name !== 'builder' && existsSync(join(root, 'src', name, 'define.ts'))) {
      assert.ok(
        widgets.some((w) => w.folder === name),
        `src/${name}/define.ts registers a widget the manifest does not describe: add @tagname to its class`,
      );
    }
  }
});

test('src/widgets.ts lists exactly the elements of the manifest (the charts, and the dashboard), each in src/<name>/', async () => {
  const { WIDGET_TAGS, DASHBOARD_TAG } = await import('../../dist/widgets.js');
  assert.deepEqual([...WIDGET_TAGS, DASHBOARD_TAG].sort(), widgets.map((widget) => widget.tagName).sort());
  for (const widget of widgets) assert.equal(widget.folder, widget.tagName.slice('trust-'.length), `${widget.tagName} lives in src/${widget.folder}/`);
});

for (const widget of widgets) {
  const tag = widget.tagName;
  const own = (widget.attributes ?? []).filter((attribute) => !attribute.inheritedFrom);
  const inherited = (widget.attributes ?? []).filter((attribute) => attribute.inheritedFrom);

  test(`<${tag}> is registered by the CDN entry and exported from the package`, () => {
    assert.match(read('src/index.ts'), new RegExp(`(import|from) '\\./${widget.folder}/define\\.js'`));
    assert.ok(pkg.exports[`./${widget.folder}`], `package.json exports has no "./${widget.folder}"`);
    assert.match(read(widget.path), new RegExp(`'${tag}': ${widget.name}`), 'HTMLElementTagNameMap entry');
  });

  test(`<${tag}> documents, stories and tests every attribute of its own`, () => {
    const docs = read(`docs/${tag}.md`);
    const stories = read(`stories/${tag}.stories.ts`);
    const tests = filesUnder(`test/${widget.folder}`, /\.test\.ts$/).join('\n');
    assert.ok(tests.length > 0, `no tests in test/${widget.folder}/`);
    for (const { name } of own) {
      assert.ok(docs.includes(`\`${name}\``), `docs/${tag}.md does not describe \`${name}\``);
      assert.ok(mentions(stories, name), `stories/${tag}.stories.ts has no story setting ${name}`);
      assert.ok(mentions(tests, name), `test/${widget.folder}/ never sets ${name}`);
    }
  });

  test(`<${tag}>: every shared attribute is documented, in a story and tested somewhere`, () => {
    for (const { name } of inherited) {
      assert.ok(sharedDocs.includes(`\`${name}\``), `docs/shared-attributes.md does not describe \`${name}\``);
      assert.ok(mentions(allStories, name), `no story sets ${name}`);
      assert.ok(mentions(allTests, name), `no test sets ${name}`);
    }
  });

  test(`<${tag}> documents its parts, events and CSS custom properties`, () => {
    for (const list of ['cssParts', 'cssProperties', 'events']) {
      for (const item of widget[list] ?? []) assert.ok(item.description?.trim(), `${list} ${item.name} has no description`);
    }
    for (const attribute of widget.attributes ?? []) {
      const field = (widget.members ?? []).find((member) => member.name === attribute.fieldName);
      assert.ok(attribute.description?.trim() || field?.description?.trim(), `attribute ${attribute.name} has no JSDoc`);
    }
  });
}
