import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/likert/define.js';
import { TrustLikert } from '../src/likert/trust-likert.js';
import { POSITIVE_ENDS } from '../src/likert/likert-scale.js';
import { defineElement } from '../src/core/define.js';
import { langDecorator, narrowDecorator, pageDecorator, renderWidget, widgetArgTypes, type WidgetArgs, type WidgetContent } from './shared.js';

/*
 * ILLUSTRATIVE DATA. No published survey gives answer-by-answer figures for these questions, so every number in
 * these stories is invented: plausible, but not real. Each story's source line says "Illustrative data"; never
 * copy these numbers into an article as findings.
 */

/** Every attribute a journalist can write on <trust-likert>: the shared ones, then the widget's own. */
const LIKERT_ATTRIBUTES = [
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
  'positive',
  'neutral',
  'dont-know',
] as const;

/** Boolean attributes: present or absent. */
const LIKERT_FLAGS = ['show-net', 'no-how-to-read'] as const;

type LikertArgs = WidgetArgs<(typeof LIKERT_ATTRIBUTES)[number], (typeof LIKERT_FLAGS)[number]>;

/** Renders <trust-likert> from args; attributes left undefined are not written at all. */
const renderLikert = (args: LikertArgs, content?: WidgetContent) => renderWidget('trust-likert', LIKERT_ATTRIBUTES, LIKERT_FLAGS, args, content);

/** Controls for every attribute: lists where the attribute takes one of a few words, text otherwise. */
const argTypes = widgetArgTypes(LIKERT_ATTRIBUTES, LIKERT_FLAGS, { positive: POSITIVE_ENDS });

/** Confidence that patient data is protected, staff and public (invented). */
const CONFIDENCE = {
  heading: 'NHS staff are less sure than the public that patient data is protected',
  subheading: 'How confident are you that current measures protect patient data? % of respondents',
  source: 'Illustrative data',
  note: 'Invented figures, for demonstration only.',
  series: 'Very confident | Fairly confident | Neither | Not very confident | Not at all confident',
  data: 'NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15',
} satisfies LikertArgs;

/** Statements put to staff at one trust, with "don't know" (invented). */
const STATEMENTS = {
  heading: 'Most staff know how to report a suspicious email, but few feel trained enough',
  subheading: 'NHS staff at one trust, % agreeing with each statement',
  source: 'Illustrative data',
  series: "Strongly agree | Agree | Neither agree nor disagree | Disagree | Strongly disagree | Don't know",
  'dont-know': "Don't know",
  data: "I know how to report a suspicious email: 38 | 41 | 9 | 6 | 2 | 4; My trust's systems are kept up to date: 8 | 22 | 25 | 23 | 12 | 10; I have had enough cyber-security training: 6 | 19 | 17 | 33 | 21 | 4",
} satisfies LikertArgs;

/** A four-point scale written from negative to positive, as counts (invented). */
const COUNTS = {
  heading: 'Most staff think their trust protects patient data at least fairly well',
  subheading: 'How well does your trust protect patient data? Number of respondents',
  source: 'Illustrative data',
  unit: 'count',
  positive: 'last',
  series: 'Very badly | Fairly badly | Fairly well | Very well',
  data: 'Clinical staff: 40 | 85 | 160 | 65; Administrative staff: 22 | 48 | 98 | 52',
} satisfies LikertArgs;

// package.json's "sideEffects" lists only dist/ files, so `storybook build` may drop the bare import above.
defineElement('trust-likert', TrustLikert);

const meta = {
  title: 'Widgets/trust-likert',
  component: 'trust-likert',
  tags: ['autodocs'],
  render: (args) => renderLikert(args),
  decorators: [pageDecorator],
  argTypes,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: 'Every figure in these stories is **invented** (“Illustrative data”): there are no published answer-by-answer figures for these questions.',
      },
    },
  },
} satisfies Meta<LikertArgs>;

export default meta;
type Story = StoryObj<LikertArgs>;

// Start here: every attribute has a control.

export const Default: Story = {
  name: 'Default',
  args: { ...CONFIDENCE },
};

// The widget's own attributes

