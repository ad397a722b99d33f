import type { SourceMessages } from './source/source-words.js';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { DataModel, DataOrigin, DataRow } from './data/model.js';
import type { PointDetail } from './events.js';
import type { ValueFormatter } from './format/number.js';
import type { Unit } from './format/units.js';
import type { Messages } from './i18n/messages.js';
import type { TextMeasurer } from './layout/measure-text.js';
import type { Problem } from './problems.js';

/** What a widget needs to draw, already parsed, validated and formatted for the reader's locale. */
export interface ChartContext {
  /** The data, with where it came from (`.data`, `data`, `table`, or the widget's own attribute such as `value`). */
  readonly model: DataModel & { readonly origin: DataOrigin };
  /** Series names as shown (the `series` attribute, the table header, or a generic name). */
  readonly seriesNames: readonly string[];
  readonly unit: Unit;
  /** Formats a value with its qualifier: use it for every number shown or read out. */
  readonly format: ValueFormatter;
  /** Formats an axis tick: like `format` but without qualifiers or "1 in" wording. */
  readonly formatAxis: (value: number) => string;
  readonly qualifier: string | undefined;
  readonly messages: Messages;
  readonly locale: string;
  readonly width: number;
  /**
   * How many times larger than the default the reader's text is (root font size ÷ 16, never below 1). An SVG chart
   * is laid out at width ÷ scale for it and drawn scale times larger; an HTML chart (the stat) is given its own width
   * and this, to do the same with its drawn parts.
   */
  readonly scale?: number;
  readonly measure: TextMeasurer;
  /** Index (into `points`) of the mark that has keyboard focus, if any. */
  readonly focusIndex: number | null;
  /** Widgets add non-fatal problems with their own attributes here. */
  readonly warnings: Problem[];
  /**
   * Widgets add problems that make the chart impossible to draw (a before-and-after chart given one value per row).
   * The base then shows them in the error box, counts them in `trust-render` and warns once, as for data problems.
   */
  readonly errors: Problem[];
  /**
   * A value's interval: the one its source publishes (`lower-column` / `upper-column`), else the 95% interval of a
   * percentage whose sample size is known (`sample-size` or an `n` column).
   */
  readonly uncertainty: (row: DataRow, series: number) => ValueUncertainty | undefined;
  /** The author asked for margins of error on the chart itself (`show-uncertainty`). */
  readonly showUncertainty: boolean;
  /** With published intervals: the words that say they are the source's (see SourceData). */
  readonly sourceWords?: SourceMessages | undefined;
  /** The sample size behind a value, when known. */
  readonly sampleSize: (row: DataRow, series: number) => number | undefined;
}

/**
 * What the view knows before a widget reads its own attributes (`value`, `previous`, `of` …): the reader's locale and
 * the unit, already read and checked (undefined when `unit` names none; the view reports that).
 */
export interface OwnAttributeFacts {
  readonly locale: string;
  readonly unit: Unit | undefined;
}

/**
 * A value's interval, with the text that shows it: a 95% interval worked out from its sample size ("57% ± 3.1" or
 * "3% (1–7)"), or the interval its source publishes (`lower-column` / `upper-column`), shown as a range "57% (54–60)".
 */
export type ValueUncertainty = ComputedUncertainty | PublishedUncertainty;

/** A 95% interval worked out here from the sample size: the normal margin of error, or a Wilson interval. */
export interface ComputedUncertainty {
  readonly n: number;
  readonly method: 'normal' | 'wilson';
  readonly low: number;
  readonly high: number;
  /** Half-width in percentage points, for the normal approximation. */
  readonly margin?: number;
  readonly text: string;
}

/** An interval published with the figures, shown as given; it wins over one worked out from the sample size. */
export interface PublishedUncertainty {
  /** The sample size, when one is known as well. */
  readonly n?: number | undefined;
  readonly method: 'published';
  readonly low: number;
  readonly high: number;
  readonly margin?: undefined;
  readonly text: string;
}

/** One entry of the element's `.uncertainty` list. */
export type UncertaintyEntry = ValueUncertainty & {
  readonly label: string;
  readonly series: string;
  readonly value: number;
};

/** A legend entry: a name, or a name with the class that colours its swatch (default `series-N`). */
export type LegendItem = string | { readonly name: string; readonly className: string };

/**
 * What a widget hands back. An `svg` drawing (the default) is wrapped in one focusable `<svg role="graphics-document">`
 * named by the summary (the figure around it is named by the heading), with keyboard navigation over `points` and a
 * labelled `graphics-symbol` over each point's box for screen readers (src/core/a11y/point-list.ts). Its content
 * stays aria-hidden. An `html` drawing (a headline number) is plain, readable HTML: no summary, no keyboard navigation.
 */
export type ChartDrawing = SvgDrawing | HtmlDrawing;

interface DrawingCommon {
  /** Series shown in the legend (only drawn when there is more than one). */
  readonly legend?: readonly LegendItem[];
  /** Column headings for the data table's value columns, in model series order (default: the series names). */
  readonly tableSeriesNames?: readonly string[];
  /** The notes written on the chart (`notes`), by row: the data table shows them in a last column. */
  readonly tableNotes?: (row: DataRow) => string | undefined;
  /** The data table's rows where they say more than the data's: a row's own direction, a waffle's remaining shapes. */
  readonly tableRows?: readonly DataRow[];
  /** What the arrow keys move between, read after the chart's name (default: "…between bars"). */
  readonly keyboardHint?: string;
  /** Whether to offer the "Show data table" button. Default true. */
  readonly showTable?: boolean;
  /** Extra content under the chart, before the toolbar (a natural-frequency line, a caution note). */
  readonly after?: TemplateResult;
}

export interface SvgDrawing extends DrawingCommon {
  readonly kind?: 'svg';
  readonly width: number;
  readonly height: number;
  readonly content: SVGTemplateResult;
  readonly summary: string;
  readonly points: readonly PointDetail[];
  /**
   * Where each point's mark is (by index into `points`): its tooltip sits beside it, never on it, and its symbol in
   * the accessibility tree covers it (where touch exploration finds it).
   */
  readonly boxes?: readonly PointBox[];
  /** Where the pointer selects a point, when not its box (a waffle's shapes, many per point). */
  readonly hitAreas?: readonly (PointBox & { readonly index: number })[];
  /** Whether a pointer over no mark selects the point nearest along x (a line chart). */
  readonly nearestX?: boolean;
}

/** A mark's rectangle, in the SVG's coordinates (CSS pixels: the SVG is drawn at the width it is laid out for). */
export interface PointBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface HtmlDrawing extends DrawingCommon {
  readonly kind: 'html';
  readonly content: TemplateResult;
}
