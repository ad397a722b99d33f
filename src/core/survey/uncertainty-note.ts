import type { UncertaintyEntry } from '../chart-context.js';
import type { Messages } from '../i18n/messages.js';

/**
 * What "About this data" says about the intervals shown: how the ones worked out here were worked out (marginRule),
 * and that published ones are the source's own (publishedIntervalRule); both when a chart shows both. Undefined
 * when it shows none.
 */
export function uncertaintyNote(entries: readonly UncertaintyEntry[] | undefined, messages: Messages): string | undefined {
  const published = entries?.some((entry) => entry.method === 'published') ?? false;
  const computed = entries?.some((entry) => entry.method !== 'published') ?? false;
  return [computed ? messages.marginRule : '', published ? messages.publishedIntervalRule : ''].filter(Boolean).join(' ') || undefined;
}
