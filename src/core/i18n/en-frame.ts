import type { ReaderMessages } from './messages.js';

/** The words of the frame round every element, a chart's or a dashboard's: its source and "About this data". */
export type FrameWords = Pick<
  ReaderMessages,
  | 'locale'
  | 'source'
  | 'legend'
  | 'target'
  | 'ratio'
  | 'qualified'
  | 'aboutThisData'
  | 'aboutQuestion'
  | 'aboutPopulation'
  | 'aboutBase'
  | 'aboutSampleSize'
  | 'aboutFieldwork'
  | 'aboutMethod'
  | 'aboutCommissionedBy'
  | 'aboutUncertainty'
  | 'sampleSizeValue'
  | 'marginRule'
  | 'approximateMargins'
  | 'sampleSizeRange'
  | 'designEffectRule'
  | 'withheld'
>;

/**
 * English words the dashboard says too (the rest of the reader's words are in en.ts, which spreads these). The
 * dashboard-only CDN file, which draws no chart, is built with these alone (rollup.config.js).
 */
export const frameEnglish: FrameWords = {
  locale: 'en-GB',
  source: 'Source:',
  legend: 'Key',
  target: 'Target',
  ratio: (value) => `1 in ${value}`,
  qualified: (qualifier, value) => `${qualifier} ${value}`,
  aboutThisData: 'About this data',
  aboutQuestion: 'Question',
  aboutPopulation: 'Who',
  aboutBase: 'Base',
  aboutSampleSize: 'Sample size',
  aboutFieldwork: 'Fieldwork',
  aboutMethod: 'Method',
  aboutCommissionedBy: 'Commissioned by',
  aboutUncertainty: 'Margin of error',
  sampleSizeValue: (n) => `${n} people`,
  marginRule:
    'Ranges are 95% confidence intervals. “± 3.1” is the usual margin of error, used when at least 10 people gave each answer; otherwise the range is a Wilson interval, written “3% (1–7)”. For online panels they are approximate.',
  approximateMargins: 'Margins are approximate: the sample size is approximate.',
  sampleSizeRange: (low, high) => `${low} to ${high} people`,
  designEffectRule: (deff, effective) => `Margins allow for a design effect of ${deff}${effective ? ` (effective sample size about ${effective})` : ''}.`,
  withheld: 'too few answers',
};
