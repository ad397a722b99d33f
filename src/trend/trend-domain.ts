import { nice, ticks } from 'd3-array';

/** What `yDomain` decided, and which of the author's limits it had to overrule. */
export interface YDomain {
  readonly lower: number;
  readonly upper: number;
  /** The axis starts above zero (`y-min` was set): draw the break marker and say so under the chart. */
  readonly broken: boolean;
  readonly yMinAboveData: boolean;
  readonly yMaxBelowData: boolean;
  readonly yMaxNotAboveMin: boolean;
  /** `yMin` was above no value but above the low end of a drawn interval, so it was lowered. */
  readonly yMinAboveBand: boolean;
  /** `yMax` was below no value but below the high end of a drawn interval, so it was raised. */
  readonly yMaxBelowBand: boolean;
}

export interface YDomainInput {
  readonly values: readonly number[];
  readonly percent: boolean;
  readonly yMin?: number | undefined;
  readonly yMax?: number | undefined;
  /**
   * Further values the axis must show without being data: the ends of the 95% intervals drawn as bands. The axis
   * stretches to include them (for percentages, within 0–100%).
   */
  readonly reach?: readonly number[] | undefined;
}

/** How many round steps `nice` aims for when it rounds the ends of the axis. */
const NICE_COUNT = 5;

/**
 * The vertical axis. It starts at zero (or below, for negative numbers) unless `yMin` is set; it never crops data
 * or a drawn margin of error (`reach`), so a `yMin` above the smallest value or a `yMax` below the largest is
 * overruled. Without `yMax` the top is the largest value rounded up to a round tick (for percentages never above
 * 100%): a 5% to 15% trend gets an axis to 20%, not a flat line at the bottom of a 0–100% box.
 */
export function yDomain({ values, percent, yMin, yMax, reach = [] }: YDomainInput): YDomain {
  const smallest = values.length ? Math.min(...values) : 0;
  const largest = values.length ? Math.max(...values) : 0;
  const ends = percent ? reach.map((v) => Math.min(100, Math.max(0, v))) : reach;
  const shown = [...values, ...ends];
  const low = shown.length ? Math.min(...shown) : 0;
  const high = shown.length ? Math.max(...shown) : 0;
  let lower: number;
  let yMinAboveData = false;
  let yMinAboveBand = false;
  if (yMin !== undefined && shown.length && yMin > low) {
    yMinAboveData = values.length > 0 && yMin > smallest;
    yMinAboveBand = !yMinAboveData;
    const [floor] = nice(low, Math.max(high, low), NICE_COUNT);
    lower = low >= 0 ? Math.max(0, floor) : floor;
  } else if (yMin !== undefined) {
    lower = yMin;
  } else {
    lower = Math.min(0, low);
    if (lower < 0) lower = nice(lower, Math.max(high, 0), NICE_COUNT)[0];
  }

  const yMaxNotAboveMin = yMax !== undefined && yMax <= lower;
  const yMaxBelowData = yMax !== undefined && !yMaxNotAboveMin && values.length > 0 && yMax < largest;
  const yMaxBelowBand = yMax !== undefined && !yMaxNotAboveMin && !yMaxBelowData && yMax < high;
  let upper: number;
  if (yMax !== undefined && !yMaxNotAboveMin && !yMaxBelowData && !yMaxBelowBand) {
    upper = yMax;
  } else {
    const top = Math.max(high, lower);
    upper = top > lower ? nice(lower, top, NICE_COUNT)[1] : lower + (percent ? 10 : 1);
    if (percent && lower < 100) upper = Math.min(upper, Math.max(100, top));
  }
  return { lower, upper, broken: lower > 0, yMinAboveData, yMaxBelowData, yMaxNotAboveMin, yMinAboveBand, yMaxBelowBand };
}

/**
 * Round values for the horizontal gridlines, about `count` of them, preferring a count whose ticks end exactly at
 * the top of the axis, so the highest gridline marks the top of the plot.
 */
export function yTicks(lower: number, upper: number, count: number): number[] {
  const within = (n: number) => ticks(lower, upper, n).filter((v) => v >= lower && v <= upper);
  for (const n of [count, count + 1, count + 2, count + 3, count - 1]) {
    if (n < 2) continue;
    const found = within(n);
    if (found[found.length - 1] === upper) return found;
  }
  return within(count);
}
