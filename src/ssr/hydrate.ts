/**
 * The widgets with Lit's hydration support: registers every widget, like the package's main entry, but first
 * installs `@lit-labs/ssr-client/lit-element-hydrate-support.js`, which must run before Lit itself. A pre-rendered
 * widget (public-trust-widgets/ssr, or `npx public-trust-widgets render`) then keeps its declarative shadow root:
 * Lit adopts the server's DOM as its first render, the SVG is not re-created and nothing flashes, and the widget then
 * lays out again for the reader's screen. Widgets that were not pre-rendered render as usual.
 *
 * Without this support the widgets still work on a pre-rendered page: Lit empties the declarative shadow root and
 * draws again (before the next paint, so no flash either, but the SVG is new).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from '../index.js';
