/**
 * Static images (issue 15) paint with literal colours (dist/export/palette.js), copied from the theme tokens: this
 * test reads src/core/theme/tokens.ts and src/likert/likert-styles.ts and fails the moment a value there and the
 * copy differ, or a token is added that the images do not know. EXPORT_DIST=<dir> tests another compiled copy.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = resolve(root, process.env.EXPORT_DIST || 'dist');
const { LIGHT_DARK, NHS_OVERRIDES, PALETTES, mixColours } = await import(pathToFileURL(join(dist, 'export/palette.js')).href);

const tokens = readFileSync(join(root, 'src/core/theme/tokens.ts'), 'utf8');
const likert = readFileSync(join(root, 'src/likert/likert-styles.ts'), 'utf8');

/** `--_name: … light-dark(#light, #dark) …` declarations of a stylesheet, in order. */
const lightDark = (source) =>
  [...source.matchAll(/--_([\w-]+):[^;]*?light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map(([, name, light, dark]) => [
    name,
    [light.toLowerCase(), dark.toLowerCase()],
  ]);

test('every light-dark() colour token of tokens.ts and likert-styles.ts has the same values in the image palette', () => {
  const declared = [...lightDark(tokens), ...lightDark(likert)];
  assert.ok(declared.length >= 25, `only ${declared.length} light-dark() tokens read: has tokens.ts changed shape?`);
  for (const [name, values] of declared) assert.deepEqual(LIGHT_DARK[name], values, `--_${name}`);
  assert.deepEqual(Object.keys(LIGHT_DARK).sort(), declared.map(([name]) => name).sort(), 'the palette has exactly the tokens of the stylesheets');
});

test('the fallback for browsers without light-dark() is the light palette the images use', () => {
  const fallback = tokens.slice(tokens.indexOf('@supports not'));
  const values = [...fallback.slice(0, fallback.indexOf('}\n  }')).matchAll(/--_([\w-]+):[^;]*?(#[0-9a-f]{6})\)+;/gi)];
  assert.ok(values.length >= 20);
  for (const [, name, value] of values) assert.equal(PALETTES.light[name], value.toLowerCase(), `--_${name}`);
});

test("the NHS theme's own values are the image palette's NHS overrides", () => {
  const block = tokens.slice(tokens.indexOf(":host([theme='nhs' i])"));
  const own = Object.fromEntries(
    [...block.slice(0, block.indexOf('}')).matchAll(/--_trust-theme-([\w-]+):\s*(#[0-9a-f]{6});/gi)].map(([, name, value]) => [name, value.toLowerCase()]),
  );
  assert.deepEqual(own, NHS_OVERRIDES);
  for (const [name, value] of Object.entries(own)) assert.equal(PALETTES.nhs[name], value, name);
  assert.equal(PALETTES.nhs.text, PALETTES.light.text, 'NHS is otherwise the light palette');
});

test("likert's in-between answers are color-mix(in srgb) of their neighbours, as likert-styles.ts says", () => {
  assert.match(likert, /--_scale-12: color-mix\(in srgb, var\(--_scale-1\), var\(--_scale-2\)\)/);
  assert.match(likert, /--_scale-45: color-mix\(in srgb, var\(--_scale-4\), var\(--_scale-5\)\)/);
  assert.equal(mixColours('#000000', '#ffffff'), '#808080');
  assert.equal(mixColours('#12436d', '#4f7fb4'), '#316191');
  for (const palette of Object.values(PALETTES)) assert.equal(palette['scale-12'], mixColours(palette['scale-1'], palette['scale-2']));
});
