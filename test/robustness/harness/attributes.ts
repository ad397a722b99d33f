import fc from 'fast-check';
import { anyText, LONG_LABEL, MARKUP, numberText, TEXTS, URLS } from './hostile.js';

/**
 * Values a journalist might really write for each attribute, so a fair share of cases draw a chart. Attributes not
 * listed here (a widget's new attribute) still get fuzzed: with GENERIC values and every hostile string.
 */
const NUMBER = [
  '0',
  '1',
  '5',
  '50',
  '57',
  '57%',
  '100',
  '108',
  '1,000',
  '2,582',
  '1.7 million',
  'more than 90',
  '-5',
  '1e6',
  '0.5',
  '-0',
  '99.99999',
  '100.000001',
  '9'.repeat(300),
  `0.${'0'.repeat(300)}1`,
  '900 trillion',
  '-900 trillion',
];
const WORDS = ['Worried', 'NHS staff', 'UK adults', 'Since 2022', '2022', '2024', 'Target', 'BT research, 2024 survey', LONG_LABEL];
const GENERIC = [...NUMBER, ...WORDS, '', 'true', 'none'];

const PLAUSIBLE: Record<string, readonly string[]> = {
  'heading-level': ['2', '3', '4', '5', '6', '1', '7', '0', '-1', '3.5', ' 2 '],
  'source-url': ['https://example.org/report', 'http://example.org/', 'report.html', '../data.csv', 'HTTPS://EXAMPLE.ORG'],
  unit: ['percent', 'count', 'currency', 'ratio', 'number', 'Percent', ' count ', 'percentage', '%'],
  currency: ['GBP', 'EUR', 'USD', 'JPY', 'gbp', 'XXX', 'UKP', 'pounds', '£', ''],
  format: [
    '.1f',
    ',.0f',
    '+.1f',
    '.0%',
    '$,.2f',
    '.2s',
    '~s',
    '.3r',
    'e',
    '.1e',
    'd',
    ',d',
    '.100f',
    '.200f',
    '.30r',
    '.-1f',
    '%%',
    'x',
    'b',
    'c',
    '(.1f',
    ' ^10.1f',
  ],
  notation: ['auto', 'standard', 'compact', 'COMPACT', 'short'],
  locale: [
    'en-GB',
    'en',
    'cy',
    'cy-GB',
    'de-DE',
    'fr',
    'ar-EG',
    'ar',
    'he-IL',
    'fa-IR',
    'hi-IN',
    'zh-CN',
    'ja-JP',
    'th-TH-u-nu-thai',
    'ar-u-nu-arab',
    'en-GB-u-nu-fullwide',
    'und',
    'root',
    'x',
    'tlh',
    'i-klingon',
    'en_GB',
    'english please',
    'x-private',
  ],
  qualifier: ['more than', 'over', 'about', 'c.', '<', '≈', 'fewer than'],
  theme: ['light', 'dark', 'auto', 'nhs', 'NHS', 'purple'],
  'sample-size': ['1000', '800 | 1,000', '1,000 | 1,000 | 1,000', '25', '29', '0', '-5', '1.5', '1e9', 'n/a', '|', '2000000000000'],
  'min-sample-size': ['100', '50', '0', '-1', '1e308', 'lots'],
  fieldwork: [
    'March 2024',
    '2024-03-01/2024-03-15',
    '2024-03',
    '2024',
    '2024-13-45/2024-00-00',
    '2024-03-15/2024-03-01',
    '0000-01-01',
    '275760-09-13',
    '2024-02-30',
    '/',
    '2024-03-01/',
  ],
  'show-uncertainty': ['', 'false'],
  'allow-small-samples': ['', 'false'],
  'show-net': ['', 'false'],
  series: [
    '2022 | 2024',
    'Agree | Neither | Disagree',
    "Very confident | Fairly confident | Neither | Not very confident | Not at all confident | Don't know",
    '|',
    '||||',
    ' | ',
    '2019 | 2020 | 2021 | 2022 | 2023 | 2024',
    '__proto__ | constructor',
  ],
  sort: ['none', 'ascending', 'descending', 'biggest'],
  highlight: ['Worried', 'NHS staff', 'worried', '__proto__', ''],
  target: NUMBER,
  max: NUMBER,
  'y-min': NUMBER,
  'y-max': NUMBER,
  value: NUMBER,
  of: ['100', '108', '1000', '10000', '1e6', '1e9', '0', '57', '7', '1'],
  previous: NUMBER,
  direction: ['neutral', 'up-is-good', 'down-is-good', 'up'],
  spacing: ['auto', 'even', 'time', 'random'],
  shape: ['square', 'circle', 'person', 'triangle'],
  positive: ['first', 'last', 'middle'],
  neutral: ['Neither', 'Neither agree nor disagree', 'Unsure', "Don't know"],
  'dont-know': ["Don't know", 'Not sure', 'Neither'],
  // Live data: files the test server really has (two shapes, an HTML page, a missing one) and addresses refused.
  src: [
    '/stories/data/nhs-cyber-live.csv',
    '/test/fixtures/nhs-cyber-figures.csv',
    '/test/fixtures/ssr/article.html',
    '/no-such-figures.csv',
    'javascript:alert(1)',
    'data:text/csv,Label,Value%0AA,1',
    '',
  ],
  'label-column': ['Answer', 'Audience', 'figure', 'id', 'Nope', ''],
  'value-column': ['2024', 'value', 'Respondents', 'Nope', ''],
  'series-columns': ['2022, 2024', '2024', 'value, compare_value', 'Nope, 2024', ',,'],
  'from-column': ['2022', 'compare_value', 'Nope'],
  'to-column': ['2024', 'value', 'Nope'],
  'n-column': ['Respondents', 'Nope', ''],
  'lower-column': ['2022', 'compare_value', '2022, 2022', 'Nope', ''],
  'upper-column': ['2024', 'Respondents', 'Nope', ''],
  filter: ['Audience=UK public', 'group=staff', 'Nope=1', 'oops', ''],
  timeout: ['10', '1', '0', '-5', 'soon'],
  refresh: ['0', '10', '300', '5', 'often'],
};

