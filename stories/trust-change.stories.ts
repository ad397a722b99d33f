import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/change/define.js';
import { CHANGE_SORT_ORDERS, DIRECTIONS, TrustChange } from '../src/change/trust-change.js';
import { defineElement } from '../src/core/define.js';
import { langDecorator, narrowDecorator, pageDecorator, renderWidget, widgetArgTypes, type WidgetArgs, type WidgetContent } from './shared.js';

/*
 * The training figures come from test/fixtures/nhs-cyber-figures.csv (BT research, 2022 and 2024 surveys of NHS
 * staff: trained on new technologies 5% → 15%, on both new and existing systems 47% → 39%), written the way a
 * journalist would type them. Stories about awkward layouts say where their figures are illustrative.
 */

/** Every attribute a journalist can write on <trust-change>, in the order the docs explain them. */
const CHANGE_ATTRIBUTES = [
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
  'from-label',
  'to-label',
  'direction',
  'direction-column',
  'sort',
  'max',
  'reference',
  'highlight',
  'from-sample-size',
  'to-sample-size',
  // Shared survey attributes (docs/shared-attributes.md) that change what this chart says and draws.
  'sample-size',
] as const;

/** Boolean attributes: present or absent. */
const CHANGE_FLAGS = ['show-uncertainty'] as const;

type ChangeArgs = WidgetArgs<(typeof CHANGE_ATTRIBUTES)[number], (typeof CHANGE_FLAGS)[number]>;

/** Renders <trust-change> from args; attributes left undefined are not written at all. */
const renderChange = (args: ChangeArgs, content?: WidgetContent) => renderWidget('trust-change', CHANGE_ATTRIBUTES, CHANGE_FLAGS, args, content);

/** Controls for every attribute: lists where the attribute takes one of a few words, text otherwise. */
const changeArgTypes = widgetArgTypes(CHANGE_ATTRIBUTES, CHANGE_FLAGS, { direction: DIRECTIONS, sort: CHANGE_SORT_ORDERS });

/** BT research, 2022 and 2024 surveys of NHS staff. */
const TRAINING = {
  heading: 'More NHS staff are trained on new technologies, fewer on both new and existing systems',
  subheading: '% of NHS staff, 2022 and 2024',
  source: 'BT research, 2022 and 2024 surveys of NHS staff',
  'from-label': '2022',
  'to-label': '2024',
  direction: 'up-is-good',
  data: 'Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39',
} satisfies ChangeArgs;

/** Illustrative figures that test the layout: tiny, zero and full changes and a missing value. */
const AWKWARD = {
  heading: 'Small and large changes are labelled without overlapping',
  subheading: 'Illustrative figures, % of staff',
  'from-label': '2022',
  'to-label': '2024',
  data: 'A tiny rise: 40 | 41; No change: 60 | 60; A fall to zero: 3 | 0; A rise to everyone: 99 | 100; Not asked in 2022: n/a | 55',
} satisfies ChangeArgs;

const TRAINING_TABLE = html`<table>
  <thead>
    <tr><th>Training</th><th>2022</th><th>2024</th></tr>
  </thead>
  <tbody>
    <tr><td>Trained on new technologies</td><td>5%</td><td>15%</td></tr>
    <tr><td>Trained on both new and existing systems</td><td>47%</td><td>39%</td></tr>
  </tbody>
</table>`;

// package.json's "sideEffects" lists only dist/ files, so `storybook build` may drop the bare import above.
// Register here as well; defineElement ignores a second registration of the same class.
defineElement('trust-change', TrustChange);

