import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/dashboard/define.js';
import '../src/bars/define.js';
import '../src/change/define.js';
import '../src/stat/define.js';
import '../src/waffle/define.js';
import { TrustDashboard } from '../src/dashboard/trust-dashboard.js';
import { DASHBOARD_COLUMNS } from '../src/dashboard/dashboard-view.js';
import { TrustBars } from '../src/bars/trust-bars.js';
import { TrustChange } from '../src/change/trust-change.js';
import { TrustStat } from '../src/stat/trust-stat.js';
import { TrustWaffle } from '../src/waffle/trust-waffle.js';
import { defineElement } from '../src/core/define.js';
import { langDecorator, pageDecorator, widgetArgTypes, type WidgetArgs } from './shared.js';

/*
 * <trust-dashboard>: several charts under one heading, sharing a theme, a language, one spreadsheet (`src`), the source
 * and the survey facts. The spreadsheet is the demo's (demo/data/nhs-cyber-figures.csv: BT research, 2022 and 2024
 * surveys of NHS staff and the UK public; Redscan FOI request to 108 NHS trusts, 2018), laid out as an NHS web team
 * keeps one: a row per figure, a `Chart` column to filter on, a column per year. Vite serves it at an address of its own.
 */
// `?no-inline`: a file this small would otherwise be built into the story as a data: address, which src refuses.
const SHEET = new URL('../demo/data/nhs-cyber-figures.csv?no-inline', import.meta.url).href;

/** Every attribute an editor can write on <trust-dashboard>, in the order the docs explain them. */
const DASHBOARD_ATTRIBUTES = [
  'heading',
  'heading-level',
  'subheading',
  'note',
  'columns',
  'theme',
  'locale',
  'src',
  'timeout',
  'refresh',
  'source',
  'source-url',
  'population',
  'sample-size',
  'design-effect',
  'fieldwork',
  'method',
  'question',
  'commissioned-by',
] as const;

type DashboardArgs = WidgetArgs<(typeof DASHBOARD_ATTRIBUTES)[number]>;

/** An empty control means "attribute not set", as it would be in an editor's markup. */
const attr = (value: string | undefined): string | undefined => (value ? value : undefined);

/** The dashboard as an editor writes it, around the charts a story gives it. */
const renderDashboard = (args: DashboardArgs, charts: TemplateResult): TemplateResult =>
  html`<trust-dashboard
    heading=${ifDefined(attr(args.heading))}
    heading-level=${ifDefined(attr(args['heading-level']))}
    subheading=${ifDefined(attr(args.subheading))}
    note=${ifDefined(attr(args.note))}
    columns=${ifDefined(attr(args.columns))}
    theme=${ifDefined(attr(args.theme))}
    locale=${ifDefined(attr(args.locale))}
    src=${ifDefined(attr(args.src))}
    timeout=${ifDefined(attr(args.timeout))}
    refresh=${ifDefined(attr(args.refresh))}
    source=${ifDefined(attr(args.source))}
    source-url=${ifDefined(attr(args['source-url']))}
    population=${ifDefined(attr(args.population))}
    sample-size=${ifDefined(attr(args['sample-size']))}
    design-effect=${ifDefined(attr(args['design-effect']))}
    fieldwork=${ifDefined(attr(args.fieldwork))}
    method=${ifDefined(attr(args.method))}
    question=${ifDefined(attr(args.question))}
    commissioned-by=${ifDefined(attr(args['commissioned-by']))}
    >${charts}</trust-dashboard
  >`;

