import type { PointWalk } from '../a11y/point-navigation.js';
import type { KeyHelpWords } from '../i18n/messages.js';

/*
 * The keyboard help's list: part of the code that answers a reader's keys (PointInteraction, a lazy chunk with no Lit),
 * so that the widgets' bundles carry only the key that opens it.
 */

/** The English key lines; Welsh ones come with the Welsh words (cy.ts), as `messages.keyHelp`. */
export const englishKeyHelp: KeyHelpWords = {
  title: 'Keys for this chart',
  arrows: 'Arrow keys: next or previous point',
  alongSeries: '← →: along a series',
  betweenSeries: '↑ ↓: the same point in the next or previous series',
  withinRow: '← →: within the row',
  betweenRows: '↑ ↓: the next or previous row',
  homeEnd: 'Home, End: the first or last point',
  homeEndRow: 'Home, End: the start or end of the row',
  pagesSeries: 'Page Up, Page Down: the first or last series',
  pagesRows: 'Page Up, Page Down: the first or last row',
  escape: 'Esc: hide the label, or this list',
  question: '?: show or hide this list',
};

/** The points as the keys see them: grouped by series (a line, a year of bars) and by label (a row). */
type KeyedPoints = readonly { readonly series: string; readonly label: string }[];

/**
 * The title, then the keys that work on this chart, one line each ("← →: along a series"), as Data Navigator and
 * Highcharts list them: the arrows as the walk moves them, Home and End, Page Up and Page Down only where there is
 * more than one series (or a row of several marks) to jump between, Escape, and `?` itself. No Enter or Space: the
 * chart uses neither.
 */
export function keyList(keys: KeyHelpWords, points: KeyedPoints, walk: PointWalk): string[] {
  const count = (name: (point: KeyedPoints[number]) => string) => new Set(points.map(name)).size;
  const groups = walk === 'rows' ? count((point) => point.label) : count((point) => point.series);
  // Rows of one mark each, or a single series: every arrow steps from point to point.
  const linear = walk === 'rows' ? groups === points.length : groups < 2;
  const arrows = linear ? [keys.arrows] : walk === 'rows' ? [keys.withinRow, keys.betweenRows] : [keys.alongSeries, keys.betweenSeries];
  const pages = linear ? [] : [walk === 'rows' ? keys.pagesRows : keys.pagesSeries];
  const homeEnd = !linear && walk === 'rows' ? keys.homeEndRow : keys.homeEnd;
  return [keys.title, ...arrows, homeEnd, ...pages, keys.escape, keys.question];
}
