import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { pngPixels } from '../helpers/png-pixels.js';
import { emulateMediaFeatures, settled } from '../helpers/widget.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { markupProblems, outcomeOf } from './harness/checks.js';
import { NO_FORCED_COLOURS, skipIn } from '../helpers/engine.js';

/**
 * A hostile `<base href>`: CMS templates and AMP-style pages set `<base href="https://elsewhere.example/">`, and
 * every relative URL in the page then points there, including an SVG `url(#id)` written as a relative reference.
 *
 * What the widgets use: no `href="#…"` and no `url(#…)` in their markup. Two stylesheets do: <trust-trend> fills
 * its margin-of-error bands with `url(#band-hatch)` and `url(#band-hatch-alternate)` in forced-colours mode, and
 * draws the two <pattern>s in its own shadow root; <trust-likert> hatches its answers there the same way, with four
 * patterns of its own. CSS treats a fragment-only url() as a same-document reference
 * whatever the base (CSS Values 4, and Chromium keeps the computed value `url("#band-hatch")`); these tests pin
 * that down: every url() reference the widgets make is fragment-only, its target is in the same shadow root, and
 * each widget looks the same, pixel for pixel, with and without the base, in normal and forced colours.
 */

const ELSEWHERE = 'https://elsewhere.example/';

/** Every widget with data that draws all it can: margins of error (bands, error bars), a target, a source link. */
const WIDGETS: [string, Record<string, string>][] = [
  ['trust-bars', { data: 'Worried: 57; Concerned: 60', target: '50', 'sample-size': '1000', 'show-uncertainty': '' }],
  ['trust-stat', { value: '57', previous: '47', 'previous-label': '2022', population: 'UK adults', 'sample-size': '1000' }],
  ['trust-waffle', { value: '24', of: '108', label: 'trusts with no security-qualified staff' }],
  [
    'trust-change',
    { data: 'Trained on new technologies: 5 | 15; Trained on both: 47 | 39', series: '2022 | 2024', 'sample-size': '1000', 'show-uncertainty': '' },
  ],
  ['trust-likert', { series: 'Agree | Neither | Disagree', data: 'NHS staff: 40 | 20 | 40; UK public: 30 | 30 | 40', 'show-net': '' }],
  ['trust-trend', { data: '2020: 20 | 40; 2022: 30 | 50; 2024: 40 | 60', series: 'New | Both', 'sample-size': '100', 'show-uncertainty': '' }],
];
const COMMON = { heading: 'Public concern', source: 'BT research', 'source-url': 'report.html', style: 'width: 600px' };

let base: HTMLBaseElement | undefined;
const setBase = () => {
  base = document.createElement('base');
  base.href = ELSEWHERE;
  document.head.prepend(base);
};
// Always taken away again: the test runner's own page must not talk to elsewhere.example.
const removeBase = () => {
  base?.remove();
  base = undefined;
};

async function render(tag: string, attributes: Record<string, string>): Promise<TrustElement> {
  const el = document.createElement(tag) as TrustElement;
  for (const [name, value] of Object.entries({ ...COMMON, ...attributes })) el.setAttribute(name, value);
  document.body.prepend(el);
  await settled(el);
  // Pixels are compared once drawn: should an engine still animate (WebKit keeps an old prefers-reduced-motion result
  // in adopted style sheets when the setting changes mid-page), wait for the animations to end.
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  return el;
}

/** Every `url(…)` the widget's shadow root uses: in attributes, and in its adopted style sheets (nested rules too). */
interface Reference {
  readonly where: string;
  readonly url: string;
  /** For a style rule: its selector and the property that holds the url(). */
  readonly selector?: string;
  readonly property?: string;
}

function urlReferences(root: ShadowRoot): Reference[] {
  const found: Reference[] = [];
  const urls = (text: string) => text.match(/url\([^)]*\)/g) ?? [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      for (const url of urls(value)) found.push({ where: `<${element.localName} ${name}>`, url });
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) found.push({ where: `<${element.localName} ${name}>`, url: `url(${value})` });
    }
  }
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        for (const property of Array.from(rule.style)) {
          for (const url of urls(rule.style.getPropertyValue(property)))
            found.push({ where: `style rule ${rule.selectorText}`, url, selector: rule.selectorText, property });
        }
      }
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of root.adoptedStyleSheets) visit(sheet.cssRules);
  for (const style of Array.from(root.querySelectorAll('style'))) if (style.sheet) visit(style.sheet.cssRules);
  return found;
}

const fragmentOf = (url: string): string | undefined => /^url\(\s*(["']?)#([^"')\s]+)\1\s*\)$/.exec(url)?.[2];

/** The widget's pixels, through the `robustness-screenshot` command (test/robustness/groups.js). */
async function pixels(el: Element): Promise<Uint8ClampedArray> {
  const box = el.getBoundingClientRect();
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y + window.scrollY), width: Math.ceil(box.width), height: Math.ceil(box.height) };
  let png: string;
  try {
    png = (await executeServerCommand<string, unknown>('robustness-screenshot', { clip }))!;
  } catch (error) {
    throw new Error(
      `the robustness-screenshot command is missing: add robustnessPlugins from test/robustness/groups.js to the config's plugins (${(error as Error).message})`,
      { cause: error },
    );
  }
  return (await pngPixels(png)).data;
}

const differingPixels = (a: Uint8ClampedArray, b: Uint8ClampedArray): number => {
  if (a.length !== b.length) return Infinity;
  let count = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) count++;
  return count;
};

