import type { Messages } from '../i18n/messages.js';

/** Keys that move focus between marks, and where each one goes. */
export function nextPointIndex(key: string, current: number | null, count: number): number | null {
  if (count === 0) return null;
  // A focus index left over from data that had more points is treated as one past the end, so keys stay in range.
  const from = current === null ? -1 : Math.min(current, count);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(from + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * How the arrow keys walk a chart's points. `series` (bars, trend): Left and Right along a series, Up and Down between
 * series. `rows` (likert, change: each row is a question or an item, drawn across): Up and Down between rows, Left and
 * Right within a row (a likert row's answers, "don't know" and net score, a change row's from and to), and the place is
 * said within the row, then the row: "2 of 6, row 1 of 2".
 */
export type PointWalk = 'series' | 'rows';

/** A point as the keys see it: its label (the row) and its series (the part of a row). */
type Walked = { readonly series: string; readonly label: string };

/** Rows walk like series turned a quarter round: a row is a series of its parts, which are named by their series. */
const turned = (points: readonly Walked[]): Walked[] => points.map((point) => ({ series: point.label, label: point.series }));

/** Whether every row is a single part (a chart whose rows all lack figures): then keys move as `nextPointIndex` says. */
const oneEach = (points: readonly Walked[]) => new Set(points.map((point) => point.label)).size === points.length;

/** Where a point sits: its series (by name, in order of first appearance) and its place along that series. */
export interface PointPlace {
  /** The point's index into the chart's points. */
  readonly index: number;
  /** 1-based place along its series, and how many points the series has. */
  readonly position: number;
  readonly total: number;
  /** 1-based series and how many series there are (1 for a single series). */
  readonly series: number;
  readonly seriesCount: number;
}

/** The points grouped by series name, in order: each group holds indices into `points`. */
function seriesGroups(points: readonly { readonly series: string }[]): number[][] {
  const groups = new Map<string, number[]>();
  points.forEach((point, index) => {
    const group = groups.get(point.series) ?? [];
    group.push(index);
    groups.set(point.series, group);
  });
  return [...groups.values()];
}

/** Where the point at `index` sits among its series. */
export function pointPlace(points: readonly { readonly series: string }[], index: number): PointPlace {
  const groups = seriesGroups(points);
  const series = Math.max(
    groups.findIndex((group) => group.includes(index)),
    0,
  );
  const group = groups[series] ?? [];
  return { index, position: group.indexOf(index) + 1, total: group.length, series: series + 1, seriesCount: groups.length };
}

/**
 * Keys that move focus on a chart whose points form several series (grouped bars, a trend with several lines):
 * Left and Right along the series, Up and Down to the same label in the previous or next series (as Highcharts
 * does: one press, not one per point), Home and End to the ends of the series, PageUp and PageDown to the first and
 * last series. With one series every key moves as `nextPointIndex` says. Walked by `rows`, the same turned a
 * quarter round (see PointWalk). Null for keys that are not the chart's.
 */
export function nextPointInSeries(key: string, current: number | null, points: readonly Walked[], walk: PointWalk = 'series'): number | null {
  if (walk === 'rows') return oneEach(points) ? nextPointIndex(key, current, points.length) : nextPointInSeries(key, current, turned(points));
  const groups = seriesGroups(points);
  if (groups.length < 2 || current === null || current >= points.length) return nextPointIndex(key, current, points.length);
  const { series, position } = pointPlace(points, current);
  const group = groups[series - 1]!;
  const along = (step: number) => group[Math.min(Math.max(position - 1 + step, 0), group.length - 1)]!;
  // The same label (year, item; a row's answer or end) in another series, else the nearest place along it. An unnamed
  // part (a likert row's net score, a row's "no data") goes by place: "no data" then Down is the next row's first answer.
  const across = (to: number) => {
    const target = groups[Math.min(Math.max(to, 0), groups.length - 1)]!;
    const label = points[current]!.label;
    return (label ? target.find((i) => points[i]!.label === label) : undefined) ?? target[Math.min(position, target.length) - 1]!;
  };
  switch (key) {
    case 'ArrowRight':
      return along(1);
    case 'ArrowLeft':
      return along(-1);
    case 'ArrowDown':
      return across(series);
    case 'ArrowUp':
      return across(series - 2);
    case 'Home':
      return group[0]!;
    case 'End':
      return group[group.length - 1]!;
    case 'PageUp':
      return across(0);
    case 'PageDown':
      return across(groups.length - 1);
    default:
      return null;
  }
}

/**
 * Whether the chart takes `key` from a focused point (where nextPointInSeries moves it, or says it is at an end): the
 * arrows, Home and End on a chart with points, PageUp and PageDown only where there are series or rows to jump
 * between, and `?` (Shift and / where an engine reports it so) for the keyboard help. For a key pressed before the
 * code that moves focus has loaded (PointFocusController), which must be kept from the page at once.
 */
export function takesKey({ key, shiftKey }: KeyboardEvent, points: readonly Walked[], walk: PointWalk): boolean {
  if (key === '?' || (key === '/' && shiftKey)) return true;
  if (!points.length) return false;
  if (key === 'PageUp' || key === 'PageDown') return seriesGroups(walk === 'rows' ? (oneEach(points) ? [] : turned(points)) : points).length > 1;
  return /^(Arrow(Left|Right|Up|Down)|Home|End)$/.test(key);
}

/** The words for the point at `index`: its label, series and value, and its place as the keys walk (see PointWalk). */
export function pointWords(points: readonly (Walked & { readonly text: string })[], index: number, messages: Messages, walk: PointWalk = 'series'): string {
  const point = points[index]!;
  const place = walk === 'rows' ? pointPlace(turned(points), index) : pointPlace(points, index);
  return messages.pointAnnouncement({
    label: point.label,
    series: point.series || undefined,
    value: point.text,
    position: place.position,
    total: place.total,
    ...(walk === 'rows'
      ? { row: place.series, rowCount: place.seriesCount }
      : place.seriesCount > 1
        ? { seriesPosition: place.series, seriesCount: place.seriesCount }
        : {}),
  });
}
