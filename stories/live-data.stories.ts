import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/bars/define.js';
import '../src/change/define.js';
import { pageDecorator, renderWidget, widgetArgTypes, type WidgetArgs } from './shared.js';

/*
 * Live data: every widget reads its figures from a `src` address. The CSV beside these stories holds BT research
 * figures (2022 and 2024 surveys of NHS staff and the UK public, as in test/fixtures/nhs-cyber-figures.csv), laid out
 * the way an NHS web team keeps a sheet: one row per answer, a column per year, an audience column to filter on and
 * the number of respondents. Vite serves it at an http address of its own.
 */
// `?no-inline`: a file this small would otherwise be built into the story as a data: address, which src refuses.
const SHEET = new URL('./data/nhs-cyber-live.csv?no-inline', import.meta.url).href;

/** The attributes these stories set: the words around the chart and every attribute of live data. */
const LIVE_ATTRIBUTES = [
  'heading',
  'subheading',
  'source',
  'src',
  'label-column',
  'value-column',
  'series-columns',
  'from-column',
  'to-column',
  'n-column',
  'lower-column',
  'upper-column',
  'filter',
  'timeout',
  'refresh',
  'locale',
  'theme',
] as const;
const LIVE_FLAGS = ['show-uncertainty'] as const;

type LiveArgs = WidgetArgs<(typeof LIVE_ATTRIBUTES)[number], (typeof LIVE_FLAGS)[number]>;

const meta = {
  title: 'Live data/src',
  render: (args) => renderWidget('trust-bars', LIVE_ATTRIBUTES, LIVE_FLAGS, args),
  decorators: [pageDecorator],
  argTypes: widgetArgTypes(LIVE_ATTRIBUTES, LIVE_FLAGS),
  parameters: { layout: 'fullscreen' },
} satisfies Meta<LiveArgs>;

export default meta;
type Story = StoryObj<LiveArgs>;

const PUBLIC: LiveArgs = {
  heading: 'More than half of UK adults worry about cyber-attacks on the NHS',
  subheading: '% of UK adults, 2024',
  source: 'BT research, 2024 survey of the UK public',
  src: SHEET,
  'label-column': 'Answer',
  'value-column': '2024',
  filter: 'Audience=UK public',
};

export const FromASheet: Story = {
  name: 'src with label-column, value-column and filter',
  args: PUBLIC,
};

export const SampleSizes: Story = {
  name: 'n-column gives margins of error',
  args: { ...PUBLIC, 'n-column': 'Respondents', 'show-uncertainty': true },
};

export const TwoYears: Story = {
  name: 'series-columns: two years side by side',
  args: {
    ...PUBLIC,
    heading: 'Three times as many NHS staff trained on new technologies',
    subheading: '% of NHS staff',
    'value-column': undefined,
    'series-columns': '2022, 2024',
    filter: 'Audience=NHS staff; Answer=Trained on new technologies',
  },
};

export const Change: Story = {
  name: 'from-column and to-column on <trust-change>',
  render: (args) => renderWidget('trust-change', LIVE_ATTRIBUTES, LIVE_FLAGS, args),
  args: {
    heading: 'Training on new technologies tripled',
    src: SHEET,
    'label-column': 'Answer',
    'from-column': '2022',
    'to-column': '2024',
    filter: 'Answer=Trained on new technologies',
  },
};

/*
 * A sheet that carries its own intervals, as survey reports publish them. Illustrative: the interval columns of this
 * copy are 95% intervals worked out from the respondents for the story, not figures BT published.
 */
const INTERVAL_SHEET = new URL('./data/nhs-cyber-intervals.csv?no-inline', import.meta.url).href;

export const PublishedIntervals: Story = {
  name: 'lower-column and upper-column: intervals the sheet publishes',
  args: {
    ...PUBLIC,
    src: INTERVAL_SHEET,
    'lower-column': 'Lower 2024',
    'upper-column': 'Upper 2024',
    'show-uncertainty': true,
  },
};

export const Refreshing: Story = {
  name: 'refresh every 60 seconds, timeout of 5',
  args: { ...PUBLIC, refresh: '60', timeout: '5' },
};

export const MissingColumn: Story = {
  name: 'Error: a column the sheet does not have',
  args: { ...PUBLIC, 'value-column': '2025' },
};

export const NotFound: Story = {
  name: 'Error: an address that answers 404',
  args: { ...PUBLIC, src: new URL('./data/no-such-sheet.csv?no-inline', import.meta.url).href },
};

export const Welsh: Story = {
  name: 'Error in Welsh: a filter without "="',
  args: { ...PUBLIC, locale: 'cy', filter: 'UK public' },
};
