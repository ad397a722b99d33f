import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import type { TrustData } from '../src/core/data/model.js';
import { NOTATIONS, UNITS } from '../src/core/format/units.js';
import { THEMES } from '../src/core/theme/tokens.js';
import { SORT_ORDERS } from '../src/bars/trust-bars.js';

/** Every attribute a journalist can write on <trust-bars>, in the order the docs explain them. */
export const BARS_ATTRIBUTES = [
  'heading',
  'heading-level',
  'subheading',
  'note',
  'source',
  'source-url',
  'description',
  'unit',
  'currency',
  'format',
  'notation',
  'locale',
  'qualifier',
  'theme',
  'series',
  'data',
  'sort',
  'highlight',
  'target',
  'target-label',
  'max',
  'population',
  'sample-size',
  'fieldwork',
  'method',
  'question',
  'commissioned-by',
  'base',
  'min-sample-size',
] as const;

/** Boolean attributes: present or absent. */
export type BarsFlags = { 'show-uncertainty'?: boolean; 'allow-small-samples'?: boolean };

export type BarsAttribute = (typeof BARS_ATTRIBUTES)[number];

/**
 * Story args: one per attribute, named exactly like the attribute (so they line up with the attribute rows that
 * come from custom-elements.json), plus the `.data` property and the event handlers Storybook's actions provide.
 */
export type BarsArgs = { [name in BarsAttribute]?: string } & BarsFlags & {
  '.data'?: TrustData | string;
  onTrustRender?: (event: Event) => void;
  onTrustPointFocus?: (event: Event) => void;
  onTrustDataError?: (event: Event) => void;
};

/** An empty control means "attribute not set", as it would be in a journalist's markup. */
const attr = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/** Renders <trust-bars> from args; attributes left undefined are not written at all. */
export function renderBars(args: BarsArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<trust-bars
    heading=${ifDefined(attr(args.heading))}
    heading-level=${ifDefined(attr(args['heading-level']))}
    subheading=${ifDefined(attr(args.subheading))}
    note=${ifDefined(attr(args.note))}
    source=${ifDefined(attr(args.source))}
    source-url=${ifDefined(attr(args['source-url']))}
    description=${ifDefined(attr(args.description))}
    unit=${ifDefined(attr(args.unit))}
    currency=${ifDefined(attr(args.currency))}
    format=${ifDefined(attr(args.format))}
    notation=${ifDefined(attr(args.notation))}
    locale=${ifDefined(attr(args.locale))}
    qualifier=${ifDefined(attr(args.qualifier))}
    theme=${ifDefined(attr(args.theme))}
    series=${ifDefined(attr(args.series))}
    data=${ifDefined(attr(args.data))}
    sort=${ifDefined(attr(args.sort))}
    highlight=${ifDefined(attr(args.highlight))}
    target=${ifDefined(attr(args.target))}
    target-label=${ifDefined(attr(args['target-label']))}
    max=${ifDefined(attr(args.max))}
    population=${ifDefined(attr(args.population))}
    sample-size=${ifDefined(attr(args['sample-size']))}
    fieldwork=${ifDefined(attr(args.fieldwork))}
    method=${ifDefined(attr(args.method))}
    question=${ifDefined(attr(args.question))}
    commissioned-by=${ifDefined(attr(args['commissioned-by']))}
    base=${ifDefined(attr(args.base))}
    min-sample-size=${ifDefined(attr(args['min-sample-size']))}
    ?show-uncertainty=${args['show-uncertainty'] ?? false}
    ?allow-small-samples=${args['allow-small-samples'] ?? false}
    .data=${args['.data']}
    @trust-render=${args.onTrustRender}
    @trust-point-focus=${args.onTrustPointFocus}
    @trust-data-error=${args.onTrustDataError}
    >${content}</trust-bars
  >`;
}

const choice = (options: readonly string[]) => ({
  control: { type: 'select' as const, labels: { '': '(not set)' } },
  options: ['', ...options],
});

/** Controls for every attribute: lists where the attribute takes one of a few words, text otherwise. */
export const barsArgTypes: Partial<ArgTypes<BarsArgs>> = {
  heading: { control: 'text' },
  'heading-level': choice(['2', '3', '4', '5', '6']),
  subheading: { control: 'text' },
  note: { control: 'text' },
  source: { control: 'text' },
  'source-url': { control: 'text' },
  description: { control: 'text' },
  unit: choice(UNITS),
  currency: { control: 'text' },
  format: { control: 'text' },
  notation: choice(NOTATIONS),
  locale: choice(['en-GB', 'cy', 'de-DE', 'fr-FR']),
  qualifier: { control: 'text' },
  theme: choice(THEMES),
  series: { control: 'text' },
  data: { control: 'text' },
  sort: choice(SORT_ORDERS),
  highlight: { control: 'text' },
  target: { control: 'text' },
  'target-label': { control: 'text' },
  max: { control: 'text' },
  population: { control: 'text' },
  'sample-size': { control: 'text' },
  fieldwork: { control: 'text' },
  method: { control: 'text' },
  question: { control: 'text' },
  'commissioned-by': { control: 'text' },
  base: { control: 'text' },
  'min-sample-size': { control: 'text' },
  'show-uncertainty': { control: 'boolean' },
  'allow-small-samples': { control: 'boolean' },
};

/** What the page around the widget looks like, so each theme is seen as it would be on a real page. */
const PAGES: Record<string, string> = {
  light: 'background: #ffffff; color: #212b32; color-scheme: light;',
  dark: 'background: #0e1215; color: #f0f4f5; color-scheme: dark;',
  // Follows the operating system, like the widget's own `theme="auto"`.
  auto: 'background: light-dark(#ffffff, #0e1215); color: light-dark(#212b32, #f0f4f5); color-scheme: light dark;',
  // NHS pages put white content boxes on NHS Grey 5.
  nhs: 'background: #f0f4f5; color: #212b32; color-scheme: light;',
};

/**
 * Stands in for the news page around the widget. It paints the page behind it (dark for `theme="dark"`, NHS grey
 * for `theme="nhs"`; a story can choose the page without setting a theme with `parameters: { page: 'dark' }`) and
 * marks it `lang="en-GB"` as a UK page would be: Storybook's own frame says `lang="en"`, which would write money as
 * "£92M" rather than the newsroom style "£92m". In the single-story view the page fills the frame; in the docs it is
 * a padded box.
 */
export const pageDecorator: Decorator<BarsArgs> = (story, context) => {
  const page = (context.parameters['page'] as string | undefined) ?? context.args.theme ?? 'light';
  const fill = context.viewMode === 'story' ? ' min-height: 100vh;' : '';
  return html`<div lang="en-GB" style="box-sizing: border-box; padding: 1rem; ${PAGES[page] ?? PAGES['light']}${fill}">${story()}</div>`;
};

/** A 320 px column, the width of the smallest phones, outlined so the limit is visible. */
export const narrowDecorator: Decorator<BarsArgs> = (story) =>
  html`<div style="width: 320px; outline: 1px dashed #768692; outline-offset: 2px;">${story()}</div>`;

/** Sets the page language around the widget, as a Welsh-language page would (`<html lang="cy">`). */
export const langDecorator =
  (lang: string): Decorator<BarsArgs> =>
  (story) =>
    html`<div lang=${lang}>${story()}</div>`;
