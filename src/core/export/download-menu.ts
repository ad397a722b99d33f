/**
 * The Download menu's list, keys, status and actions (issue 15), loaded with the files (./chart-export.ts) on first
 * use: the widget's own bundle draws only the Download button, an empty list and an empty status line
 * (src/core/frame/toolbar.ts). No Lit here (this chunk has none): the list is built with DOM calls, its CSS is a
 * constructed stylesheet, and what the menu shows is read from, and written to, those elements, so that it needs no
 * update of the widget.
 */
import type { TrustExportEvent, TrustExportKind } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import type { TrustElement } from '../trust-element.js';
// The images' escaping (already in this chunk): quotes, <, > and & as entities, so an attribute's text stays text.
import { escapeXml } from '../../export/xml.js';

/** What the menu needs from the widget's bundle. */
export interface MenuContext {
  readonly widget: TrustElement;
  /** The words the widget is drawn in now. */
  readonly messages: () => Messages;
  /** The items `toolbar` asks for, in its order. */
  readonly items: () => readonly TrustExportKind[];
  /** The bundle's own class, so that `instanceof TrustExportEvent` holds for listeners (this chunk has its own copy of every module). */
  readonly ExportEvent: typeof TrustExportEvent;
  /** The script the widget came from, for the embed code (this chunk's own address would be no use). */
  readonly scriptUrl: string;
}

/** Makes the file for `kind` (./chart-export.ts). */
export type BuildExport = (widget: TrustElement, kind: Exclude<TrustExportKind, 'embed'>) => Promise<File>;

// Tagged `css` so that the build minifies it like Lit's own styles.
const css = (strings: TemplateStringsArray) => strings.join('');

