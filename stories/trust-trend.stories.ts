import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/trend/define.js';
import { TrustTrend } from '../src/trend/trust-trend.js';
import { SPACINGS } from '../src/trend/waves.js';
import { LABEL_CHOICES } from '../src/trend/point-labels.js';
import { defineElement } from '../src/core/define.js';
import { langDecorator, narrowDecorator, pageDecorator, renderWidget, widgetArgTypes, type WidgetArgs, type WidgetContent } from './shared.js';

/*
 * Real figures: test/fixtures/nhs-cyber-figures.csv has only two waves of a trend, BT research's 2022 and 2024
 * surveys of NHS staff (trained on new technologies 5% → 15%, on both new and existing systems 47% → 39%). Every
 * story with more waves uses INVENTED figures: its source line says "Illustrative data" and its heading starts
 * "Illustrative example", so nobody mistakes them for survey results.
 */

/** Every attribute a journalist can write on <trust-trend>, in the order the docs explain them. */
const TREND_ATTRIBUTES = [
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
  'y-min',
  'y-max',
  'spacing',
  'notes',
  'reference',
  'highlight',
  'labels',
  'population',
  'sample-size',
  'fieldwork',
  'method',
  'question',
  'commissioned-by',
  'base',
  'min-sample-size',
] as const;

/** Boolean attributes: present or absent. */
const TREND_FLAGS = ['show-uncertainty', 'allow-small-samples'] as const;

type TrendArgs = WidgetArgs<(typeof TREND_ATTRIBUTES)[number], (typeof TREND_FLAGS)[number]>;

/** Renders <trust-trend> from args; attributes left undefined are not written at all. */
const renderTrend = (args: TrendArgs, content?: WidgetContent) => renderWidget('trust-trend', TREND_ATTRIBUTES, TREND_FLAGS, args, content);

/** Controls for every attribute: lists where the attribute takes one of a few words, text otherwise. */
const trendArgTypes = widgetArgTypes(TREND_ATTRIBUTES, TREND_FLAGS, { spacing: SPACINGS, labels: LABEL_CHOICES });

/** Real: BT research, 2022 and 2024 surveys of NHS staff. */
const TRAINING = {
  heading: 'More NHS staff are trained on new technologies, fewer on both new and existing systems',
  subheading: '% of NHS staff, 2022 and 2024',
  source: 'BT research, 2022 and 2024 surveys of NHS staff',
  series: 'Trained on new technologies | Trained on both new and existing systems',
  data: '2022: 5 | 47; 2024: 15 | 39',
} satisfies TrendArgs;

/** Invented: five yearly waves of the same two measures, one year without a survey. */
const ILLUSTRATIVE_YEARS = {
  heading: 'Illustrative example: training rose in most years, with no survey in 2021',
  subheading: '% of staff, invented figures for a made-up trust, 2019 to 2023',
  source: 'Illustrative data',
  note: 'These figures are invented to show how the chart works. They are not survey results.',
  series: 'Trained on new technologies | Trained on both new and existing systems',
  data: '2019: 4 | 52; 2020: 6 | 49; 2021: n/a | n/a; 2022: 9 | 45; 2023: 12 | 41',
} satisfies TrendArgs;

/** Invented: six named waves of one measure that moves within a narrow band. */
const ILLUSTRATIVE_WAVES = {
  heading: 'Illustrative example: worry about cyber-attacks stayed between 50% and 60%',
  subheading: '% of adults, invented figures, survey waves 1 to 6',
  source: 'Illustrative data',
  series: 'Worry about cyber-attacks on the NHS',
  data: 'Wave 1: 52; Wave 2: 55; Wave 3: 54; Wave 4: 58; Wave 5: 56; Wave 6: 57',
} satisfies TrendArgs;

/** Invented: four measures on uneven fieldwork dates. */
const ILLUSTRATIVE_DATES = {
  heading: 'Illustrative example: fieldwork dates were uneven, so the waves are spaced by date',
  subheading: '% of adults, invented figures, 2023 to 2024',
  source: 'Illustrative data',
  series: 'Worry about attacks | Concerned about disruption | Concerned about data exposure | Training a priority',
  data: '2023-01: 49 | 55 | 51 | 44; 2023-03: 51 | 56 | 50 | 47; 2023-11: 55 | 58 | 54 | 52; 2024-03: 57 | 60 | 56 | 55',
} satisfies TrendArgs;

