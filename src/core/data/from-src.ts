/**
 * The attribute the pre-renderer (`public-trust-widgets render`) puts on a child table it wrote from a `src` file at
 * build time: that table shows the figures until the browser loads them, and is not the widget's own data.
 */
export const FROM_SRC_ATTRIBUTE = 'data-from-src';

/** On a value cell of such a table: the ends of the interval the file publishes for that value, checked when read. */
export const PUBLISHED_LOWER_ATTRIBUTE = 'data-lower';
export const PUBLISHED_UPPER_ATTRIBUTE = 'data-upper';
