/**
 * Checks as you go: honest-by-default advice about the chart being built, each a sentence in the builder's
 * catalogues with a link to the docs. Pure: the same inputs as the embed codes. These are advice, never blocks.
 */
import { isUsualDontKnow } from '../likert/likert-scale.js';
import { readSampleSizeForm, sampleSizeColumn } from '../core/data/sample-size-columns.js';
import { changeSignificance } from '../core/stats/change-significance.js';
import type { WidgetTag } from '../widgets.js';
import { isHexColour, type ChosenColours } from './colours.js';
import { contrastRatio, MARK_CONTRAST, TEXT_CONTRAST } from './contrast.js';
import type { WidgetAttributeValues } from './embed-code.js';
import type { PastedTable } from './paste.js';
import { themeColour, themePalettes } from './theme-colours.js';

export type CheckId =
  | 'no-heading'
  | 'long-heading'
  | 'no-source'
  | 'no-sample-size'
  | 'waffle-over-total'
  | 'likert-dont-know'
  | 'change-within-margin'
  | 'low-contrast-mark'
  | 'low-contrast-text';

/** A custom colour with too little contrast: what it was measured against, and the ratio. */
export interface ContrastFinding {
  /** The colour's custom property, `--trust-series-1`. */
  readonly property: string;
  readonly colour: string;
  /** The colour it sits on: the chart's background, or (for text inside a segment) the segment's colour. */
  readonly against: string;
  /** The custom property `against` comes from. */
  readonly againstProperty: string;
  /** The contrast ratio, 1 to 21, and the least it needs (3 for marks, 4.5 for text). */
  readonly ratio: number;
  readonly needed: number;
}

export interface Check {
  readonly id: CheckId;
  /** The form field to fix, by attribute name (or custom property name, for a colour). */
  readonly field: string;
  /** The docs page (under docs/) that explains it, with its section. */
  readonly docs: string;
  /** For a contrast check: the colour and its ratio. */
  readonly contrast?: ContrastFinding;
}

/** Colours that draw marks (bars, lines, segments, dots): 3:1 against the background (WCAG 1.4.11, non-text contrast). */
const MARK_PROPERTY = /^--trust-(series-\d+|scale-\d+|positive|negative|muted-mark-color|target-color|axis-color)$/;
/** Colours of text on the chart's background: 4.5:1 (WCAG 1.4.3). */
const TEXT_PROPERTIES: readonly string[] = ['--trust-text-color', '--trust-muted-color'];
/** Colours of values written inside an agree/disagree segment: 4.5:1 against that segment's colour. */
const SEGMENT_TEXT_PROPERTY = /^--trust-scale-text-(\d+)$/;
const BACKGROUND = '--trust-background';
const CONTRAST_DOCS = 'theming.md#colours-and-contrast';

/** More words than a reader takes in at a glance: the heading is the finding, not the whole story. */
export const HEADING_MAX_WORDS = 15;
const SERIES_SPLIT = /\s*\|\s*/;
const RISE_OR_FALL =
  /\b(rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|up|down|increase[ds]?|decrease[ds]?|grew|grown|growth|drop(ped|s)?|more|fewer|less|higher|lower|doubled|halved|cynnydd|gostyngiad|codi|cododd|gostwng|gostyngodd|mwy|llai)\b/iu;