const TRAINING_TABLE = html`<table>
  <thead>
    <tr><th>Survey</th><th>Trained on new technologies</th><th>Trained on both new and existing systems</th></tr>
  </thead>
  <tbody>
    <tr><td>2022</td><td>5%</td><td>47%</td></tr>
    <tr><td>2024</td><td>15%</td><td>39%</td></tr>
  </tbody>
</table>`;

// package.json's "sideEffects" lists only dist/ files, so `storybook build` may drop the bare import above.
// Register here as well; defineElement ignores a second registration of the same class.
defineElement('trust-trend', TrustTrend);

const meta = {
  title: 'Widgets/trust-trend',
  component: 'trust-trend',
  tags: ['autodocs'],
  render: (args) => renderTrend(args),
  decorators: [pageDecorator],
  argTypes: trendArgTypes,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

// Start here: every attribute has a control. Real figures.

export const Default: Story = {
  name: 'Default: the real 2022 and 2024 training figures',
  args: { ...TRAINING },
};

export const RealFiguresTable: Story = {
  name: 'Real figures from a child table',
  args: { heading: TRAINING.heading, subheading: TRAINING.subheading, source: TRAINING.source },
  render: (args) => renderTrend(args, TRAINING_TABLE),
  parameters: { docs: { description: { story: 'Waves in the first column, one column per measure. Without JavaScript readers see the table.' } } },
};

// More waves (invented figures, labelled as such)

export const MissingWave: Story = {
  name: 'A missing wave breaks the line (illustrative)',
  args: { ...ILLUSTRATIVE_YEARS },
  parameters: {
    docs: {
      description: { story: '`n/a` for 2021: the line stops and starts again; nothing is drawn across the gap, and the summary says "no data for 2021".' },
    },
  },
};

export const WaveNames: Story = {
  name: 'Wave names (illustrative)',
  args: { ...ILLUSTRATIVE_WAVES },
};

export const IsoDates: Story = {
  name: 'ISO months placed in time (illustrative)',
  args: { ...ILLUSTRATIVE_DATES },
  parameters: {
    docs: { description: { story: 'Crowded lines: the names move into a key above the chart and the values are joined to their lines by leader lines.' } },
  },
};

export const SingleSeriesCount: Story = {
  name: 'One unnamed series of counts (illustrative)',
  args: {
    heading: 'Illustrative example: reported incidents at a made-up trust',
    subheading: 'Number of incidents reported each year, invented figures',
    source: 'Illustrative data',
    unit: 'count',
    data: '2019: 12; 2020: 18; 2021: 15; 2022: 24; 2023: 21; 2024: 27',
  },
};

export const Currency: Story = {
  name: 'Money on ISO days (illustrative)',
  args: {
    heading: 'Illustrative example: training spend at a made-up trust',
    subheading: '£ per year, invented figures',
    source: 'Illustrative data',
    unit: 'currency',
    series: 'Spend on data security training',
    data: '2023-03-15: 5356; 2023-09-30: 6100; 2024-03-15: 7250',
  },
};

// The vertical axis

export const YMin: Story = {
  name: 'y-min: axis starting above zero (illustrative)',
  args: { ...ILLUSTRATIVE_WAVES, 'y-min': '40' },
  parameters: { docs: { description: { story: 'A break mark at the bottom of the axis and the note "The vertical axis starts at 40%, not zero."' } } },
};

export const YMinAboveData: Story = {
  name: 'y-min above the data (warning)',
  args: { ...ILLUSTRATIVE_WAVES, 'y-min': '55' },
};

export const YMax: Story = {
  name: 'y-max: a full 0–100% axis',
  args: { ...TRAINING, 'y-max': '100' },
};

export const YMaxBelowData: Story = {
  name: 'y-max below the data (warning)',
  args: { ...TRAINING, 'y-max': '40' },
};

export const YMaxNotAboveMin: Story = {
  name: 'y-max not above y-min (warning)',
  args: { ...ILLUSTRATIVE_WAVES, 'y-min': '40', 'y-max': '30' },
};

// Spacing of waves

export const SpacingEven: Story = {
  name: 'spacing="even": ISO months evenly spaced (illustrative)',
  args: { ...ILLUSTRATIVE_DATES, spacing: 'even' },
};

export const SpacingTime: Story = {
  name: 'spacing="time": uneven years placed in time (illustrative)',
  args: {
    heading: 'Illustrative example: surveys in 2015, 2019, 2022 and 2024',
    subheading: '% of staff, invented figures',
    source: 'Illustrative data',
    series: 'Trained on new technologies',
    spacing: 'time',
    data: '2015: 2; 2019: 4; 2022: 5; 2024: 15',
  },
};

export const MixedWaves: Story = {
  name: 'Dates mixed with wave names (warning)',
  args: { ...ILLUSTRATIVE_WAVES, data: '2023-01: 52; Wave 2: 55; 2024-03: 57' },
};

export const SpacingTimeWithNames: Story = {
  name: 'spacing="time" with wave names (warning)',
  args: { ...ILLUSTRATIVE_WAVES, spacing: 'time' },
};

export const UnknownSpacing: Story = {
  name: 'Unknown spacing (warning)',
  args: { ...TRAINING, spacing: 'dates' },
};

// Survey data: margins of error, tests of change, small samples (issue 4). Every sample size here is INVENTED:
// BT's published research gives the percentages but not how many people were asked.

/** Invented: five waves of a staff survey at a made-up trust, with the sample size of each wave in an `n` column. */
const STAFF_SURVEY_TABLE = html`<table>
  <thead>
    <tr><th>Survey</th><th>Worried about a cyber-attack</th><th>Confident the trust could recover from an attack</th><th>n</th></tr>
  </thead>
  <tbody>
    <tr><td>2019</td><td>52%</td><td>41%</td><td>310</td></tr>
    <tr><td>2020</td><td>54%</td><td>38%</td><td>280</td></tr>
    <tr><td>2021</td><td>57%</td><td>33%</td><td>120</td></tr>
    <tr><td>2022</td><td>56%</td><td>34%</td><td>260</td></tr>
    <tr><td>2023</td><td>55%</td><td>31%</td><td>300</td></tr>
  </tbody>
</table>`;

export const ShowUncertaintyPerWave: Story = {
  name: 'Survey: margins of error as bands, n per wave (show-uncertainty, illustrative)',
  args: {
    heading: 'Illustrative example: confidence in recovering from an attack fell; worry shows no clear change',
    subheading: '% of staff, invented figures for a made-up trust, 2019 to 2023, with 95% margins of error',
    source: 'Illustrative data',
    note: 'These figures and sample sizes are invented to show how margins of error are drawn. They are not survey results.',
    population: 'staff at a made-up trust',
    method: 'Online staff survey (illustrative)',
    'show-uncertainty': true,
  },
  render: (args) => renderTrend(args, STAFF_SURVEY_TABLE),
  parameters: {
    docs: {
      description: {
        story:
          'The table’s `n` column gives each wave’s sample size. Each line gets a faint band from the low to the high end of its 95% interval, wider in the small 2021 wave. The summary tests the change from 2019 to 2023: worry (52% → 55%) is "no clear change (within the margin of error)", confidence (41% → 31%) "fell".',
      },
    },
  },
};

export const ShowUncertaintyPerSeries: Story = {
  name: 'Survey: one sample size per measure (sample-size="400 | 1,000", illustrative sizes)',
  args: {
    ...TRAINING,
    note: 'Sample sizes are illustrative: the published research does not state them.',
    'sample-size': '400 | 1,000',
    'show-uncertainty': true,
  },
};

export const NoClearChange: Story = {
  name: 'Survey: no clear change, 40% → 43% with 200 people each (illustrative)',
  args: {
    heading: 'Illustrative example: worry did not clearly change',
    subheading: '% of staff, invented figures',
    source: 'Illustrative data',
    series: 'Worried about a cyber-attack',
    data: '2022: 40; 2024: 43',
    'sample-size': '200',
    'show-uncertainty': true,
  },
  parameters: {
    docs: {
      description: {
        story:
          'A 3-point rise with 200 people in each wave is within the margin of error (z = 0.61): the summary says "no clear change (within the margin of error)" rather than "rose".',
      },
    },
  },
};

export const WithheldWave: Story = {
  name: 'Survey: a wave from 24 people is withheld (illustrative)',
  args: {
    heading: 'Illustrative example: too few staff answered in 2023',
    subheading: '% of staff, invented figures for a made-up trust',
    source: 'Illustrative data',
    series: 'Worried about a cyber-attack',
    'show-uncertainty': true,
  },
  render: (args) =>
    renderTrend(
      args,
      html`<table>
        <thead><tr><th>Survey</th><th>Worried about a cyber-attack</th><th>n</th></tr></thead>
        <tbody>
          <tr><td>2021</td><td>50%</td><td>300</td></tr>
          <tr><td>2022</td><td>52%</td><td>280</td></tr>
          <tr><td>2023</td><td>61%</td><td>24</td></tr>
          <tr><td>2024</td><td>57%</td><td>310</td></tr>
        </tbody>
      </table>`,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Fewer than 30 people: the 2023 figure leaves a gap in the line and the band, a note says why, and the summary says "too few answers in 2023". Turn on `allow-small-samples` to show it with its wide range.',
      },
    },
  },
};

