import { expect, fixture, html } from '@open-wc/testing';
import '../../src/stat/define.js';
import type { TrustStat } from '../../src/stat/trust-stat.js';
import { contrastRatio } from '../helpers/contrast.js';
import { captureWarnings, overlaps, settled, shadow, texts } from '../helpers/widget.js';
import { textBox } from '../helpers/text-box.js';

/*
 * Worked examples (two-proportion z test, unpooled standard error, 95% level; see test/core/stats):
 * - 40% → 43%, n = 200 each: z = 0.03 / √(0.4·0.6/200 + 0.43·0.57/200) = 0.61 → no clear change.
 * - 47% → 39%, n = 1,000 each: z = −0.08 / 0.02207 = −3.62 → a clear fall.
 * - 40% (n = 200) → 43% (n = 5,000): z = 0.03 / √(0.0012 + 0.000049) = 0.85 → no clear change.
 * - 40% → 43%, n = 5,000 each: z = 3.05 → a clear rise.
 * Margins: 43% of 200 ± 6.9 (6.86), 40% of 200 ± 6.8 (6.79), 39% of 1,000 ± 3.0 (3.02), 47% of 1,000 ± 3.1 (3.09).
 */
const changeLine = (el: TrustStat) => shadow(el).querySelector('[part="change"]');
const changeText = (el: TrustStat) => changeLine(el)?.textContent?.replace(/\s+/g, ' ').trim();
const margin = (el: TrustStat) => shadow(el).querySelector('[part="margin"]')?.textContent?.trim();
const warningText = (el: TrustStat) => shadow(el).querySelector('[part="warning"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The arrow's path: up, down, or level ("M14.5 8…"). */
const arrow = (el: TrustStat) => changeLine(el)?.querySelector('svg.arrow path')?.getAttribute('d');
const LEVEL = 'M14.5 8 7.5 1.5V6H1.5V10H7.5V14.5Z';

describe('<trust-stat> tests the change against the margin of error', () => {
  it('40% → 43% with 200 people each time: "no clear change since 2022", no verdict, neutral, a level arrow', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="43" previous="40" previous-label="2022" direction="up-is-good"
      sample-size="200" previous-sample-size="200"></trust-stat>`);
    expect(changeText(el)).to.equal('no clear change since 2022 (up 3 percentage points, within the margin of error)');
    const line = changeLine(el)!;
    expect(line.classList.contains('unclear')).to.equal(true);
    expect(line.classList.contains('good')).to.equal(false);
    expect(line.classList.contains('neutral')).to.equal(true);
    expect(arrow(el)).to.equal(LEVEL);
    expect(changeText(el)).to.not.contain('improvement');
  });

  it('words a fall within the margin of error as "down"', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="40" previous="43" sample-size="200" previous-sample-size="200"></trust-stat>`);
    expect(changeText(el)).to.equal('no clear change (down 3 percentage points, within the margin of error)');
  });

  it("47% → 39% with 1,000 people each time is a clear fall: today's wording, verdict and colour", async () => {
    const el = await fixture<TrustStat>(html`<trust-stat theme="light" value="39" previous="47" previous-label="2022" direction="up-is-good"
      sample-size="1,000" previous-sample-size="1,000"></trust-stat>`);
    expect(changeText(el)).to.equal('down 8 percentage points since 2022, a change for the worse');
    expect(changeLine(el)!.classList.contains('bad')).to.equal(true);
    expect(changeLine(el)!.classList.contains('unclear')).to.equal(false);
    expect(arrow(el)).to.not.equal(LEVEL);
  });

  it('behaves exactly as before without both sample sizes', async () => {
    const none = await fixture<TrustStat>(html`<trust-stat value="43" previous="40" previous-label="2022" direction="up-is-good"></trust-stat>`);
    const previousOnly = await fixture<TrustStat>(
      html`<trust-stat value="43" previous="40" previous-label="2022" direction="up-is-good" previous-sample-size="200"></trust-stat>`,
    );
    for (const el of [none, previousOnly]) {
      expect(changeText(el)).to.equal('up 3 percentage points since 2022, an improvement');
      expect(changeLine(el)!.classList.contains('good')).to.equal(true);
    }
    expect(margin(none)).to.equal(undefined);
    expect(margin(previousOnly)).to.equal(undefined);
  });

  it('lets previous-sample-size win over sample-size for the earlier figure', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="43" previous="40" sample-size="5,000" previous-sample-size="200"></trust-stat>`);
    expect(changeText(el)).to.match(/^no clear change/);
    el.previousSampleSize = undefined;
    await settled(el);
    // One sample-size is every figure's sample, as on every widget: 5,000 each time is a clear rise.
    expect(changeText(el)).to.equal('up 3 percentage points');
  });

  it('honours sample sizes in a table: `n 2022` and `n 2024` columns', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat>
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th><th>n 2022</th><th>n 2024</th></tr></thead>
        <tbody><tr><td>Trained on the new system</td><td>40%</td><td>43%</td><td>200</td><td>200</td></tr></tbody>
      </table>
    </trust-stat>`);
    expect(changeText(el)).to.equal('no clear change since 2022 (up 3 percentage points, within the margin of error)');
    expect(margin(el)).to.equal('Margin of error (95%): 43% ± 6.9, based on 200 people');
  });

  it("lets a table's own n win over previous-sample-size", async () => {
    const el = await fixture<TrustStat>(html`<trust-stat previous-sample-size="200" sample-size="200">
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th><th>n</th></tr></thead>
        <tbody><tr><td>Trained on the new system</td><td>40%</td><td>43%</td><td>5,000</td></tr></tbody>
      </table>
    </trust-stat>`);
    expect(changeText(el)).to.equal('up 3 percentage points since 2022');
  });

  it('does not test figures written with words such as "more than"', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="more than 43" previous="40" previous-label="2022" sample-size="200"></trust-stat>`);
    expect(changeText(el)).to.equal('up from 40% (2022)');
  });

  it('writes the test and the margin in Welsh', async () => {
    const el = await fixture<TrustStat>(
      html`<trust-stat locale="cy" value="43" previous="40" previous-label="2022" sample-size="200" previous-sample-size="200"></trust-stat>`,
    );
    expect(changeText(el)).to.equal('dim newid clir ers 2022 (wedi codi 3 pwynt canran, o fewn y lwfans gwall)');
    expect(margin(el)).to.equal('Lwfans gwall (95%): 43% ± 6.9, yn seiliedig ar 200 o bobl');
  });
});

describe('<trust-stat> margin of error in words', () => {
  it("writes the headline figure's interval under it whenever its sample size is known", async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="57" label="of UK adults worry" population="UK adults" sample-size="2,000"></trust-stat>`);
    // 1.96 × √(0.57 × 0.43 / 2000) = 2.17
    expect(margin(el)).to.equal('Margin of error (95%): 57% ± 2.2, based on 2,000 people');
    const chart = shadow(el).querySelector('[part="chart"]')!;
    expect(Array.from(chart.querySelectorAll('p'), (p) => p.getAttribute('part'))).to.deep.equal(['value', 'label', 'frequency', 'margin']);
  });

  it('uses a Wilson range for a small share: 3% of 100 people is "3% (1–8.5)"', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="3" sample-size="100"></trust-stat>`);
    expect(margin(el)).to.equal('Margin of error (95%): 3% (1–8.5), based on 100 people');
  });

  it("writes numbers in the reader's locale", async () => {
    const el = await fixture<TrustStat>(html`<trust-stat locale="de-DE" value="57" sample-size="2000"></trust-stat>`);
    // German puts a (narrow) no-break space before the per cent sign.
    expect(margin(el)!.replace(/[\u00a0\u202f]/g, ' ')).to.equal('Margin of error (95%): 57 % ± 2,2, based on 2.000 people');
  });

  it('shows no margin for counts, nor without a sample size', async () => {
    const count = await fixture<TrustStat>(html`<trust-stat unit="count" value="57" sample-size="2,000"></trust-stat>`);
    const unsized = await fixture<TrustStat>(html`<trust-stat value="57"></trust-stat>`);
    expect(margin(count)).to.equal(undefined);
    expect(margin(unsized)).to.equal(undefined);
  });

  it('puts both intervals in the data table', async () => {
    const el = await fixture<TrustStat>(
      html`<trust-stat value="43" previous="40" previous-label="2022" sample-size="200" previous-sample-size="200"></trust-stat>`,
    );
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await settled(el);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Item', '2022', '2022: 95% range', 'Latest', 'Latest: 95% range']);
    expect(texts(shadow(el), 'tbody td')).to.deep.equal(['40%', '40% ± 6.8', '43%', '43% ± 6.9']);
    expect(shadow(el).querySelector('caption')!.textContent).to.contain('n = 200');
  });
});

describe('<trust-stat> previous-sample-size that cannot be used', () => {
  for (const given of ['lots', '12.5', '-200', 'about two hundred']) {
    it(`previous-sample-size="${given}": a visible warning naming the attribute, no test, no NaN`, async () => {
      let el!: TrustStat;
      const logged = await captureWarnings(async () => {
        el = await fixture<TrustStat>(html`<trust-stat value="43" previous="40" sample-size="200" previous-sample-size=${given}></trust-stat>`);
      });
      expect(warningText(el)).to.contain(
        `previous-sample-size: “${given}” is not a whole number of people, so the change is not tested against the margin of error.`,
      );
      expect(logged.some((line) => line.startsWith('<trust-stat> previous-sample-size:'))).to.equal(true);
      // sample-size="200" is one number, the sample of every figure: the test still runs with 200 each time.
      expect(changeText(el)).to.match(/^no clear change/);
      expect(shadow(el).textContent).to.not.contain('NaN');
    });
  }

  it('an unreadable previous-sample-size beside a two-value sample-size leaves the earlier figure its shared size', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="43" previous="40" sample-size="5,000 | 5,000" previous-sample-size="lots"></trust-stat>`);
    expect(warningText(el)).to.contain('previous-sample-size');
    expect(changeText(el)).to.equal('up 3 percentage points');
  });

  it('is reported when there is no previous figure', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat value="43" previous-sample-size="200"></trust-stat>`);
    expect(warningText(el)).to.contain('previous-sample-size: ignored, because there is no previous figure. Add previous, or remove previous-sample-size.');
  });

  it('words the warning in Welsh on a Welsh page', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat locale="cy" value="43" previous="40" previous-sample-size="llawer"></trust-stat>`);
    expect(warningText(el)).to.contain('previous-sample-size: Nid yw “llawer” yn nifer cyfan o bobl');
  });
});

