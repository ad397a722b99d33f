import fc from 'fast-check';

/**
 * Hostile input for the widgets: the corpus below, and fast-check arbitraries that mix it with random text and
 * numbers. Every payload that would run code calls `alert`, `window.__pwned` or an `on…` handler; the harness
 * replaces `alert`, `confirm` and `prompt` with spies during each case, so running any of it fails the case.
 */

/** Marks a payload's elements, so an injected element can be found by attribute as well as by tag. */
export const INJECTED = 'data-injected';

export const LONG_LABEL = `${'A very long label '.repeat(555)}end`.slice(0, 10_000);

export const MARKUP = [
  '<script>alert(1)</script>',
  `<img src=x ${INJECTED} onerror=alert(1)>`,
  `<img src="x" onerror="window.__pwned=1" ${INJECTED}>`,
  `<svg onload=alert(1) ${INJECTED}><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>`,
  `<svg><script>alert(1)</script><a href="javascript:alert(1)" ${INJECTED}><text>x</text></a></svg>`,
  `"><img src=x onerror=alert(1) ${INJECTED}>`,
  `'><script ${INJECTED}>alert(1)</script>`,
  `</text><script>alert(1)</script><text>`,
  `</title><image href="javascript:alert(1)" ${INJECTED}/>`,
  `<iframe srcdoc="<script>parent.alert(1)</script>" ${INJECTED}></iframe>`,
  `<a href="javascript:alert(1)" ${INJECTED}>click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`,
  '<style>*{display:none!important}</style>',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;script&#62;',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<lit-part>',
  '<?lit$123$>',
];

export const URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/1234',
  'file:///etc/passwd',
  'mailto:press@example.org',
  '//evil.example/x',
  '/relative/path?x=<b>',
  '#fragment',
  'https://example.org/report?a=<b>&c="d"',
  'https://user:pass@example.org/',
  'http://[::1]/',
  'https://',
  'https://example.org/\u202Egnp.exe',
];

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

export const NUMBER_TEXTS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  '-0',
  '0',
  '+0',
  '-0.0',
  '1e308',
  '1e309',
  '-1e308',
  '1e-324',
  '5e-324',
  '9'.repeat(400),
  `0.${'0'.repeat(400)}1`,
  '0x1F',
  '0b11',
  '1_000',
  '1,2,3',
  '1..2',
  '.',
  ',',
  '%',
  '57%%',
  '−57',
  '57 %',
  '£-5',
  '-£5',
  'more than -Infinity',
  'over 1.7 million',
  '£92m',
  '2,582',
  '2.582,5',
  '١٢٣',
  '٥٧٪',
  '５７',
  '1e3',
  '1E-3',
  '100.0000001',
  '99.99999999',
  '  57  ',
  '\u00a057\u202f',
  'c.57',
  'about 1 in 2,582',
  '9007199254740993',
  '1.7976931348623157e308',
  '4.9e-324',
];

export const TEXTS = [
  '',
  ' ',
  '\u0000',
  '\t\n\r',
  '\u200b',
  '\ufeff',
  'null',
  'undefined',
  'true',
  'false',
  '[]',
  '{}',
  '[',
  '{',
  ':',
  ';',
  '|',
  '::;;||',
  '; ; ;',
  ':57',
  'a:b:c:57',
  LONG_LABEL,
  'مستوى الثقة بالخدمة الصحية ٥٧٪',
  'שירותי הבריאות',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '👩🏽‍⚕️🏥📊',
  '🇬🇧🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  'Z̴̡̧͎a̷̱l̶̡g̵o̸',
  '\uD800',
  '\uDFFF',
  'ﷺ',
  '꧅',
  '𒐫'.repeat(20),
  'Iñtërnâtiônàlizætiøn',
  'Gwasanaeth Iechyd Gwladol',
  'url(#x)',
  'url(javascript:alert(1))',
  'expression(alert(1))',
  'var(--x)',
  '</>',
  ...MARKUP,
  ...URLS,
  ...PROTOTYPE_KEYS,
  ...NUMBER_TEXTS,
];

export const NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1,
  -1,
  57,
  100,
  100.0000001,
  99.99999999,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  1e21,
  1e-7,
  1e300,
  0.1 + 0.2,
];

/** Text a journalist might plausibly write somewhere, to keep a share of the cases drawing a chart. */
export const PLAIN_LABELS = [
  'Worried',
  'Concerned',
  'NHS staff',
  'UK public',
  'Managers',
  'Very confident',
  'Not at all confident',
  'Agree',
  'Disagree',
  'Neither',
  "Don't know",
  '2019',
  '2022',
  '2024',
  'Trained on new technologies',
  'Trusts',
];

const hostileText = fc.constantFrom(...TEXTS);

/** Random text of every kind: the corpus, printable and binary strings, graphemes (emoji, scripts), numbers. */
export const anyText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: hostileText },
    { weight: 2, arbitrary: fc.string({ maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(...PLAIN_LABELS) },
    { weight: 1, arbitrary: numberText() },
  );

/** A number written as text, the ways people and tools write numbers, hostile ones included. */
export function numberText(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }).map((n) => n.toExponential()) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('', 'more than ', 'about ', '< ', '£', '−', '-', 'over '),
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.constantFrom('', '%', 'm', ' million', 'bn', 'k'),
        )
        .map(([before, n, after]) => `${before}${n.toLocaleString('en-GB')}${after}`),
    },
  );
}

/** A value as a developer may put it in `.data`: numbers of every kind, numeric text, hostile text, odd types. */
export function anyValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 2, arbitrary: numberText() },
    { weight: 1, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        {},
        [],
        [57],
        { valueOf: 57 },
        JSON.parse('{"__proto__": {"polluted": "value"}}'),
        10n,
        Symbol('57'),
        () => 57,
        new Date(0),
        new Map([['a', 1]]),
        Object.create(null),
        nested(200),
      ),
    },
  );
}

/** `depth` levels of nested lists and objects, alternating. */
export function nested(depth: number): unknown {
  let value: unknown = 57;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { label: 'deep', value };
  return value;
}

/** Nested JSON text deeper than any recursive parser or printer should go. */
export const DEEP_JSON = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
export const DEEP_OBJECT_JSON = `[{"label":"deep","value":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}]`;
