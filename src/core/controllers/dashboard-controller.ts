import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dashboardContext, type DashboardShared } from '../context/dashboard-context.js';

/** The dashboard's tag: a widget inside one that is not defined yet asks again once it is. */
const DASHBOARD_TAG = 'trust-dashboard';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A widget's link to the `<trust-dashboard>` around it: `value` is what the dashboard shares, kept up to date while
 * the widget is inside it; undefined outside one, and once the widget is moved out. Two dashboards on a page each
 * serve their own.
 *
 * It speaks @lit/context's protocol with @lit/context's own request event and key, so any provider of that context
 * answers it. It is not @lit/context's ContextConsumer, whose options (one-off requests, callbacks, older call
 * forms) every widget's file would carry for nothing (issue 12's size budgets).
 */
export class DashboardController implements ReactiveController {
  value: DashboardShared | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Called by the dashboard at once and whenever what it shares changes; `unsubscribe` ends that. */
  private readonly receive = (value: DashboardShared | undefined, unsubscribe?: () => void): void => {
    // Another unsubscribe means another provider (the widget moved): let go of the old one.
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.value = value;
    this.host.requestUpdate();
  };

  private ask(): void {
    this.host.dispatchEvent(new ContextEvent(dashboardContext, this.host, this.receive, true));
  }

  hostConnected(): void {
    const { host } = this;
    const wasInside = this.value !== undefined;
    this.value = undefined;
    this.ask();
    // Moved out of its dashboard: no one answered, so draw again without what the dashboard shared.
    if (wasInside && !this.value) host.requestUpdate();
    // A widget whose script ran before the dashboard's (two script tags, the dashboard's last) asked before anyone
    // could answer: it asks again once the dashboard is defined, instead of drawing without what it shares.
    if (typeof customElements === 'undefined' || customElements.get(DASHBOARD_TAG) || !host.closest(DASHBOARD_TAG)) return;
    void customElements.whenDefined(DASHBOARD_TAG).then(() => {
      if (host.isConnected && !this.value) this.ask();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