describe('<trust-stat show-uncertainty>: the shaded ranges', () => {
  const ranged = async (width = 400, attributes: { locale?: string; theme?: string } = {}) => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
      <trust-stat locale=${attributes.locale ?? 'en-GB'} theme=${attributes.theme ?? 'light'} show-uncertainty value="43" previous="40" previous-label="2022"
        label="of staff are trained on the new system" population="staff" direction="up-is-good"
        sample-size="200" previous-sample-size="200"></trust-stat>
    </div>`);
    const el = wrapper.querySelector('trust-stat') as TrustStat;
    await settled(el);
    return el;
  };
  const strip = (el: TrustStat) => shadow(el).querySelector('[part="ranges"] svg');

  it('is drawn only with show-uncertainty and a known sample size', async () => {
    const plain = await fixture<TrustStat>(html`<trust-stat value="43" previous="40" sample-size="200" previous-sample-size="200"></trust-stat>`);
    const unsized = await fixture<TrustStat>(html`<trust-stat show-uncertainty value="43" previous="40"></trust-stat>`);
    expect(strip(plain)).to.equal(null);
    expect(strip(unsized)).to.equal(null);
    expect(strip(await ranged())).to.not.equal(null);
  });

  it('labels each band in text and names the strip with the same words', async () => {
    const el = await ranged();
    expect(texts(strip(el)!, '.range-label')).to.deep.equal(['2022: 40% ± 6.8', 'Latest: 43% ± 6.9']);
    expect(strip(el)!.getAttribute('role')).to.equal('img');
    expect(strip(el)!.getAttribute('aria-label')).to.equal('95% ranges: 2022: 40% ± 6.8; Latest: 43% ± 6.9');
  });

  it('spans each 95% interval with a shaded band and puts a point at the figure', async () => {
    const el = await ranged();
    const [previous, current] = Array.from(strip(el)!.querySelectorAll('g.range'));
    const point = (group: Element) => Number(group.querySelector('circle')!.getAttribute('cx'));
    const band = (group: Element) => {
      const rect = group.querySelector('rect.band')!;
      const x = Number(rect.getAttribute('x'));
      return [x, x + Number(rect.getAttribute('width'))] as const;
    };
    const perPoint = (point(current!) - point(previous!)) / 3;
    expect(perPoint).to.be.greaterThan(0);
    // 1.96 × √(0.4 × 0.6 / 200) = 6.790; 1.96 × √(0.43 × 0.57 / 200) = 6.862.
    expect(band(previous!)[0]).to.be.closeTo(point(previous!) - 6.79 * perPoint, 0.05);
    expect(band(previous!)[1]).to.be.closeTo(point(previous!) + 6.79 * perPoint, 0.05);
    expect(band(current!)[0]).to.be.closeTo(point(current!) - 6.862 * perPoint, 0.05);
    expect(band(current!)[1]).to.be.closeTo(point(current!) + 6.862 * perPoint, 0.05);
    // The earlier figure's band sits above the latest's.
    expect(Number(previous!.querySelector('rect')!.getAttribute('y'))).to.be.below(Number(current!.querySelector('rect')!.getAttribute('y')));
  });

  it('uses classes and SVG attributes only: no inline style (strict CSP)', async () => {
    const el = await ranged();
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
  });

  it('colours the latest band like the figure and the earlier one muted, marks at 3:1 or more', async () => {
    for (const theme of ['light', 'dark', 'nhs']) {
      const el = await ranged(400, { theme });
      const background = getComputedStyle(el).backgroundColor;
      for (const mark of strip(el)!.querySelectorAll('rect.band, circle')) {
        const style = getComputedStyle(mark);
        expect(contrastRatio(mark.localName === 'circle' ? style.fill : style.stroke, background), `${theme} ${mark.localName}`).to.be.at.least(3);
      }
      for (const text of strip(el)!.querySelectorAll('text')) {
        expect(contrastRatio(getComputedStyle(text).fill, background), `${theme} ${text.textContent}`).to.be.at.least(4.5);
      }
      expect(getComputedStyle(strip(el)!.querySelector('.range-current circle')!).fill).to.equal(getComputedStyle(shadow(el).querySelector('.figure')!).color);
    }
  });

  it('shows one band for a figure without a previous one', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat show-uncertainty value="57" sample-size="2,000"></trust-stat>`);
    expect(texts(strip(el)!, '.range-label')).to.deep.equal(['Latest: 57% ± 2.2']);
  });

  it('names the latest band by its column when the figures come from a table', async () => {
    const el = await fixture<TrustStat>(html`<trust-stat show-uncertainty>
      <table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th><th>n</th></tr></thead>
        <tbody><tr><td>Trained on both new and existing systems</td><td>47%</td><td>39%</td><td>1,000</td></tr></tbody>
      </table>
    </trust-stat>`);
    expect(texts(strip(el)!, '.range-label')).to.deep.equal(['2022: 47% ± 3.1', '2024: 39% ± 3.0']);
  });

  it('writes the ranges in Welsh', async () => {
    const el = await ranged(400, { locale: 'cy' });
    expect(strip(el)!.getAttribute('aria-label')).to.equal('Ystodau 95%: 2022: 40% ± 6.8; Diweddaraf: 43% ± 6.9');
  });

  for (const width of [320, 360, 1024]) {
    it(`at ${width} px no text of the strip overlaps another or a band, and nothing leaves the widget`, async () => {
      const el = await ranged(width);
      const svg = strip(el)!;
      const box = svg.getBoundingClientRect();
      const textBoxes = Array.from(svg.querySelectorAll('text'), (text, i) => ({ name: `${i}:${text.textContent}`, rect: textBox(text) }));
      const bands = Array.from(svg.querySelectorAll('rect.band'), (band, i) => ({ name: `band ${i}`, rect: band.getBoundingClientRect() }));
      expect(overlaps(textBoxes)).to.deep.equal([]);
      expect(overlaps([...textBoxes, ...bands]).filter((pair) => /band/.test(pair) && !/^band/.test(pair))).to.deep.equal([]);
      for (const { name, rect } of [...textBoxes, ...bands]) {
        expect(rect.left, name).to.be.at.least(box.left - 1);
        expect(rect.right, name).to.be.at.most(box.right + 1);
        expect(rect.bottom, name).to.be.at.most(box.bottom + 1);
      }
      // The paragraphs above the strip do not overlap it either.
      const paragraphs = Array.from(shadow(el).querySelectorAll('[part="chart"] p'), (p, i) => ({ name: `p ${i}`, rect: p.getBoundingClientRect() }));
      expect(overlaps([...paragraphs, { name: 'strip', rect: box }]).filter((pair) => pair.includes('strip'))).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }

  for (const theme of ['light', 'dark', 'nhs']) {
    it(`passes axe with the strip, an unclear change and the table open (${theme})`, async () => {
      const el = await ranged(400, { theme });
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the unclear change line at 4.5:1 in every theme', async () => {
    for (const theme of ['light', 'dark', 'nhs']) {
      const el = await ranged(400, { theme });
      const background = getComputedStyle(el).backgroundColor;
      expect(contrastRatio(getComputedStyle(changeLine(el)!).color, background), theme).to.be.at.least(4.5);
      expect(contrastRatio(getComputedStyle(shadow(el).querySelector('[part="margin"]')!).color, background), theme).to.be.at.least(4.5);
    }
  });
});
