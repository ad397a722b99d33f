/** Which end of the written scale is the positive one. */
export const POSITIVE_ENDS = ['first', 'last'] as const;
export type PositiveEnd = (typeof POSITIVE_ENDS)[number];

/**
 * Colour classes by distance from the centre, outermost (strongest) first. Up to three answers a side get their own
 * colour (the middle one a mix of the two tokens); beyond that the pattern repeats, so neighbours still differ.
 */
const POSITIVE_CLASSES = { 1: ['scale-1'], 2: ['scale-1', 'scale-2'], 3: ['scale-1', 'scale-12', 'scale-2'] } as const;
const NEGATIVE_CLASSES = { 1: ['scale-5'], 2: ['scale-5', 'scale-4'], 3: ['scale-5', 'scale-45', 'scale-4'] } as const;
export const NEUTRAL_CLASS = 'scale-3';
/** Answers a side that can each have a colour of their own (7 in all with a neutral). */
export const MAX_PER_SIDE = 3;

export interface LikertScaleInput {
  /** Answer names in the order written (the series names). */
  readonly names: readonly string[];
  readonly positive: PositiveEnd;
  /** The `neutral` attribute: the name of the neutral answer. */
  readonly neutral?: string | undefined;
  /**
   * The `dont-know` attribute: the name of the answer shown apart. Unset (undefined or null), a last answer with one of
   * the usual don't-know names is shown apart; set empty, every answer is drawn on the scale.
   */
  readonly dontKnow?: string | null | undefined;
}

/** Something about the author's answers that the widget worked around; worded by the element. */
export type ScaleIssue =
  | { readonly kind: 'neutral-not-found'; readonly value: string; readonly middle: string | undefined }
  | { readonly kind: 'neutral-is-dont-know'; readonly value: string }
  | { readonly kind: 'dont-know-not-found'; readonly value: string }
  | { readonly kind: 'too-many'; readonly count: number }
  | { readonly kind: 'too-few'; readonly count: number };

export interface LikertScale {
  /** Indices (into `names`) of the answers drawn in the diverging bar, in the order written. */
  readonly answers: readonly number[];
  /** Index (into `names`) of the "don't know" answer, drawn apart. */
  readonly dontKnow: number | undefined;
  /** Index (into `names`) of the neutral answer, split half and half across the zero line. */
  readonly neutral: number | undefined;
  /** How many of `answers` lie wholly to the left of the zero line. */
  readonly leftCount: number;
  /** Indices (into `names`) of the positive and negative answers. */
  readonly positive: readonly number[];
  readonly negative: readonly number[];
  /** Colour class of each entry of `answers`. */
  readonly classes: readonly string[];
  readonly issues: readonly ScaleIssue[];
}

/** Compares answer names the way a journalist would: case, spacing and curly apostrophes do not matter. */
export const answerKey = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The usual names of a "don't know" answer, in English and Welsh, as answerKey writes them: drawn on the scale, such
 * an answer would move its centre and tint a side.
 */
const DONT_KNOW =
  /^(don'?t know|do not know|not sure|prefer not to say|don'?t know \/ prefer not to say|d?dim yn gwybod|d?dim yn siŵr|gwell gen i beidio (â|a) dweud)$/;

/**
 * Whether an answer has one of the usual "don't know" names, which the chart sets apart by itself when it is last
 * (the builder's check asks; likertScale tests the pattern itself, which keeps this out of the CDN files).
 */
export const isUsualDontKnow = (name: string): boolean => DONT_KNOW.test(answerKey(name));

/**
 * Works out the shape of the scale: which answer is neutral, which is "don't know", which half is positive and the
 * colour of each answer. Pure: the element words the issues.
 */
