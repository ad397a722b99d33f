import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/stat/define.js';
import { TrustStat } from '../src/stat/trust-stat.js';
import { DIRECTIONS } from '../src/stat/stat-change.js';
import { defineElement } from '../src/core/define.js';
import { langDecorator, narrowDecorator, pageDecorator, renderWidget, widgetArgTypes, type WidgetArgs, type WidgetContent } from './shared.js';

/*
 * Every figure below comes from test/fixtures/nhs-cyber-figures.csv (BT research 2022 and 2024 surveys of NHS staff
 * and of the UK public; Redscan FOI request to 108 NHS trusts, 2018; the reported WannaCry cost), written the way a
 * journalist would type them into the markup.
 */

/** Every attribute a journalist can write on <trust-stat>, in the order the docs explain them. */
const STAT_ATTRIBUTES = [
  'heading',
  'heading-level',
  'subheading',
  'note',
  'source',
  'source-url',
  'unit',
  'currency',
  'format',
  'notation',
  'locale',
  'qualifier',
  'theme',
  'series',
  'data',
  // Shared by every widget (docs/shared-attributes.md); this one writes it into its sentences.
  'population',
  'value',
  'label',
  'per-label',
  'previous',
  'previous-label',
  'direction',
  'previous-sample-size',
  // Shared survey attribute: the headline figure's sample size.
  'sample-size',
] as const;

/** Boolean attributes: present or absent. */
const STAT_FLAGS = ['show-uncertainty'] as const;

type StatArgs = WidgetArgs<(typeof STAT_ATTRIBUTES)[number], (typeof STAT_FLAGS)[number]>;

/** Renders <trust-stat> from args; attributes left undefined are not written at all. */
const renderStat = (args: StatArgs, content?: WidgetContent) => renderWidget('trust-stat', STAT_ATTRIBUTES, STAT_FLAGS, args, content);

/** Controls for every attribute: lists where the attribute takes one of a few words, text otherwise. */
const statArgTypes = widgetArgTypes(STAT_ATTRIBUTES, STAT_FLAGS, { direction: DIRECTIONS });

/** BT research, 2024 survey of the UK public. */
const WORRY = {
  heading: 'Most of the UK public worry about cyber-attacks on the NHS',
  subheading: '% of UK adults, 2024',
  source: 'BT research, 2024 survey of the UK public',
  value: '57',
  label: 'of UK adults worry about cyber-attacks on the NHS',
  population: 'UK adults',
} satisfies StatArgs;

/** BT research, 2022 and 2024 surveys of NHS staff. */
const TRAINING = {
  heading: 'Training on new technologies has tripled since 2022, but still reaches few NHS staff',
  subheading: '% of NHS staff, 2022 and 2024',
  source: 'BT research, 2022 and 2024 surveys of NHS staff',
  value: '15',
  label: 'of NHS staff are trained on new technologies',
  population: 'NHS staff',
  previous: '5',
  'previous-label': '2022',
  direction: 'up-is-good',
} satisfies StatArgs;

/** Redscan FOI request to 108 NHS trusts, 2018. */
const RATIO = {
  heading: 'NHS trusts had one qualified security professional for every 2,582 employees',
  subheading: 'Average across NHS trusts, 2018',
  source: 'Redscan FOI request to 108 NHS trusts',
  unit: 'ratio',
  value: '2582',
  label: 'qualified security professional',
  'per-label': 'employees',
} satisfies StatArgs;

// package.json's "sideEffects" lists only dist/ files, so `storybook build` may drop the bare import above: register
// here as well; defineElement ignores a second registration of the same class.
defineElement('trust-stat', TrustStat);

