import { css } from 'lit';

/**
 * The headline figure is real text: bold, tabular digits, in the first series colour (≥ 4.5:1 in every theme).
 * Its size is picked by statLayout() so it fits on one line; `size-N` matches FIGURE_SIZES in stat-layout.ts.
 */
export const statStyles = css`
  .stat {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .stat p {
    margin: 0;
  }
  .figure {
    color: var(--_series-1);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums lining-nums;
    white-space: nowrap;
  }
  .qualifier {
    font-weight: 600;
  }
  /* Never smaller than designed, as much larger as the reader's text: laid out at width ÷ that scale (trust-stat.ts). */
  .size-1 .figure { font-size: max(64px, 4rem); }
  .size-1 .qualifier { font-size: max(28px, 1.75rem); }
  .size-2 .figure { font-size: max(56px, 3.5rem); }
  .size-2 .qualifier { font-size: max(25px, 1.5625rem); }
  .size-3 .figure { font-size: max(48px, 3rem); }
  .size-3 .qualifier { font-size: max(22px, 1.375rem); }
  .size-4 .figure { font-size: max(40px, 2.5rem); }
  .size-4 .qualifier { font-size: max(18px, 1.125rem); }
  .size-5 .figure { font-size: max(32px, 2rem); }
  .size-5 .qualifier { font-size: max(16px, 1rem); }
  /* Too wide for one line even at the smallest size: break between words, then inside the number. */
  .squeezed .figure {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .figure.missing {
    color: var(--_muted-text);
    font-size: 1.5rem;
    font-weight: 600;
  }
  .label {
    font-size: 1.125rem;
    font-weight: 600;
    line-height: 1.3;
  }
  .change {
    display: flex;
    align-items: flex-start;
    gap: 0.375rem;
    font-weight: 600;
  }
  .change.good {
    color: var(--_positive);
  }
  .change.bad {
    color: var(--_negative);
  }
  /* Within the margin of error: neutral and muted whatever direction says, with the level arrow. */
  .change.unclear {
    color: var(--_muted-text);
  }
  .margin {
    color: var(--_muted-text);
    font-size: 0.875rem;
  }
  .ranges svg {
    display: block;
    max-width: 100%;
    overflow: visible;
  }
  .range-label {
    font-size: 14px;
    fill: var(--_text);
  }
  .range-tick {
    font-size: 12px;
    fill: var(--_muted-text);
  }
  .range-axis {
    stroke: var(--_axis);
    stroke-width: 1;
  }
  .band {
    stroke-width: 1.5;
    /* Shaded, not solid: the figure's point stays visible on its band. */
    fill-opacity: 0.2;
  }
  .range-current .band {
    fill: var(--_series-1);
    stroke: var(--_series-1);
  }
  .range-current .range-point {
    fill: var(--_series-1);
  }
  .range-previous .band {
    fill: var(--_muted-mark);
    stroke: var(--_muted-mark);
  }
  .range-previous .range-point {
    fill: var(--_muted-mark);
  }
  .arrow {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    /* Centre the arrow on the first line of text (line-height 1.4). */
    margin-top: 0.1375em;
    fill: currentColor;
  }
  @media (prefers-reduced-motion: no-preference) {
    .figure {
      animation: trust-stat-rise 400ms ease-out both;
    }
  }
  @keyframes trust-stat-rise {
    /* Movement only, no fade: the figure is readable (and its contrast true) from the first frame. */
    from {
      transform: translateY(0.2em);
    }
  }
  @media print {
    .figure {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .band {
      fill: Canvas;
      fill-opacity: 1;
    }
  }
`;
