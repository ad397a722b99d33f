import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { dashboardContext, type DashboardShared } from '../context/dashboard-context.js';

/** The dashboard's tag: a widget inside one that is not defined yet asks again once it is. */
const DASHBOARD_TAG = 'trust-dashboard';

/**
 * A widget's link to the `<trust-dashboard>` around it (through @lit/context): what the dashboard shares, kept up to
 * date while the widget is inside it; nothing once it is moved out. Two dashboards on a page each serve their own.
 */
export class DashboardController {
  private readonly consumer: ContextConsumer<typeof dashboardContext, ReactiveControllerHost & HTMLElement>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.consumer = new ContextConsumer(host, { context: dashboardContext, subscribe: true });
    let wasInside = false;
    // Added after the consumer, so these run after it has asked (on connection) or unsubscribed (on disconnection).
    host.addController({
      hostConnected: () => {
        // Moved out of its dashboard: no one answered, so draw again without what the dashboard shared.
        if (wasInside && !this.consumer.value) host.requestUpdate();
        this.askWhenDashboardDefined();
      },
      // The consumer unsubscribes on disconnection but keeps the last value: a widget moved out stops inheriting.
      hostDisconnected: () => {
        wasInside = this.consumer.value !== undefined;
        this.consumer.value = undefined;
      },
    });
  }

  /** What the dashboard around the widget shares; undefined outside one. */
  get shared(): DashboardShared | undefined {
    return this.consumer.value;
  }

  /**
   * A widget whose script ran before the dashboard's (two script tags, the dashboard's last) asked before anyone
   * could answer: it asks again once the dashboard is defined, instead of drawing without what it shares.
   */
  private askWhenDashboardDefined(): void {
    if (typeof customElements === 'undefined' || customElements.get(DASHBOARD_TAG)) return;
    if (!this.host.closest(DASHBOARD_TAG)) return;
    void customElements.whenDefined(DASHBOARD_TAG).then(() => {
      if (this.host.isConnected && !this.consumer.value) this.consumer.hostConnected();
    });
  }
}