// Words, numbers and languages

export const Qualifier: Story = {
  name: 'A value with "more than" (illustrative)',
  args: {
    heading: 'Illustrative example: nearly all staff understand their role',
    subheading: '% of staff, invented 2022 figure; 2024 figure from BT research',
    source: 'Illustrative data (2022); BT research (2024)',
    series: 'Understand their role in protecting their organisation',
    data: '2022: 80; 2024: more than 90',
  },
  parameters: { docs: { description: { story: 'The summary gives no exact change when a value is only "more than".' } } },
};

export const Description: Story = {
  name: 'Description read by screen readers',
  args: { ...TRAINING, description: 'Training on new technologies tripled from 5% to 15% of NHS staff, while training on both systems fell from 47% to 39%.' },
};

export const Welsh: Story = {
  name: 'Locale: Welsh (cy)',
  args: {
    heading: 'Mae mwy o staff y GIG wedi’u hyfforddi ar dechnolegau newydd',
    subheading: '% o staff y GIG, 2022 a 2024',
    source: 'Ymchwil BT, arolygon o staff y GIG 2022 a 2024',
    locale: 'cy',
    series: 'Wedi’u hyfforddi ar dechnolegau newydd | Wedi’u hyfforddi ar systemau newydd a phresennol',
    data: TRAINING.data,
  },
};

