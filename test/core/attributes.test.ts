import { expect } from '@open-wc/testing';
import { readChoice, readNumber, safeHttpUrl, unknownAttributes } from '../../src/core/attributes.js';
import { NOTATIONS, UNITS } from '../../src/core/format/units.js';
import type { Problem } from '../../src/core/problems.js';
import { described, en } from './helpers.js';

describe('readChoice', () => {
  it('matches a value regardless of case and surrounding space', () => {
    const problems: Problem[] = [];
    expect(readChoice('unit', 'Count', UNITS, 'percent', problems)).to.equal('count');
    expect(readChoice('notation', ' COMPACT ', NOTATIONS, 'auto', problems)).to.equal('compact');
    expect(problems).to.deep.equal([]);
  });

  it('uses the fallback silently when the attribute is absent or empty', () => {
    const problems: Problem[] = [];
    expect(readChoice('unit', null, UNITS, 'percent', problems)).to.equal('percent');
    expect(readChoice('unit', undefined, UNITS, 'percent', problems)).to.equal('percent');
    expect(readChoice('unit', '', UNITS, 'percent', problems)).to.equal('percent');
    expect(problems).to.deep.equal([]);
  });

  it('reports an unknown value on its attribute and uses the fallback', () => {
    const problems: Problem[] = [];
    expect(readChoice('notation', 'short', NOTATIONS, 'auto', problems)).to.equal('auto');
    expect(described(problems)).to.deep.equal([`notation: ${en.notOneOf('short', NOTATIONS, 'auto')}`]);
  });
});

describe('readNumber', () => {
  it('reads "95", "95%" and "2,582"', () => {
    const problems: Problem[] = [];
    expect(readNumber('target', '95', problems)).to.equal(95);
    expect(readNumber('target', '95%', problems)).to.equal(95);
    expect(readNumber('max', '2,582', problems)).to.equal(2582);
    expect(problems).to.deep.equal([]);
  });

  it('passes a finite number property through', () => {
    const problems: Problem[] = [];
    expect(readNumber('max', 80, problems)).to.equal(80);
    expect(problems).to.deep.equal([]);
  });

  it('reads in the given locale ("2.582,5" in de-DE)', () => {
    const problems: Problem[] = [];
    expect(readNumber('max', '2.582,5', problems, 'de-DE')).to.equal(2582.5);
    expect(problems).to.deep.equal([]);
  });

  it('returns undefined silently for an absent or empty attribute', () => {
    const problems: Problem[] = [];
    expect(readNumber('target', null, problems)).to.equal(undefined);
    expect(readNumber('target', undefined, problems)).to.equal(undefined);
    expect(readNumber('target', '', problems)).to.equal(undefined);
    expect(problems).to.deep.equal([]);
  });

  it('reports text that is not a number and ignores it', () => {
    const problems: Problem[] = [];
    expect(readNumber('target', 'ninety-five', problems)).to.equal(undefined);
    expect(described(problems)).to.deep.equal([`target: ${en.notANumberAttribute('ninety-five')}`]);
  });

  it('reports NaN and Infinity passed as numbers', () => {
    const problems: Problem[] = [];
    expect(readNumber('max', Number.NaN, problems)).to.equal(undefined);
    expect(readNumber('max', Number.POSITIVE_INFINITY, problems)).to.equal(undefined);
    expect(described(problems)).to.deep.equal([`max: ${en.notANumberAttribute('NaN')}`, `max: ${en.notANumberAttribute('Infinity')}`]);
  });

  it('reports a missing marker ("n/a") as not a number', () => {
    const problems: Problem[] = [];
    expect(readNumber('target', 'n/a', problems)).to.equal(undefined);
    expect(problems.map((p) => p.attribute)).to.deep.equal(['target']);
  });
});

describe('safeHttpUrl', () => {
  it('keeps https and http addresses', () => {
    const problems: Problem[] = [];
    expect(safeHttpUrl('source-url', 'https://www.redscan.com/', problems)).to.equal('https://www.redscan.com/');
    expect(safeHttpUrl('source-url', ' http://example.org/report ', problems)).to.equal('http://example.org/report');
    expect(problems).to.deep.equal([]);
  });

  it('makes an address on the same site complete', () => {
    const problems: Problem[] = [];
    const href = safeHttpUrl('source-url', '/reports/cyber.pdf', problems);
    expect(href).to.equal(new URL('/reports/cyber.pdf', document.baseURI).href);
    expect(href).to.match(/^https?:\/\//);
    expect(problems).to.deep.equal([]);
  });

  it('returns undefined silently for an absent or blank attribute', () => {
    const problems: Problem[] = [];
    expect(safeHttpUrl('source-url', null, problems)).to.equal(undefined);
    expect(safeHttpUrl('source-url', '   ', problems)).to.equal(undefined);
    expect(problems).to.deep.equal([]);
  });

  for (const value of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:press@example.org',
    'http://[not-a-host',
  ]) {
    it(`refuses ${JSON.stringify(value)} with a problem on the attribute`, () => {
      const problems: Problem[] = [];
      expect(safeHttpUrl('source-url', value, problems)).to.equal(undefined);
      expect(described(problems)).to.deep.equal([`source-url: ${en.unsafeUrl(value)}`]);
    });
  }
});

describe('unknownAttributes', () => {
  it('reports likely typos and ignores global, aria-*, data-* and event attributes', () => {
    const element = document.createElement('div');
    for (const name of [
      'heading',
      'heding',
      'id',
      'class',
      'style',
      'lang',
      'dir',
      'hidden',
      'title',
      'aria-label',
      'data-story',
      'onclick',
      'colour',
      'unit',
    ]) {
      element.setAttribute(name, 'x');
    }
    const problems = unknownAttributes(element, ['heading', 'unit', 'data']);
    expect(described(problems)).to.deep.equal([`heding: ${en.unknownAttribute('heding')}`, `colour: ${en.unknownAttribute('colour')}`]);
  });

  it('reports nothing when every attribute is known', () => {
    const element = document.createElement('div');
    element.setAttribute('data', 'Worried: 57');
    element.setAttribute('heading', 'Most worry');
    expect(unknownAttributes(element, new Set(['data', 'heading']))).to.deep.equal([]);
  });
});