/** Public concern beside staff confidence, the training change, 24 of 108 trusts and 1 in 2,582: every figure from the sheet. */
const FROM_THE_SHEET = html`
  <trust-bars
    span="2"
    heading="Most of the UK public worry about cyber-attacks on the NHS"
    subheading="% of UK adults, 2024"
    label-column="Figure"
    value-column="2024"
    filter="Chart=Public concern"
    population="UK adults"
  ></trust-bars>
  <trust-bars
    heading="Fewer than half of NHS staff trust their systems to keep patient data safe"
    subheading="% of NHS staff, 2024"
    label-column="Figure"
    value-column="2024"
    filter="Chart=Staff confidence"
    population="NHS staff"
  ></trust-bars>
  <trust-change
    heading="Three times as many staff trained on new technologies, but fewer on both new and existing systems"
    subheading="% of NHS staff, 2022 and 2024"
    label-column="Figure"
    from-column="2022"
    to-column="2024"
    filter="Chart=Training"
    population="NHS staff"
  ></trust-change>
  <trust-waffle
    heading="24 of 108 NHS trusts had no one with a security qualification"
    subheading="NHS trusts that answered an FOI request, 2018"
    label-column="Figure"
    value-column="2018"
    filter="Chart=Qualified staff"
    of="108"
    population="trusts"
    source="Redscan FOI request to 108 NHS trusts"
    fieldwork="2018"
    commissioned-by=""
  ></trust-waffle>
  <trust-stat
    heading="One qualified security professional for every 2,582 NHS employees"
    subheading="Average across NHS trusts, 2018"
    label-column="Figure"
    value-column="2018"
    filter="Chart=Security professionals"
    unit="ratio"
    label="qualified security professional"
    per-label="employees"
    source="Redscan FOI request to 108 NHS trusts"
    fieldwork="2018"
    commissioned-by=""
  ></trust-stat>
`;

/** What the BT charts share; the FOI charts set their own source and fieldwork, and opt out of commissioned-by. */
const SHARED: DashboardArgs = {
  heading: 'Public worry about NHS cyber-attacks outruns staff confidence',
  subheading: 'What the UK public and NHS staff told BT in 2022 and 2024, and what NHS trusts said in 2018',
  src: SHEET,
  source: 'BT research, 2022 and 2024 surveys of NHS staff and the UK public',
  'source-url': 'https://newsroom.bt.com/',
  population: 'UK adults and NHS staff',
  fieldwork: '2022 and 2024',
  'commissioned-by': 'BT',
};

// package.json's "sideEffects" lists only dist/ files, so `storybook build` (Rolldown) may drop the bare imports above:
// register here as well; defineElement ignores a second registration of the same class.
defineElement('trust-dashboard', TrustDashboard);
defineElement('trust-bars', TrustBars);
defineElement('trust-change', TrustChange);
defineElement('trust-stat', TrustStat);
defineElement('trust-waffle', TrustWaffle);

const meta = {
  title: 'Dashboard/trust-dashboard',
  component: 'trust-dashboard',
  tags: ['autodocs'],
  render: (args) => renderDashboard(args, FROM_THE_SHEET),
  decorators: [pageDecorator],
  argTypes: widgetArgTypes(DASHBOARD_ATTRIBUTES, [], { columns: DASHBOARD_COLUMNS, 'heading-level': ['2', '3', '4', '5'] }),
  parameters: { layout: 'fullscreen' },
} satisfies Meta<DashboardArgs>;

export default meta;
type Story = StoryObj<DashboardArgs>;

// Start here: five charts, one spreadsheet.

export const Default: Story = {
  name: 'Default: five charts from one spreadsheet',
  args: SHARED,
  parameters: {
    docs: {
      description: {
        story:
          'The dashboard has `src`, the source and the survey facts; each chart picks its rows with `filter="Chart=…"` and its figures with `value-column` (or `from-column` and `to-column`). The FOI charts set their own source and `commissioned-by=""`.',
      },
    },
  },
};

// Themes: set once on the dashboard, they reach every chart by CSS.

export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { ...SHARED, theme: 'dark' },
};

export const ThemeNhs: Story = {
  name: 'Theme: NHS',
  args: { ...SHARED, theme: 'nhs' },
};

export const OwnThemeWins: Story = {
  name: 'A chart’s own theme wins',
  args: { ...SHARED, theme: 'nhs' },
  render: (args) =>
    renderDashboard(
      args,
      html`<trust-stat heading="Most of the UK public worry about cyber-attacks on the NHS" value="57" label="of UK adults worry" population="UK adults"></trust-stat>
        <trust-stat theme="dark" heading="Only a third of NHS staff think current measures are sufficient" value="36" label="of NHS staff" population="NHS staff"></trust-stat>`,
    ),
};

// Layout: columns and span.

