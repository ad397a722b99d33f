import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/bars/define.js';
import { SORT_ORDERS, TrustBars } from '../src/bars/trust-bars.js';
import { defineElement } from '../src/core/define.js';
import { langDecorator, narrowDecorator, pageDecorator, renderWidget, widgetArgTypes, type WidgetArgs, type WidgetContent } from './shared.js';

/*
 * Every figure below comes from test/fixtures/nhs-cyber-figures.csv (BT research 2022 and 2024 surveys of NHS
 * staff and of the UK public; Redscan FOI request to 108 NHS trusts, 2018; WannaCry cost and the funding that
 * followed). They are written the way a journalist would type them into the markup.
 */

/** Every attribute a journalist can write on <trust-bars>, in the order the docs explain them. */
const BARS_ATTRIBUTES = [
  'heading',
  'heading-level',
  'subheading',
  'note',
  'source',
  'source-url',
  'description',
  'unit',
  'currency',
  'format',
  'notation',
  'locale',
  'qualifier',
  'theme',
  'series',
  'data',
  'sort',
  'highlight',
  'target',
  'target-label',
  'max',
  'reference',
  'notes',
  'population',
  'sample-size',
  'fieldwork',
  'method',
  'question',
  'commissioned-by',
  'base',
  'min-sample-size',
  'design-effect',
  'toolbar',
] as const;

/** Boolean attributes: present or absent. */
const BARS_FLAGS = ['show-uncertainty', 'allow-small-samples', 'no-toolbar', 'print-table'] as const;

type BarsArgs = WidgetArgs<(typeof BARS_ATTRIBUTES)[number], (typeof BARS_FLAGS)[number]>;

/** Renders <trust-bars> from args; attributes left undefined are not written at all. */
const renderBars = (args: BarsArgs, content?: WidgetContent) => renderWidget('trust-bars', BARS_ATTRIBUTES, BARS_FLAGS, args, content);

/** Controls for every attribute: lists where the attribute takes one of a few words, text otherwise. */
const barsArgTypes = widgetArgTypes(BARS_ATTRIBUTES, BARS_FLAGS, { sort: SORT_ORDERS });

/** BT research, 2024 survey of the UK public. */
const PUBLIC_CONCERN =
  'Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt or disable critical NHS systems: 60; Concerned about patient data exposure: 56; Rank training NHS staff in new technologies as a priority: 55';
const PUBLIC = {
  heading: 'Most of the UK public worry about cyber-attacks on the NHS',
  subheading: '% of UK adults, 2024',
  source: 'BT research, 2024 survey of the UK public',
  data: PUBLIC_CONCERN,
} satisfies BarsArgs;

/** BT research, 2024 survey of NHS staff ("more than 90%" is how the 90 was reported). */
const STAFF_VIEWS =
  'Understand their role in protecting their organisation from cyber-attacks: more than 90; Report patient data is isolated and inoperable due to outdated systems: 64; Frontline staff calling for more training: 60; Trust existing systems are robust enough to safeguard patient data: 42; Believe current cyber measures are sufficient: 36';
const STAFF = {
  heading: 'Only a third of NHS staff think current cyber measures are sufficient',
  subheading: '% of NHS staff, 2024',
  source: 'BT research, 2024 survey of NHS staff',
  data: STAFF_VIEWS,
} satisfies BarsArgs;

/** BT research, 2022 and 2024 surveys of NHS staff. */
const TRAINING = {
  heading: 'Fewer NHS staff are trained on both new and existing systems',
  subheading: '% of NHS staff, 2022 and 2024',
  source: 'BT research, 2022 and 2024 surveys of NHS staff',
  data: 'Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39',
  series: '2022 | 2024',
} satisfies BarsArgs;

