import { expect, fixture } from '@open-wc/testing';
import '../../src/trend/define.js';
import type { TrustTrend } from '../../src/trend/trust-trend.js';
import { contrastRatio } from '../helpers/contrast.js';
import { settled, shadow } from '../helpers/widget.js';

/*
 * WCAG 1.4.11 (non-text contrast), issue 17 item 3: a 95% band was an 18% tint of its series' colour with no
 * outline, 1.22–1.49:1 against the background. Its edge must reach 3:1, in every theme and for every series colour.
 * ILLUSTRATIVE figures and sample sizes: six series so that every colour of each palette is drawn.
 */
const SERIES = 'One | Two | Three | Four | Five | Six';
const DATA = '2022: 10 | 25 | 40 | 55 | 70 | 85; 2023: 12 | 27 | 42 | 57 | 72 | 87; 2024: 14 | 29 | 44 | 59 | 74 | 89';

/** The colour a `fill` at `opacity` shows over `background` ("rgb(…)" strings), as the reader sees it. */
function over(fill: string, opacity: number, background: string): string {
  const channels = (colour: string) => /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(colour)!.slice(1, 4).map(Number);
  const [f, b] = [channels(fill), channels(background)];
  return `rgb(${f.map((c, i) => c * opacity + b[i]! * (1 - opacity)).join(', ')})`;
}

describe('<trust-trend show-uncertainty> band edges (issue 17 item 3)', () => {
  for (const theme of ['light', 'dark', 'nhs']) {
    it(`theme="${theme}": every band is edged with a line of 3:1 or more against the background`, async () => {
      const el = await fixture<TrustTrend>(`<trust-trend theme="${theme}" show-uncertainty sample-size="400" series="${SERIES}" data="${DATA}"></trust-trend>`);
      await settled(el);
      const background = getComputedStyle(el).backgroundColor;
      const bands = Array.from(shadow(el).querySelectorAll<SVGPathElement>('path[part="band"]'));
      expect(bands).to.have.length(6);
      for (const [i, band] of bands.entries()) {
        const style = getComputedStyle(band);
        const tint = over(style.fill, Number(style.fillOpacity), background);
        const name = `series ${i + 1}: fill ${style.fill} at ${style.fillOpacity} (${contrastRatio(tint, background).toFixed(2)}:1)`;
        expect(style.stroke, `${name}: an edge`).to.not.equal('none');
        expect(parseFloat(style.strokeWidth), `${name}: edge width`).to.be.at.least(1);
        expect(Number(style.strokeOpacity), `${name}: edge opacity`).to.equal(1);
        expect(contrastRatio(style.stroke, background), `${name}: edge ${style.stroke} against ${background}`).to.be.at.least(3);
      }
    });
  }
});