const meta = {
  title: 'Widgets/trust-change',
  component: 'trust-change',
  tags: ['autodocs'],
  render: (args) => renderChange(args),
  decorators: [pageDecorator],
  argTypes: changeArgTypes,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<ChangeArgs>;

export default meta;
type Story = StoryObj<ChangeArgs>;

// Start here: every attribute has a control.

export const Default: Story = {
  name: 'Default: the real training figures',
  args: { ...TRAINING },
};

// The ends and which way is good

export const FromToLabels: Story = {
  name: 'from-label and to-label name the ends',
  args: { ...TRAINING, direction: undefined, 'from-label': 'Spring 2022', 'to-label': 'Spring 2024' },
  parameters: {
    docs: {
      description: {
        story: 'The key shows a hollow dot beside the `from-label` and a filled dot beside the `to-label`; the summary says “from Spring 2022 to Spring 2024”.',
      },
    },
  },
};

export const UnnamedEnds: Story = {
  name: 'Ends named by nothing: “Before” and “After”',
  args: { ...TRAINING, 'from-label': undefined, 'to-label': undefined, direction: undefined },
  parameters: {
    docs: { description: { story: 'Compact data without `from-label`, `to-label` or `series`: the key says Before and After. Name the time points.' } },
  },
};

export const DirectionNeutral: Story = {
  name: 'Direction: neutral (the default)',
  args: { ...TRAINING, direction: 'neutral' },
  parameters: { docs: { description: { story: 'One colour for rises and falls; the arrows, signs and words still say up and down.' } } },
};

export const DirectionUpIsGood: Story = {
  name: 'Direction: up is good',
  args: { ...TRAINING, direction: 'up-is-good' },
};

export const DirectionDownIsGood: Story = {
  name: 'Direction: down is good',
  args: {
    ...TRAINING,
    heading: 'Illustrative: fewer staff report outdated systems',
    subheading: 'Illustrative figures, % of NHS staff',
    source: undefined,
    direction: 'down-is-good',
    data: 'Report patient data is isolated due to outdated systems: 64 | 58; Do not trust systems to safeguard patient data: 58 | 61',
  },
};

export const DirectionPerRow: Story = {
  name: 'Direction: per row (burnout down, recommending up)',
  args: {
    ...TRAINING,
    heading: 'Illustrative: less burnout, and more staff would recommend their trust',
    subheading: 'Illustrative figures in the style of the NHS Staff Survey, % of NHS staff',
    source: undefined,
    'from-label': '2022',
    'to-label': '2023',
    direction: 'Burnout: lower is better; Would recommend as a place to work: higher is better; Feel safe to speak up: up-is-good',
    data: 'Burnout: 34.0 | 30.4; Would recommend as a place to work: 57.4 | 61.1; Feel safe to speak up: 62.1 | 61.5',
  },
  // A per-row value is free text, not one of the three words.
  argTypes: { direction: { control: 'text' } },
  parameters: {
    docs: {
      description: {
        story:
          'Each row is coloured by its own good way; as the rows differ, the key drops "Higher is better." and each label says its own way ("Burnout (lower is better)").',
      },
    },
  },
};

export const DirectionColumn: Story = {
  name: 'Direction: per row, from a column of the table',
  args: { ...DirectionPerRow.args, direction: undefined, data: undefined, 'direction-column': 'Which way' },
  render: (args) =>
    renderChange(
      args,
      html`<table>
        <thead><tr><th>Question</th><th>2022</th><th>2023</th><th>Which way</th></tr></thead>
        <tbody>
          <tr><td>Burnout</td><td>34.0</td><td>30.4</td><td>lower is better</td></tr>
          <tr><td>Would recommend as a place to work</td><td>57.4</td><td>61.1</td><td>higher is better</td></tr>
          <tr><td>Feel safe to speak up</td><td>62.1</td><td>61.5</td><td>up-is-good</td></tr>
        </tbody>
      </table>`,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'A spreadsheet that already says which way is good for each question: `direction-column` names the column (one headed "Direction", "Which way is good" or "Cyfeiriad" needs no attribute). It is never drawn as figures.',
      },
    },
  },
};

export const UnknownDirectionRow: Story = {
  name: 'Direction naming a row that is not there (warning)',
  args: { ...DirectionPerRow.args, direction: 'Burn-out: down-is-good; Would recommend as a place to work: up-is-good' },
  argTypes: { direction: { control: 'text' } },
};

export const UnknownDirection: Story = {
  name: 'Unknown direction (warning)',
  args: { ...TRAINING, direction: 'up-is-bad' },
};

// Order and axis

export const SortNone: Story = {
  name: 'Sort: as written',
  args: { ...AWKWARD, sort: 'none' },
};

export const SortDescending: Story = {
  name: 'Sort: descending (biggest rise first)',
  args: { ...AWKWARD, sort: 'descending' },
  parameters: {
    docs: { description: { story: 'Rows are ordered by the change, later minus earlier. Rows without both values go last. The data table keeps your order.' } },
  },
};

export const SortAscending: Story = {
  name: 'Sort: ascending (biggest fall first)',
  args: { ...AWKWARD, sort: 'ascending' },
};

export const Max: Story = {
  name: 'Axis maximum',
  args: { ...TRAINING, max: '50' },
  parameters: { docs: { description: { story: '`max="50"` ends the axis at 50%. It still starts at zero.' } } },
};

export const MaxBelowData: Story = {
  name: 'Axis maximum below the data (warning)',
  args: { ...TRAINING, max: '20' },
};

// Survey data: sample sizes, the margin of error and "no clear change"

/** The worked examples of issue 4, with illustrative sample sizes. */
const SMALL_RISE = {
  heading: 'Illustrative: a 3-point rise among 200 staff each year is no clear change',
  subheading: '% of staff, illustrative figures and sample sizes',
  source: 'Illustrative figures, not survey results',
  'from-label': '2022',
  'to-label': '2024',
  direction: 'up-is-good',
  data: 'Trained on the new system: 40 | 43',
} satisfies ChangeArgs;

