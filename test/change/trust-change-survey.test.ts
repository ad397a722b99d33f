import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/change/define.js';
import type { TrustChange } from '../../src/change/trust-change.js';
import { contrastRatio } from '../helpers/contrast.js';
import { captureWarnings, overlaps, settled, shadow, texts } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';

/*
 * Worked examples (two-proportion z test, unpooled standard error, 95% level; see test/core/stats):
 * - 40% → 43%, n = 200 each: SE = √(0.4·0.6/200 + 0.43·0.57/200) = 0.04925, z = 0.03 / 0.04925 = 0.61 → no clear change.
 * - 47% → 39%, n = 1,000 each: SE = √(0.47·0.53/1000 + 0.39·0.61/1000) = 0.02207, z = −3.62 → a clear fall.
 * - 40% → 43%, n = 5,000 each: SE = 0.00985, z = 3.05 → a clear rise.
 * Margins of error: 40% of 200 ± 6.8 (1.96 × √(0.24/200) = 6.79), 43% of 200 ± 6.9 (6.86), 47% of 1,000 ± 3.1.
 */
const SMALL_RISE = 'Trained on the new system: 40 | 43';
const FALL = 'Trained on both new and existing systems: 47 | 39';

/** Each change's lines joined with spaces (a long change wraps onto two lines). */
const changes = (el: TrustChange) =>
  Array.from(shadow(el).querySelectorAll('text.change'), (text) => Array.from(text.querySelectorAll('tspan'), (line) => line.textContent).join(' '));