/** Names that are not attributes of any widget: misspellings, global attributes, `data-` and `aria-`. */
export const OTHER_ATTRIBUTES = ['heading-levle', 'colour', 'data-cms-id', 'aria-label', 'lang', 'dir', 'title', 'hidden', 'style'];
const OTHER_VALUES: Record<string, readonly string[]> = {
  lang: ['cy', 'ar', 'de-DE', 'not a tag', ''],
  dir: ['rtl', 'ltr', 'auto'],
  style: ['width: 320px', 'display: none', 'font-size: 40px', 'padding: 400px'],
};

/**
 * Attributes whose value is shown as text (or matched against the data): in a mild case they get the hostile text
 * while the others keep plausible values, so the payload reaches a drawn chart. Names no list knows (a widget's new
 * attribute) count as text.
 */
const SHOWN_AS_TEXT = new Set([
  'heading',
  'subheading',
  'note',
  'source',
  'description',
  'population',
  'method',
  'question',
  'commissioned-by',
  'base',
  'label',
  'rest-label',
  'per-label',
  'previous-label',
  'from-label',
  'to-label',
  'target-label',
  'neutral',
  'dont-know',
  'highlight',
  'series',
  'qualifier',
  'fieldwork',
  'source-url',
]);
const isText = (name: string) => SHOWN_AS_TEXT.has(name) || !(name in PLAUSIBLE);

/**
 * A value for attribute `name`. `wild`: anything, hostile text and numbers included. Mild: a plausible value, or
 * for text attributes now and then a hostile one (markup, a URL, right-to-left text, emoji, a 10,000-character
 * label).
 */
export function attributeValue(name: string, wild = true): fc.Arbitrary<string> {
  const plausible = PLAUSIBLE[name] ?? OTHER_VALUES[name] ?? GENERIC;
  // An address the widget would fetch must stay on the test server: nothing absolute or protocol-relative.
  if (name === 'src')
    return wild ? fc.oneof(fc.constantFrom(...plausible, ...URLS), anyText()).filter((text) => !leavesTheTestServer(text)) : fc.constantFrom(...plausible);
  if (!wild) {
    return isText(name)
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...plausible) },
          { weight: 2, arbitrary: fc.constantFrom(...MARKUP, ...URLS, ...TEXTS.filter((t) => t.trim())) },
        )
      : fc.constantFrom(...plausible);
  }
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...plausible) },
    { weight: 2, arbitrary: anyText() },
    { weight: 1, arbitrary: numberText() },
    { weight: name === 'source-url' ? 4 : 1, arbitrary: fc.constantFrom(...URLS) },
  );
}

/** Whether the browser would resolve `text` to an address on another host (the tests never touch the internet). */
function leavesTheTestServer(text: string): boolean {
  try {
    const url = new URL(text.trim(), location.href);
    // Other schemes (javascript:, data: …) are refused without a fetch: those stay in, as hostile input.
    return /^https?:$/.test(url.protocol) && url.host !== location.host;
  } catch {
    return false;
  }
}

/** Some of `names` with a value each (a name may come twice: the later value wins, as with setAttribute). */
export function attributeList(names: readonly string[], wild: boolean, maxLength = 8): fc.Arbitrary<[string, string][]> {
  const name = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_ATTRIBUTES) });
  return fc.array(
    name.chain((n) => attributeValue(n, wild).map((value): [string, string] => [n, value])),
    { maxLength },
  );
}
