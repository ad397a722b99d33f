import { html, nothing, type TemplateResult } from 'lit';
import { numberFormat } from '../format/number.js';
import type { View } from '../view.js';

/** The survey attributes "About this data" lists. */
export interface AboutAttributes {
  readonly question?: string;
  readonly population?: string;
  readonly base?: string;
  readonly method?: string;
  readonly commissionedBy?: string;
}

/** "About this data": the survey's disclosure (British Polling Council style), in a native <details>. */
export function renderAbout(
  {
    messages,
    uncertainty,
    fieldwork,
    sampleSizes,
    sourceWords,
    sampleSizeRange,
    approximateSizes,
    designEffect,
  }: Pick<View, 'messages' | 'uncertainty' | 'fieldwork' | 'sampleSizes' | 'sourceWords'> &
    Partial<Pick<View, 'sampleSizeRange' | 'approximateSizes' | 'designEffect'>>,
  survey: AboutAttributes,
): TemplateResult | typeof nothing {
  const count = numberFormat(messages.locale, {});
  // `sample-size` as the view read it for the margins of error; a part that is not a number is shown as written.
  // An approximate size keeps the author's words ("about 11,000 people").
  const sizes = sampleSizes.filter((part) => part.text);
  const [low, high] = sampleSizeRange ?? [];
  const sizeText = sizes.length
    ? sizes.map((part) => (part.size !== undefined ? messages.sampleSizeValue(part.approximate ? part.text : count.format(part.size)) : part.text)).join(' | ')
    : // Sizes from a widget's own attributes (`from-sample-size`) or an `n` column: the one size, or the smallest and largest.
      low !== undefined && high !== undefined
      ? low === high
        ? messages.sampleSizeValue(count.format(low))
        : messages.sampleSizeRange(count.format(low), count.format(high))
      : undefined;
  const plain = numberFormat(messages.locale, { maximumFractionDigits: 2 });
  // Whether the chart shows intervals its source published (true), or ones worked out here (false).
  const shows = (published: boolean) => uncertainty?.some((entry) => (entry.method === 'published') === published);
  const items: [string, string | undefined][] = [
    [messages.aboutQuestion, survey.question?.trim()],
    [messages.aboutPopulation, survey.population?.trim()],
    [messages.aboutBase, survey.base?.trim()],
    [messages.aboutSampleSize, sizeText],
    [messages.aboutFieldwork, fieldwork],
    [messages.aboutMethod, survey.method?.trim()],
    [messages.aboutCommissionedBy, survey.commissionedBy?.trim()],
    // Published intervals are the source's, not worked out here: "About this data" says which it shows (both may be).
    [
      messages.aboutUncertainty,
      [
        shows(false) && messages.marginRule,
        shows(false) &&
          designEffect &&
          messages.designEffectRule(
            plain.format(designEffect.value),
            designEffect.effectiveSize === undefined ? undefined : count.format(designEffect.effectiveSize),
          ),
        shows(false) && approximateSizes && messages.approximateMargins,
        shows(true) && sourceWords?.publishedIntervalRule,
      ]
        .filter(Boolean)
        .join(' '),
    ],
  ];
  if (!items.some((item) => item[1])) return nothing;
  // Every row keeps its place, shown or not: a hydrating render that lacks a row the server had (the published-interval
  // words arrive with the code that reads src) then differs in one row, not in the list's length, which Lit cannot
  // hydrate (it would draw the whole chart again).
  return html`<details part="about" class="about">
      <summary>${messages.aboutThisData}</summary>
      <dl>
        ${items.map(([term, text]) => (text ? html`<div><dt>${term}</dt><dd>${text}</dd></div>` : nothing))}
      </dl>
    </details>`;
}