/** Estimated WannaCry cost (2017) and the funding increase that followed (2018). */
const WANNACRY = {
  heading: 'The extra cyber-security funding after WannaCry was larger than the attack’s estimated cost',
  subheading: '£, England',
  source: 'Reported estimate (2017); UK Government (2018)',
  unit: 'currency',
  data: 'Estimated cost of the WannaCry attack to the NHS: £92m; Increase in government cyber-security funding after WannaCry: £150m',
} satisfies BarsArgs;

// package.json's "sideEffects" lists only dist/ files, so `storybook build` (Rolldown) treats src/bars/define.ts as
// side-effect free and drops the bare import above: the element would never be registered in the static build.
// Register it here as well; defineElement ignores a second registration of the same class.
defineElement('trust-bars', TrustBars);

const meta = {
  title: 'Widgets/trust-bars',
  component: 'trust-bars',
  tags: ['autodocs'],
  render: (args) => renderBars(args),
  decorators: [pageDecorator],
  argTypes: barsArgTypes,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<BarsArgs>;

export default meta;
type Story = StoryObj<BarsArgs>;

// Start here: every attribute has a control.

export const Default: Story = {
  name: 'Default',
  args: { ...PUBLIC },
};

// Heading, text around the chart, source

export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { ...PUBLIC, 'heading-level': '2' },
  parameters: { docs: { description: { story: 'The heading is an `<h3>` unless `heading-level` says otherwise, so it fits the page’s outline.' } } },
};

export const Note: Story = {
  name: 'Note under the chart',
  args: {
    ...STAFF,
    note: 'Statements NHS staff agreed with. The 90% was reported as “more than 90%”.',
  },
};

export const SourceWithLink: Story = {
  name: 'Source with a link',
  args: {
    heading: 'A fifth of NHS trusts had no staff with a security qualification',
    subheading: 'Number of NHS trusts, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    'source-url': 'https://www.redscan.com/',
    unit: 'count',
    data: 'NHS trusts that answered: 108; Trusts with no staff holding security qualifications: 24',
  },
};

export const UnsafeSourceLink: Story = {
  name: 'Unsafe source link (javascript: address)',
  args: { ...PUBLIC, 'source-url': 'javascript:alert(document.cookie)' },
  parameters: {
    docs: {
      description: { story: 'Only http and https addresses become links. Anything else is shown as a warning and the source is written without a link.' },
    },
  },
};

export const Description: Story = {
  name: 'Description read by screen readers',
  args: {
    ...PUBLIC,
    description: 'Bar chart of four measures of public concern about cyber-attacks on the NHS, ranging from 55% to 60% of UK adults.',
  },
  parameters: { docs: { description: { story: 'The `description` replaces the generated summary that screen readers hear. Nothing visible changes.' } } },
};

// Units and number formats

export const UnitPercent: Story = {
  name: 'Unit: percent (the default)',
  args: { ...STAFF, unit: 'percent' },
};

export const UnitCount: Story = {
  name: 'Unit: count',
  args: {
    heading: 'A fifth of NHS trusts had no staff with a security qualification',
    subheading: 'Number of NHS trusts, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    unit: 'count',
    data: 'NHS trusts that answered: 108; Trusts with no staff holding security qualifications: 24',
  },
};

export const UnitCurrency: Story = {
  name: 'Unit: currency',
  args: { ...WANNACRY },
};

export const CurrencyCode: Story = {
  name: 'Currency code',
  args: {
    heading: 'NHS trusts spent about £5,000 each on data security training',
    subheading: 'Average spend per trust, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    note: 'Excludes free in-house NHS Digital tools.',
    unit: 'currency',
    currency: 'GBP',
    data: 'Average spend per trust on data security training: 5356',
  },
};

export const UnitRatio: Story = {
  name: 'Unit: ratio',
  args: {
    heading: 'NHS trusts had one qualified security professional for every 2,582 employees',
    subheading: 'Average across NHS trusts, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    unit: 'ratio',
    data: 'Employees who are qualified security professionals: 2582',
  },
};

