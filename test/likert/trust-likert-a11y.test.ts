import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/likert/define.js';
import type { TrustLikert } from '../../src/likert/trust-likert.js';
import type { TrustPointFocusEvent } from '../../src/core/events.js';
import { emulateMediaFeatures, settled, shadow, texts } from '../helpers/widget.js';
import { AGREEMENT, AGREEMENT_DATA, CONFIDENCE, CONFIDENCE_DATA } from './fixtures.js';
import { NO_FORCED_COLOURS, REDUCED_MOTION_MID_PAGE, skipIn } from '../helpers/engine.js';

const confidence = () =>
  fixture<TrustLikert>(html`<trust-likert
    heading="NHS staff are less sure than the public that patient data is protected"
    subheading="How confident are you that current measures protect patient data?"
    source="Illustrative data"
    series=${CONFIDENCE}
    data=${CONFIDENCE_DATA}
  ></trust-likert>`);

const live = (el: TrustLikert) => shadow(el).querySelector('[aria-live="polite"]')!.textContent;

describe('<trust-likert> accessibility', () => {
  it("names the figure by its heading and the chart by a summary with each row's positive and negative shares", async () => {
    const el = await confidence();
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.getAttribute('role'), 'a graphics document: its points can be entered').to.equal('graphics-document');
    // Issue 17 item 7: the heading names the figure; the chart is named by its summary alone, so the heading is read once.
    expect(shadow(el).querySelector('figure')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(svg.getAttribute('aria-labelledby')).to.equal('summary');
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Diverging bar chart, 2 groups, 5 answers from Very confident to Not at all confident. NHS staff: 36% confident, 44% not confident, 20% neither. UK public: 38% confident, 44% not confident, 18% neither.',
    );
    expect(shadow(el).querySelector('#heading')!.textContent).to.equal('NHS staff are less sure than the public that patient data is protected');
  });

  it('adds "don\'t know" and the net score to the summary when they are shown', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert show-net dont-know="Don't know" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      "Diverging bar chart, 3 groups, 5 answers from Strongly agree to Strongly disagree, plus Don't know shown separately. " +
        "I know how to report a suspicious email: 79% agree, 8% disagree, 9% neither agree nor disagree, 4% don't know (net +71 percentage points). " +
        "My trust's systems are kept up to date: 30% agree, 35% disagree, 25% neither agree nor disagree, 10% don't know (net \u22125 percentage points). " +
        "I have had enough cyber-security training: 25% agree, 54% disagree, 17% neither agree nor disagree, 4% don't know (net \u221229 percentage points).",
    );
  });

  it('reads the summary quoted in docs/trust-likert.md for the copy-paste example', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert show-net series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Diverging bar chart, 2 groups, 5 answers from Very confident to Not at all confident. NHS staff: 36% confident, 44% not confident, 20% neither (net \u22128 percentage points). UK public: 38% confident, 44% not confident, 18% neither (net \u22126 percentage points).',
    );
  });

  it('uses the description attribute instead of the generated summary', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert description="Staff are less confident than the public." series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`,
    );
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('Staff are less confident than the public.');
  });

  it('has one tab stop; Left and Right move along a row’s answers and net score, Up and Down between rows, each said with its place', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert show-net series=${CONFIDENCE} data=${CONFIDENCE_DATA}></trust-likert>`);
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    expect(svg.getAttribute('tabindex')).to.equal('0');
    svg.focus();
    await settled(el);
    expect(live(el)).to.equal('NHS staff, Very confident: 12%. 1 of 6, row 1 of 2.');
    const said: string[] = [];
    for (const key of ['ArrowRight', 'End', 'ArrowDown', 'Home']) {
      await sendKeys({ press: key });
      await settled(el);
      said.push(live(el)!);
    }
    expect(said).to.deep.equal([
      'NHS staff, Fairly confident: 24%. 2 of 6, row 1 of 2.',
      'NHS staff: Net \u22128 percentage points (36% confident, 44% not confident, 20% neither). 6 of 6, row 1 of 2.',
      'UK public: Net \u22126 percentage points (38% confident, 44% not confident, 18% neither). 6 of 6, row 2 of 2.',
      'UK public, Very confident: 10%. 1 of 6, row 2 of 2.',
    ]);
    // The ring goes round the focused answer's segment (UK public's first), not round the whole row.
    const ring = shadow(el).querySelector('.focus-ring')!;
    expect(getComputedStyle(ring).display).to.not.equal('none');
    const segment = shadow(el).querySelectorAll('rect[part="segment"]')[5]!;
    const inner = ring.querySelector('rect.inner')!;
    const at = (rect: Element, name: string) => Number(rect.getAttribute(name));
    expect(at(inner, 'y')).to.be.below(at(segment, 'y'));
    expect(at(inner, 'x')).to.be.closeTo(at(segment, 'x'), 0.01);
    expect(at(inner, 'width')).to.be.closeTo(at(segment, 'width'), 0.01);
  });

  it('makes "don\'t know" and the net score parts of their row, where they are drawn, and lists every part in the accessibility tree', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert show-net dont-know="Don't know" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
    const symbols = Array.from(shadow(el).querySelectorAll('[role="graphics-symbol"]'), (symbol) => symbol.getAttribute('aria-label'));
    // Three rows of five answers, "don't know" and the net score.
    expect(symbols).to.have.length(21);
    expect(symbols.slice(5, 7)).to.deep.equal([
      "I know how to report a suspicious email, Don't know: 4%. 6 of 7, row 1 of 3.",
      "I know how to report a suspicious email: Net +71 percentage points (79% agree, 8% disagree, 9% neither agree nor disagree, 4% don't know). 7 of 7, row 1 of 3.",
    ]);
    expect(symbols[14], 'a row’s first answer').to.equal('I have had enough cyber-security training, Strongly agree: 6%. 1 of 7, row 3 of 3.');
  });

  it('has a key in scale order whose swatches match the segments, "don\'t know" outlined like its bars', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert show-net dont-know="Don't know" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
    const key = shadow(el).querySelector('ul[part="legend"]')!;
    expect(key.getAttribute('aria-label')).to.equal('Key');
    expect(texts(key, 'li')).to.deep.equal(AGREEMENT.split(' | '));
    expect(key.compareDocumentPosition(shadow(el).querySelector('svg')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the chart').to.not.equal(0);
    const swatches = Array.from(key.querySelectorAll('.swatch'));
    const segments = Array.from(shadow(el).querySelectorAll('rect[part="segment"]')).slice(0, 5);
    segments.forEach((segment, i) => expect(getComputedStyle(swatches[i]!).backgroundColor, texts(key, 'li')[i]).to.equal(getComputedStyle(segment).fill));
    const dontKnow = getComputedStyle(swatches[5]!);
    expect(dontKnow.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(dontKnow.borderTopColor).to.equal(getComputedStyle(shadow(el).querySelector('rect[part="dont-know"]')!).stroke);
    expect(shadow(el).querySelector('svg [part="legend"], svg .legend-text'), 'no second key inside the SVG').to.equal(null);
  });

  it('gives the in-between answers of a seven-point scale the same in-between shades in the key', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert
      series="Strongly agree | Agree | Somewhat agree | Neither | Somewhat disagree | Disagree | Strongly disagree"
      data="NHS staff: 8 | 17 | 16 | 14 | 18 | 16 | 11"></trust-likert>`);
    const swatches = Array.from(shadow(el).querySelectorAll('[part="legend"] .swatch'));
    const segments = Array.from(shadow(el).querySelectorAll('rect[part="segment"]'));
    expect(swatches).to.have.length(7);
    expect(segments).to.have.length(7);
    segments.forEach((segment, i) => expect(getComputedStyle(swatches[i]!).backgroundColor, `answer ${i + 1}`).to.equal(getComputedStyle(segment).fill));
    expect(new Set(swatches.map((swatch) => getComputedStyle(swatch).backgroundColor)).size, 'seven different colours').to.equal(7);
  });

  it("tells keyboard users that the arrow keys move between rows, in the reader's language", async () => {
    const el = await confidence();
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-describedby')).to.equal('keyboard-hint');
    expect(shadow(el).querySelector('#keyboard-hint')!.textContent).to.equal('Use the arrow keys to move between rows and between the answers in a row.');
    el.locale = 'cy';
    await settled(el);
    expect(shadow(el).querySelector('#keyboard-hint')!.textContent).to.equal(
      'Defnyddiwch y bysellau saeth i symud rhwng y rhesi a rhwng yr atebion mewn rhes.',
    );
  });

  it('reads out the counts behind the shares with unit="count"', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert unit="count" series="Agree | Neither | Disagree" data="Staff: 200 | 100 | 200"></trust-likert>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(live(el)).to.equal('Staff, Agree: 40% (200 of 500). 1 of 3, row 1 of 1.');
  });

  it('fires trust-point-focus with the row, the answer, its share and what is read out', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert series="Agree | Neither | Disagree" data="Staff: 40 | 20 | 40; Public: 45 | 25 | 30"></trust-likert>`,
    );
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    setTimeout(() => void sendKeys({ press: 'ArrowDown' }));
    const event = (await oneEvent(el, 'trust-point-focus')) as TrustPointFocusEvent;
    expect(event.point, 'Down: the same answer in the next row').to.deep.equal({ index: 3, label: 'Public', series: 'Agree', value: 45, text: '45%' });
  });

  it('offers the data table with every answer as a column', async () => {
    const el = await confidence();
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await settled(el);
    const table = shadow(el).querySelector('#data-table table')!;
    expect(texts(table, 'thead th')).to.deep.equal(['Item', ...CONFIDENCE.split(' | ')]);
    expect(texts(table, 'tbody tr:first-child td')).to.deep.equal(['12%', '24%', '20%', '30%', '14%']);
  });

  it('speaks Welsh: summary, net score and keyboard read-out', async () => {
    const el = await fixture<TrustLikert>(html`<trust-likert locale="cy" show-net
      series="Hyderus iawn | Eithaf hyderus | Niwtral | Ddim yn hyderus iawn | Ddim yn hyderus o gwbl"
      data="Staff y GIG: 12 | 24 | 20 | 30 | 14; Y cyhoedd: 10 | 28 | 18 | 29 | 15"></trust-likert>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Siart bar dargyfeiriol, 2 grŵp, 5 ateb o “Hyderus iawn” i “Ddim yn hyderus o gwbl”. ' +
        'Staff y GIG: 36% hyderus, 44% ddim yn hyderus, 20% niwtral (sgôr net \u22128 pwynt canran). ' +
        'Y cyhoedd: 38% hyderus, 44% ddim yn hyderus, 18% niwtral (sgôr net \u22126 pwynt canran).',
    );
    expect(texts(shadow(el), 'text[part="net"]')).to.deep.equal(['Net \u22128', 'Net \u22126']);
    expect(texts(shadow(el), '.half-label')).to.deep.equal(['← Hyderus', 'Ddim yn hyderus →']);
    expect(texts(shadow(el), '[part="toolbar"] button')).to.deep.equal(['Dangos y tabl data']);
  });

  it('turns off the grow animation when the reader prefers reduced motion', async function () {
    skipIn(this, 'webkit', REDUCED_MOTION_MID_PAGE);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await confidence();
      expect(getComputedStyle(shadow(el).querySelector('.row-bar')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await confidence();
    expect(getComputedStyle(shadow(el).querySelector('.row-bar')!).animationName).to.equal('likert-grow');
  });

  it('grows each bar out from the zero line', async () => {
    const el = await confidence();
    const zero = shadow(el).querySelector('line[part="zero-line"]')!.getAttribute('x1');
    const origin = getComputedStyle(shadow(el).querySelector('.row-bar')!).transformOrigin;
    expect(parseFloat(origin.split(' ')[0]!)).to.be.closeTo(Number(zero), 0.01);
  });

  it('outlines every segment in forced colours (Windows high contrast), so background-coloured ones still show', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await fixture<TrustLikert>(html`<trust-likert theme="nhs" dont-know="Don't know" series=${AGREEMENT} data=${AGREEMENT_DATA}></trust-likert>`);
      const background = getComputedStyle(el).backgroundColor;
      for (const mark of shadow(el).querySelectorAll('rect[part="segment"], rect[part="dont-know"]')) {
        const style = getComputedStyle(mark);
        expect(style.stroke, mark.getAttribute('class') ?? '').to.not.equal(background);
        expect(style.stroke).to.not.equal('none');
      }
      // The key's swatches are outlined too: colours by the frame, "don't know" by its own border.
      const swatches = Array.from(shadow(el).querySelectorAll<HTMLElement>('[part="legend"] .swatch'));
      expect(swatches).to.have.length(6);
      for (const swatch of swatches) {
        const style = getComputedStyle(swatch);
        const edge = swatch.classList.contains('dont-know') ? style.borderTopColor : style.outlineColor;
        expect(swatch.classList.contains('dont-know') ? style.borderTopStyle : style.outlineStyle, swatch.className).to.equal('solid');
        expect(edge, swatch.className).to.not.equal(background);
      }
    } finally {
      await emulateMediaFeatures();
    }
  });

  for (const theme of [undefined, 'light', 'dark', 'nhs']) {
    it(`passes axe with no violations in the ${theme ?? 'default'} theme, table open`, async () => {
      const el = await fixture<TrustLikert>(html`<trust-likert
        theme=${theme ?? ''}
        heading="Most staff know how to report a suspicious email"
        source="Illustrative data"
        show-net
        dont-know="Don't know"
        series=${AGREEMENT}
        data=${AGREEMENT_DATA}
      ></trust-likert>`);
      if (!theme) el.removeAttribute('theme');
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while showing a warning', async () => {
    const el = await fixture<TrustLikert>(
      html`<trust-likert heading="Sums off" series="Agree | Neither | Disagree" data="Staff: 40 | 20 | 30"></trust-likert>`,
    );
    expect(shadow(el).querySelector('[part="warning"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
