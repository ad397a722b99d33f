import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { TrustBars } from '../../src/bars/trust-bars.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

const concern = 'Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt critical NHS systems: 60';

describe('survey metadata on a chart', () => {
  const surveyed = () =>
    fixture<TrustBars>(html`<trust-bars
      heading="Most of the UK public worry about cyber-attacks on the NHS"
      source="BT research"
      sample-size="2,000"
      fieldwork="2024-03-01/2024-03-15"
      population="UK adults"
      method="Online panel (illustrative)"
      question="How worried are you about cyber-attacks on the NHS?"
      commissioned-by="BT"
      base="All respondents"
      data=${concern}
    ></trust-bars>`);

  it('discloses every fact in a native "About this data" <details>, closed at first', async () => {
    const el = await surveyed();
    const details = shadow(el).querySelector<HTMLDetailsElement>('details[part="about"]')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('About this data');
    const pairs = Array.from(details.querySelectorAll('dt'), (dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ')}`);
    expect(pairs.slice(0, 7)).to.deep.equal([
      'Question: How worried are you about cyber-attacks on the NHS?',
      'Who: UK adults',
      'Base: All respondents',
      'Sample size: 2,000 people',
      pairs[4]!.match(/^Fieldwork: 1 ?– ?15 March 2024$/) ? pairs[4]! : 'Fieldwork: 1–15 March 2024',
      'Method: Online panel (illustrative)',
      'Commissioned by: BT',
    ]);
    expect(pairs[7]).to.match(/^Margin of error: Ranges are 95% confidence intervals/);
  });

  it("names the population, base, n and fieldwork in the data table's caption", async () => {
    const el = await surveyed();
    const caption = shadow(el).querySelector('caption')!.textContent!.replace(/\s/g, ' ');
    expect(caption).to.match(/^Most of the UK public worry about cyber-attacks on the NHS\. UK adults; All respondents; n = 2,000; 1 ?– ?15 March 2024$/);
  });

  it("starts the survey facts after the caption's full stop with a capital, whatever the population (issue 16)", async () => {
    const el = await fixture<TrustBars>(html`<trust-bars heading="Worry" population="people in the UK" sample-size="1000" data="Worried: 57"></trust-bars>`);
    await settled(el);
    expect(shadow(el).querySelector('caption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Worry. People in the UK; n = 1,000');
  });

  it('adds a 95% range column and says the largest margin of error in the accessible description', async () => {
    const el = await surveyed();
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Item', 'Value', '95% range']);
    // 57% of 2,000: 1.96 × √(0.57 × 0.43 / 2000) = 2.17 → "± 2.2"; 60%: 1.96 × √(0.24 / 2000) = 2.15 → "± 2.1"
    expect(texts(shadow(el), 'tbody td')).to.deep.equal(['57%', '57% ± 2.2', '60%', '60% ± 2.1']);
    expect(shadow(el).querySelector('#summary')!.textContent).to.match(/Margin of error \(95%\): up to ±2\.2 percentage points\.$/);
  });

  it("exposes each value's interval as .uncertainty", async () => {
    const el = await surveyed();
    const [first] = el.uncertainty;
    expect(first).to.include({ label: 'Worry about cyber-attacks on the NHS', series: 'Value', value: 57, n: 2000, method: 'normal', text: '57% ± 2.2' });
    expect(first!.margin).to.be.closeTo(2.17, 0.001);
    expect(el.uncertainty).to.have.length(2);
  });

  it("reads each bar's interval aloud on keyboard focus", async () => {
    const el = await surveyed();
    shadow(el).querySelector<SVGSVGElement>('svg')!.focus();
    await settled(el);
    expect(shadow(el).querySelector('[aria-live]')!.textContent).to.equal('Worry about cyber-attacks on the NHS: 57% ± 2.2. 1 of 2.');
  });

  it('uses a Wilson range for small shares: 3% of 100 people is "3% (1–8.5)"', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars sample-size="100" data="Trained on new technologies: 3"></trust-bars>`);
    // Wilson 95%: 1.03% to 8.45% (see test/core/stats)
    expect(texts(shadow(el), 'tbody td')).to.deep.equal(['3%', '3% (1–8.5)']);
  });

  it('draws error bars only with show-uncertainty, spanning the interval', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars style="width: 700px" sample-size="500" data="Believe measures are sufficient: 36"></trust-bars>`);
    expect(shadow(el).querySelector('[part="error-bar"]')).to.equal(null);
    el.showUncertainty = true;
    await settled(el);
    const bar = shadow(el).querySelector('[part="error-bar"] .whisker')!;
    const zero = Number(shadow(el).querySelector('line.zero')!.getAttribute('x1'));
    const rect = shadow(el).querySelector('rect[part="bar"]')!;
    const perPoint = Number(rect.getAttribute('width')) / 36;
    // 36% of 500: margin 4.207 points → 31.79% to 40.21%
    expect(Number(bar.getAttribute('x1'))).to.be.closeTo(zero + 31.793 * perPoint, 0.05);
    expect(Number(bar.getAttribute('x2'))).to.be.closeTo(zero + 40.207 * perPoint, 0.05);
    const label = shadow(el).querySelector('text.value')!;
    expect(Number(label.getAttribute('x'))).to.be.greaterThan(Number(bar.getAttribute('x2')));
  });

  it('reads sample sizes from a table column headed n', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars>
      <table><thead><tr><th>Group</th><th>%</th><th>n</th></tr></thead>
      <tbody><tr><td>NHS staff</td><td>36</td><td>1,000</td></tr><tr><td>UK public</td><td>57</td><td>2,000</td></tr></tbody></table>
    </trust-bars>`);
    expect(texts(shadow(el), 'thead th')).to.deep.equal(['Group', '%', '95% range']);
    expect(shadow(el).querySelectorAll('rect[part="bar"]')).to.have.length(2);
    expect(el.uncertainty.map((u) => u.n)).to.deep.equal([1000, 2000]);
  });
});

describe('small samples', () => {
  it('puts a visible caution note under a chart with a sample under 100', async () => {
    const el = await fixture<TrustBars>(
      html`<trust-bars data='[{"label":"Trust A staff","value":40,"n":60},{"label":"Trust B staff","value":55,"n":400}]'></trust-bars>`,
    );
    expect(texts(shadow(el), '[part="caution"]')).to.deep.equal([
      'Small samples: fewer than 100 people answered for “Trust A staff” (n = 60). Treat these figures with caution.',
    ]);
    expect(shadow(el).querySelectorAll('rect[part="bar"]')).to.have.length(2);
  });

  it('withholds a figure from fewer than 30 people, explaining why, unless allow-small-samples is set', async () => {
    const el = await fixture<TrustBars>(
      html`<trust-bars data='[{"label":"Trust A staff","value":40,"n":12},{"label":"Trust B staff","value":55,"n":400}]'></trust-bars>`,
    );
    expect(shadow(el).querySelectorAll('rect[part="bar"]')).to.have.length(1);
    expect(texts(shadow(el), 'text.value')).to.deep.equal(['too few answers', '55%']);
    expect(texts(shadow(el), 'tbody td')[0]).to.equal('too few answers');
    expect(texts(shadow(el), '[part="caution"]')[0]).to.equal(
      'Not shown: fewer than 30 people answered for “Trust A staff” (n = 12), too few for a reliable figure.',
    );
    el.allowSmallSamples = true;
    await settled(el);
    expect(shadow(el).querySelectorAll('rect[part="bar"]')).to.have.length(2);
    expect(texts(shadow(el), '[part="caution"]')[0]).to.match(/^Small samples: fewer than 100 people answered for “Trust A staff” \(n = 12\)/);
  });

  it('moves the caution limit with min-sample-size', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars min-sample-size="500" data='[{"label":"Trust B staff","value":55,"n":400}]'></trust-bars>`);
    expect(texts(shadow(el), '[part="caution"]')[0]).to.match(/^Small samples: fewer than 500 people/);
  });

  it('warns about a sample-size that is not a number, naming the attribute, and still draws', async () => {
    let el!: TrustBars;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TrustBars>(html`<trust-bars sample-size="about a thousand" data=${concern}></trust-bars>`);
    });
    expect(shadow(el).querySelectorAll('rect[part="bar"]')).to.have.length(2);
    expect(texts(shadow(el), '[part="warning"] li')[0]).to.equal(
      'sample-size: “about a thousand” is not a whole number of people, so no margins of error are shown. Write how many people answered, such as 1,000 or “about 1,000”.',
    );
    expect(warnings.some((w) => w.startsWith('<trust-bars> sample-size:'))).to.equal(true);
    expect(shadow(el).querySelector('[part="caution"]')).to.equal(null);
  });
});

