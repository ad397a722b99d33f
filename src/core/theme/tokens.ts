import { css } from 'lit';

/** Theme names a journalist can set with `theme="…"`. */
export const THEMES = ['light', 'dark', 'auto', 'nhs'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Design tokens. Public `--trust-*` properties are read from the host page (they inherit through the shadow
 * boundary) and win over every theme; private `--_*` locals hold the resolved values.
 *
 * Without a `theme` attribute the widget follows the page's `color-scheme` through `light-dark()`, so a site's own
 * dark-mode toggle carries into the chart. `theme="auto"` follows the operating system instead.
 *
 * Palettes (contrast computed with the WCAG formula, see docs/theming.md):
 * - light: the Analysis Function categorical palette, each colour ≥ 3:1 on white;
 * - dark: NHS Light Blue, Warm Yellow, Pink 50% tint, Pale Grey, Light Green, Light Purple, each ≥ 4.6:1 on #1B2226;
 * - nhs: NHS Blue first, then the NHS-aligned colour-blind-safe palette from the NHS research notes.
 */
export const themeTokens = css`
  :host {
    --_font: var(--trust-font-family, var(--_trust-theme-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif));
    --_text: var(--trust-text-color, light-dark(#212b32, #f0f4f5));
    --_muted-text: var(--trust-muted-color, light-dark(#4c6272, #b8c4cc));
    --_background: var(--trust-background, var(--_trust-theme-background, light-dark(#ffffff, #1b2226)));
    --_grid: var(--trust-grid-color, light-dark(#d8dde0, #3a4750));
    --_axis: var(--trust-axis-color, light-dark(#768692, #8a9aa6));
    --_muted-mark: var(--trust-muted-mark-color, light-dark(#768692, #8a9aa6));
    --_focus: var(--trust-focus-color, #ffeb3b);
    --_focus-text: var(--trust-focus-text-color, #212b32);
    --_error: var(--trust-error-color, light-dark(#d5281b, #ff8a80));
    --_warning: var(--trust-warning-color, light-dark(#8a5300, #ffb81c));
    --_target: var(--trust-target-color, light-dark(#212b32, #f0f4f5));
    --_series-1: var(--trust-series-1, var(--_trust-theme-series-1, light-dark(#12436d, #41b6e6)));
    --_series-2: var(--trust-series-2, var(--_trust-theme-series-2, light-dark(#f46a25, #ffb81c)));
    --_series-3: var(--trust-series-3, var(--_trust-theme-series-3, light-dark(#28a197, #d792b9)));
    --_series-4: var(--trust-series-4, var(--_trust-theme-series-4, light-dark(#801650, #e8edee)));
    --_series-5: var(--trust-series-5, var(--_trust-theme-series-5, light-dark(#3d3d3d, #78be20)));
    --_series-6: var(--trust-series-6, var(--_trust-theme-series-6, light-dark(#a285d1, #a285d1)));
    /* Direction of a change, when the author says which way is good (≥ 4.5:1, so they also serve as text). */
    --_positive: var(--trust-positive, light-dark(#007f3b, #5fd38d));
    --_negative: var(--trust-negative, light-dark(#b14800, #ff9e66));
    /* A five-step diverging scale for agree/disagree questions, most positive first (each ≥ 3:1). */
    --_scale-1: var(--trust-scale-1, light-dark(#12436d, #7cc4f0));
    --_scale-2: var(--trust-scale-2, light-dark(#4f7fb4, #41a0d8));
    --_scale-3: var(--trust-scale-3, light-dark(#768692, #8a9aa6));
    --_scale-4: var(--trust-scale-4, light-dark(#c2631b, #f08a4b));
    --_scale-5: var(--trust-scale-5, light-dark(#801650, #ffb3c7));
    --_font-size: var(--trust-font-size, 1rem);
    --_heading-size: var(--trust-heading-size, 1.25rem);
    --_radius: var(--trust-radius, 0);
    --_padding: var(--trust-padding, 1rem);
  }
  /* Browsers without light-dark() (before Chrome 123, Safari 17.5, Firefox 120) get the light palette. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--trust-text-color, #212b32);
      --_muted-text: var(--trust-muted-color, #4c6272);
      --_background: var(--trust-background, var(--_trust-theme-background, #ffffff));
      --_grid: var(--trust-grid-color, #d8dde0);
      --_axis: var(--trust-axis-color, #768692);
      --_muted-mark: var(--trust-muted-mark-color, #768692);
      --_error: var(--trust-error-color, #d5281b);
      --_warning: var(--trust-warning-color, #8a5300);
      --_target: var(--trust-target-color, #212b32);
      --_series-1: var(--trust-series-1, var(--_trust-theme-series-1, #12436d));
      --_series-2: var(--trust-series-2, var(--_trust-theme-series-2, #f46a25));
      --_series-3: var(--trust-series-3, var(--_trust-theme-series-3, #28a197));
      --_series-4: var(--trust-series-4, var(--_trust-theme-series-4, #801650));
      --_series-5: var(--trust-series-5, var(--_trust-theme-series-5, #3d3d3d));
      --_series-6: var(--trust-series-6, var(--_trust-theme-series-6, #a285d1));
      --_positive: var(--trust-positive, #007f3b);
      --_negative: var(--trust-negative, #b14800);
      --_scale-1: var(--trust-scale-1, #12436d);
      --_scale-2: var(--trust-scale-2, #4f7fb4);
      --_scale-3: var(--trust-scale-3, #768692);
      --_scale-4: var(--trust-scale-4, #c2631b);
      --_scale-5: var(--trust-scale-5, #801650);
    }
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([theme='auto' i]) {
    color-scheme: light dark;
  }
  /*
   * The NHS theme's own values, set as inherited private properties rather than on the tokens directly: a
   * <trust-dashboard theme="nhs"> (which takes these rules too) hands them down by CSS inheritance to the widgets
   * inside it. Light, dark and auto need nothing: color-scheme is inherited. A theme of a widget's own wins: it
   * clears them.
   */
  :host([theme='nhs' i]) {
    color-scheme: light;
    --_trust-theme-font: 'Frutiger W01', Arial, sans-serif;
    --_trust-theme-background: #ffffff;
    --_trust-theme-series-1: #005eb8;
    --_trust-theme-series-2: #be6f00;
    --_trust-theme-series-3: #7c2855;
    --_trust-theme-series-4: #768692;
    --_trust-theme-series-5: #006747;
    --_trust-theme-series-6: #330072;
  }
  :host([theme]:not([theme='nhs' i])) {
    --_trust-theme-font: initial;
    --_trust-theme-background: initial;
    --_trust-theme-series-1: initial;
    --_trust-theme-series-2: initial;
    --_trust-theme-series-3: initial;
    --_trust-theme-series-4: initial;
    --_trust-theme-series-5: initial;
    --_trust-theme-series-6: initial;
  }
  /*
   * Paper is white: print every theme with the light palette. Last, so that it wins over the theme rules above, which
   * are as specific (a printed theme="dark" chart was pale text on white where the browser dropped its background).
   */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }
`;
