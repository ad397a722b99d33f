/**
 * The literal colour of every theme token, per theme: what an exported image is painted with. An SVG written for
 * newsletters, slides and rasterisers cannot lean on CSS custom properties or `light-dark()`, so the values of
 * src/core/theme/tokens.ts (and the likert text-on-segment colours of src/likert/likert-styles.ts) are copied here;
 * test/node/export-palette.test.mjs fails the moment the two disagree.
 */

/** The themes an image can be drawn in. `auto` and no theme are drawn as `light`: an image has no colour scheme. */
export const IMAGE_THEMES = ['light', 'dark', 'nhs'] as const;
export type ImageTheme = (typeof IMAGE_THEMES)[number];

/** Token names, as in tokens.ts without the `--_` prefix. */
export type Token =
  | 'text'
  | 'muted-text'
  | 'background'
  | 'grid'
  | 'axis'
  | 'muted-mark'
  | 'error'
  | 'warning'
  | 'target'
  | 'series-1'
  | 'series-2'
  | 'series-3'
  | 'series-4'
  | 'series-5'
  | 'series-6'
  | 'positive'
  | 'negative'
  | 'scale-1'
  | 'scale-2'
  | 'scale-3'
  | 'scale-4'
  | 'scale-5'
  | 'scale-12'
  | 'scale-45'
  | 'scale-text-1'
  | 'scale-text-2'
  | 'scale-text-3'
  | 'scale-text-4'
  | 'scale-text-5';

export type Palette = Readonly<Record<Token, string>>;

/** The tokens written as `light-dark(light, dark)` in tokens.ts (and likert-styles.ts), light value first. */
export const LIGHT_DARK: Readonly<Record<Exclude<Token, 'scale-12' | 'scale-45'>, readonly [light: string, dark: string]>> = {
  text: ['#212b32', '#f0f4f5'],
  'muted-text': ['#4c6272', '#b8c4cc'],
  background: ['#ffffff', '#1b2226'],
  grid: ['#d8dde0', '#3a4750'],
  axis: ['#768692', '#8a9aa6'],
  'muted-mark': ['#768692', '#8a9aa6'],
  error: ['#d5281b', '#ff8a80'],
  warning: ['#8a5300', '#ffb81c'],
  target: ['#212b32', '#f0f4f5'],
  'series-1': ['#12436d', '#41b6e6'],
  'series-2': ['#f46a25', '#ffb81c'],
  'series-3': ['#28a197', '#d792b9'],
  'series-4': ['#801650', '#e8edee'],
  'series-5': ['#3d3d3d', '#78be20'],
  'series-6': ['#a285d1', '#a285d1'],
  positive: ['#007f3b', '#5fd38d'],
  negative: ['#b14800', '#ff9e66'],
  'scale-1': ['#12436d', '#7cc4f0'],
  'scale-2': ['#4f7fb4', '#41a0d8'],
  'scale-3': ['#768692', '#8a9aa6'],
  'scale-4': ['#c2631b', '#f08a4b'],
  'scale-5': ['#801650', '#ffb3c7'],
  'scale-text-1': ['#ffffff', '#1b2226'],
  'scale-text-2': ['#000000', '#1b2226'],
  'scale-text-3': ['#000000', '#1b2226'],
  'scale-text-4': ['#000000', '#1b2226'],
  'scale-text-5': ['#ffffff', '#1b2226'],
};

/** What `theme="nhs"` sets over the light palette (tokens.ts's `--_trust-theme-*` values). */
export const NHS_OVERRIDES: Readonly<Partial<Record<Token, string>>> = {
  background: '#ffffff',
  'series-1': '#005eb8',
  'series-2': '#be6f00',
  'series-3': '#7c2855',
  'series-4': '#768692',
  'series-5': '#006747',
  'series-6': '#330072',
};

/** `color-mix(in srgb, a, b)`: the channel-wise mean, as the browser mixes likert's in-between answers. */
export function mixColours(a: string, b: string): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round((channel(a, i) + channel(b, i)) / 2)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function palette(scheme: 0 | 1, overrides: Partial<Record<Token, string>> = {}): Palette {
  const base = Object.fromEntries(Object.entries(LIGHT_DARK).map(([token, values]) => [token, values[scheme]])) as Record<Token, string>;
  Object.assign(base, overrides);
  base['scale-12'] = mixColours(base['scale-1'], base['scale-2']);
  base['scale-45'] = mixColours(base['scale-4'], base['scale-5']);
  return base;
}

/** Each image theme's literal colours. */
export const PALETTES: Readonly<Record<ImageTheme, Palette>> = {
  light: palette(0),
  dark: palette(1),
  nhs: palette(0, NHS_OVERRIDES),
};

/** The image theme for a widget's `theme` attribute: `dark` and `nhs` as given, anything else light. */
export function imageTheme(attribute: string | null | undefined): ImageTheme {
  const theme = attribute?.trim().toLowerCase();
  return theme === 'dark' || theme === 'nhs' ? theme : 'light';
}
