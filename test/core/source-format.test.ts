import { expect } from '@open-wc/testing';
import { detectFormat, MAX_SOURCE_ROWS, readSource } from '../../src/core/source/source-format.js';
import { resolveSourceAddress } from '../../src/core/source/source-address.js';

const SHEET = 'https://docs.google.com/spreadsheets/d/e/2PACX-abc/pub?gid=0&single=true&output=csv';

describe('detectFormat', () => {
  it('believes a specific content type', () => {
    expect(detectFormat('text/csv; charset=utf-8', 'https://x.test/a', 'a,b\n1,2')).to.equal('csv');
    expect(detectFormat('text/tab-separated-values', 'https://x.test/a', 'a\tb')).to.equal('tsv');
    expect(detectFormat('application/json', 'https://x.test/a', '[]')).to.equal('json');
    expect(detectFormat('application/vnd.api+json', 'https://x.test/a', '[]')).to.equal('json');
  });

  it('falls back to the extension, or the output named in a Google Sheets address, when the type says nothing', () => {
    expect(detectFormat('text/plain', 'https://x.test/figures.tsv', 'a,b')).to.equal('tsv');
    expect(detectFormat('application/octet-stream', 'https://x.test/figures.json', '')).to.equal('json');
    expect(detectFormat(null, SHEET, 'Label,Value')).to.equal('csv');
  });

  it('reads the content last: JSON by its bracket, TSV when the header has at least as many tabs as commas', () => {
    expect(detectFormat('text/plain', 'https://x.test/data', ' [{"label":"A"}]')).to.equal('json');
    expect(detectFormat('text/plain', 'https://x.test/data', 'Label\tShare, %\nA\t57')).to.equal('tsv');
    expect(detectFormat('text/plain', 'https://x.test/data', 'Label,Share\nA,57')).to.equal('csv');
  });

  it('calls an HTML page HTML whatever its headers or address claim (a login page served with 200)', () => {
    for (const body of ['<!DOCTYPE html><html>', '\uFEFF  <html lang="en">', '<head><title>Sign in', '<!-- x --><div>', '<?xml version="1.0"?>']) {
      expect(detectFormat('text/csv', SHEET, body), body).to.equal('html');
    }
    expect(detectFormat('text/html; charset=utf-8', 'https://x.test/a.csv', 'Label,Value')).to.equal('html');
  });

  it('does not take a CSV cell that starts with "<" for HTML', () => {
    expect(detectFormat('text/csv', 'https://x.test/a', '<5 years,12\n5+ years,30')).to.equal('csv');
  });
});

describe('readSource', () => {
  it('reads CSV with quoted commas, embedded newlines, a byte-order mark and CRLF line ends', () => {
    const result = readSource('\uFEFFLabel,"Share, %"\r\n"Public, UK",57\r\n"Staff\nsurvey",36\r\n', 'csv');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.table.columns).to.deep.equal(['Label', 'Share, %']);
    expect(result.table.rows).to.deep.equal([
      { Label: 'Public, UK', 'Share, %': '57' },
      { Label: 'Staff\nsurvey', 'Share, %': '36' },
    ]);
  });

  it('reads TSV as pasted from a spreadsheet, skipping blank lines', () => {
    const result = readSource('Label\t2022\t2023\n\nPublic\t51\t57\n', 'tsv');
    expect(result.ok && result.table.rows).to.deep.equal([{ Label: 'Public', '2022': '51', '2023': '57' }]);
  });

  it('names blank and repeated headers so that no column is lost', () => {
    const result = readSource('Label,,Value,Value\nA,x,1,2', 'csv');
    expect(result.ok && result.table.columns).to.deep.equal(['Label', 'Column 2', 'Value', 'Value (2)']);
  });

  it('reads JSON arrays, objects holding rows, and label → value objects', () => {
    const array = readSource('[{"label":"A","value":57},{"label":"B","value":36,"n":1000}]', 'json');
    expect(array.ok && array.table.columns).to.deep.equal(['label', 'value', 'n']);
    const wrapped = readSource('{"updated":"2024","rows":[{"label":"A","value":1}]}', 'json');
    expect(wrapped.ok && wrapped.table.rows).to.deep.equal([{ label: 'A', value: 1 }]);
    const pairs = readSource('{"Public":57,"Staff":36}', 'json');
    expect(pairs.ok && pairs.table.rows).to.deep.equal([
      { label: 'Public', value: 57 },
      { label: 'Staff', value: 36 },
    ]);
  });

  it('says what is wrong: HTML, empty, malformed or oddly shaped JSON, a header without rows', () => {
    const kinds = [
      readSource('<html>', 'html'),
      readSource('  \n', 'csv'),
      readSource('[{"label":', 'json'),
      readSource('{"a":{"b":1}}', 'json'),
      readSource('[{"label":"A"}, 3]', 'json'),
      readSource('Label,Value\n', 'csv'),
    ].map((result) => (result.ok ? 'ok' : result.problem.kind));
    expect(kinds).to.deep.equal(['html', 'empty', 'malformed-json', 'json-shape', 'json-shape', 'no-header']);
  });

  it('refuses more rows than MAX_SOURCE_ROWS, naming both counts', () => {
    const body = 'Label,Value\n' + 'A,1\n'.repeat(MAX_SOURCE_ROWS + 1);
    const result = readSource(body, 'csv');
    expect(result.ok ? undefined : result.problem).to.deep.equal({ kind: 'too-many-rows', rows: MAX_SOURCE_ROWS + 1, limit: MAX_SOURCE_ROWS });
    expect(readSource('Label,Value\n' + 'A,1\n'.repeat(MAX_SOURCE_ROWS), 'csv').ok).to.equal(true);
  });

  it('keeps hostile text as text (nothing is markup here)', () => {
    const result = readSource('Label,Value\n"<img src=x onerror=alert(1)>",5', 'csv');
    expect(result.ok && result.table.rows[0]!['Label']).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('resolveSourceAddress', () => {
  const base = 'https://trust.nhs.test/news/page.html';

  it('resolves relative addresses against the page, drops the fragment and says whether it is the same origin', () => {
    expect(resolveSourceAddress(' data/figures.csv#top ', base)).to.deep.equal({
      ok: true,
      url: 'https://trust.nhs.test/news/data/figures.csv',
      sameOrigin: true,
    });
    expect(resolveSourceAddress(SHEET, base)).to.deep.equal({ ok: true, url: SHEET, sameOrigin: false });
  });

  it('refuses anything but http and https', () => {
    for (const given of ['javascript:alert(1)', 'data:text/csv,a,b', 'file:///etc/passwd', 'blob:https://x.test/1', '', '   ', 'http://[bad']) {
      expect(resolveSourceAddress(given, base).ok, given).to.equal(false);
    }
  });
});