const meta = {
  title: 'Widgets/trust-stat',
  component: 'trust-stat',
  tags: ['autodocs'],
  render: (args) => renderStat(args),
  decorators: [pageDecorator],
  argTypes: statArgTypes,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<StatArgs>;

export default meta;
type Story = StoryObj<StatArgs>;

// Start here: every attribute has a control.

export const Default: Story = {
  name: 'Default',
  args: { ...WORRY },
};

// The real figures

export const Percent: Story = {
  name: 'Percentage with a natural frequency',
  args: { ...WORRY },
  parameters: { docs: { description: { story: '`population` names who is counted in the line “about 57 in every 100 UK adults”.' } } },
};

export const WithoutPopulation: Story = {
  name: 'Percentage without a population',
  args: { ...WORRY, population: undefined },
};

export const ChangeImprovement: Story = {
  name: 'Change since 2022: an improvement',
  args: { ...TRAINING },
};

export const ChangeWorse: Story = {
  name: 'Change since 2022: a change for the worse',
  args: {
    ...TRAINING,
    heading: 'Fewer NHS staff are trained on both new and existing systems',
    value: '39',
    previous: '47',
    label: 'of NHS staff are trained on both new and existing systems',
  },
};

export const ChangeNeutral: Story = {
  name: 'Change with no direction (neutral)',
  args: { ...TRAINING, direction: undefined },
  parameters: { docs: { description: { story: 'Without `direction` the change is written in the text colour, with no verdict.' } } },
};

export const DownIsGood: Story = {
  name: 'Direction: down is good',
  args: {
    heading: 'Fewer NHS staff report patient data trapped in outdated systems',
    subheading: '% of NHS staff (illustrative previous figure)',
    source: 'BT research, 2024 survey of NHS staff',
    value: '64',
    previous: '70',
    'previous-label': 'the previous survey',
    direction: 'down-is-good',
    label: 'of NHS staff report patient data is isolated and inoperable due to outdated systems',
    population: 'NHS staff',
    note: 'The previous figure is invented to show the wording.',
  },
};

export const NoChange: Story = {
  name: 'No change',
  args: { ...TRAINING, previous: '15' },
};

// Survey data: sample sizes, the margin of error and "no clear change"

/** The worked examples of issue 4, with illustrative sample sizes. */
const SMALL_RISE = {
  heading: 'Illustrative: a 3-point rise among 200 staff each year is no clear change',
  subheading: '% of staff, illustrative figures and sample sizes',
  source: 'Illustrative figures, not survey results',
  value: '43',
  previous: '40',
  'previous-label': '2022',
  label: 'of staff are trained on the new system',
  population: 'staff',
  direction: 'up-is-good',
} satisfies StatArgs;

export const PreviousSampleSize: Story = {
  name: 'previous-sample-size and sample-size: no clear change',
  args: { ...SMALL_RISE, 'sample-size': '200', 'previous-sample-size': '200' },
  parameters: {
    docs: {
      description: {
        story:
          '40% → 43% with 200 people each time is within the margin of error (two independent proportions, unpooled standard error, 95% level): “no clear change since 2022 (up 3 percentage points, within the margin of error)”, muted, with a level arrow and no verdict. The margin of error of the headline figure is written under it.',
      },
    },
  },
};

export const ClearFallWithSampleSizes: Story = {
  name: 'Sample sizes: a clear fall keeps its wording',
  args: {
    ...TRAINING,
    heading: 'Fewer NHS staff are trained on both new and existing systems',
    value: '39',
    previous: '47',
    label: 'of NHS staff are trained on both new and existing systems',
    'sample-size': '1,000',
    'previous-sample-size': '1,000',
    note: 'Illustrative sample sizes of 1,000 staff in each survey.',
  },
};

export const SampleSizeOnly: Story = {
  name: 'sample-size alone: the margin of error under the figure',
  args: { ...WORRY, 'sample-size': '2,000', note: 'Illustrative sample size.' },
};

export const ShowUncertainty: Story = {
  name: 'show-uncertainty: both figures’ 95% ranges as shaded bands',
  args: { ...SMALL_RISE, 'sample-size': '200', 'previous-sample-size': '200', 'show-uncertainty': true },
  parameters: {
    docs: {
      description: {
        story:
          'A small strip under the change: each figure’s 95% range as a shaded band with its point, labelled in text (“2022: 40% ± 6.8”). Classes and SVG attributes only, so it works under a strict Content-Security-Policy.',
      },
    },
  },
};

export const ShowUncertaintyNarrow: Story = {
  name: 'show-uncertainty in a narrow container (320 px)',
  args: { ...ShowUncertainty.args },
  decorators: [narrowDecorator],
};

export const InvalidPreviousSampleSize: Story = {
  name: 'previous-sample-size that is not a whole number (warning)',
  args: { ...SMALL_RISE, 'sample-size': '200 | 200', 'previous-sample-size': 'about 200' },
};

export const WelshNoClearChange: Story = {
  name: 'No clear change, in Welsh',
  args: {
    ...SMALL_RISE,
    locale: 'cy',
    heading: 'Enghraifft: dim newid clir',
    label: 'o staff wedi’u hyfforddi ar y system newydd',
    population: 'staff',
    'sample-size': '200',
    'previous-sample-size': '200',
    'show-uncertainty': true,
  },
};

export const Qualifier: Story = {
  name: 'Qualifier: more than 90%',
  args: {
    heading: 'Nine in ten NHS staff understand their role in cyber security',
    subheading: '% of NHS staff, 2024',
    source: 'BT research, 2024 survey of NHS staff',
    value: 'more than 90%',
    label: 'of NHS staff understand their role in protecting their organisation from cyber-attacks',
    population: 'NHS staff',
  },
};

export const Ratio: Story = {
  name: 'Unit: ratio (1 per 2,582 employees)',
  args: { ...RATIO },
};

export const Count: Story = {
  name: 'Unit: count (over 1.7 million)',
  args: {
    heading: 'The NHS is one of the largest employers in the world',
    subheading: 'People, 2024',
    source: 'BT',
    unit: 'count',
    value: 'over 1.7 million',
    label: 'people work for the NHS',
  },
};

export const Currency: Story = {
  name: 'Unit: currency (£92m)',
  args: {
    heading: 'WannaCry cost the NHS an estimated £92m',
    subheading: 'England, 2017',
    source: 'Reported estimate',
    unit: 'currency',
    value: '£92m',
    label: 'estimated cost of the WannaCry attack to the NHS',
  },
};

export const CurrencySmall: Story = {
  name: 'Unit: currency (£5,356)',
  args: {
    heading: 'NHS trusts spent about £5,000 each on data security training',
    subheading: 'Average per trust, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    note: 'Excludes free in-house NHS Digital tools.',
    unit: 'currency',
    value: '5356',
    label: 'average spend per NHS trust on data security training',
  },
};

export const UnitNumber: Story = {
  name: 'Unit: number',
  args: {
    heading: 'Training on new technologies rose by 10 points',
    subheading: 'Change in % of NHS staff, percentage points, 2022 to 2024',
    unit: 'number',
    format: '+.0f',
    value: '10',
    label: 'percentage points more NHS staff trained on new technologies',
  },
};

export const NotationStandard: Story = {
  name: 'Notation: standard',
  args: {
    heading: 'The NHS employs over 1.7 million people',
    unit: 'count',
    notation: 'standard',
    value: 'over 1.7 million',
    label: 'people work for the NHS',
  },
};

// Data input

export const DataAttribute: Story = {
  name: 'Data attribute (one row)',
  args: { heading: WORRY.heading, population: 'UK adults', data: 'Worry about cyber-attacks on the NHS: 57' },
};

export const DataSeries: Story = {
  name: 'Data attribute with two series (previous and latest)',
  args: { heading: TRAINING.heading, series: '2022 | 2024', direction: 'up-is-good', population: 'NHS staff', data: 'Trained on new technologies: 5 | 15' },
};

export const DataProperty: Story = {
  name: 'Data from the .data property',
  args: { heading: 'The NHS employs over 1.7 million people', unit: 'count', '.data': [{ label: 'NHS employees', value: 1700000, qualifier: 'over' }] },
  argTypes: { '.data': { control: 'object' } },
};

export const ChildTable: Story = {
  name: 'Data from a child table',
  args: { heading: 'Fewer NHS staff are trained on both new and existing systems', population: 'NHS staff', direction: 'up-is-good', source: 'BT research' },
  render: (args) =>
    renderStat(
      args,
      html`<table>
        <thead><tr><th>Training</th><th>2022</th><th>2024</th></tr></thead>
        <tbody><tr><td>Trained on both new and existing systems</td><td>47%</td><td>39%</td></tr></tbody>
      </table>`,
    ),
};

// Languages and themes

export const Welsh: Story = {
  name: 'Welsh (locale="cy")',
  args: {
    ...TRAINING,
    locale: 'cy',
    heading: 'Mae hyfforddiant ar dechnolegau newydd wedi treblu ers 2022',
    subheading: '% o staff y GIG, 2022 a 2024',
    source: 'Ymchwil BT, arolygon o staff y GIG 2022 a 2024',
    label: 'o staff y GIG wedi’u hyfforddi ar dechnolegau newydd',
    population: 'staff y GIG',
  },
};

export const WelshPage: Story = {
  name: 'Welsh page (lang="cy")',
  args: {
    ...WORRY,
    heading: 'Mae’r rhan fwyaf o’r cyhoedd yn poeni am ymosodiadau seiber ar y GIG',
    label: 'o oedolion y DU yn poeni',
    population: 'oedolion y DU',
  },
  decorators: [langDecorator('cy')],
};

export const ThemeLight: Story = { name: 'Theme: light', args: { ...TRAINING, theme: 'light' } };
export const ThemeDark: Story = { name: 'Theme: dark', args: { ...TRAINING, theme: 'dark' } };
export const ThemeNhs: Story = { name: 'Theme: NHS', args: { ...TRAINING, theme: 'nhs' } };
export const ThemeAuto: Story = { name: 'Theme: auto', args: { ...TRAINING, theme: 'auto' } };

export const Narrow: Story = {
  name: 'Narrow container (320 px)',
  args: { ...RATIO },
  decorators: [narrowDecorator],
};

export const NarrowQualifier: Story = {
  name: 'Qualifier in a narrow container (320 px)',
  args: { heading: 'The NHS employs over 1.7 million people', unit: 'count', value: 'over 1.7 million', label: 'people work for the NHS' },
  decorators: [narrowDecorator],
};

// Problems a journalist can make

export const ValueNotANumber: Story = {
  name: 'Value that is not a number (error)',
  args: { ...WORRY, value: 'fifty-seven' },
};

export const PercentOver100: Story = {
  name: 'Count written as a percentage (error)',
  args: { heading: 'The NHS employs over 1.7 million people', value: '1700000', label: 'people work for the NHS' },
};

export const UnknownDirection: Story = {
  name: 'Unknown direction (warning)',
  args: { ...TRAINING, direction: 'up' },
};

export const PreviousNotANumber: Story = {
  name: 'Previous that is not a number (warning)',
  args: { ...TRAINING, previous: 'five' },
};

export const SeveralRows: Story = {
  name: 'More than one row of data (warning)',
  args: { heading: WORRY.heading, data: 'Worry about cyber-attacks on the NHS: 57; Concerned attacks could disrupt critical NHS systems: 60' },
};

export const ValueAndData: Story = {
  name: 'Both value and data (warning)',
  args: { ...WORRY, data: 'Worry about cyber-attacks on the NHS: 57' },
};

export const PerLabelOnPercent: Story = {
  name: 'per-label on a percentage (warning)',
  args: { ...WORRY, 'per-label': 'adults' },
  parameters: {
    docs: { description: { story: '`per-label` only makes sense with `unit="ratio"`. (`population` is shared and valid with any unit: no warning.)' } },
  },
};
