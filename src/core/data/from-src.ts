/**
 * The attribute the pre-renderer (`public-trust-widgets render`) puts on a child table it wrote from a `src` file at
 * build time: that table shows the figures until the browser loads them, and is not the widget's own data.
 */
export const FROM_SRC_ATTRIBUTE = 'data-from-src';
