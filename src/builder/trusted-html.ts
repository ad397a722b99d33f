/**
 * The static HTML as an iframe's `srcdoc`, on a builder page whose Content-Security-Policy requires Trusted Types
 * (`require-trusted-types-for 'script'`, as a strict news or NHS site sends): there a plain string is refused, so the
 * text goes through the builder's own policy. The policy passes the text through unchanged, which is safe for this
 * one use only: the text is a page serialised from DOM nodes by the browser (static-html.ts), never markup built from
 * data, and it is shown in a frame sandboxed to run no script at all. The policy is private to this module.
 */

/** The one kind of value a `srcdoc` takes under Trusted Types; an opaque object that stringifies to the markup. */
export type SrcdocValue = string | { readonly toString: () => string };

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (text: string) => string }): { createHTML(text: string): SrcdocValue };
}

/** The policy's name, for a page's `trusted-types` directive: `trusted-types public-trust-widgets-builder`. */
export const BUILDER_POLICY = 'public-trust-widgets-builder';

let policy: { createHTML(text: string): SrcdocValue } | null | undefined;

/**
 * `page` as a value for `srcdoc`: a TrustedHTML where the browser has Trusted Types, else the text itself. Where the
 * page allows no policy of this name, the text too; setting it may then throw, which the caller must expect.
 */
export function srcdocValue(page: string): SrcdocValue {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy(BUILDER_POLICY, { createHTML: (text) => text }) : null;
    } catch {
      // A `trusted-types` directive that does not name this policy.
      policy = null;
    }
  }
  return policy ? policy.createHTML(page) : page;
}
