import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { readonly version?: string };

const warned = new Set<string>();

/**
 * Registers a widget once. News pages often load an embed twice (two script tags, two versions of the library);
 * the second registration is skipped instead of throwing, and a version mismatch is named in the console.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const theirs = existing.version;
  const ours = constructor.version ?? VERSION;
  if (theirs !== ours && !warned.has(tag)) {
    warned.add(tag);
    // Without a version the old text read "defined by version an unknown version".
    const by = theirs === undefined ? 'a copy of unknown version' : `version ${theirs}`;
    console.warn(
      `public-trust-widgets: <${tag}> is already defined by ${by}; this copy (version ${ours}) was not registered. Load the library once per page.`,
    );
  }
}