export const UnitNumber: Story = {
  name: 'Unit: number (change in percentage points)',
  args: {
    heading: 'Training on new technologies rose while training on both systems fell',
    subheading: 'Change in % of NHS staff trained, percentage points, 2022 to 2024',
    source: 'BT research, 2022 and 2024 surveys of NHS staff',
    unit: 'number',
    format: '+.0f',
    data: 'Trained on new technologies: +10; Trained on both new and existing systems: -8',
  },
};

export const UnknownUnit: Story = {
  name: 'Unknown unit (error)',
  args: { ...PUBLIC, unit: 'percentage' },
};

export const UnknownCurrency: Story = {
  name: 'Unknown currency code (error)',
  args: { ...WANNACRY, currency: 'UKP' },
  parameters: {
    docs: {
      description: { story: '`UKP` is not an ISO 4217 code (pounds are `GBP`); the chart should refuse it with an error naming the `currency` attribute.' },
    },
  },
};

export const Format: Story = {
  name: 'Number format: one decimal place',
  args: { ...PUBLIC, format: '.1f' },
};

export const NotationStandard: Story = {
  name: 'Notation: standard',
  args: { ...WANNACRY, notation: 'standard' },
};

export const NotationCompact: Story = {
  name: 'Notation: compact',
  args: {
    heading: 'The largest trust without a security-qualified employee had as many as 16,000 staff',
    subheading: 'Full and part-time staff, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    unit: 'count',
    notation: 'compact',
    data: 'Staff at the largest trust with no security-qualified employee: as many as 16000',
  },
};

export const Qualifier: Story = {
  name: 'Qualifier for every value',
  args: {
    heading: 'The NHS employs over 1.7 million people',
    subheading: 'People, 2024',
    source: 'BT',
    unit: 'count',
    qualifier: 'over',
    data: 'NHS employees: 1700000',
  },
};

// Languages

export const German: Story = {
  name: 'Locale: German (de-DE)',
  args: {
    heading: 'Die meisten Menschen im Vereinigten Königreich sorgen sich um Cyberangriffe auf den NHS',
    subheading: '% der Erwachsenen im Vereinigten Königreich, 2024',
    source: 'BT-Studie, Befragung der britischen Bevölkerung 2024',
    locale: 'de-DE',
    data: 'Sorgen sich um Cyberangriffe auf den NHS: 57; Befürchten, dass Cyberangriffe wichtige NHS-Systeme stören oder lahmlegen: 60; Sorgen sich um die Offenlegung von Patientendaten: 56; Halten Schulungen des NHS-Personals zu neuen Technologien für vorrangig: 55',
  },
  parameters: {
    docs: {
      description: { story: 'Numbers follow the locale (“57 %”). Words the widget writes itself fall back to English, as there is no German catalogue yet.' },
    },
  },
};

export const French: Story = {
  name: 'Locale: French (fr-FR)',
  args: {
    heading: 'La plupart des Britanniques s’inquiètent des cyberattaques contre le NHS',
    subheading: '% des adultes au Royaume-Uni, 2024',
    source: 'Étude BT, enquête 2024 auprès du public britannique',
    locale: 'fr-FR',
    data: 'S’inquiètent des cyberattaques contre le NHS: 57; Craignent que des cyberattaques perturbent ou paralysent des systèmes essentiels du NHS: 60; S’inquiètent de l’exposition des données des patients: 56; Jugent prioritaire la formation du personnel du NHS aux nouvelles technologies: 55',
  },
};

export const Welsh: Story = {
  name: 'Locale: Welsh (cy)',
  args: {
    heading: 'Mae’r rhan fwyaf o’r cyhoedd yn poeni am ymosodiadau seiber ar y GIG',
    subheading: '% o oedolion y DU, 2024',
    source: 'Ymchwil BT, 2024',
    locale: 'cy',
    data: 'Yn poeni am ymosodiadau seiber ar y GIG: 57; Yn pryderu am amharu ar systemau hanfodol: 60',
  },
};

