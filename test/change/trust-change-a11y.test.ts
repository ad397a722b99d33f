import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/change/define.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import type { TrustPointFocusEvent } from '../../src/core/events.js';
import { emulateMediaFeatures, settled, shadow, texts } from '../helpers/widget.js';
import { NO_FORCED_COLOURS, REDUCED_MOTION_MID_PAGE, skipIn } from '../helpers/engine.js';
import { textBox } from '../helpers/text-box.js';

const TRAINING = 'Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39';

const trainingChart = (direction?: string) =>
  fixture<TrustChange>(html`<trust-change
    heading="More NHS staff are trained on new technologies, fewer on both new and existing systems"
    subheading="% of NHS staff, 2022 and 2024"
    source="BT research, 2022 and 2024 surveys of NHS staff"
    from-label="2022"
    to-label="2024"
    direction=${direction ?? 'neutral'}
    data=${TRAINING}
  ></trust-change>`);

describe('<trust-change> accessibility', () => {
  it('states every change in percentage points in the summary, never as a relative percentage', async () => {
    const el = await trainingChart();
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Dumbbell chart, 2 items, from 2022 to 2024. Trained on new technologies: up 10 percentage points, from 5% to 15%. Trained on both new and existing systems: down 8 percentage points, from 47% to 39%.',
    );
    expect(shadow(el).querySelector('#summary')!.textContent).to.not.match(/17%|200%|per ?cent (rise|drop)/);
  });

  it('names the figure by its heading and the chart by the summary, and says which way is good when the author set it', async () => {
    const el = await trainingChart('up-is-good');
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.getAttribute('role'), 'a graphics document: its points can be entered').to.equal('graphics-document');
    // Issue 17 item 7: the heading names the figure; the chart is named by its summary alone, so the heading is read once.
    expect(shadow(el).querySelector('figure')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(svg.getAttribute('aria-labelledby')).to.equal('summary');
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Dumbbell chart, 2 items, from 2022 to 2024. Higher is better. Trained on new technologies: up 10 percentage points, from 5% to 15%. Trained on both new and existing systems: down 8 percentage points, from 47% to 39%.',
    );
  });

  it('summarises in Welsh on a Welsh page', async () => {
    const el = await fixture<TrustChange>(html`<trust-change locale="cy" from-label="2022" to-label="2024" direction="up-is-good"
      data="Wedi’u hyfforddi ar dechnolegau newydd: 5 | 15; Wedi’u hyfforddi ar y ddau: 47 | 39"></trust-change>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      'Siart dymbel, 2 eitem, o 2022 i 2024. Uwch sy’n well. Wedi’u hyfforddi ar dechnolegau newydd: cynnydd o 10 pwynt canran, o 5% i 15%. Wedi’u hyfforddi ar y ddau: gostyngiad o 8 pwynt canran, o 47% i 39%.',
    );
    expect(texts(shadow(el), 'text.change')).to.deep.equal(['+10 pwynt', '\u22128 pwynt']);
    expect(texts(shadow(el), '[part="legend"] text')).to.deep.equal(['2022', '2024', 'pwynt: pwynt canran', 'Uwch sy’n well.']);
  });

  it('says "Cynt" and "Wedyn" for unnamed ends in Welsh, and "dim newid" for no change', async () => {
    const el = await fixture<TrustChange>(html`<trust-change locale="cy" data="Cyson: 60 | 60"></trust-change>`);
    expect(texts(shadow(el), '[part="legend"] text')).to.deep.equal(['Cynt', 'Wedyn']);
    expect(texts(shadow(el), 'text.change')).to.deep.equal(['dim newid']);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('Siart dymbel, 1 eitem, o Cynt i Wedyn. Cyson: dim newid, o 60% i 60%.');
  });

  it('uses the description attribute instead of the generated summary', async () => {
    const el = await fixture<TrustChange>(html`<trust-change description="Training on new technologies tripled." data=${TRAINING}></trust-change>`);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('Training on new technologies tripled.');
  });

  it('has one tab stop; Left and Right move between a row’s two ends, Up and Down between rows; the change is said at the “to” end', async () => {
    const el = await trainingChart();
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    expect(svg.getAttribute('tabindex')).to.equal('0');
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    svg.focus();
    await settled(el);
    expect(live.textContent).to.equal('Trained on new technologies, 2022: 5%. 1 of 2, row 1 of 2.');
    const said: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'PageUp']) {
      await sendKeys({ press: key });
      await settled(el);
      said.push(live.textContent!);
    }
    expect(said).to.deep.equal([
      'Trained on new technologies, 2024: 15%, up 10 percentage points, from 5% to 15%. 2 of 2, row 1 of 2.',
      'Trained on both new and existing systems, 2024: 39%, down 8 percentage points, from 47% to 39%. 2 of 2, row 2 of 2.',
      'Trained on both new and existing systems, 2022: 47%. 1 of 2, row 2 of 2.',
      'Trained on new technologies, 2022: 5%. 1 of 2, row 1 of 2.',
    ]);
  });

  it('rings the focused end: its dot and value, not the other end’s dot', async () => {
    const el = await trainingChart();
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    const row = shadow(el).querySelectorAll('g.row')[1]!;
    const inside = (mark: Element) => {
      const box = shadow(el).querySelector('.focus-ring rect.inner')!.getBoundingClientRect();
      // The value's glyphs, measured alike in every engine (Firefox's text box includes the line gap).
      const m = mark instanceof SVGTextElement ? textBox(mark) : mark.getBoundingClientRect();
      return m.left >= box.left && m.right <= box.right && m.top >= box.top && m.bottom <= box.bottom;
    };
    const [from, to] = ['.dot-from', '.dot-to'].map((dot) => row.querySelector(dot)!);
    const fromValue = row.querySelector('.value-from')!;
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect([inside(from!), inside(fromValue), inside(to!)], 'the “from” end: its dot and value, not the other dot').to.deep.equal([true, true, false]);
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect([inside(to!), inside(from!)], 'the “to” end').to.deep.equal([true, false]);
  });

  it('announces a row without both values as one mark, and includes it in the keyboard order', async () => {
    const el = await fixture<TrustChange>(
      html`<trust-change from-label="2022" to-label="2024" data="Trained: 5 | 15; Not asked in 2022: n/a | 55"></trust-change>`,
    );
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'PageDown' });
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.equal('Not asked in 2022: no data for 2022; 55% in 2024. Row 2 of 2.');
  });

  it('fires trust-point-focus with the row, its end, the value and the words', async () => {
    const el = await trainingChart();
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    setTimeout(() => void sendKeys({ press: 'ArrowDown' }));
    const event = (await oneEvent(el, 'trust-point-focus')) as TrustPointFocusEvent;
    expect(event.point, 'Down: the same end of the next row').to.deep.equal({
      index: 2,
      label: 'Trained on both new and existing systems',
      series: '2022',
      value: 47,
      text: '47%',
    });
  });

  it('tells the hollow from the filled dot by shape, not colour alone', async () => {
    const el = await trainingChart('up-is-good');
    const from = shadow(el).querySelector('g.row circle.dot-from')!;
    const to = shadow(el).querySelector('g.row circle.dot-to')!;
    expect(getComputedStyle(from).fill).to.equal(getComputedStyle(el).backgroundColor);
    expect(getComputedStyle(from).stroke).to.not.equal(getComputedStyle(el).backgroundColor);
    expect(getComputedStyle(to).fill).to.equal(getComputedStyle(from).stroke);
    // The key shows the same two shapes beside their names.
    const keyFrom = shadow(el).querySelector('[part="legend"] circle.dot-from')!;
    expect(getComputedStyle(keyFrom).fill).to.equal(getComputedStyle(el).backgroundColor);
    expect(shadow(el).querySelector('[part="legend"] circle.dot-to')).to.exist;
  });

  it('reveals a real data table whose columns are headed by the two time points, even for compact data', async () => {
    const el = await trainingChart();
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!;
    const region = shadow(el).querySelector<HTMLElement>('#data-table')!;
    expect(shadow(el).querySelectorAll('[part="toolbar"]'), 'one toolbar').to.have.length(1);
    expect(button.getAttribute('aria-controls')).to.equal('data-table');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
    button.click();
    await settled(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Hide data table');
    expect(region.hidden).to.equal(false);
    const table = region.querySelector('table')!;
    expect(table.caption!.textContent).to.equal('More NHS staff are trained on new technologies, fewer on both new and existing systems');
    expect(texts(table, 'thead th')).to.deep.equal(['Item', '2022', '2024']);
    expect(Array.from(table.querySelectorAll('tbody th'), (th) => th.getAttribute('scope'))).to.deep.equal(['row', 'row']);
    expect(texts(table, 'tbody td')).to.deep.equal(['5%', '15%', '47%', '39%']);
    // The table keeps every column the data has, in the author's order.
    el.setAttribute('series', '2020 | 2022 | 2024');
    el.removeAttribute('from-label');
    el.removeAttribute('to-label');
    el.setAttribute('data', 'Trained on new technologies: 3 | 5 | 15');
    await settled(el);
    expect(texts(shadow(el), '#data-table thead th')).to.deep.equal(['Item', '2020', '2022', '2024']);
  });

  it('heads each column by its own end when JSON rows give "to" before "from"', async () => {
    const el = await fixture<TrustChange>(html`<trust-change from-label="2022" to-label="2024"
      data='[{"label": "Trained on new technologies", "to": 15, "from": 5}, {"label": "Trained on both", "from": 47, "to": 39}]'
    ></trust-change>`);
    expect(texts(shadow(el), '#data-table thead th')).to.deep.equal(['Item', '2024', '2022']);
    expect(texts(shadow(el), '#data-table tbody td')).to.deep.equal(['15%', '5%', '39%', '47%']);
    el.removeAttribute('from-label');
    el.removeAttribute('to-label');
    await settled(el);
    expect(texts(shadow(el), '#data-table thead th')).to.deep.equal(['Item', 'After', 'Before']);
  });

  it('treats opening the data table as the reader’s own action: no trust-render, no trust-data-error', async () => {
    const el = await trainingChart();
    let renders = 0;
    el.addEventListener('trust-render', () => renders++);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!;
    button.click();
    await settled(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    await settled(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(renders).to.equal(0);
    el.heading = 'New content';
    await settled(el);
    expect(renders, 'new content still fires it').to.equal(1);
  });

  it('tells keyboard users that the arrow keys move between rows and a row’s two figures, in the reader’s language', async () => {
    const el = await trainingChart();
    const svg = shadow(el).querySelector('svg')!;
    const hint = shadow(el).querySelector('#keyboard-hint')!;
    expect(svg.getAttribute('aria-describedby')).to.equal('keyboard-hint');
    expect(hint.textContent).to.equal('Use the arrow keys to move between rows and between the two figures in a row.');
    el.locale = 'cy';
    await settled(el);
    expect(shadow(el).querySelector('#keyboard-hint')!.textContent).to.equal(
      'Defnyddiwch y bysellau saeth i symud rhwng y rhesi a rhwng y ddau ffigur mewn rhes.',
    );
  });

  it('keeps the keyboard position when the data table opens', async () => {
    const el = await fixture<TrustChange>(html`<trust-change data="A: 5 | 15; B: 47 | 39; C: 40 | 41"></trust-change>`);
    const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
    svg.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'PageDown' });
    await settled(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await settled(el);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.equal(
      'B, After: 39%, down 8 percentage points, from 47% to 39%. 2 of 2, row 2 of 3.',
    );
  });

  it('turns off the line’s animation when the reader prefers reduced motion', async function () {
    skipIn(this, 'webkit', REDUCED_MOTION_MID_PAGE);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<TrustChange>(html`<trust-change data=${TRAINING}></trust-change>`);
      expect(getComputedStyle(shadow(el).querySelector('.connector')!).animationName).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.dot-to')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<TrustChange>(html`<trust-change data=${TRAINING}></trust-change>`);
    expect(getComputedStyle(shadow(el).querySelector('.connector')!).animationName).to.equal('trust-change-grow');
  });

  it('keeps dots and words visible in forced colours (Windows high contrast), hollow still hollow', async function () {
    skipIn(this, 'webkit', NO_FORCED_COLOURS);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await fixture<TrustChange>(html`<trust-change theme="nhs" direction="up-is-good" data=${TRAINING}></trust-change>`);
      const background = getComputedStyle(el).backgroundColor;
      const from = shadow(el).querySelector('g.row circle.dot-from')!;
      const to = shadow(el).querySelector('g.row circle.dot-to')!;
      const text = shadow(el).querySelector('text.change')!;
      expect(getComputedStyle(from).fill).to.equal(background);
      expect(getComputedStyle(from).stroke).to.equal(getComputedStyle(text).fill);
      expect(getComputedStyle(to).fill).to.equal(getComputedStyle(text).fill);
      expect(getComputedStyle(to).fill).to.not.equal(background);
    } finally {
      await emulateMediaFeatures();
    }
  });

  for (const theme of [undefined, 'light', 'dark', 'auto', 'nhs']) {
    it(`passes axe with no violations in the ${theme ?? 'default'} theme, table open`, async () => {
      const el = await fixture<TrustChange>(html`<trust-change
        theme=${theme ?? ''}
        heading="More NHS staff are trained on new technologies"
        source="BT research" source-url="https://example.org/"
        from-label="2022" to-label="2024" direction="up-is-good"
        data="Trained on new technologies: 5 | 15; Trained on both: 47 | 39; Not asked: n/a | 20; Steady: 60 | 60"
      ></trust-change>`);
      if (!theme) el.removeAttribute('theme');
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while showing an error', async () => {
    const el = await fixture<TrustChange>(html`<trust-change heading="Broken" data="Trained on new technologies: 15"></trust-change>`);
    await expect(el).to.be.accessible();
  });
});