export function likertScale({ names, positive, neutral, dontKnow }: LikertScaleInput): LikertScale {
  const issues: ScaleIssue[] = [];
  const find = (value: string) => names.findIndex((name) => answerKey(name) === answerKey(value));

  let dk: number | undefined;
  if (dontKnow?.trim()) {
    const found = find(dontKnow);
    if (found < 0) issues.push({ kind: 'dont-know-not-found', value: dontKnow.trim() });
    else dk = found;
  } else if (dontKnow === undefined || dontKnow === null) {
    // Set apart by default: on the scale it would move the neutral centre and tint a side (dont-know="" opts out).
    const last = names.length - 1;
    if (names.length > 2 && DONT_KNOW.test(answerKey(names[last]!))) dk = last;
  }
  const answers = names.map((_, i) => i).filter((i) => i !== dk);
  const middle = answers.length % 2 === 1 ? answers[(answers.length - 1) / 2] : undefined;

  let centre = middle;
  if (neutral?.trim()) {
    const found = find(neutral);
    if (found >= 0 && found === dk) issues.push({ kind: 'neutral-is-dont-know', value: neutral.trim() });
    else if (found < 0) issues.push({ kind: 'neutral-not-found', value: neutral.trim(), middle: middle === undefined ? undefined : names[middle] });
    else centre = found;
  }

  const at = centre === undefined ? -1 : answers.indexOf(centre);
  const leftCount = at >= 0 ? at : Math.floor(answers.length / 2);
  const left = answers.slice(0, leftCount);
  const right = answers.slice(at >= 0 ? at + 1 : leftCount);
  const positiveSide = positive === 'first' ? left : right;
  const negativeSide = positive === 'first' ? right : left;

  if (answers.length < 2) issues.push({ kind: 'too-few', count: answers.length });
  if (Math.max(left.length, right.length) > MAX_PER_SIDE) issues.push({ kind: 'too-many', count: answers.length });

  // Colours run from the outer end of each side (strongest) towards the centre.
  const classOf = new Map<number, string>();
  const paint = (side: readonly number[], outerFirst: boolean, palette: typeof POSITIVE_CLASSES | typeof NEGATIVE_CLASSES) => {
    const ordered = outerFirst ? side : [...side].reverse();
    const colours: readonly string[] = palette[Math.min(Math.max(ordered.length, 1), MAX_PER_SIDE) as 1 | 2 | 3];
    ordered.forEach((answer, i) => classOf.set(answer, colours[i % colours.length]!));
  };
  paint(positiveSide, positive === 'first', POSITIVE_CLASSES);
  paint(negativeSide, positive === 'last', NEGATIVE_CLASSES);
  if (at >= 0) classOf.set(centre!, NEUTRAL_CLASS);

  return {
    answers,
    dontKnow: dk,
    neutral: at >= 0 ? centre : undefined,
    leftCount,
    positive: positiveSide,
    negative: negativeSide,
    classes: answers.map((i) => classOf.get(i) ?? NEUTRAL_CLASS),
    issues,
  };
}

/**
 * A short name for one half of the scale, for sentences ("36% confident"): the words all its answers share, in the
 * order of the first ("Very confident", "Fairly confident" → "confident"; "Not very confident", "Not at all
 * confident" → "not confident"; Welsh "Hyderus iawn", "Eithaf hyderus" → "hyderus"). When they share no word of
 * four letters or more ("A great deal", "A fair amount" share only "A"), the answers are joined by `anyOf`.
 */
export function halfName(names: readonly string[], anyOf: (items: readonly string[]) => string): string {
  if (names.length === 0) return '';
  if (names.length === 1) return lowerFirst(names[0]!.trim());
  const bare = (word: string) => answerKey(word).replace(/[^\p{L}\p{N}'-]/gu, '');
  const [first = [], ...others] = names.map((name) => name.trim().split(/\s+/));
  const otherWords = others.map((words) => new Set(words.map(bare)));
  const shared = first.filter((word) => otherWords.every((words) => words.has(bare(word))));
  if (!shared.some((word) => bare(word).length >= 4)) return anyOf(names.map((name) => lowerFirst(name.trim())));
  return lowerFirst(shared.join(' '));
}

/** "Very confident" → "very confident", leaving acronyms ("NHS staff") and "I" alone. */
export function lowerFirst(text: string): string {
  const word = text.split(/\s/)[0] ?? '';
  const second = word.charAt(1);
  if (word === 'I' || (second && second !== second.toLowerCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "not confident" → "Not confident". */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
