/**
 * `<trust-chart-builder>`: the page's one element, from pasted figures to a copy-ready embed. A small Lit element
 * rendering into the light DOM (no shadow root): it is a page, not a reusable widget, so the page's stylesheet
 * (builder.css) styles it, labels and `aria-describedby` reach their inputs by id, and the form is plain HTML that
 * the browser and screen readers already know. Lit's templates escape every value, so pasted text stays text.
 *
 * Data flows one way: pasted text → readPasted → suggestChart → formFields (from the manifest) → the form's values
 * → previews and embed codes. The state is kept in the page's address (fragment) on every change.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { WIDGET_TAGS, type WidgetTag } from '../widgets.js';
import { checkChart, type Check } from './checks.js';
import { colourProperties, cssRule, isColourValue, isHexColour, longHex, writtenColours, type ColourProperty } from './colours.js';
import { readCsvAddress, type CsvAddress } from './csv-address.js';
import { iframeEmbed, scriptEmbed, type LibraryLocation, type WidgetAttributeValues } from './embed-code.js';
import { FIELD_GROUPS, attributeNames, cssPropertiesOf, formFields, type FormField, type Manifest } from './manifest-form.js';
import { builderCy } from './messages-cy.js';
import { builderEn, type BuilderMessages } from './messages-en.js';
import { readPasted, type CellReading, type PastedTable } from './paste.js';
import { buildWidget } from './preview.js';
import { measureStaticPage, staticHtml, staticPage, staticPreviewFrame, type StaticPageLayout } from './static-html.js';
import { EMPTY_STATE, readEmbedCode, stateFromFragment, stateToFragment, type BuilderState } from './state.js';
import { suggestChart, widgetChoices, type Suggestion } from './suggest.js';
import { themeColour, themePalettes } from './theme-colours.js';

/** What a copy button copied: the event the page (and the tests) can listen for. */
export interface BuilderCopyDetail {
  readonly kind: CopyKind;
  readonly text: string;
}

/** The three codes an editor can copy: (1) script embed, (2) iframe embed, (3) static HTML (pre-rendered, no script). */
export type OutputKind = 'script' | 'iframe' | 'static';
const OUTPUT_KINDS: readonly OutputKind[] = ['script', 'iframe', 'static'];
/** What a copy button copies: an output, or the colours as a stylesheet rule (for a strict Content-Security-Policy). */
export type CopyKind = OutputKind | 'css';
const COPY_KINDS: readonly CopyKind[] = [...OUTPUT_KINDS, 'css'];

/** The language the previews draw in: the chart's own, not the builder's (British English, as on most pages). */
const CHART_LANG = 'en-GB';

/** The library's address in embed codes made from a builder opened as a local file (the docs use the same). */
const LOCAL_FILE_LIBRARY = 'https://YOUR-CDN/public-trust-widgets/dist/';

const MESSAGES: Record<BuilderState['ui'], BuilderMessages> = { en: builderEn, cy: builderCy };
const PREVIEW_WIDTHS = [
  { key: 'phone', width: 360 },
  { key: 'desktop', width: 720 },
] as const;
/** The "no JavaScript" preview's width: the desktop preview's, and the 8 px margins a page's body has by default. */
const STATIC_PREVIEW_WIDTH = PREVIEW_WIDTHS[1].width + 16;

interface Derived {
  readonly table: PastedTable | undefined;
  readonly hasFigures: boolean;
  /** The CSV address field, read. */
  readonly csv: CsvAddress;
  /** Something to draw: pasted figures, or an address the chart fetches them from. */
  readonly hasChart: boolean;
  /** What the previews draw, as one text: the static HTML belongs to the previews drawn from the same key. */
  readonly drawKey: string;
  readonly suggestion: Suggestion | undefined;
  readonly tag: WidgetTag;
  readonly fields: readonly FormField[];
  readonly attributes: WidgetAttributeValues;
  /** The widget's colour properties (from the manifest), and the valid colours chosen for them, in that order. */
  readonly colourFields: readonly ColourProperty[];
  readonly colours: readonly [string, string][];
}

/** Output (3) as taken from a drawn preview, and its page for the "no JavaScript" preview. */
interface StaticDrawn {
  /** The draw key (Derived) of the previews it was taken from. */
  readonly key: string;
  /** The static HTML, as copied. */
  readonly code: string;
  /** The page's height and whether its styles applied; undefined where this builder page may not show it. */
  readonly layout: StaticPageLayout | undefined;
  /** The "no JavaScript" preview's frame, made once (a new one would load the page again); none without a layout. */
  readonly frame: HTMLIFrameElement | undefined;
}

