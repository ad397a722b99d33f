import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onMessagesChange } from '../i18n/messages.js';

/** Draws the host again when the page adds words (addMessages) after the widgets drew: it gets them at once. */
export class MessagesController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onMessagesChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
