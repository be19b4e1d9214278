/**
 * Reads data/times/lexicon.txt (grammar in data/times/README.md) into lookup tables. Every line
 * is checked; all errors are reported together, each with its line number.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatelineError } from '../../errors.js';
import { phraseWords } from './time-tokens.js';

export const LEXICON_CATEGORIES = {
  month: /^(0[1-9]|1[0-2])$/,
  weekday: /^[1-7]$/,
  number: /^(\d{1,4}|X)$/,
  ordinal: /^\d{1,2}$/,
  unit: /^(S|TM|H|D|W|M|Q|Y|DE|CE)$/,
  season: /^(SP|SU|FA|WI)$/,
  partofday: /^(MO|AF|EV|NI)$/,
  deictic: /^-?\d{1,2}$/,
  ref: /^(PRESENT|PAST|FUTURE)_REF$/,
  set: /^PT?1[A-Z]$/,
  holiday: /^(0[1-9]|1[0-2])-((0[1-9]|[12]\d|3[01])|W[1-7]-[1-5])$/,
  tense: /^(past|present|future)$/,
} as const;

export type LexiconCategory = keyof typeof LEXICON_CATEGORIES;

export interface PhraseEntry {
  readonly words: readonly string[];
  readonly value: string;
  /** Written with a final "." in the lexicon: in text the full stop is optional and taken when present. */
  readonly abbreviation: boolean;
}

/** Per category: phrases by their first word, longest first. */
export type Lexicon = Readonly<Record<LexiconCategory, ReadonlyMap<string, readonly PhraseEntry[]>>>;


function emptyTables(): Record<LexiconCategory, Map<string, PhraseEntry[]>> {
  const tables = {} as Record<LexiconCategory, Map<string, PhraseEntry[]>>;
  for (const name of Object.keys(LEXICON_CATEGORIES) as LexiconCategory[]) tables[name] = new Map();
  return tables;
}

/**
 * @example parseLexicon('month 01 : january, jan', 'x.txt').month.get('jan')?.[0]?.value === '01'
 */
export function parseLexicon(text: string, source: string): Lexicon {
  const tables = emptyTables();
  const errors: string[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${source}:${index + 1}`;
    // Split by hand on the first ":" and on spaces: no pattern here can backtrack.
    const colon = line.indexOf(':');
    const head = colon < 0 ? [] : line.slice(0, colon).trim().split(/\s+/);
    const phrases = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (head.length !== 2 || phrases === '') return void errors.push(`${where}: expected "<category> <value> : <phrase>, ..." but found "${line}"`);
    const [category, value] = head as [string, string];
    if (!(category in LEXICON_CATEGORIES)) return void errors.push(`${where}: unknown category "${category}"; use one of ${Object.keys(LEXICON_CATEGORIES).join(', ')}`);
    const name = category as LexiconCategory;
    if (!LEXICON_CATEGORIES[name].test(value)) return void errors.push(`${where}: "${value}" is not a valid ${name} value`);
    for (const phrase of phrases.split(',').map((p) => p.trim())) {
      if (phrase === '' || phrase !== phrase.toLowerCase()) { errors.push(`${where}: phrase "${phrase}" must be non-empty lower case`); continue; }
      const abbreviation = phrase.endsWith('.');
      const words = phraseWords(abbreviation ? phrase.slice(0, -1) : phrase);
      if (words.length === 0) { errors.push(`${where}: phrase "${phrase}" has no words`); continue; }
      const list = tables[name].get(words[0]!) ?? [];
      list.push({ words, value, abbreviation });
      list.sort((a, b) => b.words.length - a.words.length);
      tables[name].set(words[0]!, list);
    }
  });
  if (errors.length > 0) throw new DatelineError('BAD_FORMAT', `Time lexicon has ${errors.length} error(s); fix them:\n${errors.join('\n')}`);
  return Object.freeze(tables);
}

export const LEXICON_PATH = fileURLToPath(new URL('../../../data/times/lexicon.txt', import.meta.url));

let cached: Lexicon | null = null;

/** The production lexicon, read on first use (never at import). */
export function loadLexicon(path: string = LEXICON_PATH): Lexicon {
  if (path !== LEXICON_PATH) return parseLexicon(readFileSync(path, 'utf8'), path);
  cached ??= parseLexicon(readFileSync(path, 'utf8'), 'data/times/lexicon.txt');
  return cached;
}