export const FromToSampleSize: Story = {
  name: 'from-sample-size and to-sample-size: no clear change',
  args: { ...SMALL_RISE, 'from-sample-size': '200', 'to-sample-size': '200' },
  parameters: {
    docs: {
      description: {
        story:
          '40% → 43% with 200 people each time: the change is within the margin of error (two independent proportions, unpooled standard error, 95% level), so the row reads “no clear change (+3 pts)” in a muted colour, whatever `direction` says, and a sentence under the chart explains it.',
      },
    },
  },
};

export const ClearFall: Story = {
  name: 'Sample sizes: a clear fall keeps its wording',
  args: {
    ...TRAINING,
    heading: 'Fewer NHS staff are trained on both new and existing systems',
    data: 'Trained on both new and existing systems: 47 | 39',
    'from-sample-size': '1,000',
    'to-sample-size': '1,000',
    note: 'Illustrative sample sizes of 1,000 staff in each survey.',
  },
  parameters: {
    docs: { description: { story: '47% → 39% with 1,000 people each time is far outside the margin of error: “−8 pts”, as without sample sizes.' } },
  },
};

export const SampleSizeShared: Story = {
  name: 'Shared sample-size (one number for both ends)',
  args: { ...SMALL_RISE, 'sample-size': '200' },
};

export const SampleSizeColumns: Story = {
  name: 'Sample sizes from `n 2022` and `n 2024` columns, with 95% ranges',
  args: {
    heading: 'Two clear changes in training, and a small rise that could be chance',
    subheading: '% of NHS staff, 2022 and 2024, with 95% ranges',
    source: 'BT research, 2022 and 2024 surveys of NHS staff (first two rows); illustrative third row. Sample sizes are illustrative.',
    direction: 'up-is-good',
    'show-uncertainty': true,
  },
  render: (args) =>
    renderChange(
      args,
      html`<table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th><th>n 2022</th><th>n 2024</th></tr></thead>
        <tbody>
          <tr><td>Trained on new technologies</td><td>5%</td><td>15%</td><td>800</td><td>1,000</td></tr>
          <tr><td>Trained on both new and existing systems</td><td>47%</td><td>39%</td><td>1,000</td><td>1,000</td></tr>
          <tr><td>Illustrative: a 3-point rise among 200 staff each year</td><td>40%</td><td>43%</td><td>200</td><td>200</td></tr>
        </tbody>
      </table>`,
    ),
};

export const ShowUncertainty: Story = {
  name: 'show-uncertainty: each end’s 95% range as a whisker',
  args: { ...SMALL_RISE, 'from-sample-size': '200', 'to-sample-size': '200', 'show-uncertainty': true },
  parameters: {
    docs: { description: { story: 'The earlier value’s range is drawn above the dots, the later value’s below; the value labels move clear of them.' } },
  },
};

export const ShowUncertaintyNarrow: Story = {
  name: 'show-uncertainty in a narrow container (320 px)',
  args: { ...ShowUncertainty.args },
  decorators: [narrowDecorator],
};

export const InvalidSampleSize: Story = {
  name: 'from-sample-size that is not a whole number (warning)',
  args: { ...SMALL_RISE, 'from-sample-size': 'about 200', 'to-sample-size': '200' },
  parameters: { docs: { description: { story: 'A visible warning names `from-sample-size`; the change is shown as without sample sizes.' } } },
};

export const WelshNoClearChange: Story = {
  name: 'No clear change, in Welsh',
  args: { ...SMALL_RISE, locale: 'cy', heading: 'Enghraifft: dim newid clir', data: 'Wedi’u hyfforddi ar y system newydd: 40 | 43', 'sample-size': '200' },
};

// Data input

export const ChildTable: Story = {
  name: 'Data from a child table (header row names the ends)',
  args: { heading: TRAINING.heading, subheading: TRAINING.subheading, source: TRAINING.source, direction: 'up-is-good' },
  render: (args) => renderChange(args, TRAINING_TABLE),
};

export const SeriesAttribute: Story = {
  name: 'Compact data with series names',
  args: { ...TRAINING, 'from-label': undefined, 'to-label': undefined, series: '2022 | 2024' },
  parameters: { docs: { description: { story: '`series="2022 | 2024"` names the ends and the columns of the data table.' } } },
};

export const DataJson: Story = {
  name: 'Data as JSON with from and to',
  args: {
    ...TRAINING,
    data: JSON.stringify([
      { label: 'Trained on new technologies', from: 5, to: 15 },
      { label: 'Trained on both new and existing systems', from: 47, to: 39 },
    ]),
  },
};

