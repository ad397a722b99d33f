/// <reference types="node" />
/**
 * The Noto Sans files PNG images are drawn with (OFL 1.1, covering Welsh ŵ and ŷ): the build copies them into
 * dist/fonts/ (scripts/build.mjs); in development they are read from the @expo-google-fonts/noto-sans package.
 * Only these fonts are used, never the machine's, so an image is the same wherever it is made.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two weights the widgets use (400 and 700; 600 is drawn as 700). */
export const IMAGE_FONT_FILES = ['NotoSans_400Regular.ttf', 'NotoSans_700Bold.ttf'] as const;

/** Where a package's file lives, or undefined when the package is not installed. */
function packageFolder(name: string): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** Paths of the image fonts: dist/fonts/ beside this file's folder, else the development package. */
export function imageFontFiles(): string[] {
  const shipped = fileURLToPath(new URL('../fonts/', import.meta.url));
  const inDist = IMAGE_FONT_FILES.map((file) => join(shipped, file));
  if (inDist.every((file) => existsSync(file))) return inDist;
  const expo = packageFolder('@expo-google-fonts/noto-sans');
  const inPackage = expo ? [join(expo, '400Regular', IMAGE_FONT_FILES[0]), join(expo, '700Bold', IMAGE_FONT_FILES[1])] : [];
  if (inPackage.length && inPackage.every((file) => existsSync(file))) return inPackage;
  throw new Error(`public-trust-widgets: the image fonts (${IMAGE_FONT_FILES.join(', ')}) are missing from ${shipped}`);
}
