/**
 * The CSV download: the data the chart draws, as numbers ("57", with the unit in the column's header), one row per
 * label and one column per series, with qualifier, sample size and interval columns where the chart has them, after
 * comment lines saying where the figures come from (the source line, the notes and "About this data").
 */
import { csvFormatRows } from 'd3-dsv';
import type { ChartContext } from '../chart-context.js';
import type { TrustElement } from '../trust-element.js';
import { captionPartOf } from './live-figure.js';

/** What a unit adds to a value column's header, so that the bare number keeps its meaning. */
function unitSuffix(context: ChartContext, widget: TrustElement): string {
  switch (context.unit) {
    case 'percent':
      return ' (%)';
    case 'currency':
      return ` (${widget.getAttribute('currency')?.trim().toUpperCase() || 'GBP'})`;
    case 'ratio':
      return ' (1 in N)';
    default:
      return '';
  }
}

/** A comment line: one line, whatever the text holds. */
const comment = (name: string, text: string | undefined): string[] => (text?.trim() ? [`# ${name}: ${text.replace(/\s+/g, ' ').trim()}`] : []);

/** The comment lines: source first (a chart never leaves without it), then the heading, notes and "About this data". */
function commentLines(widget: TrustElement, context: ChartContext): string[] {
  const root = widget.shadowRoot;
  const text = (selector: string) => root?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const source = captionPartOf(widget, 'source');
  const href = source?.querySelector('a')?.href;
  const sourceWords = source?.textContent?.replace(/\s+/g, ' ').trim().replace(context.messages.source, '').trim();
  // "About this data": the chart's own, else its dashboard's, which lists what its charts share.
  const dashboard = widget.closest('trust-dashboard')?.shadowRoot;
  const aboutItems = root?.querySelector('[part="about"]')
    ? root.querySelectorAll('[part="about"] dl > div')
    : dashboard?.querySelectorAll('[part="about"] dl > div');
  const about = [...(aboutItems ?? [])].flatMap((item) =>
    comment(item.querySelector('dt')?.textContent?.trim() ?? '', item.querySelector('dd')?.textContent ?? undefined),
  );
  return [
    ...comment('Source', [sourceWords || 'not given', href && href !== sourceWords ? `(${href})` : ''].filter(Boolean).join(' ')),
    ...comment('Title', text('.heading')),
    ...comment('Subtitle', text('.subheading')),
    ...[...(root?.querySelectorAll('p.caution, p.axis-note, p.band-note, p.significance') ?? [])].flatMap((note) =>
      comment('Note', note.textContent ?? undefined),
    ),
    ...comment('Note', text('figcaption [part="note"]')),
    ...about,
  ];
}

/** The CSV text of `widget`'s data as `context` (the widget's drawnData) holds it. */
export function dataCsv(widget: TrustElement, context: ChartContext): string {
  const { model, seriesNames, qualifier } = context;
  const suffix = unitSuffix(context, widget);
  const header: string[] = [model.labelHeader?.trim() || context.messages.labelColumn];
  const cells: ((rowIndex: number) => string)[] = [];
  const rows = model.rows;
  const number = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? '' : String(value));
  seriesNames.forEach((name, s) => {
    header.push(`${name}${suffix}`);
    cells.push((r) => number(rows[r]!.values[s]));
    if (qualifier || rows.some((row) => row.qualifiers[s])) {
      header.push(`${name} qualifier`);
      cells.push((r) => (rows[r]!.values[s] === null ? '' : (rows[r]!.qualifiers[s] ?? qualifier ?? '')));
    }
    if (rows.some((row) => context.sampleSize(row, s) !== undefined)) {
      header.push(`${name} sample size`);
      cells.push((r) => number(context.sampleSize(rows[r]!, s)));
    }
    const intervals = rows.map((row) => (row.values[s] === null ? undefined : context.uncertainty(row, s)));
    if (intervals.some(Boolean)) {
      header.push(`${name} 95% low`, `${name} 95% high`);
      cells.push(
        (r) => number(intervals[r]?.low),
        (r) => number(intervals[r]?.high),
      );
      if (intervals.some((interval) => interval?.margin !== undefined)) {
        header.push(`${name} margin of error (± points)`);
        cells.push((r) => number(intervals[r]?.margin));
      }
      header.push(`${name} interval method`);
      cells.push((r) => intervals[r]?.method ?? '');
    }
  });
  const table = csvFormatRows([header, ...rows.map((row, r) => [row.label, ...cells.map((cell) => cell(r))])]);
  return `${[...commentLines(widget, context), table].join('\n')}\n`;
}
