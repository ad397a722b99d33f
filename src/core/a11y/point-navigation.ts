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
