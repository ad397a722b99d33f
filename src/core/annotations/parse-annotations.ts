import { parseNumberText } from '../data/parse-number.js';
import { problem, type Problem } from '../problems.js';
import type { NoteSpec, RangeSpec, ReferenceSpec } from './annotation-spec.js';

/** Longest note kept, in characters: a note is a phrase on a chart, not a paragraph. */
const MAX_NOTE_LENGTH = 160;

/** Looks like markup ("<b>", "</a>", "<!--"): notes are shown as text, so the tags would be read out literally. */
const MARKUP = /<\/?[a-z!][^>]*>/gi;

/**
 * Splits `place: words; place: words` into entries, the same `;` and `:` as `data` and `direction`. An entry without
 * a colon is reported with the attribute and an example of the form; an empty one (a trailing `;`) is skipped.
 */
function entries(attribute: string, text: string | null | undefined, example: string, problems: Problem[]): { place: string; words: string }[] {
  if (!text?.trim()) return [];
  return text.split(';').flatMap((raw) => {
    const entry = raw.trim();
    if (!entry) return [];
    const colon = entry.indexOf(':');
    if (colon < 0) {
      problems.push(problem(attribute, (m) => m.annotationNoColon(entry.slice(0, 80), example)));
      return [];
    }
    return [{ place: entry.slice(0, colon).trim(), words: entry.slice(colon + 1).trim() }];
  });
}

/** A note's words as plain text: tags are left out (and reported), runs of spaces closed up, length capped. */
function plainWords(attribute: string, place: string, words: string, problems: Problem[]): string {
  MARKUP.lastIndex = 0;
  if (MARKUP.test(words)) problems.push(problem(attribute, (m) => m.annotationMarkup(place)));
  const plain = words.replace(MARKUP, '').replace(/\s+/g, ' ').trim();
  return plain.length > MAX_NOTE_LENGTH ? `${plain.slice(0, MAX_NOTE_LENGTH - 1).trimEnd()}…` : plain;
}

/**
 * `notes="2017: WannaCry attack, May 2017; 2020 | Staff: Survey moved online"`: a note on a row label, or on one
 * series' point at that label when the series is named after a `|`. Empty notes and notes without a colon are
 * reported and left out; tags in a note are reported and shown as text without them.
 */
export function parseNotes(attribute: string, text: string | null | undefined, problems: Problem[]): NoteSpec[] {
  return entries(attribute, text, '2017: WannaCry attack, May 2017', problems).flatMap(({ place, words }) => parseNote(attribute, place, words, problems));
}

/**
 * One note: where it goes ("2017", or "2017 | Staff" for one series' point) and its words, checked as in `notes`
 * (tags left out and reported; without a place or words, reported and left out). `attribute` names where it was written.
 */
export function parseNote(attribute: string, place: string, words: string, problems: Problem[]): NoteSpec[] {
  const [at = '', series] = place.split('|').map((part) => part.trim());
  const note = plainWords(attribute, place, words, problems);
  if (!at || !note) {
    problems.push(problem(attribute, (m) => m.annotationEmpty(place || words)));
    return [];
  }
  return [{ at, ...(series ? { series } : {}), text: note }];
}

/**
 * `reference="50: Half of respondents; 95: Target"`: a labelled line at each value, read in the page's locale. The
 * words may be left out (`reference="50:"` or `reference="50"`): the line is then labelled with its value alone.
 */
export function parseReferences(attribute: string, text: string | null | undefined, locale: string, problems: Problem[]): ReferenceSpec[] {
  if (!text?.trim()) return [];
  // A bare number ("50") is a line without words.
  const withColons = text
    .split(';')
    .map((entry) => (entry.trim() && !entry.includes(':') ? `${entry}:` : entry))
    .join(';');
  return entries(attribute, withColons, '50: Half of respondents', problems).flatMap(({ place, words }) => {
    const parsed = parseNumberText(place, locale);
    if (parsed.kind !== 'number' || !Number.isFinite(parsed.value)) {
      problems.push(problem(attribute, (m) => m.referenceNotANumber(place.slice(0, 80))));
      return [];
    }
    return [{ value: parsed.value, text: plainWords(attribute, place, words, problems) }];
  });
}

/**
 * `highlight="2020–2021: Pandemic"`: a shaded range between two labels (or values), joined by an en dash, "to", or a
 * hyphen. Where a hyphen could also belong to a label ("2020-03"), `isPlace` says which split names two known places;
 * a single place ("2020: Lockdown") shades that place alone.
 */
export function parseRanges(attribute: string, text: string | null | undefined, isPlace: (text: string) => boolean, problems: Problem[]): RangeSpec[] {
  return entries(attribute, text, '2020–2021: Pandemic', problems).flatMap(({ place, words }) => {
    const ends = splitRange(place, isPlace);
    if (!ends) {
      problems.push(problem(attribute, (m) => m.rangeNotFound(place.slice(0, 80))));
      return [];
    }
    return [{ from: ends[0], to: ends[1], text: plainWords(attribute, place, words, problems) }];
  });
}

/** The two ends of "2020–2021", "2020 to 2021", "2020-03-2021-06" or "2020", as known places; undefined if none fit. */
function splitRange(place: string, isPlace: (text: string) => boolean): [string, string] | undefined {
  if (isPlace(place)) return [place, place];
  const separators = [/\s*[–—]\s*/g, /\s+to\s+/gi, /\s*-\s*/g];
  for (const separator of separators) {
    for (const match of place.matchAll(separator)) {
      const from = place.slice(0, match.index).trim();
      const to = place.slice(match.index + match[0].length).trim();
      if (isPlace(from) && isPlace(to)) return [from, to];
    }
  }
  return undefined;
}
