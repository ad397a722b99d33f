import { css } from 'lit';

/**
 * The tooltip of the selected point and the key guide shown while the chart has keyboard focus. Colours come from the
 * theme's tokens, which forced colours turn into Canvas and CanvasText (the border keeps its edge there); nothing
 * moves, so reduced motion needs nothing.
 */
export const tooltipStyles = css`
  .chart {
    position: relative;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    width: max-content;
    max-width: min(16em, 100%);
    padding: 0.25em 0.5em;
    border: 1px solid var(--_text);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    font-size: 0.875em;
  }
  .keys {
    display: none;
    margin: 0.25em 0 0;
    color: var(--_muted-text);
    font-size: 0.875em;
  }
  svg:focus-visible ~ .keys {
    display: block;
  }
  /* The list of keys that ? opens under a focused chart (frame/key-help.ts): as quiet as the key guide above it. */
  .key-help {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  .key-help p,
  .key-help ul {
    margin: 0.25em 0;
  }
  .key-help ul {
    padding-left: 1.25em;
  }
`;