export const ShowNet: Story = {
  name: 'Net scores (show-net)',
  args: { ...CONFIDENCE, 'show-net': true },
  parameters: { docs: { description: { story: 'Positive share minus negative share, in percentage points, beside each row.' } } },
};

export const DontKnow: Story = {
  name: '“Don’t know” shown apart (dont-know)',
  args: { ...STATEMENTS, 'show-net': true },
};

export const DontKnowUnset: Story = {
  name: '“Don’t know” not named (warning)',
  args: { ...STATEMENTS, 'dont-know': undefined },
  parameters: {
    docs: {
      description: { story: 'Without `dont-know`, a last answer called “Don’t know” is drawn as the most negative answer, and a warning says how to fix it.' },
    },
  },
};

export const PositiveLast: Story = {
  name: 'Positive answers last (positive="last"), counts',
  args: { ...COUNTS },
};

export const NeutralNamed: Story = {
  name: 'Neutral answer named (neutral)',
  args: {
    heading: 'An unbalanced scale: two positive answers, one negative',
    source: 'Illustrative data',
    neutral: 'Unsure',
    series: 'Agree | Tend to agree | Unsure | Disagree',
    data: 'NHS staff: 30 | 28 | 17 | 25; UK public: 26 | 30 | 20 | 24',
  },
};

export const NeutralNotFound: Story = {
  name: 'Neutral name that matches no answer (warning)',
  args: { ...CONFIDENCE, neutral: 'Unsure' },
};

export const ThreeAnswers: Story = {
  name: 'Three answers',
  args: {
    heading: 'Staff are split on whether their trust could recover quickly from an attack',
    subheading: '“My trust could restore its systems within a day.” % of NHS staff',
    source: 'Illustrative data',
    series: 'Agree | Neither | Disagree',
    data: 'Clinical staff: 31 | 24 | 45; IT staff: 44 | 16 | 40; Managers: 48 | 19 | 33',
  },
};

export const FourAnswers: Story = {
  name: 'Four answers (no neutral)',
  args: { ...COUNTS, unit: undefined, data: 'Clinical staff: 11 | 24 | 46 | 19; Administrative staff: 10 | 22 | 44 | 24' },
};

export const SevenAnswers: Story = {
  name: 'Seven answers (in-between shades)',
  args: {
    heading: 'A seven-point scale gets in-between shades',
    source: 'Illustrative data',
    series: 'Strongly agree | Agree | Somewhat agree | Neither | Somewhat disagree | Disagree | Strongly disagree',
    data: 'NHS staff: 8 | 17 | 16 | 14 | 18 | 16 | 11; UK public: 7 | 20 | 18 | 12 | 17 | 15 | 11',
  },
};

export const TooManyAnswers: Story = {
  name: 'More than seven answers (warning)',
  args: {
    heading: 'Nine answers: colours repeat',
    source: 'Illustrative data',
    series: '1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9',
    data: 'NHS staff: 6 | 9 | 11 | 12 | 16 | 14 | 13 | 10 | 9',
  },
};

export const SumOff: Story = {
  name: 'Row that does not add up to 100% (warning)',
  args: { ...CONFIDENCE, data: 'NHS staff: 12 | 24 | 20 | 30 | 4; UK public: 10 | 28 | 18 | 29 | 15' },
};

export const UnknownPositive: Story = {
  name: 'Unknown positive value (warning)',
  args: { ...CONFIDENCE, positive: 'left' },
};

// Data input

export const ChildTable: Story = {
  name: 'Data from a child table',
  args: { heading: STATEMENTS.heading, subheading: STATEMENTS.subheading, source: STATEMENTS.source, 'dont-know': "Don't know" },
  render: (args) =>
    renderLikert(
      args,
      html`<table>
        <thead>
          <tr><th>Statement</th><th>Strongly agree</th><th>Agree</th><th>Neither agree nor disagree</th><th>Disagree</th><th>Strongly disagree</th><th>Don't know</th></tr>
        </thead>
        <tbody>
          <tr><td>I know how to report a suspicious email</td><td>38%</td><td>41%</td><td>9%</td><td>6%</td><td>2%</td><td>4%</td></tr>
          <tr><td>My trust's systems are kept up to date</td><td>8%</td><td>22%</td><td>25%</td><td>23%</td><td>12%</td><td>10%</td></tr>
          <tr><td>I have had enough cyber-security training</td><td>6%</td><td>19%</td><td>17%</td><td>33%</td><td>21%</td><td>4%</td></tr>
        </tbody>
      </table>`,
    ),
  parameters: { docs: { description: { story: 'The header row names the answers. Without JavaScript readers see the table.' } } },
};