const summary = (el: TrustChange) => shadow(el).querySelector('#summary')!.textContent!;
const note = (el: TrustChange) => shadow(el).querySelector('[part="significance"]')?.textContent?.trim();
const tones = (el: TrustChange) => Array.from(shadow(el).querySelectorAll('g.row'), (row) => row.getAttribute('class')!.replace('row ', ''));
const warningText = (el: TrustChange) => shadow(el).querySelector('[part="warning"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const svgNumber = (node: Element, name: string) => Number(node.getAttribute(name));

describe('<trust-change> tests each change against the margin of error', () => {
  it('40% → 43% with 200 people each time is "no clear change", in words, in the change column and in a neutral colour', async () => {
    const el = await fixture<TrustChange>(html`<trust-change from-label="2022" to-label="2024" direction="up-is-good"
      from-sample-size="200" to-sample-size="200" data=${SMALL_RISE}></trust-change>`);
    expect(changes(el)).to.deep.equal(['no clear change (+3 pts)']);
    expect(summary(el)).to.contain('Trained on the new system: no clear change, from 40% to 43% (+3 percentage points, within the margin of error).');
    // Neither the good colour (direction says up is good) nor the bad one.
    expect(tones(el)).to.deep.equal(['tone-unclear']);
    expect(note(el)).to.equal(
      '“No clear change”: the difference is within the margin of error, so it could be down to chance in who was asked (95% confidence).',
    );
  });

  it('keeps the arrow of an unclear change, muted like its dots: 40% → 55% with 50 people each time (z = 1.52)', async () => {
    const el = await fixture<TrustChange>(
      html`<trust-change theme="light" direction="up-is-good" sample-size="50" data="Small samples: 40 | 55"></trust-change>`,
    );
    expect(changes(el)).to.deep.equal(['no clear change (+15 pts)']);
    const arrow = shadow(el).querySelector('g.tone-unclear .connector polygon')!;
    // --trust-muted-mark-color in the light theme (#768692): not the green of "up is good".
    expect(getComputedStyle(arrow).fill).to.equal('rgb(118, 134, 146)');
    expect(getComputedStyle(shadow(el).querySelector('g.tone-unclear circle.dot-to')!).fill).to.equal('rgb(118, 134, 146)');
  });

  it("47% → 39% with 1,000 people each time is a clear fall: today's wording and colour, no note", async () => {
    const el = await fixture<TrustChange>(html`<trust-change from-label="2022" to-label="2024" direction="up-is-good"
      from-sample-size="1,000" to-sample-size="1,000" data=${FALL}></trust-change>`);
    expect(changes(el)).to.deep.equal(['\u22128 pts']);
    expect(summary(el)).to.contain('Trained on both new and existing systems: down 8 percentage points, from 47% to 39%.');
    expect(summary(el)).to.not.contain('no clear change');
    expect(tones(el)).to.deep.equal(['tone-bad']);
    expect(note(el)).to.equal(undefined);
  });

  it("reads a row's change in words when the keyboard reaches its later end", async () => {
    const el = await fixture<TrustChange>(html`<trust-change from-sample-size="200" to-sample-size="200" data=${SMALL_RISE}></trust-change>`);
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(shadow(el).querySelector('[aria-live]')!.textContent).to.equal(
      'Trained on the new system, After: 43% ± 6.9, no clear change, from 40% to 43% (+3 percentage points, within the margin of error). 2 of 2, row 1 of 1.',
    );
  });

  it('tests every row with its own sample sizes: a clear rise and an unclear one side by side', async () => {
    const el = await fixture<TrustChange>(html`<trust-change direction="up-is-good">
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th><th>n 2022</th><th>n 2024</th></tr></thead>
        <tbody>
          <tr><td>Trained on new technologies</td><td>5%</td><td>15%</td><td>800</td><td>1,000</td></tr>
          <tr><td>Trained on the new system</td><td>40%</td><td>43%</td><td>200</td><td>200</td></tr>
        </tbody>
      </table>
    </trust-change>`);
    expect(changes(el)).to.deep.equal(['+10 pts', 'no clear change (+3 pts)']);
    expect(tones(el)).to.deep.equal(['tone-good', 'tone-unclear']);
    // The frame knows these sizes: its 95% range columns carry each interval.
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await settled(el);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Training', '2022', '2022: 95% range', '2024', '2024: 95% range']);
    expect(texts(shadow(el), 'tbody tr:nth-child(2) td')).to.deep.equal(['40%', '40% ± 6.8', '43%', '43% ± 6.9']);
  });

  it('honours `n from` and `n to` columns', async () => {
    const el = await fixture<TrustChange>(html`<trust-change>
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th><th>n from</th><th>n to</th></tr></thead>
        <tbody><tr><td>Trained on the new system</td><td>40%</td><td>43%</td><td>200</td><td>200</td></tr></tbody>
      </table>
    </trust-change>`);
    expect(changes(el)).to.deep.equal(['no clear change (+3 pts)']);
  });

  for (const sampleSize of ['200', '200 | 200']) {
    it(`honours the shared sample-size="${sampleSize}"`, async () => {
      const el = await fixture<TrustChange>(html`<trust-change sample-size=${sampleSize} data=${SMALL_RISE}></trust-change>`);
      expect(changes(el)).to.deep.equal(['no clear change (+3 pts)']);
    });
  }

  it('lets from-sample-size and to-sample-size win over sample-size', async () => {
    const el = await fixture<TrustChange>(
      html`<trust-change sample-size="5,000" from-sample-size="200" to-sample-size="200" data=${SMALL_RISE}></trust-change>`,
    );
    expect(changes(el)).to.deep.equal(['no clear change (+3 pts)']);
    el.fromSampleSize = undefined;
    el.toSampleSize = undefined;
    await settled(el);
    expect(changes(el)).to.deep.equal(['+3 pts']);
  });

  it("lets a row's own n win over from-sample-size and to-sample-size", async () => {
    const el = await fixture<TrustChange>(html`<trust-change from-sample-size="200" to-sample-size="200">
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th><th>n</th></tr></thead>
        <tbody>
          <tr><td>Large sample</td><td>40%</td><td>43%</td><td>5,000</td></tr>
          <tr><td>No n of its own</td><td>40%</td><td>43%</td><td></td></tr>
        </tbody>
      </table>
    </trust-change>`);
    expect(changes(el)).to.deep.equal(['+3 pts', 'no clear change (+3 pts)']);
  });

  it('behaves exactly as before without both sample sizes', async () => {
    const plain = await fixture<TrustChange>(html`<trust-change direction="up-is-good" data=${SMALL_RISE}></trust-change>`);
    const oneSide = await fixture<TrustChange>(html`<trust-change direction="up-is-good" from-sample-size="200" data=${SMALL_RISE}></trust-change>`);
    for (const el of [plain, oneSide]) {
      expect(changes(el)).to.deep.equal(['+3 pts']);
      expect(tones(el)).to.deep.equal(['tone-good']);
      expect(summary(el)).to.contain('Trained on the new system: up 3 percentage points, from 40% to 43%.');
      expect(note(el)).to.equal(undefined);
    }
    expect(summary(plain)).to.not.contain('Margin of error');
  });

  it('does not test figures written with words such as "more than", nor counts', async () => {
    const qualified = await fixture<TrustChange>(html`<trust-change sample-size="200" data="Understand their role: more than 40 | 43"></trust-change>`);
    expect(changes(qualified)).to.deep.equal(['+3 pts']);
    const counts = await fixture<TrustChange>(html`<trust-change unit="count" sample-size="200" data="Trusts: 40 | 43"></trust-change>`);
    expect(changes(counts)).to.deep.equal(['+3']);
  });

  it('keeps "no change" for equal figures, whatever the sample sizes', async () => {
    const el = await fixture<TrustChange>(html`<trust-change sample-size="200" data="Steady: 60 | 60"></trust-change>`);
    expect(changes(el)).to.deep.equal(['no change']);
    expect(tones(el)).to.deep.equal(['tone-neutral']);
  });

  it('says the largest margin of error once, whether the sizes come from its own attributes or sample-size', async () => {
    const own = await fixture<TrustChange>(html`<trust-change from-sample-size="200" to-sample-size="200" data=${SMALL_RISE}></trust-change>`);
    const shared = await fixture<TrustChange>(html`<trust-change sample-size="200" data=${SMALL_RISE}></trust-change>`);
    for (const el of [own, shared]) {
      expect(summary(el).match(/Margin of error/g)).to.have.length(1);
      expect(summary(el)).to.match(/Margin of error \(95%\): up to ±6\.9 percentage points\.$/);
    }
  });

  it('writes the test in Welsh', async () => {
    const el = await fixture<TrustChange>(html`<trust-change locale="cy" from-label="2022" to-label="2024" from-sample-size="200" to-sample-size="200"
      data="Wedi’u hyfforddi ar y system newydd: 40 | 43"></trust-change>`);
    expect(changes(el)).to.deep.equal(['dim newid clir (+3 pwynt)']);
    expect(summary(el)).to.contain('Wedi’u hyfforddi ar y system newydd: dim newid clir, o 40% i 43% (+3 pwynt canran, o fewn y lwfans gwall).');
    expect(note(el)).to.match(/^“Dim newid clir”: mae’r gwahaniaeth o fewn y lwfans gwall/);
  });
});

describe('<trust-change> sample-size attributes that cannot be read', () => {
  for (const [attribute, given] of [
    ['from-sample-size', 'lots'],
    ['from-sample-size', '12.5'],
    ['to-sample-size', '-200'],
    ['to-sample-size', 'about two hundred'],
  ] as const) {
    it(`${attribute}="${given}": a visible warning naming the attribute, the chart as without it, no NaN`, async () => {
      let el!: TrustChange;
      const logged = await captureWarnings(async () => {
        el = await fixture<TrustChange>(html`<trust-change
          from-sample-size=${attribute === 'from-sample-size' ? given : '200'}
          to-sample-size=${attribute === 'to-sample-size' ? given : '200'}
          data=${SMALL_RISE}
        ></trust-change>`);
      });
      expect(warningText(el)).to.contain(`${attribute}: “${given}” is not a whole number of people, so the change is not tested against the margin of error.`);
      expect(shadow(el).querySelector('[part="warning"] code')!.textContent).to.equal(attribute);
      expect(logged.some((line) => line.startsWith(`<trust-change> ${attribute}:`))).to.equal(true);
      expect(changes(el)).to.deep.equal(['+3 pts']);
      expect(shadow(el).textContent).to.not.contain('NaN');
      expect(shadow(el).querySelector('svg')!.textContent).to.not.contain('NaN');
    });
  }

  it('words the warning in Welsh on a Welsh chart', async () => {
    const el = await fixture<TrustChange>(html`<trust-change locale="cy" from-sample-size="llawer" to-sample-size="200" data=${SMALL_RISE}></trust-change>`);
    expect(warningText(el)).to.contain('from-sample-size: Nid yw “llawer” yn nifer cyfan o bobl');
  });
});

describe("<trust-change show-uncertainty>: each end's 95% range as a whisker", () => {
  const whiskered = (width = 700, data = SMALL_RISE) =>
    fixture<HTMLDivElement>(html`<div style="width: ${width}px">
      <trust-change show-uncertainty from-label="2022" to-label="2024" direction="up-is-good" sample-size="200" data=${data}></trust-change>
    </div>`).then(async (wrapper) => {
      const el = wrapper.querySelector('trust-change') as TrustChange;
      await settled(el);
      return el;
    });

  it('draws no whiskers without show-uncertainty', async () => {
    const el = await fixture<TrustChange>(html`<trust-change sample-size="200" data=${SMALL_RISE}></trust-change>`);
    expect(shadow(el).querySelector('[part~="range"]')).to.equal(null);
    expect(texts(shadow(el), '[part="legend"] text')).to.not.include('95% range');
  });

  it('spans each interval: 40% ± 6.8 above the hollow dot, 43% ± 6.9 below the filled one', async () => {
    const el = await whiskered();
    const from = shadow(el).querySelector('g.row circle.dot-from')!;
    const to = shadow(el).querySelector('g.row circle.dot-to')!;
    const perPoint = (svgNumber(to, 'cx') - svgNumber(from, 'cx')) / 3;
    const [fromWhisker, toWhisker] = Array.from(shadow(el).querySelectorAll('g.row [part~="range"]'));
    expect(fromWhisker!.getAttribute('part')).to.equal('range from');
    expect(toWhisker!.getAttribute('part')).to.equal('range to');
    const main = (group: Element) => group.querySelector('line')!;
    const cy = svgNumber(from, 'cy');
    // 1.96 × √(0.4 × 0.6 / 200) = 6.790; 1.96 × √(0.43 × 0.57 / 200) = 6.862 percentage points.
    expect(svgNumber(main(fromWhisker!), 'x1')).to.be.closeTo(svgNumber(from, 'cx') - 6.79 * perPoint, 0.05);
    expect(svgNumber(main(fromWhisker!), 'x2')).to.be.closeTo(svgNumber(from, 'cx') + 6.79 * perPoint, 0.05);
    expect(svgNumber(main(toWhisker!), 'x1')).to.be.closeTo(svgNumber(to, 'cx') - 6.862 * perPoint, 0.05);
    expect(svgNumber(main(toWhisker!), 'x2')).to.be.closeTo(svgNumber(to, 'cx') + 6.862 * perPoint, 0.05);
    expect(svgNumber(main(fromWhisker!), 'y1')).to.be.below(cy);
    expect(svgNumber(main(toWhisker!), 'y1')).to.be.above(cy);
    // Two end caps each.
    expect(fromWhisker!.querySelectorAll('line')).to.have.length(3);
    expect(texts(shadow(el), '[part="legend"] text')).to.include('95% range');
  });

  it('keeps the value labels clear of the whiskers', async () => {
    const el = await whiskered();
    const labels = Array.from(shadow(el).querySelectorAll('g.row text.value'), (text) => textBox(text));
    const whiskers = Array.from(shadow(el).querySelectorAll('g.row [part~="range"]'), (group) => group.getBoundingClientRect());
    const [left, right] = labels.sort((a, b) => a.left - b.left);
    expect(left!.right).to.be.at.most(Math.min(...whiskers.map((w) => w.left)));
    expect(right!.left).to.be.at.least(Math.max(...whiskers.map((w) => w.right)));
  });

  it("draws the whiskers in the row's colour, at 3:1 or more, in every theme", async () => {
    for (const theme of ['light', 'dark', 'nhs']) {
      const el = await whiskered();
      el.theme = theme;
      await settled(el);
      const background = getComputedStyle(el).backgroundColor;
      for (const line of shadow(el).querySelectorAll('g.row [part~="range"] line')) {
        expect(contrastRatio(getComputedStyle(line).stroke, background), `${theme} whisker`).to.be.at.least(3);
      }
    }
  });

  for (const width of [320, 360, 1024]) {
    it(`at ${width} px no text overlaps another text, a dot or a whisker, and nothing leaves the chart`, async () => {
      const el = await whiskered(
        width,
        'Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39; Trained on the new system: 40 | 43; Almost nobody: 1 | 2; Almost everyone: 97 | 99',
      );
      const svg = shadow(el).querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const textBoxes = Array.from(svg.querySelectorAll('text'), (text, i) => ({ name: `${i}:${text.textContent}`, rect: textBox(text) }));
      const marks = [
        ...Array.from(svg.querySelectorAll('g.row circle'), (dot, i) => ({ name: `dot ${i}`, rect: dot.getBoundingClientRect() })),
        ...Array.from(svg.querySelectorAll('g.row [part~="range"]'), (whisker, i) => ({ name: `whisker ${i}`, rect: whisker.getBoundingClientRect() })),
      ];
      expect(overlaps(textBoxes)).to.deep.equal([]);
      const textOnMark = overlaps([...textBoxes, ...marks]).filter(
        (pair) => /(dot|whisker) \d+/.test(pair) && !/^(dot|whisker) \d+ \/ (dot|whisker)/.test(pair),
      );
      expect(textOnMark).to.deep.equal([]);
      for (const { name, rect } of [...textBoxes, ...marks]) {
        expect(rect.left, name).to.be.at.least(box.left - 1);
        expect(rect.right, name).to.be.at.most(box.right + 1);
        expect(rect.bottom, name).to.be.at.most(box.bottom + 1);
      }
      expect(el.scrollWidth).to.be.at.most(width);
      expect(changes(el)).to.include('no clear change (+3 pts)');
    });
  }

  it('uses no inline style attributes (strict CSP)', async () => {
    const el = await whiskered();
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
  });

  for (const theme of ['light', 'dark', 'nhs']) {
    it(`passes axe with whiskers, an unclear change and the table open (${theme})`, async () => {
      const el = await fixture<TrustChange>(html`<trust-change theme=${theme} show-uncertainty heading="Training" source="Illustrative"
        from-label="2022" to-label="2024" direction="up-is-good" sample-size="200"
        data="Trained on the new system: 40 | 43; Trained on new technologies: 5 | 25"></trust-change>`);
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it(`keeps an unclear row's marks at 3:1 and its words at 4.5:1 (${theme})`, async () => {
      const el = await fixture<TrustChange>(html`<trust-change theme=${theme} sample-size="50" data="Small samples: 40 | 55"></trust-change>`);
      const background = getComputedStyle(el).backgroundColor;
      const row = shadow(el).querySelector('g.tone-unclear')!;
      expect(contrastRatio(getComputedStyle(row.querySelector('circle.dot-to')!).fill, background)).to.be.at.least(3);
      expect(contrastRatio(getComputedStyle(row.querySelector('.connector line')!).stroke, background)).to.be.at.least(3);
      expect(contrastRatio(getComputedStyle(row.querySelector('text.change')!).fill, background)).to.be.at.least(4.5);
      expect(contrastRatio(getComputedStyle(shadow(el).querySelector('[part="significance"]')!).color, background)).to.be.at.least(4.5);
    });
  }
});
