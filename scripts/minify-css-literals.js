/**
 * Collapses white space and comments inside Lit's css`…` literals. Only literals without `${…}` are touched, so
 * nothing computed is ever rewritten; the result is the same CSS, about 5 KB smaller before compression.
 * Used by the CDN build (rollup) and the benchmark (esbuild), so both measure what ships.
 */
export function minifyCssLiterals(code) {
  return code.replace(/\bcss`([^`$]*)`/g, (_, body) => {
    const css = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // Only the space after a colon: a space before one can be a descendant combinator ("svg :focus").
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${css}\``;
  });
}
