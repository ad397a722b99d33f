/** Checks as you go (src/builder/checks.ts): each fires on a case made for it, and not otherwise. */
import { expect } from '@open-wc/testing';
import { checkChart } from '../../src/builder/checks.js';
import { readPasted } from '../../src/builder/paste.js';

const BARS = readPasted('Answer\tShare\nWorried\t57%\nConcerned\t60%')!;
const GOOD = { heading: 'Most worry', source: 'BT research', 'sample-size': '1,000' };
const ids = (...args: Parameters<typeof checkChart>) => checkChart(...args).map((check) => check.id);

describe('builder: checks as you go', () => {
  it('asks for nothing when the chart has a short heading, a source and a sample size', () => {
    expect(ids('trust-bars', GOOD, BARS)).to.deep.equal([]);
  });

  it('no heading; a heading over 15 words; no source', () => {
    expect(ids('trust-bars', { ...GOOD, heading: '' }, BARS)).to.deep.equal(['no-heading']);
    expect(
      ids('trust-bars', { ...GOOD, heading: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen' }, BARS),
    ).to.deep.equal(['long-heading']);
    expect(
      ids('trust-bars', { ...GOOD, heading: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen' }, BARS),
    ).to.deep.equal([]);
    expect(ids('trust-bars', { ...GOOD, source: '  ' }, BARS)).to.deep.equal(['no-source']);
  });

  it('percentages without a sample size, but not with an n column or for money', () => {
    expect(ids('trust-bars', { ...GOOD, 'sample-size': '' }, BARS)).to.deep.equal(['no-sample-size']);
    expect(ids('trust-bars', { heading: 'h', source: 's' }, readPasted('Answer\tShare\tn\nWorried\t57%\t1000')!)).to.deep.equal([]);
    expect(ids('trust-bars', { heading: 'h', source: 's' }, readPasted('Item\tSpend\nSecurity\t£92m')!)).to.deep.equal([]);
  });

  it('shares in a waffle that add up to more than its total', () => {
    const over = readPasted('Answer\tShare\nYes\t60\nNo\t50')!;
    expect(ids('trust-waffle', GOOD, over)).to.deep.equal(['waffle-over-total']);
    expect(ids('trust-waffle', { ...GOOD, of: '200' }, over)).to.deep.equal([]);
    expect(ids('trust-waffle', GOOD, readPasted('Answer\tShare\nYes\t60\nNo\t40')!)).to.deep.equal([]);
  });

  it('a likert "Don’t know" column drawn as part of the scale', () => {
    // Not last, so the chart does not set it apart by itself.
    const likert = readPasted('Statement\tAgree\tDon’t know\tNeither\tDisagree\nI can report\t79\t4\t9\t8')!;
    expect(ids('trust-likert', GOOD, likert)).to.deep.equal(['likert-dont-know']);
    expect(ids('trust-likert', { ...GOOD, 'dont-know': 'Don’t know' }, likert)).to.deep.equal([]);
    // A name the chart does not know for a don't-know answer ("Ansicr", unsure), even last.
    const welsh = readPasted('Datganiad\tCytuno\tNiwtral\tAnghytuno\tAnsicr\nGallaf adrodd\t79\t9\t8\t4')!;
    expect(ids('trust-likert', GOOD, welsh)).to.deep.equal(['likert-dont-know']);
  });

  it('no likert check for a last "Don’t know", which the chart sets apart by itself', () => {
    const likert = readPasted('Statement\tAgree\tNeither\tDisagree\tDon’t know\nI can report\t79\t9\t8\t4')!;
    expect(ids('trust-likert', GOOD, likert)).to.deep.equal([]);
  });

  it('a change within the margin of error worded as a rise or fall', () => {
    const change = readPasted('Answer\t2022\t2024\nWorried\t52%\t55%')!;
    expect(ids('trust-change', { ...GOOD, heading: 'Worry rose', 'sample-size': '200' }, change)).to.deep.equal(['change-within-margin']);
    // The same words with samples large enough for 3 points to be clear; or words that claim no rise.
    expect(ids('trust-change', { ...GOOD, heading: 'Worry rose', 'sample-size': '5000' }, change)).to.deep.equal([]);
    // Sizes as people write them count too: "about 200" is still too few for this change.
    expect(ids('trust-change', { ...GOOD, heading: 'Worry rose', 'sample-size': 'about 200' }, change)).to.deep.equal(['change-within-margin']);
    expect(ids('trust-change', { ...GOOD, heading: 'Worry held steady', 'sample-size': '200' }, change)).to.deep.equal([]);
    // Per-row sample sizes from an n column count too.
    expect(ids('trust-change', { heading: 'Worry rose', source: 's' }, readPasted('Answer\t2022\t2024\tn\nWorried\t52%\t55%\t200')!)).to.deep.equal([
      'change-within-margin',
    ]);
  });

  it('links each check to its field and a docs page', () => {
    expect(checkChart('trust-bars', {}, BARS)).to.deep.equal([
      { id: 'no-heading', field: 'heading', docs: 'shared-attributes.md' },
      { id: 'no-source', field: 'source', docs: 'shared-attributes.md' },
      { id: 'no-sample-size', field: 'sample-size', docs: 'shared-attributes.md' },
    ]);
  });

  it('a custom mark colour below 3:1 against the background in use, with its ratio', () => {
    const check = (colours: Record<string, string>, attributes: Record<string, string> = {}) =>
      checkChart('trust-bars', { ...GOOD, ...attributes }, BARS, 'en-GB', colours);
    // Yellow on the light theme's white.
    const [yellow] = check({ '--trust-series-1': '#ffff00' });
    expect(yellow).to.deep.include({ id: 'low-contrast-mark', field: '--trust-series-1', docs: 'theming.md#colours-and-contrast' });
    expect(yellow!.contrast).to.deep.include({ colour: '#ffff00', against: '#ffffff', againstProperty: '--trust-background', needed: 3 });
    expect(yellow!.contrast!.ratio).to.be.closeTo(1.074, 0.001);
    // NHS Blue passes on white, but not on the dark theme's background, nor (auto) when the reader's system is dark.
    expect(check({ '--trust-series-1': '#005eb8' })).to.deep.equal([]);
    expect(check({ '--trust-series-1': '#005eb8' }, { theme: 'dark' }).map((c) => c.contrast?.against)).to.deep.equal(['#1b2226']);
    const auto = check({ '--trust-series-1': '#005eb8' }, { theme: 'auto' });
    expect(auto.map((c) => c.contrast?.against)).to.deep.equal(['#1b2226']);
    expect(auto[0]!.contrast!.ratio).to.be.closeTo(2.527, 0.001);
    // A custom background is the one in use: NHS Blue on black is 3.29:1, on #333 it is not enough.
    expect(check({ '--trust-series-1': '#005eb8', '--trust-background': '#000000' }, { theme: 'dark' })).to.deep.equal([]);
    // (and the light theme's dark text is checked against it too)
    expect(check({ '--trust-series-1': '#005eb8', '--trust-background': '#333333' }).map((c) => [c.field, c.contrast?.against])).to.deep.equal([
      ['--trust-series-1', '#333333'],
      ['--trust-text-color', '#333333'],
      ['--trust-muted-color', '#333333'],
    ]);
    // Every colour that draws marks; not the grid (faint on purpose), nor what is not a colour.
    const marks = [
      '--trust-series-6',
      '--trust-positive',
      '--trust-negative',
      '--trust-muted-mark-color',
      '--trust-target-color',
      '--trust-axis-color',
      '--trust-scale-2',
    ];
    expect(check(Object.fromEntries(marks.map((name) => [name, '#eeeeee']))).map((c) => c.field)).to.deep.equal(marks);
    expect(check({ '--trust-grid-color': '#eeeeee', '--trust-series-1': 'yellow' })).to.deep.equal([]);
    // A transparent background: the page shows through, so the theme's background is the one checked against.
    expect(check({ '--trust-background': 'transparent', '--trust-series-1': '#ffff00' }).map((c) => c.contrast?.against)).to.deep.equal(['#ffffff']);
  });

  it('a custom text colour below 4.5:1, on the background or inside its likert segment', () => {
    const text = (colours: Record<string, string>) => checkChart('trust-likert', GOOD, BARS, 'en-GB', colours);
    expect(text({ '--trust-text-color': '#777777' }).map((c) => [c.id, c.field])).to.deep.equal([['low-contrast-text', '--trust-text-color']]);
    expect(text({ '--trust-muted-color': '#767676' })).to.deep.equal([]);
    // Values written inside the most positive segment: against that segment's colour, custom or the theme's.
    expect(text({ '--trust-scale-text-1': '#ffffff' })).to.deep.equal([]);
    // A background set by hand: the theme's own text colours are checked against it too.
    const onBlack = text({ '--trust-background': '#000000' });
    expect(onBlack.map((c) => [c.id, c.field, c.contrast?.colour])).to.deep.equal([
      ['low-contrast-text', '--trust-text-color', '#212b32'],
      ['low-contrast-text', '--trust-muted-color', '#4c6272'],
    ]);
    expect(text({ '--trust-background': '#000000', '--trust-text-color': '#ffffff', '--trust-muted-color': '#b8c4cc' })).to.deep.equal([]);
    expect(text({ '--trust-background': '#f0f4f5' })).to.deep.equal([]);
    const [onYellow] = text({ '--trust-scale-text-1': '#ffffff', '--trust-scale-1': '#ffff00' }).filter((c) => c.field === '--trust-scale-text-1');
    expect(onYellow?.contrast).to.deep.include({ against: '#ffff00', againstProperty: '--trust-scale-1', needed: 4.5 });
  });
});