export const DataProperty: Story = {
  name: 'Data from the .data property',
  args: {
    ...TRAINING,
    data: undefined,
    '.data': [
      { label: 'Trained on new technologies', values: { '2022': 5, '2024': 15 } },
      { label: 'Trained on both new and existing systems', values: { '2022': 47, '2024': 39 } },
    ],
  },
  argTypes: { '.data': { control: 'object' } },
};

export const MissingValue: Story = {
  name: 'A row without one of its values',
  args: { ...TRAINING, data: `${TRAINING.data}; Trained on cyber-security (not asked in 2022): n/a | 20` },
  parameters: { docs: { description: { story: 'Illustrative third row. A row without both values has no dumbbell; it says which value is missing.' } } },
};

export const CountUnit: Story = {
  name: 'Unit: count (change in trusts, not points)',
  args: {
    heading: 'Illustrative: fewer trusts without a security-qualified employee',
    subheading: 'Number of NHS trusts; 2018 figure from Redscan, later figure illustrative',
    source: 'Redscan FOI request to 108 NHS trusts (2018)',
    unit: 'count',
    max: '108',
    'from-label': '2018',
    'to-label': 'Later (illustrative)',
    direction: 'down-is-good',
    data: 'Trusts with no staff holding security qualifications: 24 | 19',
  },
};

// Problems

export const OneValuePerRow: Story = {
  name: 'One value per row (error)',
  args: { ...TRAINING, data: 'Trained on new technologies: 15; Trained on both new and existing systems: 39' },
  parameters: {
    docs: {
      description: {
        story:
          'A change chart needs the earlier and the later figure. The message names the `data` attribute and replaces the chart, as every error does; `trust-render` counts it and `trust-data-error` fires.',
      },
    },
  },
};

export const ThreeValuesPerRow: Story = {
  name: 'Three values per row (warning; the first two are drawn)',
  args: { ...TRAINING, 'from-label': undefined, 'to-label': undefined, series: '2020 | 2022 | 2024', data: 'Trained on new technologies: 3 | 5 | 15' },
  parameters: { docs: { description: { story: 'Illustrative 2020 figure. Only the first two columns are drawn, with a visible warning.' } } },
};

export const MalformedData: Story = {
  name: 'Malformed data (error)',
  args: { ...TRAINING, data: 'Trained on new technologies: 5 | fifteen' },
};

// Languages, themes and widths

export const Welsh: Story = {
  name: 'Locale: Welsh (cy)',
  args: {
    ...TRAINING,
    heading: 'Mwy o staff y GIG wedi’u hyfforddi ar dechnolegau newydd',
    subheading: '% o staff y GIG, 2022 a 2024',
    source: 'Ymchwil BT, arolygon 2022 a 2024 o staff y GIG',
    locale: 'cy',
    data: 'Wedi’u hyfforddi ar dechnolegau newydd: 5 | 15; Wedi’u hyfforddi ar systemau newydd a phresennol: 47 | 39',
  },
};

export const WelshFromPage: Story = {
  name: 'Language from the page (lang="cy")',
  args: { ...Welsh.args, locale: undefined },
  decorators: [langDecorator('cy')],
};

export const ThemeLight: Story = {
  name: 'Theme: light',
  args: { ...TRAINING, theme: 'light' },
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { ...TRAINING, theme: 'dark' },
};

export const ThemeAuto: Story = {
  name: 'Theme: auto (follows the operating system)',
  args: { ...TRAINING, theme: 'auto' },
};

export const ThemeNhs: Story = {
  name: 'Theme: NHS',
  args: { ...TRAINING, theme: 'nhs' },
};

export const Narrow: Story = {
  name: 'Narrow container (320 px)',
  args: { ...TRAINING },
  decorators: [narrowDecorator],
};

export const NarrowAwkward: Story = {
  name: 'Awkward changes in a narrow container (320 px)',
  args: { ...AWKWARD },
  decorators: [narrowDecorator],
};

export const Description: Story = {
  name: 'Description read by screen readers',
  args: {
    ...TRAINING,
    description:
      'Training on new technologies rose from 5% of NHS staff in 2022 to 15% in 2024, while training on both new and existing systems fell from 47% to 39%.',
  },
};

export const ReferenceAndHighlight: Story = {
  name: 'reference="50: Half of staff" and highlight="0–20: Fewer than one in five"',
  args: {
    heading: 'Training on new technologies rose; training on both systems fell',
    'from-label': '2022',
    'to-label': '2024',
    direction: 'up-is-good',
    source: 'BT research, 2022 and 2024 surveys of NHS staff',
    data: 'Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39',
    reference: '50: Half of staff',
    highlight: '0–20: Fewer than one in five',
  },
};
