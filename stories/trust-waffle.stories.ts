import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/waffle/define.js';
import { TrustWaffle } from '../src/waffle/trust-waffle.js';
import { SHAPES } from '../src/waffle/waffle-messages.js';
import { defineElement } from '../src/core/define.js';
import { langDecorator, narrowDecorator, pageDecorator, renderWidget, widgetArgTypes, type WidgetArgs, type WidgetContent } from './shared.js';

/*
 * Every figure below comes from test/fixtures/nhs-cyber-figures.csv: 24 of the 108 NHS trusts that answered a Redscan
 * FOI request (2018) had no security-qualified staff; 36% of NHS staff believe current cyber measures are
 * sufficient (BT research, 2024); 12% of trusts met the 95%
 * information governance training target (Redscan, 2018). They are written the way a journalist would type them.
 */

/** Every attribute a journalist can write on <trust-waffle>, in the order the docs explain them. */
const WAFFLE_ATTRIBUTES = [
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
  // Shared by every widget (docs/shared-attributes.md); this one writes it into its sentences.
  'population',
  // A sample size makes the counts survey estimates: "about", with the margin of error.
  'sample-size',
  'value',
  'of',
  'label',
  'rest-label',
  'shape',
] as const;

/** <trust-waffle> has no boolean attributes. */
const WAFFLE_FLAGS = [] as const;

type WaffleArgs = WidgetArgs<(typeof WAFFLE_ATTRIBUTES)[number]>;

/** Renders <trust-waffle> from args; attributes left undefined are not written at all. */
const renderWaffle = (args: WaffleArgs, content?: WidgetContent) => renderWidget('trust-waffle', WAFFLE_ATTRIBUTES, WAFFLE_FLAGS, args, content);

/** Controls for every attribute: lists where the attribute takes one of a few words, text otherwise. */
const waffleArgTypes = widgetArgTypes(WAFFLE_ATTRIBUTES, WAFFLE_FLAGS, {
  // This widget's list has no fr-FR, unlike the shared one.
  locale: ['en-GB', 'cy', 'de-DE'],
  shape: SHAPES,
});

/** Redscan FOI request to 108 NHS trusts, 2018. */
const TRUSTS = {
  heading: 'A fifth of NHS trusts had no staff with a security qualification',
  subheading: 'NHS trusts that answered an FOI request, 2018',
  source: 'Redscan FOI request to 108 NHS trusts',
  value: '24',
  of: '108',
  population: 'trusts',
  label: 'Trusts with no security-qualified staff',
} satisfies WaffleArgs;

/** BT research, 2024 survey of NHS staff. */
const STAFF = {
  heading: 'Only about a third of NHS staff think current cyber measures are sufficient',
  subheading: 'NHS staff, 2024',
  source: 'BT research, 2024 survey of NHS staff',
  value: '36',
  population: 'staff',
  label: 'Believe current measures are sufficient',
} satisfies WaffleArgs;

// package.json's "sideEffects" lets `storybook build` drop the bare import above: register here as well;
// defineElement ignores a second registration of the same class.
defineElement('trust-waffle', TrustWaffle);

