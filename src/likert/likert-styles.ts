import { css } from 'lit';

/**
 * Colours of the diverging scale as classes (strict CSP: no style attributes). `scale-12` and `scale-45` are the
 * in-between colours of a 6- or 7-answer scale. Values inside segments get a text colour chosen for each segment
 * colour (≥ 4.5:1 on the default palettes); pages that change `--trust-scale-N` can set `--trust-scale-text-N` too.
 */
export const likertStyles = css`
  :host {
    --_scale-12: color-mix(in srgb, var(--_scale-1), var(--_scale-2));
    --_scale-45: color-mix(in srgb, var(--_scale-4), var(--_scale-5));
    --_scale-text-1: var(--trust-scale-text-1, light-dark(#ffffff, #1b2226));
    --_scale-text-2: var(--trust-scale-text-2, light-dark(#000000, #1b2226));
    --_scale-text-3: var(--trust-scale-text-3, light-dark(#000000, #1b2226));
    --_scale-text-4: var(--trust-scale-text-4, light-dark(#000000, #1b2226));
    --_scale-text-5: var(--trust-scale-text-5, light-dark(#ffffff, #1b2226));
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_scale-text-1: var(--trust-scale-text-1, #ffffff);
      --_scale-text-2: var(--trust-scale-text-2, #000000);
      --_scale-text-3: var(--trust-scale-text-3, #000000);
      --_scale-text-4: var(--trust-scale-text-4, #000000);
      --_scale-text-5: var(--trust-scale-text-5, #ffffff);
    }
  }
  /* fill for the SVG segments, --_swatch for the key's swatches (the frame's HTML legend). */
  .scale-1 { fill: var(--_scale-1); --_swatch: var(--_scale-1); }
  .scale-12 { fill: var(--_scale-12); --_swatch: var(--_scale-12); }
  .scale-2 { fill: var(--_scale-2); --_swatch: var(--_scale-2); }
  .scale-3 { fill: var(--_scale-3); --_swatch: var(--_scale-3); }
  .scale-4 { fill: var(--_scale-4); --_swatch: var(--_scale-4); }
  .scale-45 { fill: var(--_scale-45); --_swatch: var(--_scale-45); }
  .scale-5 { fill: var(--_scale-5); --_swatch: var(--_scale-5); }
  .segment {
    /* The 2 px separator: neighbours never rely on colour contrast with each other. */
    stroke: var(--_background);
    stroke-width: 2px;
  }
  .dont-know {
    fill: none;
    stroke: var(--_muted-mark);
    stroke-width: 2px;
  }
  /* "Don't know" in the key: an outline, like its bars. */
  .swatch.dont-know {
    box-sizing: border-box;
    background: none;
    border: 2px solid var(--_muted-mark);
  }
  .segment-value {
    font-size: 12px;
    font-weight: 700;
    pointer-events: none;
  }
  .segment-value.on-scale-1,
  .segment-value.on-scale-12 { fill: var(--_scale-text-1); }
  .segment-value.on-scale-2 { fill: var(--_scale-text-2); }
  .segment-value.on-scale-3 { fill: var(--_scale-text-3); }
  .segment-value.on-scale-4 { fill: var(--_scale-text-4); }
  .segment-value.on-scale-45,
  .segment-value.on-scale-5 { fill: var(--_scale-text-5); }
  .row-label {
    font-size: 14px;
  }
  .dont-know-value {
    font-size: 12px;
    font-weight: 700;
  }
  .net {
    font-size: 14px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .half-label {
    font-size: 12px;
    font-weight: 700;
    fill: var(--_muted-text);
  }
  .dont-know-header,
  .tick {
    font-size: 12px;
    fill: var(--_muted-text);
  }
  .missing {
    font-size: 14px;
    font-style: italic;
    fill: var(--_muted-text);
  }
  .zero {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  @media (prefers-reduced-motion: no-preference) {
    .row-bar {
      animation: likert-grow 400ms ease-out both;
    }
  }
  @keyframes likert-grow {
    from {
      transform: scaleX(0);
    }
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_scale-12: Canvas;
      --_scale-45: Canvas;
      --_scale-text-1: Canvas;
      --_scale-text-2: CanvasText;
      --_scale-text-3: Canvas;
      --_scale-text-4: CanvasText;
      --_scale-text-5: Canvas;
    }
    .segment {
      stroke: CanvasText;
      stroke-width: 1.5px;
    }
    /*
     * The system palette has three colours for five to seven answers: the answers it would merge are lined or hatched
     * instead, in the chart (SVG patterns) and in the key (a swatch's background takes an image too).
     */
    .scale-12 {
      fill: url(#likert-lines);
      --_swatch: repeating-linear-gradient(90deg, CanvasText 0 1.5px, Canvas 0 4px);
    }
    .scale-4 {
      fill: url(#likert-hatch);
      --_swatch: repeating-linear-gradient(45deg, CanvasText 0 1.5px, Canvas 0 4px);
    }
    .scale-45 {
      fill: url(#likert-hatch-alternate);
      --_swatch: repeating-linear-gradient(-45deg, CanvasText 0 1.5px, Canvas 0 4px);
    }
    .scale-5 {
      fill: url(#likert-cross);
      --_swatch:
        repeating-linear-gradient(45deg, CanvasText 0 1.5px, transparent 0 4px),
        repeating-linear-gradient(-45deg, CanvasText 0 1.5px, Canvas 0 4px);
    }
    .hatch {
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    /* A value on hatching: the text colour with a halo of the background. */
    .segment-value.on-scale-12,
    .segment-value.on-scale-4,
    .segment-value.on-scale-45,
    .segment-value.on-scale-5 {
      fill: CanvasText;
      stroke: Canvas;
      stroke-width: 3px;
      stroke-linejoin: round;
      paint-order: stroke;
    }
    .dont-know {
      stroke: CanvasText;
    }
    .swatch.dont-know {
      border-color: CanvasText;
    }
  }
  @media print {
    .row-bar {
      animation: none;
    }
  }
`;