/** The list, popping up over the page, never wider than a 320 px screen; the code to copy by hand. */
const MENU_CSS = css`
  .download-menu {
    position: absolute;
    z-index: 1;
    inset-inline-end: 0;
    top: 100%;
    width: max-content;
    max-width: min(20rem, calc(100vw - 2rem));
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    list-style: none;
    font-size: 0.875rem;
    background: var(--_background);
    border: 1px solid var(--_muted-text);
    border-radius: 4px;
  }
  .download-menu button {
    display: block;
    width: 100%;
    text-align: start;
    border-color: transparent;
  }
  .download-menu textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin-top: 0.25rem;
    font-family: monospace;
    color: var(--_text);
    background: var(--_background);
  }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the menu's stylesheet to the widget's shadow root (adopted, as Lit's are: allowed under a strict CSP). */
function adoptMenuStyles(root: ShadowRoot): void {
  // A browser without constructed stylesheets (Lit falls back to <style> there) shows the list unstyled, still usable.
  if (!root.adoptedStyleSheets || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(MENU_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** `element` as markup: its tag, its attributes as written (escaped), and `inner`. */
function elementCode(element: Element, inner: string): string {
  const tag = element.localName;
  // Not the pre-renderer's own marks (data-ssr-width, defer-hydration): the copy is drawn afresh.
  const attributes = Array.from(element.attributes)
    .filter(({ name }) => !name.startsWith('data-ssr-') && name !== 'defer-hydration')
    .map(({ name, value }) => (value ? ` ${name}="${escapeXml(value)}"` : ` ${name}`));
  return `<${tag}${attributes.join('')}>${inner}</${tag}>`;
}

/**
 * The code that shows this chart on another page: the script the widget was loaded from (in the CDN build, every
 * module of the widget is in that one file), then the element with its attributes as written and its own table.
 * A chart in a dashboard takes its source, data file, survey facts, theme and language from it: it is copied inside a
 * copy of its dashboard, alone, so that it keeps them (a chart never leaves without its source).
 */
function embedCode(widget: Element, scriptUrl: string): string {
  // The browser's serialisation escapes the table's text and attribute values.
  const table = widget.querySelector(':scope > table')?.outerHTML;
  const chart = elementCode(widget, table ? `\n${table}\n` : '');
  const dashboard = widget.parentElement?.closest('trust-dashboard');
  return `<script type="module" src="${escapeXml(scriptUrl)}"></script>\n${dashboard ? elementCode(dashboard, `\n${chart}\n`) : chart}\n`;
}

/** Hands `file` to the browser as a download: a link to it, clicked, works under a strict Content-Security-Policy. */
function save(file: Blob & { name?: string }, fallbackName: string, root: Node): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name || fallbackName;
  // In the widget's shadow root: some browsers download only from a link in the document.
  root.appendChild(link);
  link.click();
  link.remove();
  // Not at once: a browser may still be reading the file when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The list each `ul` was last built for (items and words), so that an update rebuilds it only when they changed. */
const builtFor = new WeakMap<Element, string>();
/** The `.downloads` boxes that already have the menu's listeners (a new render of the toolbar brings a new box). */
const listening = new WeakSet<Element>();

/**
 * The Download menu of one widget: a disclosure with a list of buttons (the WAI-ARIA disclosure pattern, not
 * role="menu": plain buttons that every screen reader announces as they are), and a status line for "Preparing…" and
 * what followed. Its state is in its elements: the list's `hidden`, the button's aria-expanded, the box's aria-busy.
 */
export class DownloadMenu {
  private busy = false;
  /** What the status line says, in the reader's words (said again in a new language). */
  private said: ((messages: Messages) => string) | undefined;

  constructor(
    private readonly context: MenuContext,
    private readonly build: BuildExport,
  ) {}

  private get box(): HTMLElement | null {
    return this.context.widget.renderRoot.querySelector<HTMLElement>('[part="downloads"]');
  }

  private find<T extends HTMLElement>(selector: string): T | null {
    return this.box?.querySelector<T>(selector) ?? null;
  }

  private get list(): HTMLElement | null {
    return this.find('#download-menu');
  }

  private get items(): HTMLButtonElement[] {
    return Array.from(this.box?.querySelectorAll<HTMLButtonElement>('#download-menu button') ?? []);
  }

  /** Brings the elements the widget drew up to date: after every update of the widget. */
  sync(): void {
    const box = this.box;
    const list = this.list;
    if (!box || !list) return;
    adoptMenuStyles(this.context.widget.renderRoot as ShadowRoot);
    if (!listening.has(box)) {
      listening.add(box);
      box.addEventListener('keydown', this.keydown);
      box.addEventListener('focusout', this.focusout);
    }
    const messages = this.context.messages();
    const items = this.context.items();
    const key = items.map((kind) => messages.exportItems[kind]).join('\n');
    if (builtFor.get(list) !== key) {
      builtFor.set(list, key);
      list.replaceChildren(
        ...items.map((kind) => {
          const item = document.createElement('li');
          const button = item.appendChild(document.createElement('button'));
          button.type = 'button';
          button.dataset['kind'] = kind;
          button.textContent = messages.exportItems[kind];
          button.addEventListener('click', () => void this.run(kind));
          return item;
        }),
      );
    }
    const label = this.find('label.download-menu');
    if (label?.firstChild) label.firstChild.textContent = messages.copyByHand;
    this.say(this.said, this.find('.download-status')?.classList.contains('failed'));
  }

  private say(said: ((messages: Messages) => string) | undefined, failed = false): void {
    this.said = said;
    const status = this.find('.download-status');
    if (!status) return;
    status.textContent = said?.(this.context.messages()) ?? '';
    status.classList.toggle('failed', failed);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.box?.setAttribute('aria-busy', String(busy));
  }

  /** Shows or hides the list (and says so on the Download button); a shown embed code goes either way. */
  private show(open: boolean): void {
    this.find('label.download-menu')?.remove();
    const list = this.list;
    if (list) list.hidden = !open;
    this.find('.download')?.setAttribute('aria-expanded', String(open));
  }

  /** Opens the list on its first item, or closes it back onto the Download button. */
  readonly toggle = (): void => {
    const open = !!this.list?.hidden;
    if (open) {
      this.show(true);
      this.items[0]?.focus();
    } else {
      this.close(true);
    }
  };

  /** Closes the menu; `refocus` puts focus back on the Download button (Escape, or an item chosen). */
  close(refocus: boolean): void {
    const list = this.list;
    if ((!list || list.hidden) && !this.find('label.download-menu')) return;
    // Focus moves first: from a list that is still shown, so that leaving it is not read as focus leaving the menu.
    if (refocus) this.find('.download')?.focus();
    this.show(false);
  }

  /** Escape closes; the arrow keys, Home and End move between the items. */
  private readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && (!this.list?.hidden || this.find('label.download-menu'))) {
      event.preventDefault();
      this.close(true);
      return;
    }
    const items = this.items;
    const at = items.indexOf(event.composedPath()[0] as HTMLButtonElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : step && at >= 0 ? (at + step + items.length) % items.length : -1;
    if (at < 0 || to < 0) return;
    event.preventDefault();
    items[to]!.focus();
  };

  /** Focus leaving the menu (Tab past it, a click elsewhere) closes it. */
  private readonly focusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Node).contains(next)) this.close(false);
  };

  /** Shows the embed code, selected, to copy with the keyboard: where the browser refused to copy it. */
  private showCode(code: string): void {
    const label = document.createElement('label');
    label.className = 'download-menu';
    label.append(this.context.messages().copyByHand);
    const box = label.appendChild(document.createElement('textarea'));
    box.readOnly = true;
    box.rows = 4;
    box.value = code;
    this.find('.download-status')?.before(label);
    box.select();
    box.focus();
  }

  /** Makes the file, lets the page see it (`trust-export`), then downloads it or copies the code. Never throws. */
  async run(kind: TrustExportKind): Promise<void> {
    if (this.busy) return;
    const { widget, ExportEvent, scriptUrl } = this.context;
    this.close(true);
    this.setBusy(true);
    this.say((m) => m.preparing);
    try {
      const made =
        kind === 'embed' ? new File([embedCode(widget, scriptUrl)], `${widget.localName}.html`, { type: 'text/html' }) : await this.build(widget, kind);
      const event = new ExportEvent(kind, made);
      // Still "Preparing…" while the page's listeners run.
      const proceed = widget.dispatchEvent(event);
      this.say(undefined);
      if (!proceed) return;
      const file = event.file;
      if (typeof file?.text !== 'function') throw new Error('a trust-export listener set `file` to something that is not a File');
      if (kind !== 'embed') {
        save(file, made.name, widget.renderRoot);
        this.say((m) => m.downloaded(file.name || made.name));
        return;
      }
      const code = await file.text();
      try {
        await navigator.clipboard.writeText(code);
        this.say((m) => m.embedCopied);
      } catch {
        // Refused (no permission, or not a secure page): the code, selected, to copy with the keyboard.
        this.setBusy(false);
        this.showCode(code);
      }
    } catch (error) {
      this.say((m) => m.exportFailed, true);
      console.warn(`<${widget.localName}> could not make the ${kind} download: ${(error as Error)?.message ?? error}`);
    } finally {
      this.setBusy(false);
    }
  }
}