export const DataJson: Story = {
  name: 'Data as JSON',
  args: {
    ...CONFIDENCE,
    series: undefined,
    data: JSON.stringify([
      { label: 'NHS staff', values: { 'Very confident': 12, 'Fairly confident': 24, Neither: 20, 'Not very confident': 30, 'Not at all confident': 14 } },
      { label: 'UK public', values: { 'Very confident': 10, 'Fairly confident': 28, Neither: 18, 'Not very confident': 29, 'Not at all confident': 15 } },
    ]),
  },
};

export const DataProperty: Story = {
  name: 'Data from the .data property',
  args: {
    heading: CONFIDENCE.heading,
    source: CONFIDENCE.source,
    '.data': [
      { label: 'NHS staff', values: { 'Very confident': 12, 'Fairly confident': 24, Neither: 20, 'Not very confident': 30, 'Not at all confident': 14 } },
      { label: 'UK public', values: { 'Very confident': 10, 'Fairly confident': 28, Neither: 18, 'Not very confident': 29, 'Not at all confident': 15 } },
    ],
  },
  argTypes: { '.data': { control: 'object' } },
};

export const MissingRow: Story = {
  name: 'A row without figures',
  args: { ...CONFIDENCE, data: 'NHS staff: 12 | 24 | 20 | 30 | 14; UK public: n/a | n/a | n/a | n/a | n/a' },
};

export const NotANumber: Story = {
  name: 'A value that is not a number (error)',
  args: { ...CONFIDENCE, data: 'NHS staff: 12 | 24 | lots | 30 | 14' },
};

// Languages, themes, sizes

export const Welsh: Story = {
  name: 'Locale: Welsh (cy)',
  args: {
    heading: 'Mae staff y GIG yn llai sicr na’r cyhoedd fod data cleifion wedi’i ddiogelu',
    subheading: 'Pa mor hyderus ydych chi fod y mesurau presennol yn diogelu data cleifion? % o’r ymatebwyr',
    source: 'Data enghreifftiol',
    locale: 'cy',
    'show-net': true,
    series: 'Hyderus iawn | Eithaf hyderus | Niwtral | Ddim yn hyderus iawn | Ddim yn hyderus o gwbl',
    data: 'Staff y GIG: 12 | 24 | 20 | 30 | 14; Y cyhoedd: 10 | 28 | 18 | 29 | 15',
  },
};

export const WelshFromPage: Story = {
  name: 'Language from the page (lang="cy")',
  args: { ...Welsh.args, locale: undefined },
  decorators: [langDecorator('cy')],
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { ...STATEMENTS, theme: 'dark', 'show-net': true },
};

export const ThemeNhs: Story = {
  name: 'Theme: NHS',
  args: { ...CONFIDENCE, theme: 'nhs', 'show-net': true },
};

export const ThemeLight: Story = {
  name: 'Theme: light',
  args: { ...COUNTS, theme: 'light' },
};

export const Narrow: Story = {
  name: 'Narrow: 320 px',
  args: { ...STATEMENTS, 'show-net': true },
  decorators: [narrowDecorator],
};

export const Description: Story = {
  name: 'Description read by screen readers',
  args: { ...CONFIDENCE, description: 'In this invented example, 36% of NHS staff are confident that patient data is protected, against 38% of the public.' },
};

export const HowToRead: Story = {
  name: 'How to read this chart: open the line above the chart (collapsed by default)',
  args: { ...CONFIDENCE, 'show-net': true },
};

export const NoHowToRead: Story = {
  name: 'How to read this chart: left out (no-how-to-read), for a page that explains the chart itself',
  args: { ...CONFIDENCE, 'no-how-to-read': true },
};
