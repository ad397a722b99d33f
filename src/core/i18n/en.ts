import { joinList } from './grammar.js';
import type { ReaderMessages } from './messages.js';

/**
 * English (the fallback for every other language): the words a reader gets. The sentences that explain a problem
 * to the page's author are in en-problems.ts, loaded only when a widget has a problem to show.
 */
export const en: ReaderMessages = {
  locale: 'en-GB',
  source: 'Source:',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  download: 'Download',
  exportItems: { png: 'Image (PNG)', card: 'Image for social media (PNG)', svg: 'Vector image (SVG)', csv: 'Data (CSV)', embed: 'Copy embed code' },
  preparing: 'Preparing…',
  downloaded: (file) => `Downloaded ${file}`,
  embedCopied: 'Embed code copied',
  copyByHand: 'Press Ctrl+C / ⌘C to copy',
  exportFailed: 'Sorry, the file could not be made.',
  defaultCaption: 'Chart data',
  labelColumn: 'Item',
  valueColumn: 'Value',
  noData: 'no data',
  legend: 'Key',
  target: 'Target',
  ratio: (value) => `1 in ${value}`,
  qualified: (qualifier, value) => `${qualifier} ${value}`,
  keyboardHint: 'Use the arrow keys to move between bars.',
  pointAnnouncement: ({ label, series, value, position, total, seriesPosition, seriesCount, row, rowCount }) =>
    `${label}${series ? `, ${series}` : ''}: ${value}. ${
      rowCount ? `${total > 1 ? `${position} of ${total}, row` : 'Row'} ${row} of ${rowCount}` : `${position} of ${total}`
    }${seriesCount ? `, series ${seriesPosition} of ${seriesCount}` : ''}.`,
  firstPoint: 'First point.',
  lastPoint: 'Last point.',
  keysShown: 'Arrow keys: move between points. Esc: hide the label. ?: list of keys.',
  howToReadTitle: 'How to read this chart',
  aboutThisData: 'About this data',
  aboutQuestion: 'Question',
  aboutPopulation: 'Who',
  aboutBase: 'Base',
  aboutSampleSize: 'Sample size',
  aboutFieldwork: 'Fieldwork',
  aboutMethod: 'Method',
  aboutCommissionedBy: 'Commissioned by',
  aboutUncertainty: 'Margin of error',
  sampleSizeValue: (n) => `${n} people`,
  marginRule:
    'Ranges are 95% confidence intervals. “± 3.1” is the usual margin of error, used when at least 10 people gave each answer; otherwise the range is a Wilson interval, written “3% (1–7)”. For online panels they are approximate.',
  approximateMargins: 'Margins are approximate: the sample size is approximate.',
  sampleSizeRange: (low, high) => `${low} to ${high} people`,
  designEffectRule: (deff, effective) => `Margins allow for a design effect of ${deff}${effective ? ` (effective sample size about ${effective})` : ''}.`,
  marginSummary: (largest) => `Margin of error (95%): up to ±${largest} percentage points.`,
  intervalNormal: (value, margin) => `${value} ± ${margin}`,
  intervalRange: (value, low, high) => `${value} (${low}–${high})`,
  rangeColumn: (series) => (series ? `${series}: 95% range` : '95% range'),
  smallSampleCaution: (items, below) => `Small samples: fewer than ${below} people answered for ${joinList(items, 'and')}. Treat these figures with caution.`,
  withheldNote: (items, below) => `Not shown: fewer than ${below} people answered for ${joinList(items, 'and')}, too few for a reliable figure.`,
  sampleOf: (label, n) => `“${label}” (${n})`,
  withheld: 'too few answers',
  notesLabel: 'Notes',
  pointNote: (value, note) => `${value} (note: ${note})`,
  notesSummary: (notes) => `Notes: ${notes.join('; ')}.`,
  referenceSummary: (label, value) => `A line marks ${label ? `${label} at ` : ''}${value}.`,
  rangeSummary: (from, to, label) => `Shaded: ${from === to ? from : `${from} to ${to}`}${label ? `, ${label}` : ''}.`,
  errorHeading: 'This chart can’t be shown',
  warningHeading: 'Check this chart',
  loadingFigures: 'Loading figures…',
  sourceNetwork: (url) =>
    `Could not load the figures from ${url}: the server could not be reached. Check the address, and that the server lets other sites read the file.`,
};