export const WelshFromPage: Story = {
  name: 'Welsh from the page’s lang',
  args: { ...Welsh.args, locale: undefined },
  decorators: [langDecorator('cy')],
};

// Themes

export const ThemeLight: Story = { name: 'Theme: light', args: { ...TRAINING, theme: 'light' } };
export const ThemeDark: Story = { name: 'Theme: dark (illustrative)', args: { ...ILLUSTRATIVE_DATES, theme: 'dark' } };
export const ThemeAuto: Story = { name: 'Theme: auto', args: { ...TRAINING, theme: 'auto' } };
export const ThemeNhs: Story = { name: 'Theme: NHS (illustrative)', args: { ...ILLUSTRATIVE_YEARS, theme: 'nhs' } };
export const DarkPageNoTheme: Story = { name: 'No theme on a dark page', args: { ...TRAINING }, parameters: { page: 'dark' } };

// Data input

export const DataJson: Story = {
  name: 'Data as JSON',
  args: {
    ...TRAINING,
    series: undefined,
    data: JSON.stringify([
      { label: '2022', 'Trained on new technologies': 5, 'Trained on both new and existing systems': 47 },
      { label: '2024', 'Trained on new technologies': 15, 'Trained on both new and existing systems': 39 },
    ]),
  },
};

export const DataProperty: Story = {
  name: 'Data from the .data property',
  args: {
    heading: TRAINING.heading,
    subheading: TRAINING.subheading,
    source: TRAINING.source,
    '.data': [
      { label: '2022', values: { 'Trained on new technologies': 5, 'Trained on both new and existing systems': 47 } },
      { label: '2024', values: { 'Trained on new technologies': 15, 'Trained on both new and existing systems': 39 } },
    ],
  },
  argTypes: { '.data': { control: 'object' } },
};

// Narrow containers

export const Narrow: Story = {
  name: 'Narrow container (320 px): names in a key',
  args: { ...TRAINING },
  decorators: [narrowDecorator],
};

export const NarrowManyWaves: Story = {
  name: 'Narrow container (320 px): thinned wave labels (illustrative)',
  args: { ...ILLUSTRATIVE_WAVES, 'y-min': '40' },
  decorators: [narrowDecorator],
};

// Problems

