/** Out (src/builder/embed-code.ts): the script and iframe embeds, escaped and encoded. */
import { expect } from '@open-wc/testing';
import { dataAttribute, escapeHtml, iframeEmbed, scriptEmbed } from '../../src/builder/embed-code.js';
import { parseDataAttribute } from '../../src/core/data/parse-data-attribute.js';
import { readPasted } from '../../src/builder/paste.js';
import { iframeCode } from '../../src/embed/iframe-code.js';

const LIBRARY = { base: 'https://cdn.example/public-trust-widgets/dist/' };
const HOSTILE = `<img src=x onerror="alert(1)">'"&amp;</trust-bars><script>alert(2)</script>`;

/** The embed as a browser would read it, inert (a template's content runs nothing). */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('builder: the embed codes', () => {
  it('writes the script embed: the CDN file, the widget, its attributes and the data as a child table', () => {
    const table = readPasted('Answer\t2022\t2024\nWorried\t52%\t57%')!;
    const code = scriptEmbed('trust-change', { heading: 'Worry rose', 'show-uncertainty': true, note: '', 'allow-small-samples': false }, table, LIBRARY);
    const fragment = parse(code);
    expect(fragment.querySelector('script')?.getAttribute('src')).to.equal('https://cdn.example/public-trust-widgets/dist/cdn/public-trust-widgets.js');
    const chart = fragment.querySelector('trust-change')!;
    expect(chart.getAttributeNames()).to.deep.equal(['heading', 'show-uncertainty']);
    expect([...chart.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['Answer', '2022', '2024']);
    expect([...chart.querySelectorAll('tbody td')].map((td) => td.textContent)).to.deep.equal(['Worried', '52%', '57%']);
  });

  it('writes chosen colours as the element’s style attribute, last, and none when there are none', () => {
    const table = readPasted('Answer\tShare\nWorried\t57%')!;
    const colours: [string, string][] = [
      ['--trust-series-1', '#005eb8'],
      ['--trust-background', '#fff'],
    ];
    const chart = parse(scriptEmbed('trust-bars', { heading: 'Worry' }, table, LIBRARY, colours)).querySelector('trust-bars')!;
    expect(chart.getAttributeNames()).to.deep.equal(['heading', 'style']);
    expect(chart.getAttribute('style')).to.equal('--trust-series-1: #005eb8; --trust-background: #fff');
    // The browser reads them as the chart's custom properties.
    expect((chart as HTMLElement).style.getPropertyValue('--trust-series-1').trim()).to.equal('#005eb8');
    expect(
      parse(scriptEmbed('trust-bars', { heading: 'Worry' }, table, LIBRARY))
        .querySelector('trust-bars')!
        .hasAttribute('style'),
    ).to.equal(false);
  });

  it('keeps hostile text in a cell or a heading as text, never markup', () => {
    const table = readPasted(`Answer\t${HOSTILE}\n${HOSTILE}\t57`)!;
    const fragment = parse(scriptEmbed('trust-bars', { heading: HOSTILE, source: HOSTILE }, table, LIBRARY));
    expect(fragment.querySelectorAll('img, trust-bars script')).to.have.length(0);
    expect(fragment.querySelectorAll('script')).to.have.length(1);
    expect(fragment.querySelectorAll('trust-bars')).to.have.length(1);
    const chart = fragment.querySelector('trust-bars')!;
    expect(chart.getAttribute('heading')).to.equal(HOSTILE);
    expect(chart.getAttribute('source')).to.equal(HOSTILE);
    expect(chart.querySelectorAll('th')[1]?.textContent).to.equal(HOSTILE);
    expect(chart.querySelector('td')?.textContent).to.equal(HOSTILE);

    const iframe = parse(iframeEmbed('trust-bars', { heading: HOSTILE }, table, LIBRARY));
    expect(iframe.querySelectorAll('img')).to.have.length(0);
    expect(iframe.querySelectorAll('iframe')).to.have.length(1);
    expect(iframe.querySelector('iframe')?.getAttribute('title')).to.equal(`Chart: ${HOSTILE}`);
    expect(escapeHtml(`<a href='x'>&`)).to.equal('&lt;a href=&#39;x&#39;&gt;&amp;');
  });

  it('writes the iframe embed with an encoded address that reads back exactly, and resize.js', () => {
    const table = readPasted('Answer\tShare\nWorried & anxious\t57%\nConcerned #1\t60%')!;
    const heading = 'Trust in police & courts: 50% + rising #1';
    const fragment = parse(iframeEmbed('trust-bars', { heading, theme: 'dark', 'show-uncertainty': true }, table, LIBRARY));
    const src = fragment.querySelector('iframe')!.getAttribute('src')!;
    expect(src.startsWith('https://cdn.example/public-trust-widgets/dist/embed/index.html#v=1&tag=trust-bars&')).to.equal(true);
    const parameters = new URLSearchParams(src.split('#')[1]);
    expect(parameters.get('heading')).to.equal(heading);
    expect(parameters.get('theme')).to.equal('dark');
    expect(parameters.get('show-uncertainty')).to.equal('');
    expect(parameters.get('data')).to.equal('Worried & anxious: 57%; Concerned #1: 60%');
    expect(parameters.get('series')).to.equal('Share');
    expect(fragment.querySelector('iframe')?.getAttribute('title')).to.equal(`Chart: ${heading}`);
    expect(fragment.querySelector('script')?.getAttribute('src')).to.equal('https://cdn.example/public-trust-widgets/dist/embed/resize.js');
  });

  it('titles the iframe in the chart’s language: a screen reader on the host page says “Siart: …” for a Welsh chart', () => {
    const table = readPasted('Ateb\tCyfran\nYn poeni\t57%')!;
    const title = (code: string) => parse(code).querySelector('iframe')?.getAttribute('title');
    expect(title(iframeEmbed('trust-bars', { heading: 'Pryder', lang: 'cy' }, table, LIBRARY))).to.equal('Siart: Pryder');
    expect(title(iframeEmbed('trust-bars', { lang: 'cy-GB' }, table, LIBRARY))).to.equal('Siart');
    expect(title(iframeEmbed('trust-bars', { heading: 'Worry', lang: 'en-GB' }, table, LIBRARY))).to.equal('Chart: Worry');
    // The embed page's own "Copy embed code", for a dashboard.
    const code = (lang?: string) =>
      iframeCode({ address: 'https://x.example/embed/#v=1', dashboard: true, heading: 'Seiber', height: 300, resizeScript: 'r.js', ...(lang ? { lang } : {}) });
    expect(title(code('cy'))).to.equal('Dangosfwrdd: Seiber');
    expect(title(code())).to.equal('Dashboard: Seiber');
  });

  it('writes the data compactly when it can, as JSON when a cell or an n column needs it, read back the same', () => {
    const compact = dataAttribute(readPasted('Training\t2022\t2024\nNew tech\t5%\tn/a\nBoth: old and new\tmore than 40\t39')!);
    expect(compact).to.deep.equal({ data: 'New tech: 5% | n/a; Both: old and new: more than 40 | 39', series: '2022 | 2024' });
    const withSemicolon = dataAttribute(readPasted('Training\t2024\tn\nNew; tech\t15%\t300')!);
    expect(JSON.parse(withSemicolon.data)).to.deep.equal([{ label: 'New; tech', values: { 2024: '15%' }, n: '300' }]);
    const model = parseDataAttribute(withSemicolon.data, 'en-GB');
    expect(model.ok && model.value.rows[0]).to.deep.include({ label: 'New; tech', values: [15] });
    expect(model.ok && model.value.rows[0]?.sampleSizes).to.deep.equal([300]);
    const back = parseDataAttribute(compact.data, 'en-GB');
    expect(back.ok && back.value.rows.map((row) => [row.label, row.values, row.qualifiers])).to.deep.equal([
      ['New tech', [5, null], [undefined, undefined]],
      ['Both: old and new', [40, 39], ['more than', undefined]],
    ]);
  });
});
