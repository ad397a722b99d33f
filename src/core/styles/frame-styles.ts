import { css } from 'lit';

/** The figure frame every widget shares: heading, chart, toolbar, table, footer, problems. */
export const frameStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    padding: var(--_padding);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    text-align: start;
    border-radius: var(--_radius);
    /*
     * The host page's CSS cannot reach inside, but inherited text properties can: reset the ones that would. Not
     * letter and word spacing: a reader may need them (WCAG 1.4.12), and labels are measured with them.
     */
    text-transform: none;
    font-style: normal;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .width-probe {
    height: 0;
    overflow: hidden;
  }
  /* Letters whose size follows the reader's font size and text spacing (TextMeasureController): in rem, so that
     they follow the reader's text size even where the page sets --trust-font-size in px. */
  .width-probe > span {
    display: inline-block;
    font-size: 1rem;
  }
  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    /* Fills a host that is stretched (a dashboard's grid cell, as tall as the row); else it is as tall as its content. */
    height: 100%;
  }
  /* In a stretched host the button and the caption go to the bottom, so they line up across a dashboard's row. */
  .toolbar,
  figcaption {
    margin-top: auto;
  }
  .toolbar ~ figcaption {
    margin-top: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--_heading-size);
    font-weight: 700;
    line-height: 1.25;
  }
  .subheading {
    margin: 0;
    color: var(--_muted-text);
  }
  /* The loading line is a passing state, not content: quiet, like the subheading. */
  .loading {
    margin: 0;
    color: var(--_muted-text);
  }
  .chart svg {
    display: block;
    overflow: visible;
    max-width: 100%;
  }
  .chart svg:focus {
    outline: none;
  }
  .chart svg:focus-visible {
    outline: 2px dashed var(--_muted-text);
    outline-offset: 4px;
  }
  svg text {
    fill: var(--_text);
    font-family: var(--_font);
  }
  .focus-ring {
    display: none;
    fill: none;
    pointer-events: none;
  }
  svg:focus .focus-ring {
    display: inline;
  }
  /* Two rings of 2 px (WCAG 2.4.13): the dark one shows either side of the light one, so one contrasts on any ground. */
  .focus-ring .outer {
    stroke: var(--_focus-text);
    stroke-width: 6;
  }
  .focus-ring .inner {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    display: inline-block;
    width: 0.875rem;
    height: 0.875rem;
    flex: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted-text);
    border-radius: 4px;
    min-height: 2rem;
    min-width: 2rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  button:focus-visible,
  a:focus-visible,
  .table-region:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  /*
   * A wide table scrolls sideways: a focusable region (keyboard users scroll it with the arrow keys) whose edges shade
   * while there is more to see (backgrounds that scroll with the content cover the shades at either end).
   */
  .table-region {
    overflow-x: auto;
    /* Its width, for the caption (100cqi): a wide table scrolls under a caption that wraps in view. */
    container-type: inline-size;
    background:
      linear-gradient(to right, var(--_background) 40%, transparent) left / 1.5rem 100% no-repeat local,
      linear-gradient(to left, var(--_background) 40%, transparent) right / 1.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_text) 25%, transparent), transparent) left / 0.5rem 100% no-repeat,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 25%, transparent), transparent) right / 0.5rem 100% no-repeat;
  }
  /* A pre-rendered chart read without JavaScript: the table button cannot work, so show the table instead. */
  :host(:not(:defined)) .toolbar {
    display: none;
  }
  :host(:not(:defined)) .table-region[hidden] {
    display: block;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
    min-width: 100%;
  }
  caption {
    max-width: 100cqi;
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* A value and its margin stay on one line ("27% ± 0.8"): the table scrolls instead. */
  td.number {
    white-space: nowrap;
  }
  /* On screen, a long label or heading wraps into lines of a few words, not one word a line: the table scrolls instead.
     (Paper does not scroll: there the table fits the page, see print.) */
  @media screen {
    .long {
      min-width: 8em;
    }
    .long-labels th[scope='row'] {
      min-width: 10em;
    }
  }
  figcaption {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    color: var(--_muted-text);
    font-size: 0.875rem;
  }
  figcaption p {
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration: underline;
  }
  /* Small samples, and figures that a refresh could not update (part="notice"): a caution about the figures. */
  .caution {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_warning);
    font-size: 0.875rem;
  }
  .about summary {
    cursor: pointer;
    min-height: 1.5rem;
  }
  .about dl {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
  }
  .about dl > div {
    display: contents;
  }
  .about dt {
    font-weight: 700;
  }
  .about dd {
    margin: 0;
  }
  .problems {
    border-inline-start: 4px solid var(--_error);
    padding: 0.5rem 0.75rem;
    margin: 0;
  }
  .problems.warning {
    border-color: var(--_warning);
    font-size: 0.875rem;
  }
  .problems p {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .problems ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  code {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (prefers-reduced-motion: no-preference) {
    .grow {
      animation: trust-grow 400ms ease-out both;
      transform-box: fill-box;
    }
  }
  @keyframes trust-grow {
    from {
      transform: scaleX(0);
    }
  }
  @media (forced-colors: active) {
    /* :host([theme]) too, so a theme's palette never outranks the reader's system colours. */
    :host,
    :host([theme]) {
      forced-color-adjust: none;
      --_background: Canvas;
      background: Canvas;
      color: CanvasText;
      --_text: CanvasText;
      --_muted-text: CanvasText;
      --_grid: GrayText;
      --_axis: CanvasText;
      --_muted-mark: GrayText;
      --_target: CanvasText;
      --_focus: Highlight;
      --_focus-text: Canvas;
      --_series-1: CanvasText;
      --_series-2: Canvas;
      --_series-3: CanvasText;
      --_series-4: Canvas;
      --_series-5: CanvasText;
      --_series-6: Canvas;
      --_positive: CanvasText;
      --_negative: CanvasText;
      --_scale-1: CanvasText;
      --_scale-2: Canvas;
      --_scale-3: GrayText;
      --_scale-4: Canvas;
      --_scale-5: CanvasText;
    }
    .mark,
    .swatch {
      stroke: CanvasText;
      stroke-width: 1.5px;
      outline: 1.5px solid CanvasText;
      outline-offset: -1.5px;
    }
    .mark.highlight {
      fill: Highlight;
    }
    a {
      color: LinkText;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .toolbar {
      display: none;
    }
    /* A key's colour squares are backgrounds, which browsers leave out when printing: keep them, or the key is lost. */
    .swatch {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .grow {
      animation: none;
    }
    /* A closed "About this data" is a control that does nothing on paper: print its facts (where the engine knows
       ::details-content; elsewhere it prints closed, as before). */
    .about::details-content {
      content-visibility: visible;
    }
    /* print-table: the data table under the chart on paper, whether or not it is open on screen. */
    :host([print-table]) .table-region[hidden] {
      display: block;
    }
    /* Paper does not scroll: a wide table wraps its cells and fits the page instead of being cut at its edge. */
    .table-region {
      overflow: visible;
      background: none;
    }
    .table-region table {
      min-width: 0;
      width: 100%;
      font-size: 0.75rem;
    }
    .table-region td.number {
      white-space: normal;
    }
    /* A long column heading may break within a word rather than push the table off the page (13 columns of a likert
       with its ranges); figures and row labels wrap only at spaces. */
    .table-region th,
    .table-region td {
      padding: 0.125rem 0.25rem;
    }
    .table-region thead th {
      overflow-wrap: anywhere;
    }
  }
`;

/** Series colours as classes, so marks never need a `style` attribute (strict CSP forbids inline styles). */
export const seriesStyles = css`
  .series-1 { fill: var(--_series-1); --_swatch: var(--_series-1); }
  .series-2 { fill: var(--_series-2); --_swatch: var(--_series-2); }
  .series-3 { fill: var(--_series-3); --_swatch: var(--_series-3); }
  .series-4 { fill: var(--_series-4); --_swatch: var(--_series-4); }
  .series-5 { fill: var(--_series-5); --_swatch: var(--_series-5); }
  .series-6 { fill: var(--_series-6); --_swatch: var(--_series-6); }
  .swatch { background: var(--_swatch); }
  .mark.muted { fill: var(--_muted-mark); }
`;
