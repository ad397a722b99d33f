import { css } from 'lit';

/**
 * The Download menu in the toolbar: its button at the row's end and its status line. The list it opens comes with
 * its own styles on first use (src/core/export/download-menu.ts). Colours are the theme's tokens, which the
 * forced-colours rules turn into the reader's system colours; the buttons' focus ring is the frame's.
 */
export const toolbarStyles = css`
  /* The row takes over the toolbar's place at the foot of the chart (see .toolbar in frame-styles.ts). */
  .toolbar-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: auto;
  }
  .toolbar-row ~ figcaption {
    margin-top: 0;
  }
  .downloads {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .download-status {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted-text);
  }
  .download-status.failed {
    color: var(--_error);
  }
  @media (pointer: coarse) {
    .downloads button {
      min-height: 44px;
      min-width: 44px;
    }
  }
  @media print {
    .downloads {
      display: none;
    }
  }
`;
