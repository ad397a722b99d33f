import { TrustExportEvent, type TrustExportKind } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import { problem, type Problem } from '../problems.js';
import type { TrustElement } from '../trust-element.js';

/** What the Download menu can hold, in its default order. */
export const TOOLBAR_ITEMS: readonly TrustExportKind[] = ['png', 'card', 'svg', 'csv', 'embed'];

/**
 * The items `toolbar` asks for, in the author's order (default: all). An unknown item is reported and left out; when
 * none is left, all are shown, so that a typo never takes the downloads away.
 */
export function readToolbar(value: string | null | undefined): { items: readonly TrustExportKind[]; problems: Problem[] } {
  const tokens = value?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const found = TOOLBAR_ITEMS.filter((item) => tokens.includes(item)).sort((a, b) => tokens.indexOf(a) - tokens.indexOf(b));
  const items = found.length ? found : TOOLBAR_ITEMS;
  const unknown = tokens.filter((token) => !TOOLBAR_ITEMS.includes(token as TrustExportKind));
  return { items, problems: unknown.map((token) => problem('toolbar', (m) => m.notOneOf(token, TOOLBAR_ITEMS, items.join(' ')))) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** As escapeHtml in src/builder/embed-code.ts, which cannot be imported here without its module's imports. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/**
 * The code that shows this chart on another page: the script this library was loaded from (in the CDN build, every
 * module of the widget is in that one file), then the element with its attributes as written and its own table.
 */
function embedCode(widget: Element): string {
  const tag = widget.localName;
  // Not the pre-renderer's own marks (data-ssr-width, defer-hydration): the copy is drawn afresh.
  const attributes = Array.from(widget.attributes)
    .filter(({ name }) => !name.startsWith('data-ssr-') && name !== 'defer-hydration')
    .map(({ name, value }) => (value ? ` ${name}="${escapeHtml(value)}"` : ` ${name}`));
  // The browser's serialisation escapes the table's text and attribute values.
  const table = widget.querySelector(':scope > table')?.outerHTML;
  return `<script type="module" src="${escapeHtml(import.meta.url)}"></script>\n<${tag}${attributes.join('')}>${table ? `\n${table}\n` : ''}</${tag}>\n`;
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

/**
 * The Download menu's state (open, busy, what it last said, the embed code to copy by hand) and its actions. The
 * files come from src/core/export/chart-export.ts, imported on first use: it is a chunk of its own, never in the
 * widget's file.
 */
export class ExportController {
  open = false;
  busy = false;
  /** What the status line says, in the reader's words; `failed` shows it as a problem. */
  said: ((messages: Messages) => string) | undefined;
  failed = false;
  /** The embed code, shown selected where the browser refused to copy it. */
  manualCode: string | undefined;

  /** `interacted` marks the update as the reader's own, not a new chart (no trust-render). */
  constructor(
    private readonly host: TrustElement,
    private readonly interacted: () => void,
  ) {}

  private update(): void {
    this.interacted();
    this.host.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly toggle = (): void => {
    this.open = !this.open;
    this.manualCode = undefined;
    this.update();
    void this.focus(this.open ? '.download-menu button' : '.download');
  };

  /**
   * A press on the Download button leaves focus where it is: Safari does not focus a clicked button, so focus would
   * leave the open list (closing it) before the click that was meant to close it opened it again.
   */
  readonly mousedown = (event: MouseEvent): void => event.preventDefault();

  /** Closes the menu; `refocus` puts focus back on the Download button (Escape, or an item chosen). */
  close(refocus: boolean): void {
    if (!this.open && !this.manualCode) return;
    this.open = false;
    this.manualCode = undefined;
    this.update();
    if (refocus) void this.focus('.download');
  }

  /** Escape closes; the arrow keys, Home and End move between the items. */
  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && (this.open || this.manualCode)) {
      event.preventDefault();
      this.close(true);
      return;
    }
    const items = Array.from(this.host.renderRoot.querySelectorAll<HTMLElement>('.download-menu button'));
    const at = items.indexOf(event.composedPath()[0] as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : step && at >= 0 ? (at + step + items.length) % items.length : -1;
    if (at < 0 || to < 0) return;
    event.preventDefault();
    items[to]!.focus();
  };

  /** Focus leaving the menu (Tab past it, a click elsewhere) closes it. */
  readonly focusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Node).contains(next)) this.close(false);
  };

  /** Makes the file, lets the page see it (`trust-export`), then downloads it or copies the code. Never throws. */
  async run(kind: TrustExportKind): Promise<void> {
    if (this.busy) return;
    const host = this.host;
    this.close(true);
    this.busy = true;
    this.failed = false;
    this.said = (m) => m.preparing;
    this.update();
    try {
      const made =
        kind === 'embed'
          ? new File([embedCode(host)], `${host.localName}.html`, { type: 'text/html' })
          : await (await import('../export/chart-export.js')).buildExport(host, kind);
      const event = new TrustExportEvent(kind, made);
      this.said = undefined;
      if (!host.dispatchEvent(event)) return;
      const file = event.file;
      if (typeof file?.text !== 'function') throw new Error('a trust-export listener set `file` to something that is not a File');
      if (kind !== 'embed') {
        save(file, made.name, host.renderRoot);
        this.said = (m) => m.downloaded(file.name || made.name);
        return;
      }
      const code = await file.text();
      try {
        await navigator.clipboard.writeText(code);
        this.said = (m) => m.embedCopied;
      } catch {
        // Refused (no permission, or not a secure page): the code, selected, to copy with the keyboard.
        this.manualCode = code;
        this.busy = false;
        this.update();
        await this.host.updateComplete;
        this.host.renderRoot.querySelector('textarea')?.select();
        await this.focus('textarea');
      }
    } catch (error) {
      this.failed = true;
      this.said = (m) => m.exportFailed;
      console.warn(`<${host.localName}> could not make the ${kind} download: ${(error as Error)?.message ?? error}`);
    } finally {
      this.busy = false;
      this.update();
    }
  }
}
