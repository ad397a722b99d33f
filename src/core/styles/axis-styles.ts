import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * A rule to write on its own line inside a widget's `css`: Lit inserts a style's text where it stands, so the
 * surrounding line breaks and indent stay the widget's and the result reads as if the rule were written there.
 */
const rule = (style: CSSResult): CSSResult => unsafeCSS(style.cssText.trim());

/**
 * The look of an axis, the same in every chart that has one: tick labels small and muted, gridlines thin in the
 * grid colour, the zero line a little heavier in the axis colour. (Likert's centre line is the text colour on
 * purpose, and trend shares its zero rule with the baseline and wave ticks: they keep their own rules.)
 */
export const tickLabelStyles = rule(css`
  .tick {
    font-size: 12px;
    fill: var(--_muted-text);
  }
`);

export const gridLineStyles = rule(css`
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
`);

export const zeroLineStyles = rule(css`
  .zero {
    stroke: var(--_axis);
    stroke-width: 1.5;
  }
`);