/** A table with no figures, for checking the words of a chart whose figures come from its CSV address. */
const NO_FIGURES: PastedTable = { format: 'csv', header: [], rows: [], readings: [], valueColumns: [], problemCount: 0 };

/** "target-label" → "Target label": an attribute with no label in the catalogue is named by itself. */
const humanise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** A colour field's id: `--trust-series-1` → `tcb-colour-trust-series-1`. */
const colourId = (property: string) => `tcb-colour-${property.replace(/^--/, '')}`;

export class TrustChartBuilder extends LitElement {
  /** The Custom Elements Manifest (custom-elements.json) the form is made from. */
  @property({ attribute: false }) manifest?: Manifest;

  /** Keep the state in the page's address, and start from it. Off for a builder that is not the page's own. */
  @property({ type: Boolean, attribute: 'use-address' }) useAddress = false;

  @state() private builderState: BuilderState = EMPTY_STATE;
  /** The last thing said in the live region (copy confirmations, "opened"). */
  @state() private announcement = '';
  /** Output (3), taken from the desktop preview each time it is drawn, with the draw key it was taken for. */
  @state() private staticDrawn: StaticDrawn | undefined;

  private derived?: Derived;
  /** Resolves once the previews show the current state; tests wait on it. */
  previewsDrawn: Promise<void> = Promise.resolve();
  /** Resolves once the static HTML is taken from the previews drawn last (after `src` has loaded, when given). */
  staticHtmlDrawn: Promise<void> = Promise.resolve();
  private drawnKey = '';
  /** Counts static HTML taken, so that only the newest is kept (each is measured asynchronously). */
  private staticSequence = 0;
  /** Whether the editor opened the colours section: it stays open when the last colour is reset. */
  private coloursOpen = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.useAddress && location.hash.length > 1) this.builderState = stateFromFragment(location.hash, this.allBooleans());
  }

  /** The current state (a copy): what the address holds. */
  get currentState(): BuilderState {
    return this.builderState;
  }

  set currentState(next: BuilderState) {
    this.builderState = next;
  }

  private get messages(): BuilderMessages {
    return MESSAGES[this.builderState.ui];
  }

  /** Every boolean attribute of every widget, for reading addresses and embed codes before a widget is known. */
  private allBooleans(): Set<string> {
    if (!this.manifest) return new Set();
    return new Set(WIDGET_TAGS.flatMap((tag) => [...attributeNames(this.manifest!, tag).booleans]));
  }

  /**
   * Where the embed codes load the library from: as set, or the dist/ folder this page is served from
   * (dist/builder/index.html). Opened from a local file, that address would work for nobody else: the docs' placeholder.
   */
  private get library(): LibraryLocation {
    if (this.builderState.library) return { base: this.builderState.library };
    const here = new URL('..', document.baseURI);
    return { base: /^https?:$/.test(here.protocol) ? here.href : LOCAL_FILE_LIBRARY };
  }

  private update_(change: Partial<BuilderState>): void {
    this.builderState = { ...this.builderState, ...change };
    if (this.useAddress) history.replaceState(history.state, '', stateToFragment(this.builderState));
  }

  /**
   * A field's value from the state. A checkbox is on for `true` and for text other than "false": an address read
   * before the manifest arrived holds booleans as text.
   */
  private fieldValue(field: FormField): string | boolean | undefined {
    const value = this.builderState.attributes[field.name];
    if (field.input !== 'checkbox' || value === undefined) return value;
    return value === true || (typeof value === 'string' && value.trim().toLowerCase() !== 'false');
  }

  /**
   * The attributes the embed gets: the form's values for this widget's fields, in the form's order, plus what the
   * data says, and `src` when the CSV address is one the charts may fetch.
   */
  private outputAttributes(fields: readonly FormField[], table: PastedTable | undefined, csv: CsvAddress): WidgetAttributeValues {
    const values: Record<string, string | boolean> = {};
    for (const field of fields) {
      const value = this.fieldValue(field);
      if (value !== undefined) values[field.name] = value;
    }
    if (csv.kind === 'ok') values['src'] = csv.address;
    // Money read from "£92m" is drawn as money unless the editor chose a unit.
    if (table?.unit === 'currency' && !values['unit'] && fields.some((f) => f.name === 'unit')) {
      values['unit'] = 'currency';
      if (table.currency && !values['currency'] && fields.some((f) => f.name === 'currency')) values['currency'] = table.currency;
    }
    return values;
  }

  /** Everything the page shows, worked out from the state: one pass, used by the form, the previews and the codes. */
  private derive(): Derived {
    const locale = this.builderState.attributes['locale'];
    let table: PastedTable | undefined;
    try {
      table = readPasted(this.builderState.pasted, typeof locale === 'string' && locale.trim() ? locale.trim() : 'en-GB');
    } catch {
      // An unknown locale makes Intl throw: read the figures the British way instead.
      table = readPasted(this.builderState.pasted);
    }
    const hasFigures = !!table && table.valueColumns.length > 0 && table.rows.length > 0;
    const csv = readCsvAddress(this.builderState.attributes['src']);
    const suggestion = hasFigures ? suggestChart(table!) : undefined;
    const tag = this.builderState.tag ?? suggestion?.tag ?? 'trust-bars';
    const fields = this.manifest ? formFields(this.manifest, tag) : [];
    const attributes = this.outputAttributes(fields, table, csv);
    const colourFields = this.manifest ? colourProperties(cssPropertiesOf(this.manifest, tag)) : [];
    const colours = writtenColours(this.builderState.colours ?? {}, colourFields);
    const drawKey = JSON.stringify([tag, attributes, colours, hasFigures ? this.builderState.pasted : '']);
    return { table, hasFigures, csv, hasChart: hasFigures || csv.kind === 'ok', drawKey, suggestion, tag, fields, attributes, colourFields, colours };
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const { table, hasFigures, hasChart, csv, suggestion, tag, fields, attributes, colourFields, colours } = this.derived ?? this.derive();
    return html`
      <header class="builder-header">
        <h1>${m.title}</h1>
        <p>${m.intro}</p>
        <button type="button" class="language-switch" lang=${m.otherLanguageCode} title=${m.otherLanguageLabel} @click=${this.switchLanguage}>${m.otherLanguage}</button>
      </header>
      ${this.renderData(table, csv)} ${this.renderChoice(tag, suggestion, hasChart)} ${this.renderForm(fields, colourFields)}
      ${this.renderChecks(tag, fields, attributes, colourFields, colours, hasFigures ? table : undefined, hasChart)} ${this.renderPreviews(hasChart)}
      ${this.renderOut(tag, attributes, colours, hasFigures ? table : undefined, hasChart, csv)} ${this.renderReopen()}
      <p role="status" class="announcement">${this.announcement}</p>
    `;
  }

  private renderData(table: PastedTable | undefined, csv: CsvAddress): TemplateResult {
    const m = this.messages;
    return html`<section aria-labelledby="tcb-data-heading">
      <h2 id="tcb-data-heading">${m.dataHeading}</h2>
      <div class="field">
        <label for="tcb-paste">${m.pasteLabel}</label>
        <p class="hint" id="tcb-paste-hint">${m.pasteHint}</p>
        <textarea id="tcb-paste" rows="8" spellcheck="false" aria-describedby="tcb-paste-hint tcb-reading-summary" .value=${live(this.builderState.pasted)} @input=${this.onPaste}></textarea>
      </div>
      ${
        table && table.rows.length
          ? html`<p id="tcb-reading-summary">
              ${m.readingSummary(table.rows.length, table.valueColumns.length, m.formats[table.format])}
              <strong class=${table.problemCount ? 'has-problems' : ''}>${m.problemSummary(table.problemCount)}</strong>
            </p>
            <div class="reading-scroll" role="region" aria-labelledby="tcb-reading-caption" tabindex="0">
              <table class="reading">
                <caption id="tcb-reading-caption">${m.readingCaption}</caption>
                <thead>
                  <tr>
                    ${table.header.map((cell) => html`<th scope="col">${cell}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${table.readings.map((row) => html`<tr>${row.map((cell, i) => this.renderReading(cell, i === 0))}</tr>`)}
                </tbody>
              </table>
            </div>`
          : html`<p id="tcb-reading-summary">${csv.kind === 'ok' ? m.fromAddress : m.noData}</p>`
      }
      ${this.renderCsvAddress(csv)}
    </section>`;
  }

  /**
   * The CSV address field: the charts fetch their figures from it (`src`); a refused address is said in place. Its
   * value is bound without `live()`: the state changes only on `change`, and a render meanwhile (a preview that has
   * finished loading) must not put back the old address under the editor's typing.
   */
  private renderCsvAddress(csv: CsvAddress): TemplateResult {
    const m = this.messages;
    const value = this.builderState.attributes['src'];
    const refused = csv.kind === 'refused';
    return html`<div class="field csv-address">
      <label for="tcb-src">${m.csvLabel}</label>
      <p class="hint" id="tcb-src-hint">${m.csvHint}</p>
      <input
        type="url"
        id="tcb-src"
        inputmode="url"
        spellcheck="false"
        aria-describedby=${refused ? 'tcb-src-hint tcb-src-problem' : 'tcb-src-hint'}
        aria-invalid=${refused ? 'true' : 'false'}
        .value=${typeof value === 'string' ? value : ''}
        @change=${this.onCsvAddress}
      />
      ${refused ? html`<p class="field-problem" id="tcb-src-problem">${m.csvRefused}</p>` : nothing}
    </div>`;
  }

  private renderReading(cell: CellReading, isLabel: boolean): TemplateResult {
    const m = this.messages;
    const note = cell.problem
      ? html`<strong class="cell-problem">${m.problems[cell.problem]}</strong>`
      : cell.kind === 'number'
        ? html`<span class="cell-note">${m.readAs(`${cell.qualifier ? `${cell.qualifier} ` : ''}${cell.value!.toLocaleString(m.lang)}${cell.unit === 'percent' ? '%' : ''}${cell.currency ? ` ${cell.currency}` : ''}`)}</span>`
        : cell.kind === 'missing'
          ? html`<span class="cell-note">${m.missing}</span>`
          : cell.kind === 'size'
            ? html`<span class="cell-note">${m.sampleSize(cell.value!.toLocaleString(m.lang))}</span>`
            : nothing;
    const content = html`<span class="cell-text">${cell.text}</span> ${note}`;
    const kind = cell.problem ? 'problem' : cell.kind;
    return isLabel ? html`<th scope="row" class=${kind}>${content}</th>` : html`<td class=${kind}>${content}</td>`;
  }

  private renderChoice(tag: WidgetTag, suggestion: Suggestion | undefined, hasChart: boolean): TemplateResult {
    const m = this.messages;
    const choices = widgetChoices(suggestion?.tag ?? tag);
    return html`<section aria-labelledby="tcb-chart-heading">
      <h2 id="tcb-chart-heading">${m.chartHeading}</h2>
      <fieldset class="chart-choice" ?disabled=${!hasChart} aria-describedby=${suggestion ? 'tcb-reason' : nothing}>
        <legend>${m.chartHeading.replace(/^\d+\.\s*/, '')}</legend>
        ${suggestion ? html`<p id="tcb-reason" class="hint">${m.reasons[suggestion.reason]}</p>` : nothing}
        ${choices.map(
          (choice) =>
            html`<label class="choice">
              <input type="radio" name="tcb-widget" value=${choice} .checked=${live(choice === tag)} @change=${this.onChoose} />
              ${m.widgetNames[choice]} ${choice === suggestion?.tag ? html`<span class="badge">(${m.suggested})</span>` : nothing}
            </label>`,
        )}
      </fieldset>
    </section>`;
  }

  private renderForm(fields: readonly FormField[], colourFields: readonly ColourProperty[]): TemplateResult {
    const m = this.messages;
    return html`<section aria-labelledby="tcb-describe-heading">
      <h2 id="tcb-describe-heading">${m.describeHeading}</h2>
      ${FIELD_GROUPS.map((group) => {
        const inGroup = fields.filter((field) => field.group === group);
        if (!inGroup.length) return nothing;
        const fieldset = html`<fieldset class="field-group" data-group=${group}>
          <legend>${m.groups[group]}</legend>
          ${inGroup.map((field) => this.renderField(field))}
        </fieldset>`;
        // The rarely needed ones fold away, open when one of them is set (an address or embed code read back).
        if (group !== 'display') return fieldset;
        const anySet = inGroup.some((field) => {
          const value = this.fieldValue(field);
          return value === true || (typeof value === 'string' && value.trim() !== '');
        });
        return html`<details class="more-options" ?open=${anySet}>
          <summary>${m.moreOptions}</summary>
          ${fieldset}
        </details>`;
      })}
      ${this.renderColours(colourFields)}
    </section>`;
  }

  /** A colour field's label: the property's JSDoc description, or (for one it says is "likewise") its name alone. */
  private colourLabel(property: ColourProperty): string {
    return property.description || property.name;
  }

  /**
   * Colours: a field per colour property in the manifest, empty by default (the theme's colours). Each has a colour
   * picker and a text field for the hex code (the same value), and a reset once set. Folded away, open when one is set.
   */
  private renderColours(colourFields: readonly ColourProperty[]): TemplateResult | typeof nothing {
    if (!colourFields.length) return nothing;
    const m = this.messages;
    const chosen = this.builderState.colours ?? {};
    // Open once a colour is set, and it stays open when the last is reset (its field has the focus then); the
    // editor may fold it again (toggle). Kept in a plain field: the toggle event comes a task after the change.
    if (colourFields.some((property) => (chosen[property.name] ?? '').trim() !== '')) this.coloursOpen = true;
    const theme = this.builderState.attributes['theme'];
    const palette = themePalettes(typeof theme === 'string' ? theme : '')[0]!;
    return html`<details class="more-options colours" ?open=${this.coloursOpen} @toggle=${this.onColoursToggle}>
      <summary>${m.coloursSummary}</summary>
      <fieldset class="field-group" aria-describedby="tcb-colours-hint">
        <legend>${m.coloursLegend}</legend>
        <p class="hint" id="tcb-colours-hint">${m.coloursHint}</p>
        ${colourFields.map((property) => {
          const id = colourId(property.name);
          const value = chosen[property.name] ?? '';
          const invalid = value.trim() !== '' && !isColourValue(value);
          const label = this.colourLabel(property);
          // The picker cannot be empty: it shows the colour the chart has now (the theme's, until one is chosen).
          const shown = isHexColour(value) ? longHex(value) : longHex(themeColour(property.name, palette) ?? '#000000');
          return html`<div class="field colour-field">
            <label for=${id}>
              ${property.description ? html`<span lang="en">${property.description}</span>` : html`${m.colourLikewise}`}
              <code>${property.name}</code>
            </label>
            <div class="colour-inputs">
              <input type="color" id="${id}-picker" data-colour=${property.name} aria-label=${m.colourPicker(label)} .value=${shown} @change=${this.onColour} />
              <input
                type="text"
                id=${id}
                data-colour=${property.name}
                spellcheck="false"
                autocomplete="off"
                placeholder="#rrggbb"
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${invalid ? `${id}-problem` : nothing}
                .value=${value}
                @change=${this.onColour}
              />
              ${
                value
                  ? html`<button type="button" class="colour-reset" data-colour=${property.name} @click=${this.onColourReset}>
                      ${m.colourReset}<span class="visually-hidden">${m.colourResetContext(label)}</span>
                    </button>`
                  : nothing
              }
            </div>
            ${invalid ? html`<p class="field-problem" id="${id}-problem">${m.colourInvalid}</p>` : nothing}
          </div>`;
        })}
      </fieldset>
    </details>`;
  }

  private renderField(field: FormField): TemplateResult {
    const m = this.messages;
    const id = `tcb-field-${field.name}`;
    const hintId = `${id}-hint`;
    const label = m.fieldLabels[field.name] ?? humanise(field.name);
    const value = this.fieldValue(field);
    // The hints are the widgets' JSDoc, in English whatever the builder's language.
    const hint = field.hint ? html`<p class="hint" id=${hintId} lang="en">${field.hint}</p>` : nothing;
    const describedBy = field.hint ? hintId : nothing;
    if (field.input === 'checkbox') {
      return html`<div class="field field-checkbox">
        <input type="checkbox" id=${id} data-attribute=${field.name} aria-describedby=${describedBy} .checked=${live(value === true)} @change=${this.onField} />
        <label for=${id}>${label}</label>
        ${hint}
      </div>`;
    }
    if (field.input === 'select') {
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${hint}
        <select id=${id} data-attribute=${field.name} aria-describedby=${describedBy} @change=${this.onField}>
          <option value="" ?selected=${!value}>${m.defaultOption}</option>
          ${field.options!.map((option) => html`<option value=${option} ?selected=${value === option}>${option}</option>`)}
        </select>
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint}
      <input type=${field.name.endsWith('-url') ? 'url' : 'text'} id=${id} data-attribute=${field.name} aria-describedby=${describedBy} .value=${live(typeof value === 'string' ? value : '')} @input=${this.onField} />
    </div>`;
  }

  private renderChecks(
    tag: WidgetTag,
    fields: readonly FormField[],
    attributes: WidgetAttributeValues,
    colourFields: readonly ColourProperty[],
    colours: readonly [string, string][],
    table: PastedTable | undefined,
    hasChart: boolean,
  ): TemplateResult | typeof nothing {
    if (!hasChart) return nothing;
    const m = this.messages;
    const chosen = Object.fromEntries(colours);
    // Figures fetched from a CSV address are not known here: only the checks of the words apply to them.
    const checks = table
      ? checkChart(tag, attributes, table, 'en-GB', chosen)
      : checkChart(tag, attributes, NO_FIGURES, 'en-GB', chosen).filter((check) => check.id !== 'no-sample-size');
    const colourField = (name: string) => colourFields.find((property) => property.name === name);
    const labelOf = (name: string) => {
      const colour = colourField(name);
      return colour ? this.colourLabel(colour) : (m.fieldLabels[name] ?? humanise(name));
    };
    const sentence = (check: Check) => {
      const message = m.checks[check.id];
      if (typeof message === 'string' || !check.contrast) return message as string;
      const { ratio, colour, against, againstProperty } = check.contrast;
      // Rounded down, so that a colour just under the line is never shown as meeting it (2.996 → 2.99, not 3).
      const shown = (Math.floor(ratio * 100) / 100).toLocaleString(m.lang, { maximumFractionDigits: 2 });
      return message(labelOf(check.field), shown, colour, against, againstProperty !== '--trust-background');
    };
    const hasField = (name: string) => fields.some((f) => f.name === name) || !!colourField(name);
    return html`<section aria-labelledby="tcb-checks-heading" class="checks">
      <h3 id="tcb-checks-heading">${m.checksHeading}</h3>
      <p class="hint">${m.checksIntro}</p>
      ${
        checks.length
          ? html`<ul>
            ${checks.map(
              (check) => html`<li data-check=${check.id} data-field=${check.field}>
                ${sentence(check)}
                ${
                  hasField(check.field)
                    ? html`<button type="button" class="link-button" data-field=${check.field} @click=${this.goToField}>${m.goToField(labelOf(check.field))}</button>`
                    : nothing
                }
                <a href=${new URL(`../docs/${check.docs}`, this.library.base).href}>${m.readDocs}</a>
              </li>`,
            )}
          </ul>`
          : html`<p>${m.noChecks}</p>`
      }
    </section>`;
  }

  private renderPreviews(hasChart: boolean): TemplateResult {
    const m = this.messages;
    const theme = this.builderState.attributes['theme'];
    const themeName = typeof theme === 'string' ? theme : '';
    return html`<section aria-labelledby="tcb-preview-heading">
      <h2 id="tcb-preview-heading">${m.previewHeading}</h2>
      ${
        hasChart
          ? html`<div class="previews">
            ${PREVIEW_WIDTHS.map(
              ({ key, width }) =>
                html`<figure class="preview" tabindex="0" data-theme=${themeName}>
                  <figcaption>${m[key]}</figcaption>
                  <div class="preview-frame preview-${key}" data-width=${width}></div>
                </figure>`,
            )}
            ${this.renderStaticPreview(themeName)}
          </div>`
          : html`<p>${m.noData}</p>`
      }
    </section>`;
  }

  /**
   * The "no JavaScript" preview: output (3) as a page of its own in a sandboxed iframe (`sandbox=""`: no script runs
   * there, as on a page that allows none), as wide as the desktop preview it was taken from and as tall as its page.
   */
  private renderStaticPreview(themeName: string): TemplateResult {
    const m = this.messages;
    const drawn = this.currentStatic;
    // The frame is made once per drawing (a new one would load again); its title follows the builder's language.
    if (drawn?.frame) drawn.frame.title = m.noScriptFrameTitle;
    return html`<figure class="preview preview-static-figure" tabindex="0" data-theme=${themeName} aria-describedby="tcb-no-script-hint">
      <figcaption>${m.noScript}</figcaption>
      <p class="hint" id="tcb-no-script-hint">${m.noScriptHint}</p>
      <div class="preview-frame preview-static">
        ${
          !drawn
            ? html`<p class="hint">${m.noScriptPending}</p>`
            : !drawn.layout
              ? html`<p class="hint">${m.noScriptBlocked}</p>`
              : html`${drawn.layout.styled ? nothing : html`<p class="field-problem" id="tcb-no-script-unstyled">${m.noScriptUnstyled}</p>`}
                ${drawn.frame}`
        }
      </div>
    </figure>`;
  }

  /** The static HTML taken from the previews as they are now; undefined while they are being drawn (or loading `src`). */
  private get currentStatic(): StaticDrawn | undefined {
    const key = (this.derived ?? this.derive()).drawKey;
    return this.staticDrawn?.key === key ? this.staticDrawn : undefined;
  }

  private renderOut(
    tag: WidgetTag,
    attributes: WidgetAttributeValues,
    colours: readonly [string, string][],
    table: PastedTable | undefined,
    hasChart: boolean,
    csv: CsvAddress,
  ): TemplateResult {
    const m = this.messages;
    const codes: Record<OutputKind, string> = {
      script: hasChart ? scriptEmbed(tag, attributes, table, this.library, colours) : '',
      iframe: hasChart ? iframeEmbed(tag, attributes, table, this.library) : '',
      static: hasChart ? (this.currentStatic?.code ?? '') : '',
    };
    const fetchesLive = csv.kind === 'ok';
    // The embed page reads a relative address against its own folder (the library's), not the editor's page.
    const relativeInIframe = csv.kind === 'ok' && !/^(https?:)?\/\//i.test(csv.address);
    const hasColours = hasChart && colours.length > 0;
    const note = (kind: OutputKind) =>
      html`${
        kind === 'static' && fetchesLive
          ? html` <strong>${m.staticLiveHint}</strong>`
          : kind === 'iframe' && relativeInIframe
            ? html` <strong>${m.iframeRelativeHint}</strong>`
            : nothing
      }${hasColours && kind === 'iframe' ? html` <strong class="colours-note">${m.iframeNoColours}</strong>` : nothing}${
        hasColours && kind !== 'iframe' ? html` <span class="colours-note">${m.coloursStrictPolicy}</span>` : nothing
      }`;
    // The same colours as a rule for the page's stylesheet: a strict style-src ignores the style attribute.
    const rule = hasColours ? cssRule(tag, colours) : '';
    const cssOutput = rule
      ? html`<div class="field output css-rule">
          <label for="tcb-css-code">${m.cssRule.label}</label>
          <textarea id="tcb-css-code" readonly rows=${colours.length + 2} spellcheck="false" .value=${live(rule)}></textarea>
          <button type="button" class="copy" data-copy="css" @click=${this.onCopy}>${m.cssRule.copy}</button>
        </div>`
      : nothing;
    const output = (kind: OutputKind) => html`<div class="field output">
      <label for="tcb-${kind}-code">${m.outputs[kind].label}</label>
      <p class="hint" id="tcb-${kind}-hint">${m.outputs[kind].hint}${note(kind)}</p>
      <textarea id="tcb-${kind}-code" readonly rows="8" spellcheck="false" aria-describedby="tcb-${kind}-hint" .value=${live(codes[kind])}></textarea>
      <button type="button" class="copy" data-copy=${kind} ?disabled=${!codes[kind]} @click=${this.onCopy}>${m.outputs[kind].copy}</button>
    </div>`;
    return html`<section aria-labelledby="tcb-out-heading">
      <h2 id="tcb-out-heading">${m.outHeading}</h2>
      <div class="field">
        <label for="tcb-library">${m.libraryLabel}</label>
        <p class="hint" id="tcb-library-hint">${m.libraryHint}</p>
        <input type="url" id="tcb-library" aria-describedby="tcb-library-hint" .value=${live(this.library.base)} @input=${this.onLibrary} />
      </div>
      ${OUTPUT_KINDS.map((kind) => (kind === 'script' ? html`${output(kind)}${cssOutput}` : output(kind)))}
    </section>`;
  }

  private renderReopen(): TemplateResult {
    const m = this.messages;
    return html`<section aria-labelledby="tcb-reopen-heading">
      <h2 id="tcb-reopen-heading">${m.reopenHeading}</h2>
      ${
        this.useAddress
          ? html`<p><a href=${stateToFragment(this.builderState)} aria-describedby="tcb-link-hint">${m.linkLabel}</a></p>
            <p class="hint" id="tcb-link-hint">${m.linkHint}</p>`
          : nothing
      }
      <div class="field">
        <label for="tcb-open">${m.openLabel}</label>
        <textarea id="tcb-open" rows="4" spellcheck="false"></textarea>
        <button type="button" @click=${this.onOpen}>${m.openButton}</button>
      </div>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.derived = this.derive();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.lang = this.messages.lang;
    this.drawPreviews();
  }

  /**
   * Rebuilds the two preview widgets when what they draw has changed, and takes the static HTML from the desktop one
   * each time it reports a render (`trust-render`: after its figures from `src` have arrived, never while loading).
   */
  private drawPreviews(): void {
    const frames = [...this.querySelectorAll<HTMLElement>('.preview-frame[data-width]')];
    const { table, hasFigures, hasChart, tag, attributes, colours, drawKey } = this.derived ?? this.derive();
    if (!frames.length || !hasChart) {
      this.drawnKey = '';
      return;
    }
    if (drawKey === this.drawnKey && frames.every((frame) => frame.firstElementChild)) return;
    this.drawnKey = drawKey;
    let staticTaken!: () => void;
    this.staticHtmlDrawn = new Promise((resolve) => (staticTaken = resolve));
    const widgets = frames.map((frame) => {
      const widget = buildWidget(tag, attributes, hasFigures ? table : undefined, document, colours);
      if (frame.classList.contains('preview-desktop')) {
        widget.addEventListener('trust-render', () => void this.takeStatic(widget, drawKey, staticTaken));
      }
      // The chart's own language, not the builder's: its `locale` attribute, or British English as on most pages.
      frame.lang = CHART_LANG;
      frame.replaceChildren(widget);
      return widget;
    });
    this.previewsDrawn = Promise.all(
      widgets.map((widget) =>
        customElements.whenDefined(widget.localName).then(() => (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
      ),
    ).then(() => undefined);
  }

  /** Output (3) from the desktop preview as drawn now, with the height its page takes (it shows its table). */
  private async takeStatic(widget: HTMLElement, key: string, taken: () => void): Promise<void> {
    if (!widget.isConnected) return;
    const sequence = ++this.staticSequence;
    const code = staticHtml(widget, CHART_LANG);
    const page = staticPage(code, CHART_LANG, this.messages.noScriptFrameTitle);
    const layout = await measureStaticPage(page, STATIC_PREVIEW_WIDTH);
    // A newer drawing came while this one was measured: that one is taken instead.
    if (sequence !== this.staticSequence) return;
    this.staticDrawn = { key, code, layout, frame: layout ? staticPreviewFrame(page, STATIC_PREVIEW_WIDTH, layout.height) : undefined };
    taken();
  }

  private onPaste = (event: Event) => {
    this.update_({ pasted: (event.target as HTMLTextAreaElement).value });
  };

  private onChoose = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    const tag = WIDGET_TAGS.find((t) => t === value);
    if (tag) this.update_({ tag });
  };

  private onField = (event: Event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const name = input.dataset['attribute'];
    if (!name) return;
    const value = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
    this.update_({ attributes: { ...this.builderState.attributes, [name]: value } });
  };

  /**
   * Focuses a check's field (a colour's text field, for a colour), opening the folded section it is in: a button, not
   * a `#` link, since the page's address holds the state.
   */
  private goToField = (event: Event) => {
    const name = (event.currentTarget as HTMLElement).dataset['field'] ?? '';
    const field = this.querySelector<HTMLElement>(`#${name.startsWith('--') ? colourId(name) : `tcb-field-${name}`}`);
    const folded = field?.closest('details');
    if (folded) folded.open = true;
    field?.focus();
  };

  /** A colour picked, or its hex code typed (on change: Enter, or leaving the field), into the state. */
  private onColour = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const name = input.dataset['colour'];
    if (!name) return;
    this.update_({ colours: { ...this.builderState.colours, [name]: input.value.trim() } });
  };

  /** Back to the theme's colour; the focus goes to the emptied field (the reset button is gone). */
  private onColourReset = async (event: Event) => {
    const name = (event.currentTarget as HTMLElement).dataset['colour'];
    if (!name) return;
    const colours = { ...this.builderState.colours };
    delete colours[name];
    this.update_({ colours });
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${colourId(name)}`)?.focus();
  };

  private onColoursToggle = (event: Event) => {
    this.coloursOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  /** On `change` (Enter, or leaving the field), not each key: every address typed on the way would be fetched. */
  private onCsvAddress = (event: Event) => {
    this.update_({ attributes: { ...this.builderState.attributes, src: (event.target as HTMLInputElement).value } });
  };

  private onLibrary = (event: Event) => {
    this.update_({ library: (event.target as HTMLInputElement).value });
  };

  private switchLanguage = () => {
    this.update_({ ui: this.builderState.ui === 'en' ? 'cy' : 'en' });
  };

  private onCopy = async (event: Event) => {
    const kind = COPY_KINDS.find((k) => k === (event.currentTarget as HTMLElement).dataset['copy']) ?? 'script';
    const textarea = this.querySelector<HTMLTextAreaElement>(`#tcb-${kind}-code`)!;
    const text = textarea.value;
    this.dispatchEvent(new CustomEvent<BuilderCopyDetail>('builder-copy', { detail: { kind, text }, bubbles: true }));
    try {
      await navigator.clipboard.writeText(text);
      this.announce(kind === 'css' ? this.messages.cssRule.copied : this.messages.outputs[kind].copied);
    } catch {
      // No clipboard (an insecure page, a refused permission): select the code so that one key press copies it.
      textarea.focus();
      textarea.select();
      this.announce(this.messages.copyFailed);
    }
  };

  private onOpen = () => {
    const code = this.querySelector<HTMLTextAreaElement>('#tcb-open')!.value;
    const reading = readEmbedCode(code, this.allBooleans());
    if (!reading) {
      this.announce(this.messages.openFailed);
      return;
    }
    this.update_({ pasted: reading.pasted, tag: reading.tag, attributes: reading.attributes, colours: reading.colours });
    this.announce(this.messages.opened);
  };

  /** Says `text` in the live region; cleared first so that the same words are said again. */
  private announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }
}
