/**
 * The per-widget CDN files (dist/cdn/<tag>.js): each is one self-contained module that registers its own widget
 * and no other, and draws it; dist/cdn/trust-dashboard.js registers the dashboard alone, and a page loads it with the
 * files of the widgets it holds. Each is loaded into its own fresh page (an iframe), so registrations cannot mix.
 */
import { expect } from '@open-wc/testing';
import { DASHBOARD_TAG, WIDGET_TAGS as TAGS, type WidgetTag } from '../../src/widgets.js';
import { frameWindow, openFrame, until } from './helpers.js';

/** Attributes that make each widget draw; the type checker asks for a line for every widget of src/widgets.ts. */
const ATTRIBUTES: Record<WidgetTag, Record<string, string>> = {
  'trust-bars': { data: 'Worried: 57; Concerned: 60' },
  'trust-stat': { value: '57', label: 'of UK adults' },
  'trust-waffle': { value: '24', of: '108', label: 'Trusts' },
  'trust-change': { data: 'Trained: 47 | 39', 'from-label': '2022', 'to-label': '2024' },
  'trust-likert': { series: 'Agree | Neither | Disagree', data: 'Staff: 50 | 20 | 30' },
  'trust-trend': { data: '2022: 5; 2023: 9; 2024: 15' },
};

describe('the per-widget CDN files', () => {
  for (const tag of TAGS) {
    it(`dist/cdn/${tag}.js registers <${tag}> only, imports nothing statically, and draws it`, async () => {
      const url = new URL(`/dist/cdn/${tag}.js`, location.origin).href;
      const source = await (await fetch(url)).text();
      expect(source).not.to.match(/\bimport\s*[^(]*?from\s*['"]/);
      // Only lazy imports, of chunks of words in dist/cdn/chunks/ (the Welsh, fetched on Welsh pages alone).
      const lazy = [...source.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((match) => match[1]);
      for (const specifier of lazy) expect(specifier).to.match(/^"\.\/chunks\/[\w-]+\.js"$/);
      expect(source).not.to.contain('Lit is in dev mode');

      const frame = await openFrame(new URL('/test/fixtures/embed/blank.html', location.origin).href);
      try {
        const win = frameWindow(frame);
        const doc = frame.contentDocument!;
        const widget = doc.createElement(tag);
        for (const [name, value] of Object.entries(ATTRIBUTES[tag]!)) widget.setAttribute(name, value);
        doc.body.append(widget);
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = url;
        doc.head.append(script);
        await win.customElements.whenDefined(tag);
        expect(TAGS.filter((t) => win.customElements.get(t))).to.deep.equal([tag]);
        await until(() => widget.shadowRoot?.querySelector('[part="chart"]'), `<${tag}> to draw`);
        expect(widget.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(win.recorded!.errors).to.deep.equal([]);
        expect(win.recorded!.warnings).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it(`dist/cdn/${DASHBOARD_TAG}.js registers the dashboard only; with a widget's file beside it, the widget takes what it shares`, async () => {
    const url = new URL(`/dist/cdn/${DASHBOARD_TAG}.js`, location.origin).href;
    const source = await (await fetch(url)).text();
    expect(source).not.to.match(/\bimport\s*[^(]*?from\s*['"]/);
    for (const [, specifier] of source.matchAll(/\bimport\s*\(([^)]*)\)/g)) expect(specifier).to.match(/^"\.\/chunks\/[\w-]+\.js"$/);
    expect(source).not.to.contain('Lit is in dev mode');

    const frame = await openFrame(new URL('/test/fixtures/embed/blank.html', location.origin).href);
    try {
      const win = frameWindow(frame);
      const doc = frame.contentDocument!;
      const dashboard = doc.createElement(DASHBOARD_TAG);
      dashboard.setAttribute('heading', 'Worry');
      dashboard.setAttribute('sample-size', '1000');
      const bars = doc.createElement('trust-bars');
      bars.setAttribute('data', 'Worried: 57; Concerned: 60');
      bars.setAttribute('heading', 'Public');
      dashboard.append(bars);
      doc.body.append(dashboard);
      const load = (src: string) => {
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = src;
        doc.head.append(script);
      };
      load(url);
      await win.customElements.whenDefined(DASHBOARD_TAG);
      expect(TAGS.filter((t) => win.customElements.get(t))).to.deep.equal([]);
      await until(() => dashboard.shadowRoot?.querySelector('[part="region"]'), 'the dashboard to draw');
      // The widget's own file, a second self-contained module (its own Lit): the two still find each other.
      load(new URL('/dist/cdn/trust-bars.js', location.origin).href);
      await until(() => bars.shadowRoot?.querySelector('[part="chart"]'), '<trust-bars> to draw');
      await until(() => bars.shadowRoot!.querySelector('h3[part="heading"]'), 'the chart to take an h3 under the dashboard');
      expect(bars.shadowRoot!.querySelector('#summary')!.textContent).to.contain('±');
      expect(win.recorded!.errors).to.deep.equal([]);
      expect(win.recorded!.warnings).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
