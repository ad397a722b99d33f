/**
 * The SVG path of straight segments through `points`, broken wherever a point is null (a survey wave with no
 * figure is a gap, never bridged). The same string d3-shape's `line().defined().curve(curveLinear)` writes, an
 * isolated point included ("Mx,yZ"); d3-shape ships as one file from which bundlers keep 13.5 KB (minified) for
 * that one call.
 */
export function linePath(points: readonly ({ readonly x: number; readonly y: number } | null)[]): string {
  let path = '';
  let run = 0;
  const end = () => {
    if (run === 1) path += 'Z';
    run = 0;
  };
  for (const point of points) {
    if (!point) {
      end();
      continue;
    }
    path += `${run ? 'L' : 'M'}${point.x},${point.y}`;
    run++;
  }
  end();
  return path;
}
