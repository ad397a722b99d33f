import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { readonly version?: string };

/** Tag and versions already named: a third copy of yet another version is still named, a repeat is not. */
const warned = new Set<string>();
/** Tags skipped in this task, by the warning's versions: one console line for a whole second copy, not one per tag. */
const pending = new Map<string, { by: string; ours: string; tags: string[] }>();

/**
 * Registers a widget once. News pages often load an embed twice (two script tags, two versions of the library);
 * the second registration is skipped instead of throwing, and a version mismatch is named in the console, once for
 * all the tags a copy tried to register.
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
  if (theirs === ours) return;
  // Without a version the old text read "defined by version an unknown version".
  const by = theirs === undefined ? 'a copy of unknown version' : `version ${theirs}`;
  const key = `${by}|${ours}`;
  if (warned.has(`${tag}|${key}`)) return;
  warned.add(`${tag}|${key}`);
  const batch = pending.get(key);
  if (batch) {
    batch.tags.push(tag);
    return;
  }
  pending.set(key, { by, ours, tags: [tag] });
  // A copy defines all its widgets in one go: warn once they have all been tried.
  queueMicrotask(() => {
    const { tags } = pending.get(key)!;
    pending.delete(key);
    const names = tags.map((name) => `<${name}>`);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are` : `${names[0]} is`;
    console.warn(`public-trust-widgets: ${list} already defined by ${by}; this copy (version ${ours}) was not registered. Load the library once per page.`);
  });
}
