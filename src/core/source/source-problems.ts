import type { Messages } from '../i18n/messages.js';
import type { Problem } from '../problems.js';
import type { IntervalProblem } from './source-columns.js';
import type { SourceLoadProblem } from './source-load.js';
import { englishSourceWords, type SourceMessages } from './source-words.js';

/** The reader's words for `src` problems: the page's or the language's own, else the English that came with this code. */
export const sourceWords = (m: Messages): SourceMessages => {
  const words = { ...englishSourceWords };
  for (const key of Object.keys(words) as (keyof SourceMessages)[]) if (m[key]) Object.assign(words, { [key]: m[key] });
  return words;
};

/** "5 MB", "10,000": limits as written in the messages (en-GB digits: the limits are the library's, not data). */
const plain = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A problem met while reading `src`, as a Problem the widget shows and reports: named by the attribute to fix
 * (`src`, or the column attribute naming a missing column, or `filter`), worded in the reader's language.
 */
export function sourceProblem(found: SourceLoadProblem | IntervalProblem, src: string): Problem {
  const at = (attribute: string, describe: (words: SourceMessages & Messages) => string): Problem => ({
    attribute,
    // As problem() in core/problems.ts, which this lazily loaded code cannot import: a shared sentence it uses
    // (seriesMismatch) comes with the explanations of problems, which may have failed to load.
    describe: (m) => {
      try {
        const said = describe({ ...m, ...sourceWords(m) });
        if (typeof said === 'string') return said;
      } catch {
        // Its explanation did not load.
      }
      return 'this cannot be used, and its explanation could not be loaded: check it against the documentation.';
    },
    src,
  });
  switch (found.kind) {
    case 'unsafe':
      return at('src', (m) => m.sourceUnsafe(found.given.slice(0, 120)));
    case 'no-rows-kept':
      return at('filter', (m) => m.sourceNoRowsKept(found.filter.trim().slice(0, 120), found.url));
    case 'invalid-filter':
      return at('filter', (m) => m.sourceInvalidFilter(found.parts[0]!.slice(0, 80)));
    case 'network':
    case 'aborted':
      return at('src', (m) => m.sourceNetwork(found.url));
    case 'status':
      return at('src', (m) => m.sourceStatus(found.url, `${found.status}${found.statusText ? ` ${found.statusText}` : ''}`));
    case 'timeout':
      return at('src', (m) => m.sourceTimeout(found.url, plain(found.seconds)));
    case 'too-large':
      return at('src', (m) => m.sourceTooLarge(found.url, `${plain(Math.round(found.limit / 1024 / 1024))} MB`));
    case 'html':
      return at('src', (m) => m.sourceWebPage(found.url));
    case 'empty':
      return at('src', (m) => m.sourceEmpty(found.url));
    case 'malformed-json':
      return at('src', (m) => m.sourceInvalidJson(found.url, found.detail.slice(0, 120)));
    case 'json-shape':
      return at('src', (m) => m.sourceShape(found.url, found.detail));
    case 'no-header':
      return at('src', (m) => m.sourceNoRows(found.url));
    case 'too-many-rows':
      return at('src', (m) => m.sourceTooManyRows(found.url, plain(found.rows), plain(found.limit)));
    case 'interval-one-column':
      return at(found.attribute, (m) => m.intervalNeedsBothColumns(found.attribute, found.missing));
    case 'interval-count':
      return at(found.attribute, (m) => m.seriesMismatch(found.attribute, found.expected, found.found));
    case 'interval-not-a-number':
      return at(found.attribute, (m) => m.intervalBoundNotANumber(found.text, found.label));
    case 'value-outside-interval':
      return at(found.attribute, (m) => m.valueOutsideInterval(found.label, found.value, found.low, found.high));
    case 'missing-column':
      return at(found.attribute, (m) => m.sourceMissingColumn(found.attribute, found.column, found.available));
  }
}
