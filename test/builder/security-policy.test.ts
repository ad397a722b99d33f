/**
 * The builder on a page with a strict Content-Security-Policy, as news and NHS sites send. Under Trusted Types
 * (`require-trusted-types-for 'script'`) the static HTML is still made, and its "no JavaScript" preview is shown
 * through the builder's own policy; where the page names other policies only, the preview says why it is missing, and
 * the code is still there to copy. Under a style-src without 'unsafe-inline', the preview says why it is unstyled.
 * The policy is set by a `<meta>` in a fresh page of the builder.
 */
import { expect } from '@open-wc/testing';
import type { TrustChartBuilder } from '../../src/builder/chart-builder.js';

async function builderUnder(policy: string): Promise<{ frame: HTMLIFrameElement; el: TrustChartBuilder; violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module" src="/test/builder/fixtures/builder-page.js"></script></head>
    <body><trust-chart-builder></trust-chart-builder></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { builderReady?: boolean };
  const violations: string[] = [];
  frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
  for (let i = 0; i < 200 && !win.builderReady; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  const el = frame.contentDocument!.querySelector('trust-chart-builder') as TrustChartBuilder;
  await el.updateComplete;
  const paste = el.querySelector<HTMLTextAreaElement>('#tcb-paste')!;
  paste.value = 'Answer\tShare\nWorried\t57%\nConcerned\t60%';
  paste.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  await el.previewsDrawn;
  await el.staticHtmlDrawn;
  await el.updateComplete;
  return { frame, el, violations };
}

describe('builder under a strict Content-Security-Policy', () => {
  it('shows the "no JavaScript" preview through its own policy, with nothing refused', async () => {
    const { frame, el, violations } = await builderUnder("require-trusted-types-for 'script'");
    try {
      const code = el.querySelector<HTMLTextAreaElement>('#tcb-static-code')!.value;
      expect(code).to.include('shadowrootmode="open"');
      const preview = el.querySelector<HTMLIFrameElement>('.preview-static iframe')!;
      expect(preview, 'the preview frame').to.exist;
      expect(preview.srcdoc).to.include(code);
      expect(Number(preview.height)).to.be.greaterThan(100);
      expect(el.querySelector('#tcb-no-script-unstyled'), 'styled: the policy allows inline styles').to.equal(null);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('where the page allows other policies only, says the preview cannot be shown, and still offers the code', async () => {
    // Lit's own policy is allowed, so the builder runs; the builder's is not.
    const { frame, el } = await builderUnder("require-trusted-types-for 'script'; trusted-types lit-html");
    try {
      expect(el.querySelector<HTMLTextAreaElement>('#tcb-static-code')!.value).to.include('shadowrootmode="open"');
      expect(el.querySelector<HTMLButtonElement>('button[data-copy="static"]')!.disabled).to.equal(false);
      expect(el.querySelector('.preview-static iframe')).to.equal(null);
      expect(el.querySelector('.preview-static')?.textContent).to.match(/security policy/);
    } finally {
      frame.remove();
    }
  });

  it('where the page blocks inline styles, says that the preview (like any such page) shows the chart unstyled', async () => {
    const { frame, el } = await builderUnder("style-src 'self'");
    try {
      expect(el.querySelector('.preview-static iframe'), 'the preview frame').to.exist;
      expect(el.querySelector('#tcb-no-script-unstyled')?.textContent).to.match(/blocks the chart’s inline styles/);
    } finally {
      frame.remove();
    }
  });
});
