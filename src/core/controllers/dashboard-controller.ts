import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { dashboardContext } from '../context/dashboard-context.js';

/** The dashboard's tag: a widget inside one that is not defined yet asks again once it is. */
const DASHBOARD_TAG = 'trust-dashboard';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A widget's link to the `<trust-dashboard>` around it (through @lit/context): `value` is what the dashboard shares,
 * kept up to date while the widget is inside it; undefined outside one, and once the widget is moved out. Two
 * dashboards on a page each serve their own.
 */
export class DashboardController extends ContextConsumer<typeof dashboardContext, Host> {
  /** The widget had a dashboard when it was last disconnected. */
  private wasInside = false;

  constructor(host: Host) {
    super(host, { context: dashboardContext, subscribe: true });
  }

  override hostConnected(): void {
    super.hostConnected();
    // Moved out of its dashboard: no one answered, so draw again without what the dashboard shared.
    if (this.wasInside && !this.value) this.host.requestUpdate();
    // A widget whose script ran before the dashboard's (two script tags, the dashboard's last) asked before anyone
    // could answer: it asks again once the dashboard is defined, instead of drawing without what it shares.
    if (typeof customElements === 'undefined' || customElements.get(DASHBOARD_TAG) || !this.host.closest(DASHBOARD_TAG)) return;
    void customElements.whenDefined(DASHBOARD_TAG).then(() => {
      if (this.host.isConnected && !this.value) super.hostConnected();
    });
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    // The consumer unsubscribes but keeps the last value: forget it, so that a widget moved out stops inheriting.
    this.wasInside = this.value !== undefined;
    this.value = undefined;
  }
}
