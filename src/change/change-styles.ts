import { css } from 'lit';
import { gridLineStyles, tickLabelStyles, zeroLineStyles } from '../core/styles/axis-styles.js';

/**
 * Colours come from the shared tokens through a local `--_mark` (dots, line, arrow) and `--_change` (the words
 * beside each row), set by the row's tone: neutral (one colour for both directions), good, bad, or unclear (a change
 * within the margin of error: muted, never the good or bad colour).
 */
export const changeStyles = css`
  .tone-neutral {
    --_mark: var(--_series-1);
    --_change: var(--_text);
  }
  .tone-good {
    --_mark: var(--_positive);
    --_change: var(--_positive);
  }
  .tone-bad {
    --_mark: var(--_negative);
    --_change: var(--_negative);
  }
  .tone-unclear {
    --_mark: var(--_muted-mark);
    --_change: var(--_muted-text);
  }
  .key-marker {
    --_mark: var(--_text);
  }
  /* 95% ranges: thin lines with end caps in the row's colour. */
  .whisker line {
    stroke: var(--_mark);
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .significance {
    margin: 0;
    color: var(--_muted-text);
    font-size: 0.875rem;
  }
  .dot-from {
    fill: var(--_background);
    stroke: var(--_mark);
    stroke-width: 2;
  }
  .dot-to {
    fill: var(--_mark);
  }
  .connector line {
    stroke: var(--_mark);
    stroke-width: 2;
  }
  .connector polygon {
    fill: var(--_mark);
  }
  .track {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  ${gridLineStyles}
  ${zeroLineStyles}
  .row-label,
  .key-text {
    font-size: 14px;
  }
  .value,
  .missing {
    font-size: 14px;
    /* A halo in the background colour keeps values legible where they cross grid lines. */
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .missing {
    font-style: italic;
    fill: var(--_muted-text);
  }
  .change {
    font-size: 14px;
    font-weight: 700;
    fill: var(--_change);
  }
  ${tickLabelStyles}
  @media (prefers-reduced-motion: no-preference) {
    /* The line grows out of the earlier dot towards the later one; the later dot fades in behind it. */
    .connector {
      animation: trust-change-grow 450ms ease-out both;
      transform-box: fill-box;
      transform-origin: left center;
    }
    .connector.down {
      transform-origin: right center;
    }
    .dot-to.animate {
      animation: trust-change-fade 450ms ease-out both;
    }
  }
  @keyframes trust-change-grow {
    from {
      transform: scaleX(0);
    }
  }
  @keyframes trust-change-fade {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    .tone-neutral,
    .tone-good,
    .tone-bad,
    .tone-unclear,
    .key-marker {
      --_mark: CanvasText;
      --_change: CanvasText;
    }
    .dot-from {
      fill: Canvas;
    }
  }
  @media print {
    .connector,
    .dot-to.animate {
      animation: none;
    }
  }
`;
