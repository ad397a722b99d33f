import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { contrastRatio } from '../helpers/contrast.js';
import { REDUCED_MOTION_MID_PAGE, skipIn } from '../helpers/engine.js';
import { settled, shadow } from '../helpers/widget.js';

/*
 * A Chartability self-audit (issue 17, beyond the peers): one check per critical heuristic that a browser can
 * measure, run on every widget. Each check returns what it found wrong, and each is shown to catch a chart broken on
 * purpose (a style or an edit that breaks that heuristic), so that none can pass by measuring nothing.
 *
 * Not checked here, and why: "reading level inappropriate", "no explanation for purpose or for how to read" and
 * "data density is inappropriate" need a person's judgement of the author's words and data; "controls override AT
 * controls" needs a real screen reader (none runs here); "interaction modality only has one input type" and "user
 * style change not respected" are measured by the tooltip, keyboard, text-spacing and forced-colours tests.
 */
const WIDGETS: Record<string, string> = {
  bars: '<trust-bars heading="Worries" series="2022 | 2024" data="Worry about cyber-attacks: 57 | 60; Trained on new technology: 5 | 15"></trust-bars>',
  stat: '<trust-stat heading="Worried" value="57" previous="49" previous-label="2022"></trust-stat>',
  waffle: '<trust-waffle heading="Trusts" population="trusts" data="No qualified staff: 24" of="108"></trust-waffle>',
  change:
    '<trust-change heading="Training" from-label="2022" to-label="2024" data="Trained on new technologies: 5 | 15; Trained on both: 47 | 39"></trust-change>',
  likert:
    '<trust-likert heading="Confidence" show-net series="Very confident | Fairly confident | Neither | Not very confident | Not at all confident" data="NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15"></trust-likert>',
  trend: '<trust-trend heading="Training" series="New technology | Both" data="2022: 5 | 47; 2023: 9 | 43; 2024: 15 | 39"></trust-trend>',
};
/** Widgets whose chart has points to move between with the keyboard (the stat is a figure, read as text). */
const WITH_POINTS = ['bars', 'waffle', 'change', 'likert', 'trend'];

/** A page with a button before the widget, so that Tab goes into it as a reader's would. */
async function draw(markup: string): Promise<TrustElement> {
  return drawn(await fixture<HTMLDivElement>(`<div style="width: 640px"><button>before</button>${markup}</div>`));
}

/**
 * The same page, kept for several tests (fixture() removes its page after each test): for the checks that only read
 * the chart, one drawing per widget instead of one per check. Remove it in an `after`.
 */
async function drawKept(markup: string): Promise<TrustElement> {
  const page = document.createElement('div');
  page.style.width = '640px';
  page.innerHTML = `<button>before</button>${markup}`;
  document.body.append(page);
  return drawn(page);
}

async function drawn(page: HTMLElement): Promise<TrustElement> {
  const el = page.querySelector<TrustElement>('[heading]')!;
  await settled(el);
  // Measured as the reader sees it once drawn: after the bars have grown in (Firefox here runs with motion).
  await Promise.all(animationsIn(el).map((animation) => animation.finished.catch(() => undefined)));
  return el;
}

/** The widget's animations (ShadowRoot.getAnimations where the engine has it, else the document's, filtered). */
const animationsIn = (el: Element): Animation[] =>
  shadow(el).getAnimations?.() ??
  document.getAnimations().filter((animation) => {
    const target = (animation.effect as KeyframeEffect | null)?.target;
    return !!target && shadow(el).contains(target);
  });

/** Breaks a widget on purpose with a style of its own, laid over the widget's (shadow DOM: from inside). */
function breakWith(el: Element, css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  shadow(el).append(style);
}

const chartSvg = (el: Element) => shadow(el).querySelector<SVGSVGElement>('[part="chart"] svg[tabindex]');
const rendered = (node: Element) => {
  const style = getComputedStyle(node);
  const box = node.getBoundingClientRect();
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && box.width > 0 && box.height > 0;
};
const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);