describe('sample size in "About this data"', () => {
  it('reads it in the page\'s locale, as the margins of error do: "1.000" on a German page is a thousand people', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars locale="de-DE" sample-size="1.000" show-uncertainty data="Besorgt: 57"></trust-bars>`);
    await settled(el);
    const about = texts(shadow(el), 'details[part="about"] dd');
    expect(about[0]).to.equal('1.000 people');
    expect(el.uncertainty[0]?.n).to.equal(1000);
  });

  it('shows a size it cannot read as the author wrote it', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars sample-size="lots | 800" series="2022 | 2024" data="Worried: 50 | 57"></trust-bars>`);
    await settled(el);
    expect(texts(shadow(el), 'details[part="about"] dd')[0]).to.equal('lots | 800 people');
  });
});

describe('a fieldwork range typed the wrong way round', () => {
  it('is shown as typed in "About this data", with a visible warning and one console warning naming fieldwork', async () => {
    let el!: TrustBars;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TrustBars>(html`<trust-bars fieldwork="2024-03-15/2024-03-01" data=${concern}></trust-bars>`);
      await settled(el);
    });
    const expected = 'fieldwork: “2024-03-15/2024-03-01” ends before it starts: write the earlier date first (2024-03-01/2024-03-15).';
    expect(texts(shadow(el), '[part="warning"] li')).to.deep.equal([expected]);
    expect(warnings).to.deep.equal([`<trust-bars> ${expected}`]);
    expect(texts(shadow(el), 'details[part="about"] dd')).to.deep.equal(['2024-03-15/2024-03-01']);
    expect(shadow(el).querySelector('[part="chart"] > svg'), 'the chart still draws').to.exist;
  });
});

