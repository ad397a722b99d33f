/*
 * INVENTED, illustrative answers for the <trust-likert> tests. No published survey of NHS staff or the UK public
 * asked these questions in this form (test/fixtures/nhs-cyber-figures.csv has no answer-by-answer figures), so these
 * numbers are plausible but made up, and never presented as real.
 */
export const CONFIDENCE = 'Very confident | Fairly confident | Neither | Not very confident | Not at all confident';
export const CONFIDENCE_DATA = 'NHS staff: 12 | 24 | 20 | 30 | 14; UK public: 10 | 28 | 18 | 29 | 15';
export const AGREEMENT = "Strongly agree | Agree | Neither agree nor disagree | Disagree | Strongly disagree | Don't know";
export const AGREEMENT_DATA =
  "I know how to report a suspicious email: 38 | 41 | 9 | 6 | 2 | 4; My trust's systems are kept up to date: 8 | 22 | 25 | 23 | 12 | 10; I have had enough cyber-security training: 6 | 19 | 17 | 33 | 21 | 4";
