import { css } from 'lit';
import { gridLineStyles, tickLabelStyles, zeroLineStyles } from '../core/styles/axis-styles.js';

export const barsStyles = css`
  .bar-label {
    font-size: 14px;
  }
  .value {
    font-size: 14px;
    font-weight: 700;
    /* A halo in the background colour keeps values legible where they cross grid or target lines. */
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .value.missing {
    font-weight: 400;
    font-style: italic;
    fill: var(--_muted-text);
  }
  ${tickLabelStyles}
  ${gridLineStyles}
  ${zeroLineStyles}
  .target-line {
    stroke: var(--_target);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .target-label {
    font-size: 12px;
    font-weight: 700;
    fill: var(--_target);
  }
  /* Error bars: a dark line with a light halo, visible over the bar and over the background alike. */
  .error-bar line {
    stroke-linecap: round;
  }
  .error-bar .halo {
    stroke: var(--_background);
    stroke-width: 5;
  }
  .error-bar .whisker {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .mark.highlight {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
`;
