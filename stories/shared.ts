import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import type { TrustData } from '../src/core/data/model.js';
import { NOTATIONS, UNITS } from '../src/core/format/units.js';
import { THEMES } from '../src/core/theme/tokens.js';

/*
 * What every widget's stories share. Each story file keeps its own list of the attributes a journalist can write on
 * its widget (`STAT_ATTRIBUTES`, …) and its boolean attributes, and builds its render function and controls from them
 * with `renderWidget` and `widgetArgTypes` below.
 */

/**
 * Story args for a widget: one per attribute, named exactly like the attribute (so they line up with the attribute
 * rows that come from custom-elements.json), one per boolean attribute, plus the `.data` property and the event
 * handlers Storybook's actions provide (it names them from the manifest's events: `trust-render` → `onTrustRender`).
 */
export type WidgetArgs<Attribute extends string, Flag extends string = never> = { [name in Attribute]?: string } & {
  [name in Flag]?: boolean;
} & {
  '.data'?: TrustData | string;
  onTrustRender?: (event: Event) => void;
  onTrustPointFocus?: (event: Event) => void;
  onTrustDataError?: (event: Event) => void;
};

/** What a story may put inside the widget: usually the fallback `<table>` a journalist writes. */
export type WidgetContent = TemplateResult | typeof nothing;

/** Attribute name → value to write, or undefined for "no attribute". */
type AttributeValues = Record<string, string | undefined>;

/**
 * `<x ${attributes({ name: value })}>`: writes each attribute whose value is a string and leaves out (or removes) each
 * one that is undefined. Like `name=${ifDefined(value)}` for every name, the DOM is only touched when a value changes
 * between renders, so an attribute the widget itself sets is left alone.
 */
class AttributesDirective extends Directive {
  private readonly written = new Map<string, string | undefined>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs in an element tag: <x ${attributes(…)}>');
  }

  render(_values: AttributeValues): unknown {
    return noChange;
  }

  override update(part: ElementPart, [values]: [AttributeValues]): unknown {
    for (const [name, value] of Object.entries(values)) {
      if (this.written.get(name) === value) continue;
      if (value === undefined) part.element.removeAttribute(name);
      else part.element.setAttribute(name, value);
      this.written.set(name, value);
    }
    return noChange;
  }
}

const attributes = directive(AttributesDirective);

/** An empty control means "attribute not set", as it would be in a journalist's markup. */
const attr = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Renders a widget from story args as a journalist would write it: each attribute in `attributeNames` whose arg is a
 * non-empty string, each boolean attribute in `flagNames` whose arg is true (written empty, `show-net=""`), the
 * `.data` property when given, Storybook's action for each of the widget's events, and `content` inside the element.
 * Attributes left undefined or empty are not written at all.
 */
export function renderWidget<Attribute extends string, Flag extends string = never>(
  tag: `trust-${string}`,
  attributeNames: readonly Attribute[],
  flagNames: readonly Flag[],
  args: WidgetArgs<Attribute, Flag>,
  content: WidgetContent = nothing,
): TemplateResult {
  const values = args as Record<string, unknown>;
  const written: AttributeValues = {};
  for (const name of attributeNames) written[name] = attr(values[name]);
  for (const name of flagNames) written[name] = values[name] === true ? '' : undefined;
  const element = unsafeStatic(tag);
  return staticHtml`<${element}
    ${attributes(written)}
    .data=${args['.data']}
    @trust-render=${args.onTrustRender}
    @trust-point-focus=${args.onTrustPointFocus}
    @trust-data-error=${args.onTrustDataError}
    >${content}</${element}
  >`;
}

const choice = (options: readonly string[]) => ({
  control: { type: 'select' as const, labels: { '': '(not set)' } },
  options: ['', ...options],
});

/** Attributes that take one of a few words on every widget; a widget can pass its own list instead. */
const SHARED_CHOICES: Record<string, readonly string[]> = {
  'heading-level': ['2', '3', '4', '5', '6'],
  unit: UNITS,
  notation: NOTATIONS,
  locale: ['en-GB', 'cy', 'de-DE', 'fr-FR'],
  theme: THEMES,
};

/**
 * Controls for every attribute, in the order of the list: a select list where the attribute takes one of a few words
 * (the shared ones above, or the widget's own `choices`), a text field otherwise, and a checkbox for each boolean
 * attribute.
 */
export function widgetArgTypes<Attribute extends string, Flag extends string = never>(
  attributeNames: readonly Attribute[],
  flagNames: readonly Flag[],
  choices: Partial<Record<Attribute, readonly string[]>> = {},
): Partial<ArgTypes<WidgetArgs<Attribute, Flag>>> {
  const own: Partial<Record<string, readonly string[]>> = choices;
  const entries = [
    ...attributeNames.map((name) => {
      const options = own[name] ?? SHARED_CHOICES[name];
      return [name, options ? choice(options) : { control: 'text' as const }] as const;
    }),
    ...flagNames.map((name) => [name, { control: 'boolean' as const }] as const),
  ];
  return Object.fromEntries(entries) as Partial<ArgTypes<WidgetArgs<Attribute, Flag>>>;
}

/** The decorators below only read the `theme` arg, which every widget has. */
type PageArgs = { theme?: string };

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
export const pageDecorator: Decorator<PageArgs> = (story, context) => {
  const page = (context.parameters['page'] as string | undefined) ?? context.args.theme ?? 'light';
  const fill = context.viewMode === 'story' ? ' min-height: 100vh;' : '';
  return html`<div lang="en-GB" style="box-sizing: border-box; padding: 1rem; ${PAGES[page] ?? PAGES['light']}${fill}">${story()}</div>`;
};

/** A 320 px column, the width of the smallest phones, outlined so the limit is visible. */
export const narrowDecorator: Decorator<PageArgs> = (story) =>
  html`<div style="width: 320px; outline: 1px dashed #768692; outline-offset: 2px;">${story()}</div>`;

/** Sets the page language around the widget, as a Welsh-language page would (`<html lang="cy">`). */
export const langDecorator =
  (lang: string): Decorator<PageArgs> =>
  (story) =>
    html`<div lang=${lang}>${story()}</div>`;