export const WelshFromPage: Story = {
  name: 'Language from the page (lang="cy")',
  args: {
    heading: 'Mae’r rhan fwyaf o’r cyhoedd yn poeni am ymosodiadau seiber ar y GIG',
    subheading: '% o oedolion y DU, 2024',
    source: 'Ymchwil BT, 2024',
    data: 'Yn poeni am ymosodiadau seiber ar y GIG: 57; Yn pryderu am amharu ar systemau hanfodol: 60',
  },
  decorators: [langDecorator('cy')],
  parameters: { docs: { description: { story: 'No `locale` attribute: the widget takes the language from the nearest `lang` on the page.' } } },
};

// Themes

export const ThemeLight: Story = {
  name: 'Theme: light',
  args: { ...PUBLIC, theme: 'light' },
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { ...TRAINING, theme: 'dark' },
};

export const ThemeAuto: Story = {
  name: 'Theme: auto (follows the operating system)',
  args: { ...STAFF, theme: 'auto', highlight: 'Believe current cyber measures are sufficient' },
};

export const ThemeNhs: Story = {
  name: 'Theme: NHS',
  args: { ...TRAINING, theme: 'nhs' },
};

export const DarkPageNoTheme: Story = {
  name: 'No theme on a dark page',
  args: { ...PUBLIC },
  parameters: {
    page: 'dark',
    docs: {
      description: { story: 'Without a `theme` attribute the widget follows the page’s `color-scheme`, so a site’s own dark mode carries into the chart.' },
    },
  },
};

// Data input

export const GroupedBars: Story = {
  name: 'Grouped bars: 2022 and 2024 (compact data with series)',
  args: { ...TRAINING },
};

export const SeriesMismatch: Story = {
  name: 'Series names that do not match the data (warning)',
  args: { ...TRAINING, series: '2022 | 2024 | 2026' },
};

export const DataJson: Story = {
  name: 'Data as JSON',
  args: {
    ...PUBLIC,
    data: JSON.stringify([
      { label: 'Worry about cyber-attacks on the NHS', value: 57 },
      { label: 'Concerned attacks could disrupt or disable critical NHS systems', value: 60 },
      { label: 'Concerned about patient data exposure', value: 56 },
      { label: 'Rank training NHS staff in new technologies as a priority', value: 55 },
    ]),
  },
};

export const DataJsonSeries: Story = {
  name: 'Grouped data as JSON',
  args: {
    ...TRAINING,
    series: undefined,
    data: JSON.stringify([
      { label: 'Trained on new technologies', values: { '2022': 5, '2024': 15 } },
      { label: 'Trained on both new and existing systems', values: { '2022': 47, '2024': 39 } },
    ]),
  },
};

export const DataProperty: Story = {
  name: 'Data from the .data property',
  args: {
    heading: STAFF.heading,
    subheading: STAFF.subheading,
    source: STAFF.source,
    '.data': [
      { label: 'Understand their role in protecting their organisation from cyber-attacks', value: 90, qualifier: 'more than' },
      { label: 'Report patient data is isolated and inoperable due to outdated systems', value: 64 },
      { label: 'Frontline staff calling for more training', value: 60 },
      { label: 'Trust existing systems are robust enough to safeguard patient data', value: 42 },
      { label: 'Believe current cyber measures are sufficient', value: 36 },
    ],
  },
  argTypes: { '.data': { control: 'object' } },
  parameters: {
    docs: {
      description: {
        story: 'Developers can set `element.data = [{ label, value }]` from script. The property wins over the `data` attribute and a child table.',
      },
    },
  },
};

