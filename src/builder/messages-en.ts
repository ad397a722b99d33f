/**
 * The builder's own words, in English. messages-cy.ts has the same keys in Welsh; the type checker keeps the two
 * in step. The attributes' hints are not here: they come from the widgets' JSDoc (custom-elements.json).
 */
import type { WidgetTag } from '../widgets.js';
import type { OutputKind } from './chart-builder.js';
import type { CheckId } from './checks.js';
import type { FieldGroup } from './manifest-form.js';
import type { CellProblem, PastedFormat } from './paste.js';
import type { SuggestionReason } from './suggest.js';

export const builderEn = {
  lang: 'en-GB',
  title: 'Make a chart',
  intro: 'Paste your figures, pick a chart, describe it, and copy the code for your page. Nothing you type leaves this page.',
  otherLanguage: 'Cymraeg',
  otherLanguageLabel: 'Defnyddio’r adeiladydd yn Gymraeg',
  otherLanguageCode: 'cy',

  dataHeading: '1. Your data',
  pasteLabel: 'Paste your figures',
  pasteHint:
    'Copy the cells from Excel, LibreOffice or Google Sheets, with the header row, and paste them here. CSV works too. The first column holds the labels; each other column is a series. A column headed “n” gives the number of people who answered.',
  readingCaption: 'How each cell was read',
  formats: { tsv: 'cells from a spreadsheet', csv: 'CSV', semicolon: 'CSV with semicolons' } satisfies Record<PastedFormat, string>,
  readingSummary: (rows: number, series: number, format: string) =>
    `${rows} ${rows === 1 ? 'row' : 'rows'} and ${series} ${series === 1 ? 'column' : 'columns'} of figures, read as ${format}.`,
  problemSummary: (count: number) =>
    count === 0 ? 'Every cell could be read.' : `${count} ${count === 1 ? 'cell needs' : 'cells need'} a look: marked in the table.`,
  readAs: (value: string) => `read as ${value}`,
  missing: 'no figure',
  sampleSize: (value: string) => `${value} people answered`,
  problems: {
    'not-a-number': 'not a number: write digits, such as 57 or 57%',
    'not-a-sample-size': 'not a sample size: a whole number of people, such as 1,000',
    'no-label': 'this row needs a label',
  } satisfies Record<CellProblem, string>,
  noData: 'Paste your figures above, or give the address of a CSV file, to see the chart.',
  fromAddress: 'The figures come from the CSV address below: the previews fetch them from there.',
  csvLabel: 'Or the address of a published CSV file',
  csvHint:
    'For example a Google Sheet published to the web as CSV (File, Share, Publish to web: an address ending in output=csv). The chart fetches its figures from there each time it is shown. An https:// or http:// address, or one relative to your page; press Enter to use it.',
  csvRefused: 'This address cannot be used: give one starting with https:// or http://, or one relative to your page.',

  chartHeading: '2. Pick a chart',
  suggested: 'suggested',
  reasons: {
    'one-value': 'One figure: a headline number. For a share of a small total (24 of 108 trusts), try the unit chart.',
    'two-times': 'Two columns of the same measure at two times: the change between them.',
    'many-times': 'A row for each point in time: a trend.',
    'answer-scale': 'Columns of answers from agree to disagree: a scale.',
    categories: 'Figures to compare, a row each: bars.',
  } satisfies Record<SuggestionReason, string>,
  widgetNames: {
    'trust-bars': 'Bars',
    'trust-stat': 'Headline number',
    'trust-waffle': 'Unit chart (waffle)',
    'trust-change': 'Change between two times',
    'trust-likert': 'Agree–disagree scale',
    'trust-trend': 'Trend over time',
  } satisfies Record<WidgetTag, string>,

  describeHeading: '3. Describe it',
  groups: {
    describe: 'What the chart says',
    survey: 'Where the figures come from',
    widget: 'Options for this chart',
    display: 'Numbers, language and look',
  } satisfies Record<FieldGroup, string>,
  /** Labels for some attributes; any other attribute is labelled by its name ("target-label" → "Target label"). */
  fieldLabels: {
    heading: 'Heading',
    subheading: 'Subheading',
    source: 'Source',
    'source-url': 'Source link',
    note: 'Note',
    question: 'Question asked',
    population: 'Who was asked',
    'sample-size': 'Sample size',
    'commissioned-by': 'Commissioned by',
    theme: 'Theme',
    locale: 'Language of the chart',
  } as Record<string, string>,
  moreOptions: 'More options: numbers, language and look',
  defaultOption: '(default)',

  coloursSummary: 'Colours',
  coloursLegend: 'The chart’s colours',
  coloursHint:
    'Empty: the theme’s colours. Pick a colour, or type its hex code (such as #005eb8). The checks below say when a colour is too faint against the background.',
  colourLikewise: 'Likewise',
  colourPicker: (label: string) => `${label}: colour picker`,
  colourReset: 'Reset',
  colourResetContext: (label: string) => ` ${label} to the theme’s colour`,
  colourInvalid: 'Not a colour the chart can use: write a hex code such as #005eb8 (or transparent, for a background), or pick one.',

  checksHeading: 'Checks',
  checksIntro: 'Advice, not rules: each says why, and the chart works either way.',
  noChecks: 'Nothing to check: the chart has a heading, a source and what readers need to judge the figures.',
  checks: {
    'no-heading': 'The chart has no heading. Write the finding in a sentence: it is what readers and screen readers meet first.',
    'long-heading': 'The heading is over 15 words. Keep the finding short and put the detail in the subheading or note.',
    'no-source': 'The chart names no source. Say who produced the figures, so readers can judge and check them.',
    'no-sample-size': 'These are percentages without a sample size, so no margin of error can be shown. Give the sample size, or an “n” column.',
    'waffle-over-total': 'The shares add up to more than the waffle’s total. In a single-choice question they should not; check the figures or set “of”.',
    'likert-dont-know': 'A “Don’t know” column is drawn as part of the scale. Name it in “Dont know” so it is shown apart.',
    'change-within-margin':
      'The heading words this as a rise or fall, but the change is within the margin of error. Say “no clear change”, or check the sample sizes.',
    'low-contrast-mark': (label: string, ratio: string, colour: string, against: string, onSegment: boolean) =>
      `“${label}” (${colour}) has a contrast of only ${ratio}:1 against ${onSegment ? 'its segment' : 'the background'} (${against}): marks need at least 3:1 to be seen. Choose a darker or lighter colour.`,
    'low-contrast-text': (label: string, ratio: string, colour: string, against: string, onSegment: boolean) =>
      `“${label}” (${colour}) has a contrast of only ${ratio}:1 against ${onSegment ? 'its segment' : 'the background'} (${against}): text needs at least 4.5:1 to be read. Choose a darker or lighter colour.`,
  } satisfies Record<CheckId, string | ContrastMessage>,
  goToField: (label: string) => `Go to “${label}”`,
  readDocs: 'Why (documentation)',

  previewHeading: '4. See it',
  phone: 'Phone, 360 px wide',
  desktop: 'Desktop, 720 px wide',
  noScript: 'No JavaScript: the static HTML',
  noScriptHint: 'What a page that allows no scripts shows: the chart drawn in advance, which does not respond to keys or clicks.',
  noScriptFrameTitle: 'The chart as static HTML, with no JavaScript',
  noScriptBlocked: 'This page’s security policy does not let the builder show the static HTML here. The code below is not affected.',
  noScriptUnstyled:
    'This page’s security policy blocks the chart’s inline styles, so it is shown unstyled, as on any page whose policy has no unsafe-inline for styles. On such a page use the script embed, or pre-render with linked stylesheets (see the pre-rendering docs).',
  noScriptPending: 'Drawing the chart…',

  outHeading: '5. Copy the code',
  libraryLabel: 'Where the library is',
  libraryHint: 'The address of public-trust-widgets’ dist folder on your site or CDN (it holds cdn/ and embed/).',
  outputs: {
    script: {
      label: 'Script embed: for pages that allow scripts',
      hint: 'Paste the script line once per page. Readers without JavaScript see the table.',
      copy: 'Copy the script embed',
      copied: 'Script embed copied.',
    },
    iframe: {
      label: 'Iframe embed: for pages that allow no scripts',
      hint: 'The figures travel in the address after #, which is never sent to a server.',
      copy: 'Copy the iframe embed',
      copied: 'Iframe embed copied.',
    },
    static: {
      label: 'Static HTML: for pages that allow neither scripts nor iframes',
      hint: 'The chart drawn here in advance, with its table: any page shows it with no script. It is a picture of the figures now: copy it again after a change.',
      copy: 'Copy the static HTML',
      copied: 'Static HTML copied.',
    },
  } satisfies Record<OutputKind, { label: string; hint: string; copy: string; copied: string }>,
  coloursStrictPolicy:
    "The colours are in the chart’s style attribute. A page whose Content-Security-Policy has no 'unsafe-inline' in style-src ignores it: put the colours’ stylesheet rule (under the script embed) in the page’s stylesheet instead.",
  cssRule: { label: 'The colours as a stylesheet rule', copy: 'Copy the CSS rule', copied: 'CSS rule copied.' },
  iframeNoColours: 'The iframe embed cannot carry colours: it draws the theme’s. For your colours, use the script embed or the static HTML.',
  iframeRelativeHint:
    'The CSV address is relative: in the iframe it would be read from the library’s folder, not your page’s. Give the full address, starting with https://.',
  staticLiveHint:
    'A live CSV address needs the script embed or the iframe: this static HTML holds the figures as fetched now, and will not change with the file.',
  copyFailed: 'Could not reach the clipboard: the code is selected, press Ctrl+C (or ⌘C) to copy it.',

  reopenHeading: '6. Open a chart again',
  linkLabel: 'Link to this chart in the builder',
  linkHint: 'This page’s address holds everything above: bookmark it or send it to reopen the chart here.',
  openLabel: 'Paste an embed code to edit it here',
  openButton: 'Open in builder',
  opened: 'Embed code opened: the form now shows its chart.',
  openFailed: 'No chart of public-trust-widgets was found in that code.',
};

export type BuilderMessages = typeof builderEn;

/** A contrast check's sentence: the colour's label, the ratio as written, the colour, what it is on, and whether that is a segment. */
export type ContrastMessage = (label: string, ratio: string, colour: string, against: string, onSegment: boolean) => string;
