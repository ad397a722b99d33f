import type { ReactiveController } from 'lit';
import { TrustExportEvent, type TrustExportKind } from '../events.js';
import type { DownloadMenu } from '../export/download-menu.js';
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

/**
 * The Download button's side of the menu, in the widget's bundle. Everything else (the list, its keys, the status,
 * the files) is src/core/export/download-menu.ts, in the chunk src/core/export/chart-export.ts, never in the widget's
 * file: imported as soon as the reader points at the button or focuses it, so that it is usually there by the click.
 */
export class ExportController implements ReactiveController {
  private menu: DownloadMenu | undefined;
  private loading: Promise<DownloadMenu> | undefined;
  /** While a click waits for the menu's code: settles once the list has opened, or the failure is said. */
  pending: Promise<void> | undefined;

  constructor(
    private readonly host: TrustElement,
    private readonly messages: () => Messages,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.menu?.sync();
  }

  private load(): Promise<DownloadMenu> {
    const host = this.host;
    this.loading ??= import('../export/chart-export.js').then(
      ({ downloadMenu }) => {
        this.menu = downloadMenu({
          widget: host,
          messages: this.messages,
          items: () => readToolbar(host.toolbar).items,
          ExportEvent: TrustExportEvent,
          scriptUrl: import.meta.url,
        });
        this.menu.sync();
        return this.menu;
      },
      (error: unknown) => {
        // Tried again on the next click.
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** Pointing at the button or focusing it starts the import; a failure here is said when the reader clicks. */
  readonly prefetch = (): void => {
    this.load().catch(() => {});
  };

  /**
   * A press on the Download button leaves focus where it is: Safari does not focus a clicked button, so focus would
   * leave the open list (closing it) before the click that was meant to close it opened it again.
   */
  readonly mousedown = (event: MouseEvent): void => event.preventDefault();

  /** Opens or closes the list; before the menu's code is here, the button is busy until it is and the list opens. */
  readonly toggle = (event: MouseEvent): void => {
    if (this.menu) return this.menu.toggle();
    if (this.pending) return;
    const button = event.currentTarget as HTMLElement;
    button.setAttribute('aria-busy', 'true');
    this.pending = this.load().then(
      (menu) => menu.toggle(),
      (error: unknown) => {
        const status = this.host.renderRoot.querySelector('.download-status');
        if (status) {
          status.textContent = this.messages().exportFailed;
          status.classList.add('failed');
        }
        console.warn(`<${this.host.localName}> could not load the Download menu: ${(error as Error)?.message ?? error}`);
      },
    );
    void this.pending.finally(() => {
      button.removeAttribute('aria-busy');
      this.pending = undefined;
    });
  };
}
