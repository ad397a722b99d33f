/**
 * The library's version. The double-load warning names it, so it must match package.json
 * (a Node test checks that they agree).
 */
export const VERSION = '0.1.0';
