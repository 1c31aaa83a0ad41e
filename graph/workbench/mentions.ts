/**
 * What the workbench marks in a source's text: mentions of known actors and topics (by name and
 * alias) and the sentences that hold stance cue words. Pure: offsets are JavaScript string
 * indices into the ORIGINAL text, the same the stored quotes use, so the page can highlight with
 * `text.slice(start, end)` and a selection's offsets can be posted as they are.
 */
import { fold, foldNeedle, originalSpan } from '@/graph/workbench/textFold';

export interface NamedEntry {
  /** The actor's or topic's id. */
  id: string;
  /** Its name and aliases. */
  names: readonly string[];
}

export interface Mention {
  start: number;
  end: number;
  id: string;
}

/** Letters and digits of any script make words; everything else separates them. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

interface Candidate {
  needle: string;
  id: string;
  order: number;
}

/** The first word of a folded name: names are looked up by the word they start with. */
function firstWord(needle: string): string | null {
  const match = /^[\p{L}\p{N}]+/u.exec(needle);
  return match ? match[0] : null;
}

/**
 * Every mention of the entries' names in `text`: accent- and case-insensitive ("Guaido" finds
 * "Guaidó"), whole words only ("Iran" is not found in "Iranian"), longest first and never
 * overlapping ("Lima Group" wins over "Group" where both match; "United States" over "United").
 * At equal length the earlier place, then the earlier entry wins. Sorted by place.
 *
 * Names are indexed by their first word and tried only where a word starts, so the cost grows
 * with the text and the matches, not with text x names (imports bring thousands of actors).
 */
export function findMentions(text: string, entries: readonly NamedEntry[]): Mention[] {
  const folded = fold(text);
  const byFirstWord = new Map<string, Candidate[]>();
  const other: Candidate[] = [];
  let order = 0;
  for (const entry of entries) {
    for (const name of entry.names) {
      const needle = foldNeedle(name);
      if (needle.length === 0) continue;
      const candidate = { needle, id: entry.id, order: order++ };
      const key = firstWord(needle);
      if (key === null) other.push(candidate);
      else byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), candidate]);
    }
  }

  const hay = folded.text;
  const found: { from: number; to: number; id: string; order: number }[] = [];
  const accept = (candidate: Candidate, from: number) => {
    const to = from + candidate.needle.length;
    // A name that ends in a letter must not run on into a longer word ("Iran" in "Iranian").
    if (isWordChar(candidate.needle.at(-1)) && isWordChar(hay[to])) return;
    found.push({ from, to, id: candidate.id, order: candidate.order });
  };
  for (const word of hay.matchAll(/[\p{L}\p{N}]+/gu)) {
    for (const candidate of byFirstWord.get(word[0]) ?? []) {
      if (hay.startsWith(candidate.needle, word.index)) accept(candidate, word.index);
    }
    // A longer first word of the name than the text's word cannot match; a shorter one is
    // found when the text's word equals it, so only whole-word starts are looked up.
  }
  for (const candidate of other) {
    for (let at = hay.indexOf(candidate.needle); at >= 0; at = hay.indexOf(candidate.needle, at + 1)) {
      if (isWordChar(candidate.needle[0]) && isWordChar(hay[at - 1])) continue;
      accept(candidate, at);
    }
  }

  found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from || a.order - b.order);
  const taken: { from: number; to: number; id: string }[] = [];
  for (const match of found) {
    if (taken.some((t) => match.from < t.to && t.from < match.to)) continue;
    taken.push(match);
  }
  return taken
    .sort((a, b) => a.from - b.from)
    .map((m) => ({ ...originalSpan(folded, m.from, m.to), id: m.id }));
}

export interface CueSentence {
  /** The sentence's place in the text (leading white space left out). */
  start: number;
  end: number;
  /** The first cue word as the text writes it ("backed", "calls on"). */
  cue: string;
  cueStart: number;
  cueEnd: number;
}

/**
 * Stance cue words with their inflections (British and American spellings). A suggestion only:
 * the editor decides; "backed" in "backed away" is marked too (bare "back" only as "to back",
 * since "came back" is far more common than a stance).
 */
const CUES = [
  'recogni[sz](?:e|es|ed|ing)', 'back(?:s|ed|ing)', 'to\\s+back', 'support(?:s|ed|ing)?', 'endors(?:e|es|ed|ing)',
  'oppos(?:e|es|ed|ing)', 'condemn(?:s|ed|ing)?', 'denounc(?:e|es|ed|ing)', 'sanction(?:s|ed|ing)?',
  'accus(?:e|es|ed|ing)', 'urg(?:e|es|ed|ing)', 'reject(?:s|ed|ing)?', 'call(?:s|ed|ing)?\\s+(?:on|for|upon)',
  'criti(?:cis|ciz)(?:e|es|ed|ing)', 'demand(?:s|ed|ing)?', 'warn(?:s|ed|ing)?', 'threaten(?:s|ed|ing)?',
  'welcom(?:e|es|ed|ing)', 'prais(?:e|es|ed|ing)', 'pressur(?:e|es|ed|ing)', 'ally|allie[sd]|allying',
  'mediat(?:e|es|ed|ing)', 'negotiat(?:e|es|ed|ing)',
];
const CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CUES.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Words a full stop follows without ending the sentence. Lower-case, without the stop. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'pres', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm',
  'st', 'jr', 'sr', 'rev', 'hon', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'approx', 'dept', 'est', 'fig',
]);

/**
 * Sentence boundaries, kept simple: a line break always ends a sentence; ".", "!" or "?" (with
 * any closing quotes or brackets after it) ends one when white space follows, except a "." after
 * a known abbreviation ("Mr.", "Gen.") or after initials ("U.S.", "J.") or when the next word
 * starts in lower case. So "sanctions on the U.S. Treasury's list" stays one sentence (and a
 * sentence that really ends with "U.S." runs on into the next: a known limit).
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end });
  };
  let from = 0;
  for (const stop of text.matchAll(/\n+|[.!?]+["'\u201d\u2019)\]]*(?=\s)/gu)) {
    const at = stop.index;
    const to = at + stop[0].length;
    if (stop[0].startsWith('\n')) {
      push(from, at);
      from = to;
      continue;
    }
    if (stop[0].startsWith('.') && !endsSentence(text, from, at, to)) continue;
    push(from, to);
    from = to;
  }
  push(from, text.length);
  return spans;
}

function endsSentence(text: string, from: number, at: number, to: number): boolean {
  const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, at - 30), at))?.[0] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Initials: "U.S", "J", "E.U" (a single letter, or letters joined by stops).
  if (/^(?:\p{L}\.)*\p{L}$/u.test(before) && (before.length === 1 || before.includes('.'))) return false;
  const next = /\S/u.exec(text.slice(to, to + 10))?.[0] ?? '';
  return !/\p{Ll}/u.test(next);
}

/** The sentences of `text` that hold a stance cue word, with the first cue of each. */
export function cueSentences(text: string): CueSentence[] {
  const out: CueSentence[] = [];
  for (const span of sentenceSpans(text)) {
    const match = CUE.exec(text.slice(span.start, span.end));
    if (!match) continue;
    const cueStart = span.start + match.index;
    out.push({ ...span, cue: match[0], cueStart, cueEnd: cueStart + match[0].length });
  }
  return out;
}