/** Every element showing text of its own: SVG texts, and HTML elements with a text node of their own. */
function textElements(el: Element): Element[] {
  return Array.from(shadow(el).querySelectorAll('*')).filter(
    (node) =>
      !node.closest('[hidden], .visually-hidden, template, style') &&
      (node instanceof SVGTextElement ||
        (!(node instanceof SVGElement) && Array.from(node.childNodes).some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()))) &&
      rendered(node),
  );
}

/** What is under a text: the filled mark it sits on (a value inside its bar), else the nearest painted box, else the widget. */
function groundUnder(el: Element, node: Element): string {
  const box = node.getBoundingClientRect();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const svg = node instanceof SVGElement ? node.ownerSVGElement : null;
  if (svg) {
    // The last filled shape drawn under the text's middle (by their boxes: pointer hit-testing skips shapes with
    // pointer-events: none). Lines are strokes; the focus ring and the invisible point symbols paint nothing there.
    const under = Array.from(svg.querySelectorAll<SVGGeometryElement>('rect, path, circle, polygon, ellipse'))
      .filter((shape) => {
        const { fill, fillOpacity } = getComputedStyle(shape);
        const r = shape.getBoundingClientRect();
        return (
          !shape.closest('.focus-ring, .point-list') &&
          fill !== 'none' &&
          !transparent(fill) &&
          Number(fillOpacity) > 0.5 &&
          x >= r.left &&
          x <= r.right &&
          y >= r.top &&
          y <= r.bottom
        );
      })
      .pop();
    if (under) return getComputedStyle(under).fill;
  }
  for (let box: Element | null = node; box; box = box.parentElement) {
    const ground = getComputedStyle(box).backgroundColor;
    if (!transparent(ground)) return ground;
  }
  return getComputedStyle(el).backgroundColor;
}

/** Low contrast: text under 4.5:1 (3:1 when large) against what it is drawn on. */
function lowContrastText(el: Element): string[] {
  return textElements(el).flatMap((node) => {
    const style = getComputedStyle(node);
    const colour = node instanceof SVGElement ? style.fill : style.color;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const ratio = contrastRatio(colour, groundUnder(el, node));
    return ratio < (large ? 3 : 4.5) ? [`"${node.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`] : [];
  });
}

/** Low contrast: marks (bars, shapes, points, lines) under 3:1 against the widget's background, fill or outline. */
const marks = (el: Element) =>
  Array.from(shadow(el).querySelectorAll('.mark, .segment, [part~="cell"], [part~="line"], [part~="segment"], [part~="dot"]')).filter(rendered);

function lowContrastMarks(el: Element): string[] {
  const background = getComputedStyle(el).backgroundColor;
  return marks(el).flatMap((mark) => {
    const { fill, stroke } = getComputedStyle(mark);
    const ratios = [fill, stroke].filter((colour) => colour !== 'none' && !transparent(colour)).map((colour) => contrastRatio(colour, background));
    return Math.max(0, ...ratios) < 3 ? [`${mark.getAttribute('class')}: ${Math.max(0, ...ratios).toFixed(2)}:1`] : [];
  });
}

