import { css } from 'lit';
import { gridLineStyles, tickLabelStyles } from '../core/styles/axis-styles.js';

/** Line colours as classes (strict CSP: no style attributes); marker fills use the shared `.series-N` classes. */
export const trendStyles = css`
  .stroke-1 { stroke: var(--_series-1); }
  .stroke-2 { stroke: var(--_series-2); }
  .stroke-3 { stroke: var(--_series-3); }
  .stroke-4 { stroke: var(--_series-4); }
  .stroke-5 { stroke: var(--_series-5); }
  .stroke-6 { stroke: var(--_series-6); }
  .fill-1 { fill: var(--_series-1); }
  .fill-2 { fill: var(--_series-2); }
  .fill-3 { fill: var(--_series-3); }
  .fill-4 { fill: var(--_series-4); }
  .fill-5 { fill: var(--_series-5); }
  .fill-6 { fill: var(--_series-6); }
  /*
   * The 95% band: faint, so that the bands of several series can overlap and the lines drawn over them stay clear,
   * and edged with a thin dashed line in the series colour, which has the 3:1 against the background that the
   * tint lacks (WCAG 1.4.11); dashed, so that it does not read as a line of figures.
   */
  .band {
    fill-opacity: 0.18;
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .line {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .point {
    /* A ring in the background colour lifts each marker off the lines that cross it. */
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  ${gridLineStyles}
  .baseline,
  .zero,
  .wave-tick {
    stroke: var(--_axis);
    stroke-width: 1.5;
  }
  .axis-break {
    fill: none;
    stroke: var(--_axis);
    stroke-width: 1.5;
  }
  .axis-break-gap {
    fill: var(--_background);
  }
  ${tickLabelStyles}
  .end-value {
    font-size: 14px;
    font-weight: 700;
  }
  .end-name,
  .key-name {
    font-size: 13px;
  }
  .point-value {
    font-size: 12px;
    font-weight: 700;
  }
  .point-value,
  .end-value,
  .end-name {
    /* A halo in the background colour keeps labels legible where a leader line reaches them. */
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .missing-wave {
    font-size: 12px;
    font-style: italic;
    fill: var(--_muted-text);
  }
  .end-value.missing {
    font-weight: 400;
    font-style: italic;
    fill: var(--_muted-text);
  }
  .leader {
    stroke: var(--_muted-text);
    stroke-width: 1;
  }
  .swatch-line {
    stroke-width: 2.5;
  }
  .axis-note,
  .band-note {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted-text);
  }
  @media (prefers-reduced-motion: no-preference) {
    .draw-in {
      animation: trust-trend-fade 500ms ease-out both;
    }
  }
  @keyframes trust-trend-fade {
    from {
      opacity: 0;
    }
  }
  @media print {
    .draw-in {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /* System colours: every line in the text colour, every second series dashed with hollow markers. */
    .line,
    .swatch-line {
      stroke: CanvasText;
    }
    .line.alternate,
    .swatch-line.alternate {
      stroke-dasharray: 6 4;
    }
    .mark {
      fill: CanvasText;
      stroke: Canvas;
      outline: none;
    }
    .mark.alternate {
      fill: Canvas;
      stroke: CanvasText;
    }
    .axis-break-gap {
      fill: Canvas;
    }
    /* No tints in forced colours: each band is hatched (the other diagonal for every second series) and edged with a
       dotted line, so it stays visible and overlapping bands cross-hatch. */
    .band {
      fill: url(#band-hatch);
      fill-opacity: 1;
      stroke: CanvasText;
      stroke-width: 1;
      stroke-dasharray: 1 3;
    }
    .band.alternate {
      fill: url(#band-hatch-alternate);
    }
    .hatch {
      stroke: CanvasText;
      stroke-width: 0.75;
    }
  }
`;
