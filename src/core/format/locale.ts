import { problem, type Problem } from '../problems.js';

export const DEFAULT_LOCALE = 'en-GB';

/** The nearest non-empty `lang` attribute above `element`, crossing shadow-root boundaries. */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    // On the server an element has no ancestors to ask (a DOM shim without `closest`): the pre-renderer passes `lang`.
    if (typeof node.closest !== 'function') return undefined;
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * The locale to format with: the `locale` attribute if it is a valid BCP 47 tag, otherwise the page's `lang`,
 * otherwise en-GB. An invalid `locale` is reported, not thrown.
 */
export function resolveLocale(requested: string | null | undefined, inherited: string | undefined): { locale: string; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const [candidate, attribute] of [
    [requested, 'locale'],
    [inherited, 'lang'],
  ] as const) {
    if (!candidate?.trim()) continue;
    const canonical = canonicalLocale(candidate.trim());
    if (canonical) return { locale: canonical, problems };
    if (attribute === 'locale') {
      // Name the locale really used: the canonical `lang` if it is valid, otherwise en-GB (not an invalid `lang`).
      const fallback = resolveLocale(undefined, inherited).locale;
      problems.push(problem('locale', (m) => m.invalidLocale(candidate, fallback)));
    }
  }
  return { locale: DEFAULT_LOCALE, problems };
}

/** Tags already made canonical: every chart on a page asks for the same one or two, and Intl's answer never changes. */
const canonicalTags = new Map<string, string | undefined>();

function canonicalLocale(tag: string): string | undefined {
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
    // UK sites often declare lang="en": write British English ("£92m", not "£92M"), the library's audience.
    if (canonical === 'en') canonical = DEFAULT_LOCALE;
  } catch {
    canonical = undefined;
  }
  canonicalTags.set(tag, canonical);
  return canonical;
}
