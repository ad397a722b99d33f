/**
 * The themes' own colours, read from the widgets' stylesheet of design tokens (src/core/theme/tokens.ts) rather than
 * copied here, so that the builder's contrast check and colour pickers follow any change to a theme. tokens.ts
 * exports its values only as CSS text; this reads the two declarations the builder needs from it:
 * `var(--trust-NAME, … light-dark(#light, #dark))` (or one colour for both), and the NHS theme's `--_trust-theme-NAME`.
 */
import { themeTokens } from '../core/theme/tokens.js';

/** A property's colour in the light and dark palettes (`light` for a theme of one palette, such as NHS). */
export interface ThemeColour {
  readonly light: string;
  readonly dark: string;
}

const HEX = '#[0-9a-fA-F]{3,8}';
/** `var(--trust-series-1, var(--_trust-theme-series-1, light-dark(#12436d, #41b6e6)))`, or `var(--trust-focus-color, #ffeb3b)`. */
const PUBLIC_DEFAULT = new RegExp(
  `var\\((--trust-[a-z0-9-]+),\\s*(?:var\\(--_trust-theme-[a-z0-9-]+,\\s*)?(?:light-dark\\((${HEX}),\\s*(${HEX})\\)|(${HEX}))`,
  'g',
);
const NHS_BLOCK = /:host\(\[theme='nhs' i\]\)\s*\{([^}]*)\}/;
const NHS_VALUE = new RegExp(`--_trust-theme-([a-z0-9-]+):\\s*(${HEX})`, 'g');

/** Read once per stylesheet text: the form asks on every render. */
const parsed = new Map<string, Map<string, ThemeColour>>();

/** Each public colour property's default, light and dark, as the first (full) `:host` rule sets it. */
export function themeColourDefaults(cssText: string = themeTokens.cssText): ReadonlyMap<string, ThemeColour> {
  const cached = parsed.get(cssText);
  if (cached) return cached;
  const defaults = new Map<string, ThemeColour>();
  parsed.set(cssText, defaults);
  for (const [, name, light, dark, both] of cssText.matchAll(PUBLIC_DEFAULT)) {
    if (!defaults.has(name!)) defaults.set(name!, { light: (light ?? both)!.toLowerCase(), dark: (dark ?? both)!.toLowerCase() });
  }
  return defaults;
}

/** The NHS theme's own colours, by public property name (`--trust-series-1` → `#005eb8`). */
export function nhsThemeColours(cssText: string = themeTokens.cssText): ReadonlyMap<string, string> {
  const colours = new Map<string, string>();
  for (const [, name, value] of (NHS_BLOCK.exec(cssText)?.[1] ?? '').matchAll(NHS_VALUE)) colours.set(`--trust-${name}`, value!.toLowerCase());
  return colours;
}

/**
 * The palettes a chart with `theme` may be drawn in: light for `light` and for no theme (which follows the page's
 * colour scheme, light unless the page says otherwise), dark for `dark`, both for `auto` (the reader's system
 * decides), and light with the NHS colours for `nhs`.
 */
export function themePalettes(theme: string): ('light' | 'dark' | 'nhs')[] {
  const name = theme.trim().toLowerCase();
  return name === 'dark' ? ['dark'] : name === 'auto' ? ['light', 'dark'] : name === 'nhs' ? ['nhs'] : ['light'];
}

/** The colour `property` has in `palette` when the editor sets none; undefined for one the tokens do not set. */
export function themeColour(property: string, palette: 'light' | 'dark' | 'nhs'): string | undefined {
  if (palette === 'nhs') return nhsThemeColours().get(property) ?? themeColourDefaults().get(property)?.light;
  return themeColourDefaults().get(property)?.[palette];
}
