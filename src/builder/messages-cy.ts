/**
 * The builder's own words, in Welsh (same keys as messages-en.ts). Needs a check by a Welsh-speaking editor before
 * release. The attributes' hints stay in English (they come from the widgets' JSDoc) and are marked lang="en".
 */
import type { BuilderMessages } from './messages-en.js';

export const builderCy: BuilderMessages = {
  lang: 'cy',
  title: 'Gwneud siart',
  intro: 'Gludwch eich ffigurau, dewiswch siart, disgrifiwch hi, a chopïwch y cod ar gyfer eich tudalen. Nid yw dim a deipiwch yn gadael y dudalen hon.',
  otherLanguage: 'English',
  otherLanguageLabel: 'Use the builder in English',
  otherLanguageCode: 'en',

  dataHeading: '1. Eich data',
  pasteLabel: 'Gludwch eich ffigurau',
  pasteHint:
    'Copïwch y celloedd o Excel, LibreOffice neu Google Sheets, gyda’r rhes pennawd, a’u gludo yma. Mae CSV yn gweithio hefyd. Mae’r golofn gyntaf yn dal y labeli; mae pob colofn arall yn gyfres. Mae colofn â’r pennawd “n” yn rhoi nifer y bobl a atebodd.',
  readingCaption: 'Sut y darllenwyd pob cell',
  formats: { tsv: 'celloedd o daenlen', csv: 'CSV', semicolon: 'CSV gyda hanner colonau' },
  readingSummary: (rows, series, format) => `${rows} rhes a ${series} colofn o ffigurau, wedi’u darllen fel ${format}.`,
  problemSummary: (count) =>
    count === 0 ? 'Roedd modd darllen pob cell.' : `Mae angen edrych ar ${count} ${count === 1 ? 'gell' : 'cell'}: wedi’u marcio yn y tabl.`,
  readAs: (value) => `wedi’i ddarllen fel ${value}`,
  missing: 'dim ffigur',
  sampleSize: (value) => `${value} o bobl wedi ateb`,
  problems: {
    'not-a-number': 'nid yw’n rhif: ysgrifennwch ddigidau, fel 57 neu 57%',
    'not-a-sample-size': 'nid yw’n faint sampl: nifer cyfan o bobl, fel 1,000',
    'no-label': 'mae angen label ar y rhes hon',
  },
  noData: 'Gludwch eich ffigurau uchod, neu rhowch gyfeiriad ffeil CSV, i weld y siart.',
  fromAddress: 'Daw’r ffigurau o’r cyfeiriad CSV isod: mae’r rhagolygon yn eu nôl oddi yno.',
  csvLabel: 'Neu gyfeiriad ffeil CSV wedi’i chyhoeddi',
  csvHint:
    'Er enghraifft Google Sheet wedi’i chyhoeddi ar y we fel CSV (Ffeil, Rhannu, Cyhoeddi ar y we: cyfeiriad sy’n gorffen ag output=csv). Mae’r siart yn nôl ei ffigurau oddi yno bob tro y caiff ei dangos. Cyfeiriad https:// neu http://, neu un sy’n gymharol i’ch tudalen; pwyswch Enter i’w ddefnyddio.',
  csvRefused: 'Nid oes modd defnyddio’r cyfeiriad hwn: rhowch un sy’n dechrau â https:// neu http://, neu un sy’n gymharol i’ch tudalen.',

  chartHeading: '2. Dewiswch siart',
  suggested: 'awgrym',
  reasons: {
    'one-value': 'Un ffigur: rhif pennawd. Ar gyfer cyfran o gyfanswm bach (24 o 108 ymddiriedolaeth), rhowch gynnig ar y siart unedau.',
    'two-times': 'Dwy golofn o’r un mesur ar ddwy adeg: y newid rhyngddynt.',
    'many-times': 'Rhes ar gyfer pob pwynt mewn amser: tuedd.',
    'answer-scale': 'Colofnau o atebion o gytuno i anghytuno: graddfa.',
    categories: 'Ffigurau i’w cymharu, rhes yr un: barrau.',
  },
  widgetNames: {
    'trust-bars': 'Barrau',
    'trust-stat': 'Rhif pennawd',
    'trust-waffle': 'Siart unedau (waffl)',
    'trust-change': 'Newid rhwng dwy adeg',
    'trust-likert': 'Graddfa cytuno–anghytuno',
    'trust-trend': 'Tuedd dros amser',
  },

  describeHeading: '3. Disgrifiwch hi',
  groups: {
    describe: 'Beth mae’r siart yn ei ddweud',
    survey: 'O ble daw’r ffigurau',
    widget: 'Dewisiadau ar gyfer y siart hon',
    display: 'Rhifau, iaith a golwg',
  },
  fieldLabels: {
    heading: 'Pennawd',
    subheading: 'Is-bennawd',
    source: 'Ffynhonnell',
    'source-url': 'Dolen i’r ffynhonnell',
    note: 'Nodyn',
    question: 'Y cwestiwn a ofynnwyd',
    population: 'Pwy a holwyd',
    'sample-size': 'Maint y sampl',
    fieldwork: 'Gwaith maes',
    method: 'Dull',
    'commissioned-by': 'Comisiynwyd gan',
    theme: 'Thema',
    locale: 'Iaith y siart',
  },
  moreOptions: 'Rhagor o ddewisiadau: rhifau, iaith a golwg',
  defaultOption: '(rhagosodedig)',

  coloursSummary: 'Lliwiau',
  coloursLegend: 'Lliwiau’r siart',
  coloursHint:
    'Yn wag: lliwiau’r thema. Dewiswch liw, neu teipiwch ei god hecs (fel #005eb8). Mae’r gwiriadau isod yn dweud pan fo lliw yn rhy wan yn erbyn y cefndir.',
  colourLikewise: 'Yn yr un modd',
  colourPicker: (label) => `${label}: dewis lliw`,
  colourReset: 'Ailosod',
  colourResetContext: (label) => ` ${label} i liw’r thema`,
  colourInvalid: 'Nid yw hwn yn lliw y gall y siart ei ddefnyddio: ysgrifennwch god hecs fel #005eb8 (neu transparent, ar gyfer cefndir), neu dewiswch un.',

  checksHeading: 'Gwiriadau',
  checksIntro: 'Cyngor, nid rheolau: mae pob un yn dweud pam, ac mae’r siart yn gweithio y naill ffordd neu’r llall.',
  noChecks: 'Dim i’w wirio: mae gan y siart bennawd, ffynhonnell a’r hyn sydd ei angen ar ddarllenwyr i farnu’r ffigurau.',
  checks: {
    'no-heading': 'Nid oes pennawd gan y siart. Ysgrifennwch y canfyddiad mewn brawddeg: dyma beth mae darllenwyr a darllenwyr sgrin yn ei gyfarfod gyntaf.',
    'long-heading': 'Mae’r pennawd dros 15 gair. Cadwch y canfyddiad yn fyr a rhowch y manylion yn yr is-bennawd neu’r nodyn.',
    'no-source': 'Nid yw’r siart yn enwi ffynhonnell. Dywedwch pwy a gynhyrchodd y ffigurau, fel y gall darllenwyr eu barnu a’u gwirio.',
    'no-sample-size': 'Canrannau heb faint sampl yw’r rhain, felly nid oes modd dangos lwfans gwall. Rhowch faint y sampl, neu golofn “n”.',
    'waffle-over-total': 'Mae’r cyfrannau’n adio i fwy na chyfanswm y waffl. Mewn cwestiwn un dewis ni ddylent; gwiriwch y ffigurau neu gosodwch “of”.',
    'likert-dont-know': 'Mae colofn “Ddim yn gwybod” yn cael ei thynnu fel rhan o’r raddfa. Enwch hi yn “Dont know” fel ei bod yn cael ei dangos ar wahân.',
    'change-within-margin':
      'Mae’r pennawd yn disgrifio cynnydd neu ostyngiad, ond mae’r newid o fewn y lwfans gwall. Dywedwch “dim newid clir”, neu gwiriwch feintiau’r sampl.',
    'low-contrast-mark': (label, ratio, colour, against, onSegment) =>
      `Dim ond ${ratio}:1 yw cyferbyniad “${label}” (${colour}) yn erbyn ${onSegment ? 'ei segment' : 'y cefndir'} (${against}): mae angen o leiaf 3:1 ar farciau i’w gweld. Dewiswch liw tywyllach neu oleuach.`,
    'low-contrast-text': (label, ratio, colour, against, onSegment) =>
      `Dim ond ${ratio}:1 yw cyferbyniad “${label}” (${colour}) yn erbyn ${onSegment ? 'ei segment' : 'y cefndir'} (${against}): mae angen o leiaf 4.5:1 ar destun i’w ddarllen. Dewiswch liw tywyllach neu oleuach.`,
  },
  goToField: (label) => `Mynd i “${label}”`,
  readDocs: 'Pam (dogfennaeth, yn Saesneg)',

  previewHeading: '4. Gweld y siart',
  phone: 'Ffôn, 360 px o led',
  desktop: 'Bwrdd gwaith, 720 px o led',
  noScript: 'Heb JavaScript: yr HTML statig',
  noScriptHint: 'Beth mae tudalen nad yw’n caniatáu sgriptiau yn ei ddangos: y siart wedi’i thynnu ymlaen llaw, nad yw’n ymateb i fysellau na chliciau.',
  noScriptFrameTitle: 'Y siart fel HTML statig, heb JavaScript',
  noScriptBlocked: 'Nid yw polisi diogelwch y dudalen hon yn gadael i’r adeiladydd ddangos yr HTML statig yma. Nid yw’r cod isod wedi’i effeithio.',
  noScriptUnstyled:
    'Mae polisi diogelwch y dudalen hon yn rhwystro arddulliau mewnol y siart, felly mae’n cael ei dangos heb arddull, fel ar unrhyw dudalen nad yw ei pholisi’n caniatáu unsafe-inline ar gyfer arddulliau. Ar dudalen o’r fath defnyddiwch y cod sgript, neu rag-rendro gyda thaflenni arddull wedi’u cysylltu (gweler y ddogfennaeth rag-rendro).',
  noScriptPending: 'Yn tynnu’r siart…',

  outHeading: '5. Copïwch y cod',
  libraryLabel: 'Ble mae’r llyfrgell',
  libraryHint: 'Cyfeiriad ffolder dist public-trust-widgets ar eich gwefan neu CDN (mae’n dal cdn/ ac embed/).',
  outputs: {
    script: {
      label: 'Cod sgript: ar gyfer tudalennau sy’n caniatáu sgriptiau',
      hint: 'Gludwch y llinell sgript unwaith ar bob tudalen. Mae darllenwyr heb JavaScript yn gweld y tabl.',
      copy: 'Copïo’r cod sgript',
      copied: 'Wedi copïo’r cod sgript.',
    },
    iframe: {
      label: 'Cod iframe: ar gyfer tudalennau nad ydynt yn caniatáu sgriptiau',
      hint: 'Mae’r ffigurau’n teithio yn y cyfeiriad ar ôl #, nad yw byth yn cael ei anfon at weinydd.',
      copy: 'Copïo’r cod iframe',
      copied: 'Wedi copïo’r cod iframe.',
    },
    static: {
      label: 'HTML statig: ar gyfer tudalennau nad ydynt yn caniatáu sgriptiau nac iframes',
      hint: 'Y siart wedi’i thynnu yma ymlaen llaw, gyda’i thabl: mae unrhyw dudalen yn ei dangos heb sgript. Llun o’r ffigurau nawr yw hi: copïwch hi eto ar ôl newid.',
      copy: 'Copïo’r HTML statig',
      copied: 'Wedi copïo’r HTML statig.',
    },
  },
  coloursStrictPolicy:
    "Mae’r lliwiau ym mhriodoledd style y siart. Mae tudalen nad oes 'unsafe-inline' yn style-src ei Content-Security-Policy yn ei anwybyddu: rhowch reol taflen arddull y lliwiau (o dan y cod sgript) yn nhaflen arddull y dudalen yn lle hynny.",
  cssRule: { label: 'Y lliwiau fel rheol taflen arddull', copy: 'Copïo’r rheol CSS', copied: 'Wedi copïo’r rheol CSS.' },
  iframeNoColours: 'Ni all y cod iframe gario lliwiau: mae’n tynnu lliwiau’r thema. Ar gyfer eich lliwiau, defnyddiwch y cod sgript neu’r HTML statig.',
  iframeRelativeHint:
    'Mae’r cyfeiriad CSV yn gymharol: yn yr iframe byddai’n cael ei ddarllen o ffolder y llyfrgell, nid o ffolder eich tudalen. Rhowch y cyfeiriad llawn, yn dechrau â https://.',
  staticLiveHint:
    'Mae cyfeiriad CSV byw angen y cod sgript neu’r iframe: mae’r HTML statig hwn yn dal y ffigurau fel y’u nôlwyd nawr, ac ni fydd yn newid gyda’r ffeil.',
  copyFailed: 'Methu cyrraedd y clipfwrdd: mae’r cod wedi’i ddewis, pwyswch Ctrl+C (neu ⌘C) i’w gopïo.',

  reopenHeading: '6. Agor siart eto',
  linkLabel: 'Dolen i’r siart hon yn yr adeiladydd',
  linkHint: 'Mae cyfeiriad y dudalen hon yn dal popeth uchod: rhowch nod tudalen arno neu ei anfon i agor y siart yma eto.',
  openLabel: 'Gludwch god mewnosod i’w olygu yma',
  openButton: 'Agor yn yr adeiladydd',
  opened: 'Wedi agor y cod mewnosod: mae’r ffurflen yn dangos ei siart nawr.',
  openFailed: 'Ni chafwyd hyd i siart public-trust-widgets yn y cod hwnnw.',
};