/** Content only visual: every chart drawing that is not hidden from screen readers has a role and a name in words. */
function onlyVisual(el: Element): string[] {
  const root = shadow(el);
  return Array.from(root.querySelectorAll('svg'))
    .filter((svg) => !svg.closest('[aria-hidden="true"]') && rendered(svg))
    .flatMap((svg) => {
      const named = (svg.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ');
      const name = svg.getAttribute('aria-label')?.trim() || named;
      return svg.getAttribute('role') && name ? [] : [`an svg without ${svg.getAttribute('role') ? 'a name' : 'a role'}`];
    });
}

/** No title, summary or caption: a heading, and a summary that says what the chart shows. */
function untitled(el: Element): string[] {
  const heading = shadow(el).querySelector('h2, h3, h4, h5, h6, [role="heading"]');
  const summary = shadow(el).querySelector('#summary');
  return [...(heading?.textContent?.trim() ? [] : ['no heading']), ...(summary && summary.textContent!.trim().length > 20 ? [] : ['no summary'])];
}

/** Small text: nothing under 12 px at the browser's default size. */
function smallText(el: Element): string[] {
  return textElements(el)
    .filter((node) => parseFloat(getComputedStyle(node).fontSize) < 12)
    .map((node) => `"${node.textContent!.trim().slice(0, 30)}" ${getComputedStyle(node).fontSize}`);
}

/** No table: a visible "Show data table" button that opens a table with headers. */
async function noTable(el: TrustElement): Promise<string[]> {
  const button = shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="data-table"]');
  if (!button || !rendered(button)) return ['no visible data table button'];
  button.click();
  await settled(el);
  const table = shadow(el).querySelector('#data-table table');
  const found = table && rendered(table) && table.querySelector('th') ? [] : ['no table with headers'];
  button.click();
  await settled(el);
  return found;
}

/** Keyboard: Tab from the control before the widget soon reaches the chart itself, and a key says a point. */
async function unreachable(el: TrustElement): Promise<string[]> {
  (el.previousElementSibling as HTMLElement).focus();
  // At most one stop before it: "How to read this chart" above likert, change and banded trend charts.
  for (let press = 0; press < 2 && (!chartSvg(el) || shadow(el).activeElement !== chartSvg(el)); press++) await sendKeys({ press: 'Tab' });
  await settled(el);
  if (shadow(el).activeElement !== chartSvg(el) || !chartSvg(el)) return ['Tab does not reach the chart'];
  await sendKeys({ press: 'End' });
  await settled(el);
  const said = shadow(el).querySelector('[aria-live="polite"]')?.textContent?.trim();
  return said ? [] : ['the keys say nothing'];
}

/** Focus not visible: the focused point has a ring of two strokes of 2 px or more. */
async function focusInvisible(el: TrustElement): Promise<string[]> {
  chartSvg(el)?.focus();
  await sendKeys({ press: 'Home' });
  await settled(el);
  const ring = shadow(el).querySelector('.focus-ring');
  const strokes = ring ? Array.from(ring.children).filter(rendered) : [];
  if (!ring || getComputedStyle(ring).display === 'none' || strokes.length < 2) return ['no visible focus ring'];
  return strokes.every((stroke) => parseFloat(getComputedStyle(stroke).strokeWidth) >= 2) ? [] : ['a ring thinner than 2 px'];
}

/** No interaction cues: while the chart has focus, a visible guide to its keys, and the keys in its description. */
async function noCues(el: TrustElement): Promise<string[]> {
  chartSvg(el)?.focus();
  await settled(el);
  const guide = shadow(el).querySelector('.keys');
  const hint = shadow(el).getElementById(chartSvg(el)?.getAttribute('aria-describedby') ?? '');
  return [
    ...(guide && rendered(guide) && /arrow/i.test(guide.textContent ?? '') ? [] : ['no visible key guide']),
    ...(hint?.textContent?.trim() ? [] : ['no keys in the description']),
  ];
}

/** Seizure risk: with reduced motion asked for, nothing in the widget moves (nor flashes). */
function moving(el: Element): string[] {
  return animationsIn(el)
    .filter((animation) => animation.playState === 'running')
    .map((animation) => (animation as CSSAnimation).animationName ?? 'an animation');
}