describe('a page with <base href="https://elsewhere.example/">', function () {
  this.timeout(60_000);
  afterEach(async () => {
    removeBase();
    await emulateMediaFeatures([]);
  });

  for (const [tag, attributes] of WIDGETS) {
    it(`<${tag}> still draws, with nothing injected and its source link absolute`, async () => {
      setBase();
      expect(document.baseURI).to.equal(ELSEWHERE);
      const el = await render(tag, attributes);
      try {
        const outcome = outcomeOf(el);
        expect(outcome.kind, JSON.stringify(outcome)).to.equal('chart');
        expect(el.shadowRoot!.querySelector('[part="warning"]'), 'warnings').to.equal(null);
        expect(markupProblems(el.shadowRoot!)).to.deep.equal([]);
        // A relative source-url follows the page's base, as any link in the page does; it is always absolute.
        expect(el.shadowRoot!.querySelector('[part="source"] a')!.getAttribute('href')).to.equal(`${ELSEWHERE}report.html`);
      } finally {
        el.remove();
      }
    });

    it(`<${tag}> makes only same-document url(#…) references, to targets in its own shadow root`, async function () {
      skipIn(this, 'webkit', NO_FORCED_COLOURS);
      setBase();
      // Forced colours: the mode in which <trust-trend>'s bands use their patterns.
      await emulateMediaFeatures([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      const el = await render(tag, attributes);
      try {
        const root = el.shadowRoot!;
        const references = urlReferences(root);
        for (const { where, url, selector, property } of references) {
          const id = fragmentOf(url);
          expect(id, `${where} uses ${url}: only url(#id) stays in the document whatever the <base href>`).to.be.a('string');
          const users = selector ? Array.from(root.querySelectorAll(selector)) : [];
          if (!users.length) continue;
          expect(root.getElementById(id!), `${where} uses ${url}, drawn ${users.length} times: its target is in the same shadow root`).to.exist;
          // Not resolved against the base: Chromium would show the absolute URL here if it were.
          if (property) expect(getComputedStyle(users[0]!).getPropertyValue(property), `computed ${property} of ${selector}`).to.equal(`url("#${id}")`);
        }
        if (tag === 'trust-trend') {
          // Documented above: the only widget with references; if this changes, update the comment at the top.
          expect(references.map((r) => fragmentOf(r.url)).sort()).to.deep.equal(['band-hatch', 'band-hatch-alternate']);
          expect(root.querySelectorAll('.band').length, 'bands drawn').to.be.greaterThan(0);
        } else if (tag === 'trust-likert') {
          // Its answers are hatched in forced colours (issue 17 item 10), with patterns in its own shadow root.
          expect([...new Set(references.map((r) => fragmentOf(r.url)))].sort()).to.deep.equal([
            'likert-cross',
            'likert-hatch',
            'likert-hatch-alternate',
            'likert-lines',
          ]);
        } else {
          expect(references, `<${tag}> has no url() references, so a <base href> cannot break one`).to.deep.equal([]);
        }
      } finally {
        el.remove();
      }
    });

    for (const mode of ['normal colours', 'forced colours'] as const) {
      it(`<${tag}> looks the same, pixel for pixel, with and without the <base href> (${mode})`, async function () {
        if (mode === 'forced colours') skipIn(this, 'webkit', NO_FORCED_COLOURS);
        skipIn(this, 'webkit', 'WebKitGTK under Xvfb does not paint the same chart to identical pixels twice (a few hundred pixels of anti-aliasing differ)');
        await emulateMediaFeatures([
          ...(mode === 'forced colours' ? [{ name: 'forced-colors', value: 'active' }] : []),
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        const shot = async (withBase: boolean) => {
          if (withBase) setBase();
          const el = await render(tag, attributes);
          try {
            return await pixels(el);
          } finally {
            el.remove();
            removeBase();
          }
        };
        const plain = await shot(false);
        const based = await shot(true);
        expect(differingPixels(plain, based), 'pixels that differ').to.equal(0);
      });
    }
  }

  it('the pixel comparison sees a url(#…) that no longer resolves (a check of the check)', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    const [, attributes] = WIDGETS.find(([tag]) => tag === 'trust-trend')!;
    const el = await render('trust-trend', attributes);
    try {
      const before = await pixels(el);
      for (const pattern of Array.from(el.shadowRoot!.querySelectorAll('pattern'))) pattern.id = `${pattern.id}-gone`;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      expect(differingPixels(before, await pixels(el)), 'pixels that differ once the patterns are gone').to.be.greaterThan(100);
    } finally {
      el.remove();
    }
  });
});
