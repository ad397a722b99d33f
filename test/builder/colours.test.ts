/**
 * Colours (src/builder/colours.ts, theme-colours.ts, contrast.ts): the colour fields from the manifest's
 * cssProperties, the themes' colours read from the widgets' tokens, the WCAG ratio, and how colours are written and
 * read back.
 */
import { expect } from '@open-wc/testing';
import { colourProperties, cssRule, isColourValue, isHexColour, longHex, readStyleColours, styleText, writtenColours } from '../../src/builder/colours.js';
import { contrastRatio, relativeLuminance } from '../../src/builder/contrast.js';
import { builderManifest, cssPropertiesOf, type Manifest } from '../../src/builder/manifest-form.js';
import { nhsThemeColours, themeColour, themeColourDefaults, themePalettes } from '../../src/builder/theme-colours.js';
import { contrastRatio as computedContrast } from '../helpers/contrast.js';

const realManifest = async (): Promise<Manifest> => (await fetch('/custom-elements.json')).json() as Promise<Manifest>;
const names = (manifest: Manifest, tag: string) => colourProperties(cssPropertiesOf(manifest, tag)).map((p) => p.name);

describe('builder: colours', () => {
  it('offers every colour property of the widget, the numbered ones a "likewise" stands for included, and no sizes or fonts', async () => {
    const manifest = await realManifest();
    const bars = names(manifest, 'trust-bars');
    expect(bars).to.include.members([
      '--trust-text-color',
      '--trust-muted-color',
      '--trust-background',
      '--trust-axis-color',
      '--trust-muted-mark-color',
      '--trust-target-color',
      '--trust-positive',
      '--trust-negative',
    ]);
    // "First series colour (likewise --trust-series-2 … --trust-series-6)": six fields, in order.
    const series = bars.filter((name) => /^--trust-series-\d$/.test(name));
    expect(series).to.deep.equal(['--trust-series-1', '--trust-series-2', '--trust-series-3', '--trust-series-4', '--trust-series-5', '--trust-series-6']);
    for (const notColour of ['--trust-font-family', '--trust-font-size', '--trust-heading-size', '--trust-padding', '--trust-radius'])
      expect(bars).not.to.include(notColour);
    const likert = names(manifest, 'trust-likert');
    expect(likert).to.include.members(['--trust-scale-1', '--trust-scale-5', '--trust-scale-text-1', '--trust-scale-text-5']);
    const first = colourProperties(cssPropertiesOf(manifest, 'trust-bars')).find((p) => p.name === '--trust-series-1')!;
    expect(first.description).to.equal('First series colour');
    expect(colourProperties(cssPropertiesOf(manifest, 'trust-bars')).find((p) => p.name === '--trust-series-2')).to.deep.equal({
      name: '--trust-series-2',
      description: '',
      likewiseOf: '--trust-series-1',
    });
  });

  it('keeps the CSS properties in the cut manifest the built page carries', async () => {
    const full = await realManifest();
    const slim = builderManifest(full);
    for (const tag of ['trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert', 'trust-trend'])
      expect(colourProperties(cssPropertiesOf(slim, tag)), tag).to.deep.equal(colourProperties(cssPropertiesOf(full, tag)));
  });

  it('reads the themes’ colours from the widgets’ design tokens', () => {
    expect(themeColourDefaults().get('--trust-background')).to.deep.equal({ light: '#ffffff', dark: '#1b2226' });
    expect(themeColourDefaults().get('--trust-series-1')).to.deep.equal({ light: '#12436d', dark: '#41b6e6' });
    expect(themeColourDefaults().get('--trust-focus-color')).to.deep.equal({ light: '#ffeb3b', dark: '#ffeb3b' });
    expect(themeColourDefaults().has('--trust-font-size')).to.equal(false);
    expect(nhsThemeColours().get('--trust-series-1')).to.equal('#005eb8');
    expect(themeColour('--trust-background', 'nhs')).to.equal('#ffffff');
    // A colour the NHS theme does not set is the light palette's.
    expect(themeColour('--trust-text-color', 'nhs')).to.equal(themeColour('--trust-text-color', 'light'));
    expect(themePalettes('')).to.deep.equal(['light']);
    expect(themePalettes('Dark')).to.deep.equal(['dark']);
    expect(themePalettes('auto')).to.deep.equal(['light', 'dark']);
    expect(themePalettes('nhs')).to.deep.equal(['nhs']);
    // A changed token is followed, not a copy.
    const changed = themeColourDefaults(':host { --_background: var(--trust-background, light-dark(#fefefe, #000000)); }');
    expect(changed.get('--trust-background')).to.deep.equal({ light: '#fefefe', dark: '#000000' });
  });

  it('computes the WCAG contrast ratio as the browser’s colours give it', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    expect(relativeLuminance('#ffffff')).to.equal(1);
    expect(contrastRatio('#777', '#ffffff')).to.be.closeTo(4.478, 0.001);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.542, 0.001);
    for (const [a, b] of [
      ['#005eb8', '#1b2226'],
      ['#ffff00', '#ffffff'],
      ['#12436d', '#41b6e6'],
    ] as const) {
      expect(contrastRatio(a, b), `${a} on ${b}`).to.be.closeTo(computedContrast(hexToRgb(a), hexToRgb(b)), 1e-9);
    }
  });

  it('takes hex colours only, and writes them as a style attribute or a stylesheet rule', () => {
    expect(isHexColour('#005EB8')).to.equal(true);
    expect(isHexColour('#05b')).to.equal(true);
    for (const notHex of ['red', '#05', '#0055bb80', 'rgb(0,0,0)', '#005eb8; background: url(x)', '']) expect(isHexColour(notHex), notHex).to.equal(false);
    expect(longHex('#05B')).to.equal('#0055bb');
    const offered = [
      { name: '--trust-series-1', description: 'First' },
      { name: '--trust-background', description: 'Background' },
    ];
    const written = writtenColours(
      { '--trust-background': '#FFF', '--trust-series-1': '#005eb8', '--trust-series-2': '#ff0000', '--trust-text-color': 'red' },
      offered,
    );
    // In the fields' order; a property this widget does not offer, and a value that is not a colour, are left out.
    expect(written).to.deep.equal([
      ['--trust-series-1', '#005eb8'],
      ['--trust-background', '#fff'],
    ]);
    expect(styleText(written)).to.equal('--trust-series-1: #005eb8; --trust-background: #fff');
    expect(cssRule('trust-bars', written)).to.equal('trust-bars {\n  --trust-series-1: #005eb8;\n  --trust-background: #fff;\n}');
    expect(cssRule('trust-bars', [])).to.equal('');
    expect(writtenColours({ '--trust-background': 'transparent' }, offered)).to.deep.equal([['--trust-background', 'transparent']]);
    expect(isColourValue('transparent')).to.equal(true);
    expect(isColourValue('transparent; color: red')).to.equal(false);
  });

  it('reads the colours of a style attribute back, and nothing else from it', () => {
    expect(readStyleColours('--trust-series-1: #005EB8; --trust-background:#fff')).to.deep.equal({
      '--trust-series-1': '#005eb8',
      '--trust-background': '#fff',
    });
    expect(readStyleColours('color: red; --trust-series-1: url(x); --trust-series-2: #f00 !important; --Bad: #fff')).to.deep.equal({});
    expect(readStyleColours(null)).to.deep.equal({});
    // A background that lets the page show through, as its JSDoc suggests.
    expect(readStyleColours('--trust-background: Transparent')).to.deep.equal({ '--trust-background': 'transparent' });
  });
});

function hexToRgb(hex: string): string {
  const digits = longHex(hex).slice(1);
  return `rgb(${[0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)).join(', ')})`;
}