const DONT_KNOW = /don[’']?t know|not sure|dim yn gwybod|ddim yn gwybod|ansicr/iu;

const text = (attributes: WidgetAttributeValues, name: string) => {
  const value = attributes[name];
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * The advice for this chart, in the order the form asks for things. `colours` are the custom colours the chart is
 * drawn with (its `style`), checked against the background in use: the custom one, else the theme's.
 */
export function checkChart(tag: WidgetTag, attributes: WidgetAttributeValues, table: PastedTable, locale = 'en-GB', colours: ChosenColours = {}): Check[] {
  const checks: Check[] = [];
  const heading = text(attributes, 'heading');
  if (!heading) checks.push({ id: 'no-heading', field: 'heading', docs: 'shared-attributes.md' });
  else if (heading.split(/\s+/).length > HEADING_MAX_WORDS) checks.push({ id: 'long-heading', field: 'heading', docs: 'shared-attributes.md' });
  if (!text(attributes, 'source')) checks.push({ id: 'no-source', field: 'source', docs: 'shared-attributes.md' });

  const unit = text(attributes, 'unit') || (table.unit === 'currency' ? 'currency' : 'percent');
  // Sizes as the chart reads them: "about 11,000" and "11k" too (the chart notes that the margin is then approximate).
  const readSampleSize = (raw: string, locale: string): number | null | 'invalid' => {
    const reading = readSampleSizeForm(raw, locale);
    return reading && reading !== 'invalid' ? reading.size : reading;
  };
  const sizeColumns = table.header.map((name, i) => (i > 0 && sampleSizeColumn(name) ? i : -1)).filter((i) => i > 0);
  const sampleSizes = text(attributes, 'sample-size')
    .split(SERIES_SPLIT)
    .filter(Boolean)
    .map((size) => readSampleSize(size, locale));
  if (unit === 'percent' && !sampleSizes.length && !sizeColumns.length && tag !== 'trust-waffle') {
    checks.push({ id: 'no-sample-size', field: 'sample-size', docs: 'shared-attributes.md' });
  }

  const firstColumn = table.valueColumns[0];
  if (tag === 'trust-waffle' && firstColumn !== undefined) {
    const total = Number(text(attributes, 'of') || 100);
    const sum = table.readings.reduce((all, row) => all + (row[firstColumn]?.kind === 'number' ? row[firstColumn]!.value! : 0), 0);
    if (Number.isFinite(total) && sum > total) checks.push({ id: 'waffle-over-total', field: 'of', docs: 'trust-waffle.md' });
  }
  // The chart sets a last answer with one of the usual don't-know names apart by itself (isUsualDontKnow); any other
  // don't-know-like answer is drawn on the scale unless dont-know names it.
  const columns = table.valueColumns;
  const setApart = (i: number) => columns.length > 2 && i === columns[columns.length - 1] && isUsualDontKnow(table.header[i] ?? '');
  if (tag === 'trust-likert' && !text(attributes, 'dont-know') && columns.some((i) => DONT_KNOW.test(table.header[i] ?? '') && !setApart(i))) {
    checks.push({ id: 'likert-dont-know', field: 'dont-know', docs: 'trust-likert.md' });
  }
  if (tag === 'trust-change' && unit === 'percent' && table.valueColumns.length >= 2 && RISE_OR_FALL.test(heading)) {
    const [from, to] = [table.valueColumns[0]!, table.valueColumns[table.valueColumns.length - 1]!];
    const sizeFor = (row: readonly string[], series: number): number | undefined => {
      const rowSize = sizeColumns.length ? readSampleSize(row[sizeColumns[0]!] ?? '', locale) : null;
      if (typeof rowSize === 'number') return rowSize;
      const given = sampleSizes.length === 1 ? sampleSizes[0] : sampleSizes[series];
      return typeof given === 'number' ? given : undefined;
    };
    const tests = table.readings.flatMap((row, r) => {
      const [a, b] = [row[from], row[to]];
      const [nFrom, nTo] = [sizeFor(table.rows[r]!, 0), sizeFor(table.rows[r]!, sampleSizes.length - 1)];
      if (a?.kind !== 'number' || b?.kind !== 'number' || nFrom === undefined || nTo === undefined) return [];
      const test = changeSignificance(a.value!, nFrom, b.value!, nTo);
      return test ? [test] : [];
    });
    if (tests.length && tests.every((test) => !test.clear)) checks.push({ id: 'change-within-margin', field: 'heading', docs: 'trust-change.md' });
  }
  checks.push(...checkContrast(colours, text(attributes, 'theme')));
  return checks;
}

/**
 * Each custom colour below the contrast it needs, against what it is drawn on in every palette the theme may show
 * (both light and dark for `theme="auto"`): the lowest ratio is reported. With a custom background, the theme's own
 * text colours are checked against it too (text is on every chart: black on a dark background set by hand is as
 * unreadable as a faint colour chosen). Colours that are not hex are left alone.
 */
export function checkContrast(colours: ChosenColours, theme: string): Check[] {
  const custom = (property: string) => {
    const value = colours[property];
    return typeof value === 'string' && isHexColour(value) ? value.trim().toLowerCase() : undefined;
  };
  const themeText = custom(BACKGROUND) ? TEXT_PROPERTIES.filter((property) => !custom(property)) : [];
  const checks: Check[] = [];
  for (const property of [...Object.keys(colours), ...themeText]) {
    const segment = SEGMENT_TEXT_PROPERTY.exec(property);
    const isText = TEXT_PROPERTIES.includes(property) || !!segment;
    if (!isText && !MARK_PROPERTY.test(property)) continue;
    const againstProperty = segment ? `--trust-scale-${segment[1]}` : BACKGROUND;
    const needed = isText ? TEXT_CONTRAST : MARK_CONTRAST;
    let worst: ContrastFinding | undefined;
    for (const palette of themePalettes(theme)) {
      const colour = custom(property) ?? (themeText.includes(property) ? themeColour(property, palette) : undefined);
      const against = custom(againstProperty) ?? themeColour(againstProperty, palette);
      if (!colour || !against) continue;
      const ratio = contrastRatio(colour, against);
      if (ratio < needed && (!worst || ratio < worst.ratio)) worst = { property, colour, against, againstProperty, ratio, needed };
    }
    if (worst) checks.push({ id: isText ? 'low-contrast-text' : 'low-contrast-mark', field: property, docs: CONTRAST_DOCS, contrast: worst });
  }
  return checks;
}