export const ChildTable: Story = {
  name: 'Data from a child table',
  args: { heading: STAFF.heading, subheading: STAFF.subheading, source: STAFF.source },
  render: (args) =>
    renderBars(
      args,
      html`<table>
        <thead>
          <tr><th>Statement</th><th>% of NHS staff</th></tr>
        </thead>
        <tbody>
          <tr><td>Understand their role in protecting their organisation from cyber-attacks</td><td>more than 90%</td></tr>
          <tr><td>Report patient data is isolated and inoperable due to outdated systems</td><td>64%</td></tr>
          <tr><td>Frontline staff calling for more training</td><td>60%</td></tr>
          <tr><td>Trust existing systems are robust enough to safeguard patient data</td><td>42%</td></tr>
          <tr><td>Believe current cyber measures are sufficient</td><td>36%</td></tr>
        </tbody>
      </table>`,
    ),
  parameters: {
    docs: {
      description: { story: 'Without JavaScript readers see the table; with it, the table becomes the chart and stays behind the “Show data table” button.' },
    },
  },
};

export const ChildTableGrouped: Story = {
  name: 'Grouped bars from a child table',
  args: { heading: TRAINING.heading, subheading: TRAINING.subheading, source: TRAINING.source },
  render: (args) =>
    renderBars(
      args,
      html`<table>
        <thead>
          <tr><th>Training</th><th>2022</th><th>2024</th></tr>
        </thead>
        <tbody>
          <tr><td>Trained on new technologies</td><td>5%</td><td>15%</td></tr>
          <tr><td>Trained on both new and existing systems</td><td>47%</td><td>39%</td></tr>
        </tbody>
      </table>`,
    ),
};

export const TableCaptionAsHeading: Story = {
  name: 'Table caption as the heading',
  args: { source: 'BT research, 2024 survey of the UK public' },
  render: (args) =>
    renderBars(
      args,
      html`<table>
        <caption>Most of the UK public worry about cyber-attacks on the NHS</caption>
        <thead>
          <tr><th>Concern</th><th>% of UK adults, 2024</th></tr>
        </thead>
        <tbody>
          <tr><td>Worry about cyber-attacks on the NHS</td><td>57%</td></tr>
          <tr><td>Concerned attacks could disrupt or disable critical NHS systems</td><td>60%</td></tr>
        </tbody>
      </table>`,
    ),
};

// Order, emphasis and reference lines

export const SortNone: Story = {
  name: 'Sort: as written',
  args: { ...PUBLIC, sort: 'none' },
};

export const SortAscending: Story = {
  name: 'Sort: ascending',
  args: { ...PUBLIC, sort: 'ascending' },
};

export const SortDescending: Story = {
  name: 'Sort: descending',
  args: { ...PUBLIC, sort: 'descending' },
};

export const Highlight: Story = {
  name: 'Highlight one bar',
  args: { ...STAFF, highlight: 'Believe current cyber measures are sufficient' },
};

export const HighlightNotFound: Story = {
  name: 'Highlight that matches no bar (warning)',
  args: { ...STAFF, highlight: 'Believe cyber measures are sufficient' },
};

export const Target: Story = {
  name: 'Target line with a label',
  args: {
    heading: 'Few NHS trusts met the 95% information governance training target',
    subheading: '% of NHS trusts, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    note: 'NHS Digital requires 95% of staff to pass Information Governance training every 12 months.',
    target: '95',
    'target-label': 'Staff training target',
    data: 'Trusts meeting the training target: 12',
  },
};

export const Max: Story = {
  name: 'Axis maximum',
  args: {
    heading: 'A fifth of the NHS trusts that answered had no staff with a security qualification',
    subheading: 'Number of NHS trusts, out of the 108 that answered, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    unit: 'count',
    max: '108',
    data: 'Trusts with no staff holding security qualifications: 24',
  },
  parameters: { docs: { description: { story: '`max="108"` puts the end of the axis at the number of trusts that answered.' } } },
};

export const MaxBelowData: Story = {
  name: 'Axis maximum below the data (warning)',
  args: { ...PUBLIC, max: '50' },
};

// Problems a journalist can make, and awkward content

export const MalformedData: Story = {
  name: 'Malformed data (error)',
  args: {
    ...PUBLIC,
    data: 'Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt or disable critical NHS systems: sixty',
  },
};