describe('survey metadata in Welsh, and accessibility', () => {
  it('discloses in Welsh on a Welsh page', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars locale="cy" sample-size="1000" fieldwork="2024-03" data="Yn poeni: 57"></trust-bars>`);
    const details = shadow(el).querySelector('details[part="about"]')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Am y data hwn');
    expect(texts(details, 'dd').slice(0, 2)).to.deep.equal(['1,000 o bobl', 'Mawrth 2024']);
  });

  it('passes axe with the disclosure and table open, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<TrustBars>(
        html`<trust-bars theme=${theme} heading="Concern" sample-size="60" question="How worried are you?" show-uncertainty data=${concern}></trust-bars>`,
      );
      shadow(el).querySelector<HTMLDetailsElement>('details')!.open = true;
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    }
  });
});

describe('survey follow-ups', () => {
  it('writes margins with their decimal: 39% of 1,000 is "39% ± 3.0"', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars sample-size="1000" data="Trained on both: 39"></trust-bars>`);
    // 1.96 × √(0.39 × 0.61 / 1000) = 3.023
    expect(el.uncertainty[0]!.text).to.equal('39% ± 3.0');
  });

  it('names the series in small-sample notes when there are several, each sample once', async () => {
    const el = await fixture<TrustBars>(html`<trust-bars series="2022 | 2024" sample-size="60 | 400" data="New tech: 5 | 15; Both: 47 | 39"></trust-bars>`);
    expect(texts(shadow(el), '[part="caution"]')[0]).to.equal(
      'Small samples: fewer than 100 people answered for “New tech, 2022” (n = 60) and “Both, 2022” (n = 60). Treat these figures with caution.',
    );
  });

  it('says why show-uncertainty draws nothing: no sample size, or not percentages', async () => {
    const none = await fixture<TrustBars>(html`<trust-bars show-uncertainty data=${concern}></trust-bars>`);
    expect(texts(shadow(none), '[part="warning"] li')[0]).to.match(/^show-uncertainty: no sample size is known/);
    const counts = await fixture<TrustBars>(html`<trust-bars show-uncertainty unit="count" sample-size="100" data="Trusts: 24"></trust-bars>`);
    expect(texts(shadow(counts), '[part="warning"] li')[0]).to.match(/^show-uncertainty: margins of error are worked out for percentages only/);
  });
});

describe("widgets' own sample-size attributes reach the frame", () => {
  it('<trust-change from-sample-size to-sample-size>: ranges in the data table and n in its caption', async () => {
    await import('../../src/change/define.js');
    const el = await fixture<HTMLElement>(
      html`<trust-change from-label="2022" to-label="2024" from-sample-size="200" to-sample-size="250" data="Illustrative: 40 | 43"></trust-change>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    expect(texts(root, 'thead th')).to.include('2022: 95% range');
    // 40% of 200: ± 6.8; 43% of 250: 1.96 × √(0.43 × 0.57 / 250) = 6.14 → ± 6.1
    expect(texts(root, 'tbody td')).to.include.members(['40% ± 6.8', '43% ± 6.1']);
    expect(root.querySelector('caption')!.textContent).to.contain('n = 200–250');
  });
});
