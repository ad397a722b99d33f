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

/**
 * The stylesheet's numbers, for the pre-renderer's reckoning of each chart's width (dashboardCellWidth). The stylesheet
 * writes them out: the build's CSS minifier (lightningcss) cannot read a `${…}` in an `@container` rule, and a value
 * put in through one would cost bytes in every bundle. test/node/ssr-dashboard.test.mjs checks that each stands in the
 * stylesheet where it should, and test/embed/ssr-dashboard-hydration.test.ts that the browser's grid agrees with
 * dashboardCellWidth. Widths are the dashboard's own.
 */
export const DASHBOARD_GRID = {
  /** Below this, one column whatever `columns` says, and the dashboard gives its side padding to its charts. */
  narrowBelowRem: 36,
  /** Two columns from here (without `columns`). */
  twoColumnsRem: 42,
  /** Three columns from here with `columns="3"`. */
  threeColumnsAskedRem: 54,
  /** Three columns from here (without `columns`). */
  threeColumnsRem: 66,
  /** Space between the charts, unless the page sets `--trust-dashboard-gap`. */
  gapRem: 1,
  /** The line around each chart in the grid. */
  cellBorderPx: 1,
  /**
   * The dashboard's padding, and each chart's: the default of `--trust-padding` (`--_padding` in
   * src/core/theme/tokens.ts, which the stylesheet uses, so that a page's own value applies to both).
   */
  paddingRem: 1,
} as const;

const grid = DASHBOARD_GRID;

/** How many columns the grid has in a dashboard `width` px wide, by the container queries above. */
function columnCount(width: number, columns: string | undefined, remPx: number): number {
  const from = (rem: number) => width >= rem * remPx;
  if (!from(grid.narrowBelowRem)) return 1;
  // As the selectors match: `columns` exactly as written ('1', '2' or '3'); anything else is no `columns` at all.
  if (columns === '1') return 1;
  if (columns === '2') return 2;
  if (columns === '3') return from(grid.threeColumnsAskedRem) ? 3 : 2;
  return from(grid.threeColumnsRem) ? 3 : from(grid.twoColumnsRem) ? 2 : 1;
}

/**
 * The width, in CSS pixels, of the grid cell the stylesheet above gives a child of a dashboard `width` px wide (its
 * border box, the line around it included): the grid's columns for that width and `columns`, the child's `span`
 * ('2' or '3', never beyond the columns there are), the gaps and the dashboard's padding between. The page's
 * `--trust-padding` and `--trust-dashboard-gap` cannot be known here: their defaults are used. `remPx`: the root font
 * size the rem breakpoints are read with. Used by the pre-renderer, which has no browser to measure the cell in.
 */
export function dashboardCellWidth(width: number, columns: string | undefined, span: string | undefined, remPx: number): number {
  const count = columnCount(width, columns, remPx);
  const gap = grid.gapRem * remPx;
  // A narrow dashboard gives its side padding to its charts (`width < narrowBelowRem` above).
  const inner = width - (width < grid.narrowBelowRem * remPx ? 0 : 2 * grid.paddingRem * remPx);
  const column = (inner - (count - 1) * gap) / count;
  const spanned = span === '2' || span === '3' ? Math.min(Number(span), count) : 1;
  return spanned * column + (spanned - 1) * gap;
}