export const BrokenJson: Story = {
  name: 'Broken JSON data (error)',
  args: { ...PUBLIC, data: '[{"label": "Worry about cyber-attacks on the NHS", "value": 57},]' },
};

export const EmptyData: Story = {
  name: 'Empty data (error)',
  args: { heading: PUBLIC.heading, subheading: PUBLIC.subheading, source: PUBLIC.source },
  render: (args) => html`<trust-bars heading=${args.heading ?? ''} subheading=${args.subheading ?? ''} source=${args.source ?? ''} data=""></trust-bars>`,
};

export const PercentOver100: Story = {
  name: 'Percentage over 100 (error)',
  args: {
    ...PUBLIC,
    data: 'Worry about cyber-attacks on the NHS: 157; Concerned attacks could disrupt or disable critical NHS systems: 60',
  },
};

export const MisspeltAttribute: Story = {
  name: 'Misspelt attribute (warning)',
  args: { heading: PUBLIC.heading, source: PUBLIC.source, data: PUBLIC.data },
  render: (args) =>
    html`<trust-bars heading=${args.heading ?? ''} sub-heading="% of UK adults, 2024" source=${args.source ?? ''} data=${args.data ?? ''}></trust-bars>`,
  parameters: {
    docs: {
      description: { story: 'The markup says `sub-heading` instead of `subheading`. The chart still draws, with a visible notice naming the attribute.' },
    },
  },
};

export const InvalidHeadingLevel: Story = {
  name: 'Heading level out of range (warning)',
  args: { ...PUBLIC, 'heading-level': '7' },
};

export const Narrow: Story = {
  name: 'Narrow container (320 px)',
  args: { ...STAFF, highlight: 'Believe current cyber measures are sufficient' },
  decorators: [narrowDecorator],
};

export const NarrowGrouped: Story = {
  name: 'Grouped bars in a narrow container (320 px)',
  args: { ...TRAINING },
  decorators: [narrowDecorator],
};

export const LongLabels: Story = {
  name: 'Long labels',
  args: {
    heading: 'NHS staff and the public doubt that patient data is safe',
    subheading: '% of NHS staff and % of UK adults, 2024',
    source: 'BT research, 2024 surveys of NHS staff and of the UK public',
    data: 'UK citizens concerned cyber-attacks could disrupt or disable critical NHS systems: 60; NHS staff who report patient data is isolated and inoperable due to outdated systems: 64; NHS staff who trust existing systems are robust enough to safeguard patient data: 42',
  },
};

export const ManyBars: Story = {
  name: 'Many bars',
  args: {
    heading: 'Every survey figure on NHS cyber security',
    subheading: '% of NHS staff (2024) and % of UK adults (2024)',
    source: 'BT research, 2024 surveys of NHS staff and of the UK public',
    sort: 'descending',
    data: [
      'Staff: understand their role in protecting their organisation: more than 90',
      'Staff: report patient data is isolated and inoperable due to outdated systems: 64',
      'Staff: frontline staff calling for more training: 60',
      'Staff: trust existing systems are robust enough to safeguard patient data: 42',
      'Staff: trained on both new and existing systems: 39',
      'Staff: believe current cyber measures are sufficient: 36',
      'Staff: trained on new technologies: 15',
      'Public: concerned attacks could disrupt or disable critical NHS systems: 60',
      'Public: worry about cyber-attacks on the NHS: 57',
      'Public: concerned about patient data exposure: 56',
      'Public: rank training NHS staff in new technologies as a priority: 55',
    ].join('; '),
  },
};

/**
 * Survey disclosure (issue 4). The sample sizes here are ILLUSTRATIVE: BT's published research gives the
 * percentages but not the number of people asked, so the note says so.
 */
const SURVEYED = {
  ...PUBLIC,
  note: 'Sample size and fieldwork dates are illustrative: the published research does not state them.',
  population: 'UK adults',
  'sample-size': '2,000',
  fieldwork: '2024-03-01/2024-03-15',
  method: 'Online panel',
  question: 'How worried are you about cyber-attacks on the NHS?',
  'commissioned-by': 'BT',
  base: 'All respondents',
} satisfies BarsArgs;

