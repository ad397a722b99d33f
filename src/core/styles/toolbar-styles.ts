import { css } from 'lit';

/**
 * The Download menu in the toolbar: its button at the row's end, and the list it opens above the page like a popup,
 * never wider than a 320 px screen. Colours are the theme's tokens, which the forced-colours rules turn into the
 * reader's system colours; the buttons' focus ring is the frame's.
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
  .download-menu {
    position: absolute;
    z-index: 1;
    inset-inline-end: 0;
    top: 100%;
    width: max-content;
    max-width: min(20rem, calc(100vw - 2rem));
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    list-style: none;
    font-size: 0.875rem;
    background: var(--_background);
    border: 1px solid var(--_muted-text);
    border-radius: 4px;
  }
  .download-menu button {
    display: block;
    width: 100%;
    text-align: start;
    border-color: transparent;
  }
  .download-menu textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin-top: 0.25rem;
    font-family: monospace;
    color: var(--_text);
    background: var(--_background);
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
