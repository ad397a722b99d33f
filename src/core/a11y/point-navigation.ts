/** Keys that move focus between marks, and where each one goes. */
export function nextPointIndex(key: string, current: number | null, count: number): number | null {
  if (count === 0) return null;
  const from = current ?? -1;
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