export const MalformedData: Story = {
  name: 'A value that is not a number (error)',
  args: { ...TRAINING, data: '2022: 5 | 47; 2024: fifteen | 39' },
};

export const PercentOver100: Story = {
  name: 'Percentage over 100 (error)',
  args: { ...TRAINING, data: '2022: 5 | 47; 2024: 150 | 39' },
};

export const EmptyData: Story = {
  name: 'Empty data (error)',
  args: { heading: TRAINING.heading, source: TRAINING.source },
};

export const MisspeltAttribute: Story = {
  name: 'Misspelt attribute (warning)',
  args: { ...TRAINING },
  render: (args) => html`<trust-trend heading=${args.heading ?? ''} ymin="30" series=${args.series ?? ''} data=${args.data ?? ''}></trust-trend>`,
  parameters: {
    docs: { description: { story: 'The markup says `ymin` instead of `y-min`. The chart still draws, with a visible notice naming the attribute.' } },
  },
};

// Notes, reference lines and highlights (docs/annotations.md)

/** Invented figures with a real event: the WannaCry attack hit the NHS in May 2017. */
const ANNOTATED = {
  heading: 'Illustrative example: worry about a cyber-attack jumped in the year of WannaCry',
  subheading: '% of staff, invented figures for a made-up trust, 2016 to 2021',
  source: 'Illustrative data',
  series: 'Worried about a cyber-attack',
  data: '2016: 41; 2017: 52; 2018: 54; 2019: 53; 2020: 57; 2021: 55',
  notes: '2017: WannaCry attack, May 2017; 2020: Survey moved online',
};

export const Notes: Story = {
  name: 'Notes: notes="2017: WannaCry attack, May 2017" beside their points (illustrative)',
  args: { ...ANNOTATED },
};

export const NotesNarrow: Story = {
  name: 'Notes on a narrow chart (320 px): numbered markers, the words listed under it (illustrative)',
  args: { ...ANNOTATED },
  decorators: [narrowDecorator],
};

export const NotesInTableFoot: Story = {
  name: 'Notes in the child table’s foot: <td data-note>, footnotes without JavaScript (illustrative)',
  args: { heading: ANNOTATED.heading, subheading: ANNOTATED.subheading, source: ANNOTATED.source, series: ANNOTATED.series },
  render: (args) =>
    renderTrend(
      args,
      html`<table>
        <thead><tr><th>Year</th><th>Worried about a cyber-attack</th></tr></thead>
        <tbody>
          <tr><td>2016</td><td>41</td></tr><tr><td>2017</td><td>52</td></tr><tr><td>2018</td><td>54</td></tr>
          <tr><td>2019</td><td>53</td></tr><tr><td>2020</td><td>57</td></tr><tr><td>2021</td><td>55</td></tr>
        </tbody>
        <tfoot>
          <tr><th scope="row">2017</th><td data-note>WannaCry attack, May 2017</td></tr>
          <tr><th scope="row">2020</th><td data-note>Survey moved online</td></tr>
        </tfoot>
      </table>`,
    ),
  parameters: { docs: { description: { story: 'For pages written by hand: the notes read as the table’s footnotes before the script loads.' } } },
};

export const NotesOnOneSeries: Story = {
  name: 'Notes: on one line with "wave | series: words" (illustrative)',
  args: { ...ILLUSTRATIVE_YEARS, notes: '2022 | Trained on new technologies: New training programme' },
};

export const ReferenceAndHighlight: Story = {
  name: 'reference="50: Half of staff" and highlight="2020–2021: COVID-19 pandemic" (illustrative)',
  args: { ...ANNOTATED, notes: undefined, reference: '50: Half of staff', highlight: '2020–2021: COVID-19 pandemic' },
};

export const LabelsAll: Story = {
  name: 'labels="all": every value beside its point, overlapping ones left out (illustrative)',
  args: { ...ILLUSTRATIVE_YEARS, labels: 'all' },
};

export const LabelsNone: Story = {
  name: 'labels="none": names only; values in the tooltip, table and summary (illustrative)',
  args: { ...ILLUSTRATIVE_YEARS, labels: 'none' },
};

export const NotesProblems: Story = {
  name: 'Problems: a note on a missing year, a line off the axis, markup in a note',
  args: { ...ANNOTATED, notes: '2015: Before the survey; 2017: <b>WannaCry</b>', reference: '150: Off the axis' },
};
