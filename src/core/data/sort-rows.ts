/** The orders a widget's `sort` attribute accepts: the author's order, or by value. */
export const SORT_ORDERS = ['none', 'ascending', 'descending'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * `rows` in `order` by the number `valueOf` gives each (a bar's value, a change's difference). Rows without a number
 * go last whatever the order; equal values keep the author's order (Array#sort is stable).
 */
export function sortByValue<Row>(rows: readonly Row[], order: SortOrder, valueOf: (row: Row) => number | null): readonly Row[] {
  if (order === 'none') return rows;
  const direction = order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return (x - y) * direction;
  });
}