describe('Chartability self-audit: every critical heuristic a browser can measure, on every widget', () => {
  for (const [kind, markup] of Object.entries(WIDGETS)) {
    describe(`<trust-${kind}>`, () => {
      // One drawing for the four checks that only read it (the table check closes the table it opens); the keyboard
      // and motion checks, which focus and press keys or ask for reduced motion, draw their own.
      let el: TrustElement;
      before(async () => {
        el = await drawKept(markup);
      });
      after(() => el.parentElement!.remove());

      it('low contrast: text 4.5:1 (3:1 large) and marks 3:1', () => {
        expect(textElements(el).length, 'texts measured').to.be.above(3);
        expect(lowContrastText(el)).to.deep.equal([]);
        if (WITH_POINTS.includes(kind)) expect(marks(el).length, 'marks measured').to.be.above(1);
        expect(lowContrastMarks(el)).to.deep.equal([]);
      });

      it('content only visual: every drawing has a role and a name; title and summary: a heading and a summary', () => {
        expect(onlyVisual(el)).to.deep.equal([]);
        if (kind !== 'stat') expect(untitled(el)).to.deep.equal([]);
        else expect(shadow(el).querySelector('h2, h3, h4, h5, h6')?.textContent).to.equal('Worried');
      });

      it('small text: nothing under 12 px', () => {
        expect(smallText(el)).to.deep.equal([]);
      });

      it('no table: a data table a button away', async () => {
        expect(await noTable(el)).to.deep.equal([]);
      });

      if (WITH_POINTS.includes(kind)) {
        it('keyboard: the chart is a Tab stop whose keys say each point; focus visible; interaction cues shown', async () => {
          const el = await draw(markup);
          expect(await unreachable(el)).to.deep.equal([]);
          expect(await focusInvisible(el)).to.deep.equal([]);
          expect(await noCues(el)).to.deep.equal([]);
        });
      }

      it('seizure risk: nothing moves when the reader asks for reduced motion', async function () {
        skipIn(this, 'webkit', REDUCED_MOTION_MID_PAGE);
        await emulateMedia({ reducedMotion: 'reduce' });
        try {
          expect(moving(await draw(markup))).to.deep.equal([]);
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      });
    });
  }
});

describe('Chartability self-audit: each check catches a chart broken on purpose', () => {
  const bars = () => draw(WIDGETS.bars!);

  it('low contrast: pale text, and pale marks', async () => {
    const el = await bars();
    breakWith(el, 'text { fill: #c8c8c8 !important; } .mark { fill: #eeeeee !important; stroke: none !important; }');
    expect(lowContrastText(el)).to.not.deep.equal([]);
    expect(lowContrastMarks(el)).to.not.deep.equal([]);
  });

  it('content only visual: a chart without its name', async () => {
    const el = await bars();
    chartSvg(el)!.removeAttribute('aria-labelledby');
    expect(onlyVisual(el)).to.not.deep.equal([]);
  });

  it('no title or summary: a chart whose summary is empty', async () => {
    const el = await bars();
    shadow(el).querySelector('#summary')!.textContent = '';
    expect(untitled(el)).to.deep.equal(['no summary']);
  });

  it('small text: 9 px labels', async () => {
    const el = await bars();
    breakWith(el, 'text { font-size: 9px !important; }');
    expect(smallText(el)).to.not.deep.equal([]);
  });

  it('no table: the table button hidden', async () => {
    const el = await bars();
    breakWith(el, 'button[aria-controls="data-table"] { display: none !important; }');
    expect(await noTable(el)).to.deep.equal(['no visible data table button']);
  });

  it('keyboard: a chart that is not a Tab stop', async () => {
    const el = await bars();
    chartSvg(el)!.setAttribute('tabindex', '-1');
    expect(await unreachable(el)).to.deep.equal(['Tab does not reach the chart']);
  });

  it('focus not visible: the ring hidden', async () => {
    const el = await bars();
    breakWith(el, '.focus-ring { display: none !important; }');
    expect(await focusInvisible(el)).to.deep.equal(['no visible focus ring']);
  });

  it('no interaction cues: the key guide hidden', async () => {
    const el = await bars();
    breakWith(el, '.keys { display: none !important; }');
    expect(await noCues(el)).to.deep.equal(['no visible key guide']);
  });

  it('seizure risk: a flashing label that ignores reduced motion', async function () {
    skipIn(this, 'webkit', REDUCED_MOTION_MID_PAGE);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await bars();
      breakWith(el, '@keyframes flash { 50% { opacity: 0.1; } } text { animation: flash 200ms infinite !important; }');
      expect(moving(el)).to.not.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
