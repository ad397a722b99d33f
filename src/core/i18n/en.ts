import { joinList } from './grammar.js';
import { frameEnglish } from './en-frame.js';
import type { ReaderMessages } from './messages.js';

/**
 * English (the fallback for every other language): the words a reader gets, those of the frame (en-frame.ts) and
 * those only a chart says. The sentences that explain a problem to the page's author are in en-problems.ts, loaded
 * only when a widget has a problem to show.
 */
export const en: ReaderMessages = {
  ...frameEnglish,
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
  keyboardHint: 'Use the arrow keys to move between bars.',
  pointAnnouncement: ({ label, series, value, position, total, seriesPosition, seriesCount, row, rowCount }) =>
    `${label}${series ? `, ${series}` : ''}: ${value}. ${
      rowCount ? `${total > 1 ? `${position} of ${total}, row` : 'Row'} ${row} of ${rowCount}` : `${position} of ${total}`
    }${seriesCount ? `, series ${seriesPosition} of ${seriesCount}` : ''}.`,
  firstPoint: 'First point.',
  lastPoint: 'Last point.',
  keysShown: 'Arrow keys: move between points. Esc: hide the label. ?: list of keys.',
  howToReadTitle: 'How to read this chart',
  marginSummary: (largest) => `Margin of error (95%): up to ±${largest} percentage points.`,
  intervalNormal: (value, margin) => `${value} ± ${margin}`,
  intervalRange: (value, low, high) => `${value} (${low}–${high})`,
  rangeColumn: (series) => (series ? `${series}: 95% range` : '95% range'),
  smallSampleCaution: (items, below) => `Small samples: fewer than ${below} people answered for ${joinList(items, 'and')}. Treat these figures with caution.`,
  withheldNote: (items, below) => `Not shown: fewer than ${below} people answered for ${joinList(items, 'and')}, too few for a reliable figure.`,
  sampleOf: (label, n) => `“${label}” (${n})`,
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
