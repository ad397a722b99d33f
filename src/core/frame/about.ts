import { html, nothing, type TemplateResult } from 'lit';
import { SERIES_SEPARATOR } from '../data/parse-data-attribute.js';
import { readSampleSize } from '../data/sample-size-columns.js';
import { numberFormat } from '../format/number.js';
import type { View } from '../view.js';

/** The survey attributes "About this data" lists. */
export interface AboutAttributes {
  readonly question?: string;
  readonly population?: string;
  readonly base?: string;
  readonly sampleSize?: string;
  readonly method?: string;
  readonly commissionedBy?: string;
}

/** "About this data": the survey's disclosure (British Polling Council style), in a native <details>. */
export function renderAbout({ messages, uncertainty, fieldwork }: View, survey: AboutAttributes): TemplateResult | typeof nothing {
  const locale = messages.locale;
  const count = numberFormat(locale, {});
  const sizes = survey.sampleSize?.split(SERIES_SEPARATOR).map((part) => part.trim()).filter(Boolean) ?? [];
  const sizeText = sizes.length
    ? sizes.map((part) => {
        // Read as the margins of error read it (in the page's locale: "1.000" is a thousand on a German page).
        const n = readSampleSize(part, locale);
        return typeof n === 'number' ? messages.sampleSizeValue(count.format(n)) : part;
      }).join(' | ')
    : undefined;
  const items: [string, string | undefined][] = [
    [messages.aboutQuestion, survey.question?.trim()],
    [messages.aboutPopulation, survey.population?.trim()],
    [messages.aboutBase, survey.base?.trim()],
    [messages.aboutSampleSize, sizeText],
    [messages.aboutFieldwork, fieldwork],
    [messages.aboutMethod, survey.method?.trim()],
    [messages.aboutCommissionedBy, survey.commissionedBy?.trim()],
    [messages.aboutUncertainty, uncertainty?.length ? messages.marginRule : undefined],
  ];
  const shown = items.filter((item): item is [string, string] => !!item[1]);
  if (!shown.length) return nothing;
  return html`<details part="about" class="about">
      <summary>${messages.aboutThisData}</summary>
      <dl>
        ${shown.map(([term, text]) => html`<div><dt>${term}</dt><dd>${text}</dd></div>`)}
      </dl>
    </details>`;
}