const meta = {
  title: 'Widgets/trust-waffle',
  component: 'trust-waffle',
  tags: ['autodocs'],
  render: (args) => renderWaffle(args),
  decorators: [pageDecorator],
  argTypes: waffleArgTypes,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<WaffleArgs>;

export default meta;
type Story = StoryObj<WaffleArgs>;

// Start here: every attribute has a control.

export const Default: Story = {
  name: 'Default: 24 of 108 trusts',
  args: { ...TRUSTS },
};

// The figure: value, of, label, population, rest-label

export const OutOf100: Story = {
  name: '36 in every 100 staff (of not set)',
  args: { ...STAFF },
  parameters: { docs: { description: { story: 'Without `of` the whole is 100, the natural denominator of a survey share: 100 shapes in a 10 × 10 grid.' } } },
};

export const RestLabel: Story = {
  name: 'Rest label: framing both ways',
  args: { ...STAFF, 'rest-label': 'Do not' },
  parameters: { docs: { description: { story: '“36 in every 100 staff believe current measures are sufficient; 64 do not” (guidance R16).' } } },
};

export const NoPopulation: Story = {
  name: 'No population',
  args: { ...TRUSTS, population: undefined },
  parameters: { docs: { description: { story: 'Without `population` the sentences say “Out of 108: …” and the rest is called “Others”.' } } },
};

export const NoLabel: Story = {
  name: 'No label',
  args: { ...TRUSTS, label: undefined },
};

export const UnitPercent: Story = {
  name: 'Unit: percent (key in %, sentences in natural frequencies)',
  args: {
    heading: 'Few NHS trusts met the information governance training target',
    subheading: '% of NHS trusts, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    note: 'NHS Digital requires 95% of staff to pass Information Governance training every 12 months.',
    unit: 'percent',
    value: '12',
    population: 'trusts',
    label: 'Met the 95% training target',
    'rest-label': 'Did not meet it',
  },
};

export const Qualifier: Story = {
  name: 'Qualifier: more than 90 in every 100',
  args: {
    heading: 'Nearly all NHS staff understand their role in protecting their organisation',
    subheading: 'NHS staff, 2024',
    source: 'BT research, 2024 survey of NHS staff',
    population: 'staff',
    value: '90',
    qualifier: 'more than',
    label: 'Understand their role',
  },
  parameters: { docs: { description: { story: 'The 90% was reported as “more than 90%”: the key keeps the words, and the rest becomes “about 10”.' } } },
};

export const SurveyEstimate: Story = {
  name: 'Survey estimate: about 36 in every 100, with its margin of error',
  args: { ...STAFF, 'sample-size': '1,000', note: 'Illustrative sample size.' },
  parameters: {
    docs: {
      description: {
        story: 'With a sample size the counts are estimates: each reads “about”, and the line under the chart ends with the margin of error in shapes.',
      },
    },
  },
};

// Shapes

export const ShapeSquare: Story = { name: 'Shape: square (the default)', args: { ...TRUSTS, shape: 'square' } };
export const ShapeCircle: Story = { name: 'Shape: circle', args: { ...TRUSTS, shape: 'circle' } };
export const ShapePerson: Story = { name: 'Shape: person', args: { ...STAFF, shape: 'person', 'rest-label': 'Do not' } };

// Several categories

export const SeveralCategories: Story = {
  name: 'Several categories from data',
  args: {
    heading: 'Only about a third of NHS staff think current cyber measures are sufficient',
    subheading: 'NHS staff, 2024',
    source: 'BT research, 2024 survey of NHS staff',
    population: 'staff',
    data: 'Sufficient: 36; Not sufficient: 64',
  },
};

export const RestFromData: Story = {
  name: 'Categories and the rest',
  args: {
    heading: 'Most NHS trusts that answered had some security-qualified staff',
    subheading: 'NHS trusts that answered an FOI request, 2018',
    source: 'Redscan FOI request to 108 NHS trusts',
    of: '108',
    population: 'trusts',
    'rest-label': 'With at least one security-qualified employee',
    data: 'With no security-qualified staff: 24',
  },
};

export const DataJson: Story = {
  name: 'Data as JSON',
  args: {
    ...TRUSTS,
    value: undefined,
    label: undefined,
    data: JSON.stringify([
      { label: 'With at least one security-qualified employee', value: 84 },
      { label: 'With no security-qualified staff', value: 24 },
    ]),
  },
};

export const DataProperty: Story = {
  name: 'Data from the .data property',
  args: {
    heading: STAFF.heading,
    subheading: STAFF.subheading,
    source: STAFF.source,
    population: 'staff',
    '.data': [
      { label: 'Sufficient', value: 36 },
      { label: 'Not sufficient', value: 64 },
    ],
  },
  argTypes: { '.data': { control: 'object' } },
};

export const ChildTable: Story = {
  name: 'Data from a child table',
  args: { heading: TRUSTS.heading, subheading: TRUSTS.subheading, source: TRUSTS.source, of: '108', population: 'trusts' },
  render: (args) =>
    renderWaffle(
      args,
      html`<table>
        <thead><tr><th>NHS trusts</th><th>Number</th></tr></thead>
        <tbody><tr><td>With no security-qualified staff</td><td>24</td></tr></tbody>
      </table>`,
    ),
};

// Words around the chart

export const HeadingLevel: Story = { name: 'Heading level 2', args: { ...TRUSTS, 'heading-level': '2' } };
export const Note: Story = {
  name: 'Note and source link',
  args: { ...TRUSTS, note: '24 of the 108 trusts that answered the FOI request.', 'source-url': 'https://www.redscan.com/' },
};
export const Description: Story = {
  name: 'Description read by screen readers',
  args: { ...TRUSTS, description: 'Unit chart: 24 of the 108 NHS trusts that answered had no security-qualified staff.' },
};

// Languages and themes

export const Welsh: Story = {
  name: 'Welsh (locale="cy")',
  args: {
    heading: 'Roedd gan un o bob pump ymddiriedolaeth y GIG neb â chymhwyster diogelwch',
    subheading: 'Ymddiriedolaethau’r GIG a atebodd, 2018',
    source: 'Cais Rhyddid Gwybodaeth Redscan i 108 o ymddiriedolaethau’r GIG',
    locale: 'cy',
    value: '24',
    of: '108',
    population: 'ymddiriedolaethau',
    label: 'Heb staff â chymhwyster diogelwch',
  },
};

export const WelshPage: Story = {
  name: 'On a Welsh page (lang="cy")',
  args: { ...STAFF, label: 'Yn credu bod y mesurau presennol yn ddigonol', population: 'staff', heading: 'Staff y GIG a’r mesurau seiber' },
  decorators: [langDecorator('cy')],
};

export const German: Story = {
  name: 'Locale: German numbers (de-DE)',
  args: { heading: 'Tausend Einheiten', locale: 'de-DE', of: '1000', value: '240', label: 'NHS-Trusts' },
};

export const ThemeDark: Story = { name: 'Theme: dark', args: { ...TRUSTS, theme: 'dark' } };
export const ThemeNhs: Story = { name: 'Theme: NHS', args: { ...STAFF, theme: 'nhs', data: 'Sufficient: 36; Not sufficient: 64', value: undefined } };
export const ThemeAuto: Story = { name: 'Theme: auto', args: { ...TRUSTS, theme: 'auto' } };

// Units and formats the waffle treats specially

export const UnitCurrency: Story = { name: 'Unit: currency (warning, drawn as counts)', args: { ...TRUSTS, unit: 'currency', currency: 'GBP' } };
export const FormatAndNotation: Story = {
  name: 'Format and notation',
  args: { ...TRUSTS, of: '1000', value: '240', format: ',.0f', notation: 'standard' },
};
export const SecondSeries: Story = {
  name: 'Two series (warning, first drawn)',
  args: { heading: 'Training', series: '2022 | 2024', data: 'Trained on both new and existing systems: 47 | 39' },
};

// Problems a journalist can make

export const NotWhole: Story = { name: 'Value that is not a whole number (error)', args: { ...TRUSTS, value: '24.5' } };
export const OverWhole: Story = { name: 'Value larger than of (error)', args: { ...TRUSTS, value: '120' } };
export const OverDefaultWhole: Story = {
  name: 'Counts over 100 without of (error)',
  args: { heading: TRUSTS.heading, data: 'No security-qualified staff: 24; Some: 84' },
};
export const TooManyShapes: Story = { name: 'Too many shapes (error)', args: { ...TRUSTS, of: '1700000' } };
export const BadShape: Story = { name: 'Unknown shape (warning)', args: { ...TRUSTS, shape: 'star' } };
export const PercentWithOf: Story = { name: 'unit="percent" with of="108" (warning)', args: { ...TRUSTS, unit: 'percent', value: '22' } };

// Phones and big wholes

export const Narrow: Story = { name: 'Narrow container (320 px)', args: { ...TRUSTS }, decorators: [narrowDecorator] };
export const NarrowPeople: Story = {
  name: 'People in a narrow container (320 px)',
  args: { ...STAFF, shape: 'person', 'rest-label': 'Do not' },
  decorators: [narrowDecorator],
};
export const Thousand: Story = {
  name: '1,000 shapes',
  args: { heading: 'One shape for each of 1,000 staff', of: '1000', value: '240', population: 'staff', label: 'Illustrative category' },
  decorators: [narrowDecorator],
};