export const AboutThisData: Story = {
  name: 'Survey: about this data (question, population, base, sample size, fieldwork, method, commissioned by)',
  args: SURVEYED,
};

export const ShowUncertainty: Story = {
  name: 'Survey: error bars for the 95% margin of error (show-uncertainty)',
  args: { ...SURVEYED, 'show-uncertainty': true },
};

export const DesignEffect: Story = {
  name: 'Survey: margins widened for a weighted sample (design-effect="1.5")',
  args: { ...SURVEYED, 'show-uncertainty': true, 'design-effect': '1.5', note: 'The design effect is illustrative.' },
};

export const ApproximateSampleSize: Story = {
  name: 'Survey: an approximate sample size (sample-size="about 11,000"): the margins say they are approximate',
  args: { ...SURVEYED, 'show-uncertainty': true, 'sample-size': 'about 11,000' },
};

export const DownloadMenuItems: Story = {
  name: 'Downloads: only PNG and CSV in the Download menu (toolbar="png csv")',
  args: { ...SURVEYED, toolbar: 'png csv' },
};

export const NoDownloadMenu: Story = {
  name: 'Downloads: no Download menu (no-toolbar); the data table button stays',
  args: { ...SURVEYED, 'no-toolbar': true },
};

export const PrintTable: Story = {
  name: 'Print: the data table printed after the chart (print-table; print the page to see it)',
  args: { ...SURVEYED, 'print-table': true },
};

export const SampleSizePerSeries: Story = {
  name: 'Survey: one sample size per series (sample-size="800 | 1,000")',
  args: {
    heading: 'Fewer NHS staff are trained on both new and existing systems',
    series: '2022 | 2024',
    data: 'Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39',
    source: 'BT research, 2022 and 2024 surveys of NHS staff',
    note: 'Sample sizes are illustrative.',
    'sample-size': '800 | 1,000',
    'show-uncertainty': true,
  },
};

export const SmallSamples: Story = {
  name: 'Survey: small samples (caution under 100, withheld under 30)',
  args: {
    heading: 'Staff at three trusts (illustrative)',
    source: 'Illustrative data',
    '.data': [
      { label: 'Trust A staff', value: 40, n: 12 },
      { label: 'Trust B staff', value: 52, n: 60 },
      { label: 'Trust C staff', value: 55, n: 400 },
    ],
  },
};

export const AllowSmallSamples: Story = {
  name: 'Survey: allow-small-samples shows the figure from 12 people (still with a caution)',
  args: { ...SmallSamples.args, 'allow-small-samples': true },
};

export const MinSampleSize: Story = {
  name: 'Survey: min-sample-size="500" raises the caution limit',
  args: { ...SmallSamples.args, 'min-sample-size': '500' },
};

export const Notes: Story = {
  name: 'Notes: notes="Think the NHS is well prepared: Lowest of the three" after the bar’s value',
  args: {
    heading: 'Most of the public worry about cyber-attacks on the NHS',
    source: 'BT research, 2024',
    data: 'Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt critical systems: 60; Think the NHS is well prepared: 36',
    notes: 'Think the NHS is well prepared: Lowest of the three',
  },
};

export const NotesNarrow: Story = {
  name: 'Notes on a narrow chart (320 px): a numbered marker, the words listed under it',
  args: { ...Notes.args },
  decorators: [narrowDecorator],
};

export const Reference: Story = {
  name: 'reference="50: Half of the public" beside target="75": labelled lines down the bars',
  args: { ...Notes.args, notes: undefined, reference: '50: Half of the public', target: '75', 'target-label': 'Goal' },
};

export const ReferenceNarrow: Story = {
  name: 'reference on a narrow chart (320 px): the line drawn between the labels above the bars',
  args: { ...Reference.args },
  decorators: [narrowDecorator],
};