export const DesignEffect: Story = {
  name: 'Survey: a design effect for every chart (design-effect="1.5" on the dashboard)',
  args: { ...SHARED, 'sample-size': '1,000', 'design-effect': '1.5' },
};

export const TwoColumns: Story = {
  name: 'columns="2": never more than two',
  args: { ...SHARED, columns: '2' },
};

export const OneColumn: Story = {
  name: 'columns="1": one chart per row',
  args: { ...SHARED, columns: '1' },
};

export const Span: Story = {
  name: 'span="3": one chart across the whole row',
  args: { ...SHARED, columns: '3' },
  render: (args) =>
    renderDashboard(
      args,
      html`<trust-bars
          span="3"
          heading="Staff and public agree: NHS staff need more cyber-security training"
          subheading="% of frontline NHS staff and of UK adults, 2024"
          label-column="Figure"
          value-column="2024"
          filter="Chart=Training wanted"
        ></trust-bars>
        ${FROM_THE_SHEET}`,
    ),
};

// Live data through the dashboard.

export const OwnDataWins: Story = {
  name: 'A chart with its own figures ignores the dashboard’s src',
  args: SHARED,
  render: (args) =>
    renderDashboard(
      args,
      html`<trust-bars
          heading="Most of the UK public worry about cyber-attacks on the NHS"
          subheading="% of UK adults, 2024"
          label-column="Figure"
          value-column="2024"
          filter="Chart=Public concern"
        ></trust-bars>
        <trust-bars heading="NHS staff want more training" subheading="% of frontline NHS staff, 2024">
          <table>
            <tr>
              <th>Answer</th>
              <th>%</th>
            </tr>
            <tr>
              <td>Frontline staff calling for more training</td>
              <td>60</td>
            </tr>
          </table>
        </trust-bars>`,
    ),
};

export const Refreshing: Story = {
  name: 'refresh every 60 seconds, for every chart',
  args: { ...SHARED, refresh: '60', timeout: '5' },
};

export const NotFound: Story = {
  name: 'Error: an address that answers 404',
  args: { ...SHARED, src: new URL('../demo/data/no-such-sheet.csv', import.meta.url).href },
  parameters: { docs: { description: { story: 'Each chart that reads the dashboard’s `src` says what went wrong and which attribute to fix.' } } },
};

export const Slips: Story = {
  name: 'Warnings: columns="4" and no heading',
  args: { ...SHARED, heading: undefined, columns: '4' },
};

// Welsh: the dashboard's locale reaches every chart.

const WELSH_CHARTS = html`
  <trust-bars
    heading="Mae’r rhan fwyaf o’r cyhoedd yn poeni am ymosodiadau seiber ar y GIG"
    subheading="% o oedolion y DU, 2024"
    data="Yn poeni am ymosodiadau seiber ar y GIG: 57; Yn pryderu am amharu ar systemau hanfodol: 60"
  ></trust-bars>
  <trust-change
    heading="Mwy o staff wedi’u hyfforddi ar dechnolegau newydd"
    subheading="% o staff y GIG"
    from-label="2022"
    to-label="2024"
    data="Wedi’u hyfforddi ar dechnolegau newydd: 5 | 15"
  ></trust-change>
  <trust-waffle heading="24 o 108 o ymddiriedolaethau GIG heb staff â chymhwyster diogelwch" value="24" of="108" source="Cais Rhyddid Gwybodaeth Redscan" fieldwork="2018"></trust-waffle>
`;

export const Welsh: Story = {
  name: 'Locale: Welsh (cy), for every chart',
  args: { heading: 'Pryder y cyhoedd am seiberddiogelwch y GIG', source: 'Ymchwil BT, 2022 a 2024', locale: 'cy', fieldwork: '2024' },
  render: (args) => renderDashboard(args, WELSH_CHARTS),
};

export const WelshFromPage: Story = {
  name: 'Language from the page (lang="cy")',
  args: { heading: 'Pryder y cyhoedd am seiberddiogelwch y GIG', source: 'Ymchwil BT, 2022 a 2024', fieldwork: '2024' },
  render: (args) => renderDashboard(args, WELSH_CHARTS),
  decorators: [langDecorator('cy')],
};
