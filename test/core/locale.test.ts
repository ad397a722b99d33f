import { expect } from '@open-wc/testing';
import { DEFAULT_LOCALE, inheritedLang, resolveLocale } from '../../src/core/format/locale.js';
import { described, en } from './helpers.js';

describe('resolveLocale', () => {
  it('reads a bare lang="en" as British English, the library\'s audience ("£92m", not "£92M")', () => {
    expect(resolveLocale(undefined, 'en')).to.deep.equal({ locale: 'en-GB', problems: [] });
    expect(resolveLocale('en-US', 'en')).to.deep.equal({ locale: 'en-US', problems: [] });
  });

  it('uses the locale attribute over the inherited lang', () => {
    expect(resolveLocale('cy', 'en-GB')).to.deep.equal({ locale: 'cy', problems: [] });
  });

  it('canonicalises the locale attribute ("EN-gb" → "en-GB")', () => {
    expect(resolveLocale(' EN-gb ', undefined)).to.deep.equal({ locale: 'en-GB', problems: [] });
  });

  it('uses the inherited lang when there is no locale attribute, or it is blank', () => {
    expect(resolveLocale(undefined, 'de-DE')).to.deep.equal({ locale: 'de-DE', problems: [] });
    expect(resolveLocale('  ', 'fr-FR')).to.deep.equal({ locale: 'fr-FR', problems: [] });
  });

  it('falls back to en-GB when neither is given', () => {
    expect(DEFAULT_LOCALE).to.equal('en-GB');
    expect(resolveLocale(undefined, undefined)).to.deep.equal({ locale: 'en-GB', problems: [] });
    expect(resolveLocale('', '')).to.deep.equal({ locale: 'en-GB', problems: [] });
  });

  it('reports an invalid locale attribute and falls back to the inherited lang', () => {
    const { locale, problems } = resolveLocale('en_GB', 'cy');
    expect(locale).to.equal('cy');
    expect(described(problems)).to.deep.equal([`locale: ${en.invalidLocale('en_GB', 'cy')}`]);
  });

  it('reports an invalid locale attribute and falls back to en-GB without a lang', () => {
    const { locale, problems } = resolveLocale('not a locale!', undefined);
    expect(locale).to.equal('en-GB');
    expect(described(problems)).to.deep.equal([`locale: ${en.invalidLocale('not a locale!', 'en-GB')}`]);
  });

  it('names the locale really used when the inherited lang is invalid too (en-GB, not "de_DE")', () => {
    const { locale, problems } = resolveLocale('en_GB', 'de_DE');
    expect(locale).to.equal('en-GB');
    expect(described(problems)).to.deep.equal([`locale: ${en.invalidLocale('en_GB', 'en-GB')}`]);
  });

  it('names the canonical inherited lang in the problem ("cy-GB", not "CY-gb")', () => {
    const { locale, problems } = resolveLocale('xx!!', 'CY-gb');
    expect(locale).to.equal('cy-GB');
    expect(described(problems)).to.deep.equal([`locale: ${en.invalidLocale('xx!!', 'cy-GB')}`]);
  });

  it('does not report an invalid inherited lang (the page is not the author’s chart)', () => {
    expect(resolveLocale(undefined, 'en_GB')).to.deep.equal({ locale: 'en-GB', problems: [] });
  });
});

describe('inheritedLang', () => {
  const cleanups: (() => void)[] = [];
  const attach = <T extends Element>(element: T): T => {
    document.body.append(element);
    cleanups.push(() => element.remove());
    return element;
  };
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
  });

  it('reads the element’s own lang first', () => {
    const outer = attach(document.createElement('div'));
    outer.lang = 'en-GB';
    const chart = document.createElement('span');
    chart.lang = 'cy';
    outer.append(chart);
    expect(inheritedLang(chart)).to.equal('cy');
  });

  it('reads the nearest ancestor’s lang and skips an empty lang=""', () => {
    const outer = attach(document.createElement('div'));
    outer.setAttribute('lang', 'de-DE');
    const middle = document.createElement('section');
    middle.setAttribute('lang', '');
    const chart = document.createElement('span');
    middle.append(chart);
    outer.append(middle);
    expect(inheritedLang(chart)).to.equal('de-DE');
  });

  it('returns undefined when no element above has a lang', () => {
    const detached = document.createElement('div');
    detached.append(document.createElement('span'));
    expect(inheritedLang(detached.firstElementChild!)).to.equal(undefined);
  });

  it('crosses a shadow-root boundary to the host’s ancestors', () => {
    const page = attach(document.createElement('div'));
    page.setAttribute('lang', 'cy');
    const host = document.createElement('div');
    page.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(document.createElement('div'));
    root.firstElementChild!.append(inner);
    expect(inheritedLang(inner)).to.equal('cy');
  });

  it('crosses two nested shadow roots, and prefers a lang inside the shadow tree', () => {
    const page = attach(document.createElement('div'));
    page.setAttribute('lang', 'fr-FR');
    const outerHost = document.createElement('div');
    page.append(outerHost);
    const innerHost = document.createElement('div');
    outerHost.attachShadow({ mode: 'open' }).append(innerHost);
    const deep = document.createElement('span');
    innerHost.attachShadow({ mode: 'open' }).append(deep);
    expect(inheritedLang(deep)).to.equal('fr-FR');

    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', 'de-DE');
    innerHost.shadowRoot!.append(wrapper);
    wrapper.append(deep);
    expect(inheritedLang(deep)).to.equal('de-DE');
  });
});
