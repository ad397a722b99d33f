import { css } from 'lit';

export const waffleStyles = css`
  .key-label {
    font-size: 14px;
  }
  /*
   * The rest (shapes no category claims) is hollow: an outline in the muted mark colour (≥ 3:1 on the background in
   * every theme) around the background colour. Hollow against filled is the second cue beside colour.
   */
  .rest {
    fill: var(--_background);
    stroke: var(--_muted-mark);
    stroke-width: 1.5px;
  }
  path.rest {
    stroke-width: 1.25px;
    vector-effect: non-scaling-stroke;
  }
  .frequency {
    margin: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .cell {
      animation: trust-waffle-appear 450ms ease-out both;
    }
  }
  @keyframes trust-waffle-appear {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    /* Filled series alternate CanvasText and outlined Canvas: the rest is dashed in GrayText, so it stays distinct. */
    .rest {
      fill: Canvas;
      stroke: GrayText;
      stroke-dasharray: 2 1;
    }
  }
  @media print {
    .cell {
      animation: none;
    }
  }
`;
