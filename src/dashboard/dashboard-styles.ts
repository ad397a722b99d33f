import { css } from 'lit';

/**
 * The dashboard's grid. One column on phones; from 42rem two, from 66rem three (the widths at which a chart keeps
 * about 20rem, enough for its labels). `columns` caps the count on wide screens; below 36rem there is always one
 * column, because a chart squeezed to half a phone cannot be read. The widths are the dashboard's own (a container
 * query), not the window's, so a dashboard in a sidebar stays one column.
 *
 * The theme reaches the charts by inheritance, through the theme rules the dashboard shares with them (tokens.ts):
 * color-scheme for light, dark and auto, and the NHS values for nhs.
 *
 * Children are grid items through the slot (a slot lays out as `display: contents`); cells in a row stretch to the
 * tallest, so charts side by side line up.
 */
export const dashboardStyles = css`
  :host {
    container-type: inline-size;
    /* The padding is the section's, so that a phone-wide dashboard can give it back to its charts (see below). */
    padding: 0;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: var(--_padding);
  }
  /* The dashboard's heading stands above its charts' headings (one level up, one step larger). */
  section > .heading {
    font-size: calc(var(--_heading-size) * 1.2);
  }
  section > .subheading {
    margin-top: -0.5rem;
  }
  /* On a phone, every pixel of width goes to the charts: their own padding and border already set them apart. */
  @container (width < 36rem) {
    section {
      padding-inline: 0;
    }
  }
  footer {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    color: var(--_muted-text);
    font-size: 0.875rem;
  }
  footer p {
    margin: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--trust-dashboard-gap, 1rem);
    align-items: stretch;
  }
  ::slotted(*) {
    min-width: 0;
    border: 1px solid var(--_grid);
  }
  @container (min-width: 36rem) {
    :host([columns='2']) .grid,
    :host([columns='3']) .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    :host([columns='2']) ::slotted([span='2']),
    :host([columns='2']) ::slotted([span='3']),
    :host([columns='3']) ::slotted([span='2']),
    :host([columns='3']) ::slotted([span='3']) {
      grid-column: span 2;
    }
  }
  @container (min-width: 42rem) {
    :host(:not([columns='1'], [columns='2'], [columns='3'])) .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    :host(:not([columns='1'], [columns='2'], [columns='3'])) ::slotted([span='2']),
    :host(:not([columns='1'], [columns='2'], [columns='3'])) ::slotted([span='3']) {
      grid-column: span 2;
    }
  }
  @container (min-width: 54rem) {
    :host([columns='3']) .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    :host([columns='3']) ::slotted([span='3']) {
      grid-column: span 3;
    }
  }
  @container (min-width: 66rem) {
    :host(:not([columns='1'], [columns='2'], [columns='3'])) .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    :host(:not([columns='1'], [columns='2'], [columns='3'])) ::slotted([span='3']) {
      grid-column: span 3;
    }
  }
`;
