import type { joinList } from './grammar.js';
import type { BarsMessages } from '../../bars/bars-messages.js';
import type { Messages } from './messages.js';

/** The grammar the Welsh shares with the English, handed over by messages.ts (see `registerWords` there). */
export interface WelshGrammar {
  readonly joinList: typeof joinList;
}

/**
 * Welsh (Cymraeg), for NHS Wales' bilingual sites. Welsh counts with the singular noun ("4 eitem").
 * Written by the developers, not yet reviewed by a Welsh-language officer: corrections are welcome.
 * Loaded only when a widget is drawn in Welsh: it imports nothing at run time (see `registerWords`).
 */
/** How to write a figure that could not be read (see numberHint in en-problems.ts). */
const numberHint = (text: string): string =>
  /^[^.]*\d,(\d{1,2}|\d{4,})\D*$/.test(text)
    ? `Ysgrifennwch ${text.replace(',', '.')}, gydag atalnod llawn cyn y degolion; neu, os yw’ch tudalen yn ysgrifennu degolion gyda choma, gosodwch locale (er enghraifft locale="de-DE").`
    : 'Ysgrifennwch y ffigur mewn digidau, fel 57, 57.5% neu “dros 1.7 miliwn”.';

export const welsh = ({ joinList }: WelshGrammar): Messages & BarsMessages => ({
  locale: 'cy',
  source: 'Ffynhonnell:',
  showTable: 'Dangos y tabl data',
  hideTable: 'Cuddio’r tabl data',
  download: 'Lawrlwytho',
  exportItems: {
    png: 'Delwedd (PNG)',
    card: 'Delwedd ar gyfer y cyfryngau cymdeithasol (PNG)',
    svg: 'Delwedd fector (SVG)',
    csv: 'Data (CSV)',
    embed: 'Copïo’r cod mewnosod',
  },
  preparing: 'Wrthi’n paratoi…',
  downloaded: (file) => `Wedi lawrlwytho ${file}`,
  embedCopied: 'Wedi copïo’r cod mewnosod',
  copyByHand: 'Pwyswch Ctrl+C / ⌘C i gopïo',
  exportFailed: 'Mae’n ddrwg gennym, nid oedd modd creu’r ffeil.',
  defaultCaption: 'Data’r siart',
  labelColumn: 'Eitem',
  valueColumn: 'Gwerth',
  noData: 'dim data',
  legend: 'Allwedd',
  target: 'Targed',
  ratio: (value) => `1 o bob ${value}`,
  keyboardHint: 'Defnyddiwch y bysellau saeth i symud rhwng y barrau.',
  pointAnnouncement: ({ label, series, value, position, total, seriesPosition, seriesCount, row, rowCount }) =>
    `${label}${series ? `, ${series}` : ''}: ${value}. ${
      rowCount ? `${total > 1 ? `${position} o ${total}, rhes` : 'Rhes'} ${row} o ${rowCount}` : `${position} o ${total}`
    }${seriesCount ? `, cyfres ${seriesPosition} o ${seriesCount}` : ''}.`,
  firstPoint: 'Y pwynt cyntaf.',
  lastPoint: 'Y pwynt olaf.',
  keysShown: 'Bysellau saeth: symud rhwng y pwyntiau. Esc: cuddio’r label. ?: rhestr o’r bysellau.',
  howToReadTitle: 'Sut i ddarllen y siart hwn',
  keyHelp: {
    title: 'Bysellau ar gyfer y siart hwn',
    arrows: 'Bysellau saeth: y pwynt nesaf neu’r un blaenorol',
    alongSeries: '← →: ar hyd cyfres',
    betweenSeries: '↑ ↓: yr un pwynt yn y gyfres nesaf neu’r un flaenorol',
    withinRow: '← →: o fewn y rhes',
    betweenRows: '↑ ↓: y rhes nesaf neu’r un flaenorol',
    homeEnd: 'Home, End: y pwynt cyntaf neu olaf',
    homeEndRow: 'Home, End: dechrau neu ddiwedd y rhes',
    pagesSeries: 'Page Up, Page Down: y gyfres gyntaf neu olaf',
    pagesRows: 'Page Up, Page Down: y rhes gyntaf neu olaf',
    escape: 'Esc: cuddio’r label, neu’r rhestr hon',
    question: '?: dangos neu guddio’r rhestr hon',
  },
  barsSummary: ({ items, series, extremes, target }) => {
    const kind =
      series.length > 1 ? `Siart bar wedi’i grwpio, ${items} eitem, ${series.length} cyfres (${joinList(series, 'a')}).` : `Siart bar, ${items} eitem.`;
    const parts = extremes.map(({ series: name, highest, lowest }) => {
      const prefix = series.length > 1 ? `${name}: ` : '';
      if (!highest.label) return prefix ? `${prefix}dim data.` : 'Dim data.';
      return items > 1 && highest.label !== lowest.label
        ? `${prefix}Uchaf: ${highest.label}, ${highest.value}. Isaf: ${lowest.label}, ${lowest.value}.`
        : `${prefix}${highest.label}, ${highest.value}.`;
    });
    const goal = target
      ? ` ${target.label}: ${target.value}. ${target.series ? `Yn ${target.series}, mae` : 'Mae'} ${target.meeting} o ${target.total} yn ei gyrraedd.`
      : '';
    return `${kind} ${parts.join(' ')}${goal}`;
  },
  aboutThisData: 'Am y data hwn',
  aboutQuestion: 'Cwestiwn',
  aboutPopulation: 'Pwy',
  aboutBase: 'Sail',
  aboutSampleSize: 'Maint y sampl',
  aboutFieldwork: 'Gwaith maes',
  aboutMethod: 'Dull',
  aboutCommissionedBy: 'Comisiynwyd gan',
  aboutUncertainty: 'Lwfans gwallau',
  sampleSizeValue: (n) => `${n} o bobl`,
  monthNames: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  marginRule:
    'Cyfyngau hyder 95% yw’r amrediadau. “± 3.1” yw’r lwfans gwallau arferol, a ddefnyddir pan roddodd o leiaf 10 o bobl bob ateb; fel arall cyfwng Wilson yw’r amrediad, wedi’i ysgrifennu “3% (1–7)”. Ar gyfer paneli ar-lein maent yn fras.',
  approximateMargins: 'Mae’r lwfansau gwallau yn fras: mae maint y sampl yn fras.',
  sampleSizeRange: (low, high) => `${low} i ${high} o bobl`,
  designEffectRule: (deff, effective) =>
    `Mae’r lwfansau gwallau yn caniatáu ar gyfer effaith cynllun o ${deff}${effective ? ` (maint sampl effeithiol tua ${effective})` : ''}.`,
  sampleSizeReadAs: (text, people) => `darllenwyd “${text}” fel ${people} o bobl: os nad yw hynny’n gywir, ysgrifennwch y rhif yn llawn.`,
  invalidDesignEffect: (value) =>
    `Nid yw “${value}” yn effaith cynllun; cafodd ei anwybyddu. Ysgrifennwch rif o 1 neu fwy, fel 1.5, fel y’i rhoddir gan awduron yr arolwg (mae 1 yn golygu dim lwfans).`,
  marginSummary: (largest) => `Lwfans gwallau (95%): hyd at ±${largest} pwynt canran.`,
  intervalNormal: (value, margin) => `${value} ± ${margin}`,
  intervalRange: (value, low, high) => `${value} (${low}–${high})`,
  rangeColumn: (series) => (series ? `${series}: amrediad 95%` : 'Amrediad 95%'),
  smallSampleCaution: (items, below) =>
    `Samplau bach: atebodd llai na ${below} o bobl ar gyfer ${joinList(items, 'a')}. Byddwch yn ofalus gyda’r ffigurau hyn.`,
  withheldNote: (items, below) => `Heb eu dangos: atebodd llai na ${below} o bobl ar gyfer ${joinList(items, 'a')}, rhy ychydig i roi ffigur dibynadwy.`,
  sampleOf: (label, n) => `“${label}” (${n})`,
  uncertaintyNeedsSampleSize: 'nid oes maint sampl yn hysbys, felly ni ellir llunio lwfansau gwallau. Gosodwch sample-size, neu ychwanegwch golofn n.',
  uncertaintyNeedsPercent:
    'dim ond ar gyfer canrannau y cyfrifir lwfansau gwallau: gosodwch unit="percent" os canrannau yw’r rhain, neu tynnwch show-uncertainty.',
  withheld: 'rhy ychydig o atebion',
  notesLabel: 'Nodiadau',
  pointNote: (value, note) => `${value} (nodyn: ${note})`,
  notesSummary: (notes) => `Nodiadau: ${notes.join('; ')}.`,
  referenceSummary: (label, value) => (label ? `Mae llinell yn nodi ${label} ar ${value}.` : `Mae llinell ar ${value}.`),
  rangeSummary: (from, to, label) => `Wedi’i amlygu: ${from === to ? from : `${from} i ${to}`}${label ? `, ${label}` : ''}.`,
  invalidSampleSizeAttribute: (value) =>
    `Nid yw “${value}” yn nifer cyfan o bobl, felly ni ddangosir lwfansau gwallau. Ysgrifennwch faint o bobl a atebodd, fel 1,000 neu “tua 1,000”.`,
  errorHeading: 'Ni ellir dangos y siart hwn',
  warningHeading: 'Gwiriwch y siart hwn',
  emptyData: 'nid oes data i’w ddangos. Ychwanegwch resi at y tabl, neu gosodwch y briodwedd data.',
  notANumber: (text, label) => `Nid yw “${text}” (ar gyfer “${label}”) yn rhif. ${numberHint(text)}`,
  percentTooHigh: (label, value) => `Mae “${label}” yn ${value}, mwy na 100%. Os nad canrannau yw’r rhain, gosodwch unit="count" neu unit="number".`,
  negativePercent: (label, value) =>
    `Mae “${label}” yn ${value}; ni all canran fod yn negyddol. Gwiriwch y ffigur, neu gosodwch unit="number" ar gyfer newid neu gydbwysedd a all fod yn llai na sero.`,
  invalidJson: (detail) =>
    `nid yw’r data yn JSON dilys (${detail}). Gwiriwch y dyfynodau, y comas a’r cromfachau, neu ysgrifennwch ef yn y ffurf gryno “Yn poeni: 57; Yn pryderu: 60”.`,
  tooLargeToDraw: (label, value) => `Mae “${label}” yn ${value}, sy’n llawer rhy fawr i’w lunio: gwiriwch am ffigur wedi’i gamdeipio.`,
  fieldworkReversed: (given, corrected) => `Mae “${given}” yn gorffen cyn iddo ddechrau: ysgrifennwch y dyddiad cynharaf yn gyntaf (${corrected}).`,
  fieldworkNotADate: (given) =>
    `Nid yw “${given}” yn ddyddiad go iawn: ysgrifennwch ddyddiadau fel BBBB-MM-DD (2024-03-15), BBBB-MM neu BBBB, a chyfnod fel dau ddyddiad gyda / rhyngddynt.`,
  tooManyRows: (count, max) =>
    `mae ${count} rhes yn y data; mae’r siart hon yn lluniadu ${max} ar y mwyaf. Lluniwch siart o ddetholiad neu grynodeb, a rhowch ddolen i’r tabl llawn.`,
  compactSyntax: (part) => `Dylai “${part}” ddarllen “label: rhif”, er enghraifft “Yn poeni am ymosodiadau seiber: 57”.`,
  tableWithoutRows: 'nid oes rhesi data yn y tabl. Ychwanegwch res o dan y pennawd ar gyfer pob bar: ei label, yna ei ffigurau.',
  unknownUnit: (value, allowed) => `Nid yw “${value}” yn uned. Defnyddiwch un o ${allowed.join(', ')}.`,
  unknownAttribute: (name) => `Nid yw “${name}” yn briodwedd y siart hwn; cafodd ei anwybyddu. Gwiriwch y sillafu.`,
  unexpected: (detail) =>
    `aeth rhywbeth o’i le wrth lunio’r siart (${detail}). Rhowch wybod amdano, gyda phriodweddau a data’r siart, i draciwr problemau’r llyfrgell.`,
  pageColours: 'lliwiau’r dudalen',
  qualified: (qualifier, value) => `${qualifier} ${value}`,
  problemIn: (attribute, message) => `${attribute}: ${message}`,
  negativeNotAllowed: (label, value, unit) =>
    `Mae “${label}” yn ${value}; ni all ${unit} fod yn negyddol. Defnyddiwch unit="number" ar gyfer gwerthoedd a all fod yn llai na sero.`,
  jsonShape: (detail) => `dylai’r data fod yn rhestr o resi {"label", "value"}: ${detail}`,
  seriesMismatch: (label, expected, found) =>
    `Mae gan “${label}” ${found} gwerth, ond mae ${expected} cyfres. Rhowch un gwerth i bob cyfres, wedi’u gwahanu â |, gyda llinell doriad (–) lle nad oes un.`,
  missingLabel: (row) => `nid oes label gan res ${row}. Enwch hi yn y golofn gyntaf (neu ag allwedd "label"), neu tynnwch y rhes.`,
  invalidSampleSize: (text, label) =>
    `Nid yw “${text}” (maint y sampl ar gyfer “${label}”) yn nifer cyfan o bobl. Ysgrifennwch faint o bobl a atebodd, fel 1,000, neu gadewch ef yn wag.`,
  notOneOf: (value, allowed, fallback) => `Nid yw “${value}” yn un o ${allowed.join(', ')}; yn defnyddio ${fallback}.`,
  invalidLocale: (value, fallback) => `Nid yw “${value}” yn dag iaith fel en-GB neu cy; yn defnyddio ${fallback}.`,
  invalidCurrency: (value) => `Nid yw “${value}” yn god arian tair llythyren fel GBP neu EUR.`,
  invalidFormat: (value) => `Nid yw “${value}” yn fformat rhif fel “.1f” neu “,.0f”.`,
  notANumberAttribute: (value) => `Nid yw “${value}” yn rhif; cafodd ei anwybyddu. ${numberHint(value)}`,
  tooLargeAttribute: (value) => `Mae “${value}” yn llawer rhy fawr i’w lunio; cafodd ei anwybyddu. Gwiriwch am ffigur wedi’i gamdeipio.`,
  unsafeUrl: (value) =>
    `Nid yw “${value}” yn gyfeiriad http neu https, felly dangosir y ffynhonnell heb ddolen. Ysgrifennwch y cyfeiriad llawn, yn dechrau â https://.`,
  highlightNotFound: (value) => `nid oes bar â’r label “${value}”, felly nid oes un wedi’i amlygu. Copïwch y label yn union o’r data.`,
  annotationNoColon: (entry, example) =>
    `nid oes colon yn “${entry}”, felly nid yw’n cael ei ddangos. Ysgrifennwch ble mae’n mynd, colon, yna’r geiriau: “${example}”.`,
  annotationEmpty: (place) =>
    `nid oes geiriau yn y cofnod “${place}”, felly nid yw’n cael ei ddangos. Ysgrifennwch y geiriau ar ôl y colon, neu tynnwch y cofnod.`,
  annotationMarkup: (place) =>
    `mae tagiau yn y geiriau ar gyfer “${place}”; maen nhw’n cael eu dangos fel testun plaen, heb y tagiau. Ysgrifennwch y geiriau yn unig.`,
  noteNotFound: (place, known) => `nid yw “${place}” yn label yn y data, felly nid yw ei nodyn yn cael ei ddangos. Copïwch y label yn union, fel ${known}.`,
  noteSeriesNotFound: (series, known) =>
    `nid yw “${series}” yn un o gyfresi’r siart hon, felly nid yw ei nodyn yn cael ei ddangos. Enwch un o ${known} ar ôl y |.`,
  referenceNotANumber: (text) =>
    `nid yw “${text}” yn rhif, felly nid oes llinell wedi’i thynnu. Ysgrifennwch y gwerth, colon, yna’r geiriau: “50: Hanner yr ymatebwyr”.`,
  referenceOffAxis: (value, low, high, fix) =>
    `mae’r llinell ar ${value} y tu allan i’r echelin, sy’n rhedeg o ${low} i ${high}, felly nid yw wedi’i thynnu. Gwiriwch y gwerth, neu gosodwch ${fix} i’w chynnwys.`,
  rangeNotFound: (text) =>
    `nid yw “${text}” yn label nac yn ystod o labeli yn y data, felly nid oes dim wedi’i amlygu. Ysgrifennwch ddau label wedi’u cysylltu â llinell doriad, fel “2020–2021: Pandemig”.`,
  annotationsNotLoaded: (attribute) =>
    `nid oedd modd llwytho’r cod sy’n llunio’r hyn y mae “${attribute}” yn gofyn amdano, felly dangosir y siart hebddo. Ail-lwythwch y dudalen; os yw’n parhau, gwiriwch fod y ffolder chunks yn cael ei weini wrth ymyl y sgript.`,
  footNoteNowhere: (words) =>
    `nid yw’r nodyn “${words}” yng ngwaelod y tabl yn dweud ble mae’n mynd, felly nid yw’n cael ei ddangos. Rhowch y label yng nghell gyntaf y rhes, neu ysgrifennwch ef yn y briodwedd: <td data-note="2017">.`,
  notesTwice: (count) =>
    `mae gan y siart nodiadau yn y briodwedd hon a ${count} yng ngwaelod ei thabl (data-note); dim ond rhai’r briodwedd sy’n cael eu dangos. Cadwch un o’r ddau.`,
  directionCellUnreadable: (text, label) =>
    `nid yw “${text}” (rhes “${label}”) yn gyfeiriad, felly mae’r rhes honno’n dilyn cyfeiriad y siart. Ysgrifennwch up-is-good, down-is-good neu neutral (neu “uwch sy’n well”, “is sy’n well”).`,
  directionCellOverridden: (text, label) =>
    `mae’r golofn yn dweud “${text}” ar gyfer rhes “${label}”, ond mae’r briodwedd direction yn enwi’r rhes honno hefyd, a honno sy’n cael ei dilyn. Dywedwch ef mewn un lle: tynnwch y rhes o direction, neu newidiwch y gell.`,
  directionColumnIgnored: (column) =>
    `mae’r golofn “${column}” yn dweud pa ffordd sy’n dda, a dim ond <trust-change> sy’n dangos hynny, felly mae’r siart hwn yn ei gadael allan. Tynnwch y golofn, neu lluniwch y data â <trust-change>.`,
  maxBelowData: (max, largest) =>
    `mae uchafswm yr echelin ${max} yn is na’r gwerth mwyaf ${largest}; estynnwyd yr echelin i’w gynnwys. Gosodwch ef i ${largest} neu fwy, neu tynnwch ef.`,
  loadingFigures: 'Yn llwytho’r ffigurau…',
  figuresUpdated: (time) => `Diweddarwyd y ffigurau am ${time}`,
  figuresNotUpdated: (time) => `Methwyd diweddaru’r ffigurau; yn dangos y rhai o ${time}.`,
  sourceUnsafe: (given) => `Nid yw “${given}” yn gyfeiriad gwe (http:// neu https://, neu gyfeiriad ar y wefan hon), felly ni lwythwyd unrhyw ffigurau.`,
  sourceNetwork: (url) =>
    `Methwyd llwytho’r ffigurau o ${url}: nid oedd modd cyrraedd y gweinydd. Gwiriwch y cyfeiriad, a bod y gweinydd yn gadael i wefannau eraill ddarllen y ffeil.`,
  sourceStatus: (url, status) => `Methwyd llwytho’r ffigurau o ${url}: atebodd y gweinydd ${status}. Gwiriwch y cyfeiriad, a bod y ddalen wedi’i chyhoeddi.`,
  sourceTimeout: (url, seconds) =>
    `Methwyd llwytho’r ffigurau o ${url}: ni atebodd y gweinydd o fewn ${seconds} eiliad. Rhowch gynnig arall arni yn nes ymlaen.`,
  sourceTooLarge: (url, limit) => `Mae’r ffeil yn ${url} yn fwy na ${limit}, yn rhy fawr i siart. Cyhoeddwch y ddalen sydd ei hangen ar y siart hon yn unig.`,
  sourceWebPage: (url) =>
    `Tudalen we yw ${url}, nid ffeil CSV: yn Google Sheets defnyddiwch Ffeil → Rhannu → Cyhoeddi i’r we, a dewiswch CSV. Mae tudalen fewngofnodi hefyd yn golygu nad yw’r ffeil yn gyhoeddus.`,
  sourceEmpty: (url) => `Mae’r ffeil yn ${url} yn wag.`,
  sourceInvalidJson: (url, detail) => `Nid yw’r ffeil yn ${url} yn JSON dilys (${detail}).`,
  sourceShape: (url, detail) => `Nid oes rhesi o ffigurau yn y ffeil yn ${url}: dylai JSON fod yn rhestr o resi, neu’n barau label: gwerth (${detail} yw hon).`,
  sourceNoRows: (url) => `Mae gan y ffeil yn ${url} res pennawd ond dim rhesi o ffigurau oddi tani.`,
  sourceTooManyRows: (url, rows, limit) =>
    `Mae ${rows} rhes yn y ffeil yn ${url}; mae siart yn darllen ${limit} ar y mwyaf. Cyhoeddwch ddalen crynodeb yn lle hynny.`,
  sourceMissingColumn: (attribute, column, available) =>
    `Mae ${attribute}="${column}" yn enwi colofn nad yw yn y ffeil. Ei cholofnau yw: ${available.map((name) => `“${name}”`).join(', ') || 'dim'}.`,
  sourceNoRowsKept: (filter, url) => `Nid oes rhes o ${url} yn cyfateb i filter="${filter}". Gwiriwch werthoedd y golofn, fel y maent yn y ffeil.`,
  sourceInvalidFilter: (part) => `Nid yw “${part}” yn amod: ysgrifennwch filter="Colofn=gwerth", a gwahanwch sawl un â ;.`,
  intervalNeedsBothColumns: (given, missing) =>
    `mae angen dau ben ar gyfwng: gosodwch ${missing} yn ogystal â ${given}. Ni ddangosir cyfyngau cyhoeddedig tan hynny.`,
  intervalBoundNotANumber: (text, label) => `Nid yw “${text}” (yn y cyfwng ar gyfer “${label}”) yn rhif, felly ni ddangosir y cyfwng hwnnw.`,
  valueOutsideInterval: (label, value, low, high) =>
    `Mae “${label}” yn ${value}, y tu allan i’w gyfwng cyhoeddedig ${low}–${high}, felly ni ddangosir y cyfwng hwnnw. Gwiriwch fod y cyfwng yn perthyn i’r ffigur hwn.`,
  publishedIntervalRule:
    'Yr amrediadau a roddir gyda’r ffigurau yw’r cyfyngau a gyhoeddwyd gan eu ffynhonnell, wedi’u dangos fel y’u cyhoeddwyd: ni chawsant eu cyfrifo yma o faint y samplau.',
  statPublishedInterval: (interval) => `Cyfwng a gyhoeddwyd gyda’r ffigurau: ${interval}`,
  refreshTooShort: (given, least) => `Mae “${given}” eiliad yn rhy aml i nôl y ffigurau; fe’u nôlir bob ${least} eiliad.`,
});
