import { css } from 'lit';

/**
 * Notes, reference lines and shaded ranges, in the theme's colours. In forced colours the range keeps a dotted edge
 * (its tint is gone) and the reference line stays dashed, so neither is mistaken for a line of figures; in print the
 * tint may be dropped, and the dashed edge stays.
 */
export const annotationStyles = css`
  .range {
    fill: var(--_muted-mark);
    fill-opacity: 0.14;
    stroke: var(--_muted-mark);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .range-label,
  .reference-label,
  .note text {
    font-size: 12px;
    fill: var(--_text);
    /* A halo in the background colour keeps the words legible over grid lines and bands. */
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .range-label {
    fill: var(--_muted-text);
  }
  .reference {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 6 3;
  }
  .note-leader {
    stroke: var(--_muted-text);
    stroke-width: 1;
  }
  .note-marker circle {
    fill: var(--_text);
  }
  .note-marker text {
    font-size: 12px;
    font-weight: 700;
    fill: var(--_background);
  }
  .note-list {
    margin: 0.25rem 0 0;
    padding-left: 1.75rem;
    font-size: 0.875rem;
  }
  @media (forced-colors: active) {
    .range {
      fill: none;
      stroke: CanvasText;
      stroke-dasharray: 1 3;
    }
    .reference,
    .note-leader {
      stroke: CanvasText;
    }
    .range-label,
    .reference-label,
    .note text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .note-marker circle {
      fill: CanvasText;
    }
    .note-marker text {
      fill: Canvas;
    }
  }
`;
