/**
 * Reads the quote lexicons in data/quotes/ (grammars in data/quotes/README.md): reporting cues,
 * source patterns and speaker words. Every line is checked; all errors are reported together,
 * each with its file and line number.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatelineError } from '../../errors.js';

export const CUE_FLAGS = ['addressee', 'prep', 'clause'] as const;
export type CueFlag = (typeof CUE_FLAGS)[number];

export interface CueEntry {
  readonly id: string;
  /** The form's lower-case words: ["pointed", "out"]. */
  readonly words: readonly string[];
  readonly flags: ReadonlySet<CueFlag>;
}

export interface SourcePattern {
  readonly label: string;
  /** Lower-case words; "*" matches any one word. */
  readonly words: readonly string[];
  /** The bracketed words, [from, to) in `words`, become the source. */
  readonly from: number;
  readonly to: number;
  /** A final "..." inside the brackets: the phrase runs on to the next stop. */
  readonly runOn: boolean;
}

export interface SpeakerWords {
  readonly personPronouns: ReadonlySet<string>;
  readonly groupPronouns: ReadonlySet<string>;
  /** Last words of role nouns ("minister" for "foreign minister"). */
  readonly roles: ReadonlySet<string>;
  readonly unnamed: ReadonlySet<string>;
  readonly indefinite: ReadonlySet<string>;
  /** Nouns naming a list of someone's words ("Putin’s key statements"). */
  readonly statements: ReadonlySet<string>;
}

export interface QuoteLexicon {
  /** Cue forms by their first word, longest first. */
  readonly cues: ReadonlyMap<string, readonly CueEntry[]>;
  /** Source patterns by their first word, longest first. */
  readonly sources: ReadonlyMap<string, readonly SourcePattern[]>;
  readonly speakers: SpeakerWords;
}

const WORD = /^[a-z][a-z'’.-]*$/;

/** Calls `each` with every meaningful line; collects the errors it returns. */
function readLines(text: string, file: string, each: (line: string) => string | null): void {
  const errors: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const error = each(line);
    if (error !== null) errors.push(`${file}:${index + 1}: ${error}`);
  });
  if (errors.length > 0) throw new DatelineError('BAD_FORMAT', `${file} has ${errors.length} error(s); fix them:\n${errors.join('\n')}`);
}

function addSorted<T extends { words: readonly string[] }>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  list.push(value);
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(key, list);
}

/** @example parseCues('cue say : says, said', 'cues.txt').get('said')?.[0]?.id === 'say' */
export function parseCues(text: string, file: string): Map<string, CueEntry[]> {
  const cues = new Map<string, CueEntry[]>();
  readLines(text, file, (line) => {
    const match = /^cue\s+([a-z_]+)((?:\s+[a-z]+)*)\s*:\s*(\S.*)$/.exec(line);
    if (!match) return `expected "cue <id> [flag ...] : <form>, ..." but found "${line}"`;
    const flagWords = match[2]!.trim() === '' ? [] : match[2]!.trim().split(/\s+/);
    const bad = flagWords.find((flag) => !(CUE_FLAGS as readonly string[]).includes(flag));
    if (bad !== undefined) return `unknown flag "${bad}"; use ${CUE_FLAGS.join(', ')}`;
    const flags = new Set(flagWords as CueFlag[]);
    for (const form of match[3]!.split(',').map((f) => f.trim())) {
      const words = form.split(/\s+/);
      if (form === '' || !words.every((w) => WORD.test(w))) return `form "${form}" must be lower-case words`;
      const twin = cues.get(words[0]!)?.find((e) => e.words.join(' ') === words.join(' '));
      if (twin !== undefined) return `form "${form}" is already a form of "${twin.id}"; list each form once`;
      addSorted(cues, words[0]!, { id: match[1]!, words, flags });
    }
    return null;
  });
  return cues;
}

function parsePattern(label: string, body: string): SourcePattern | string {
  const items = body.replace(/\[/g, ' [ ').replace(/\]/g, ' ] ').trim().split(/\s+/);
  const open = items.indexOf('[');
  const close = items.indexOf(']');
  if (open < 0 || close < open || items.lastIndexOf('[') !== open || items.lastIndexOf(']') !== close) return 'needs exactly one [ ... ] around the source words';
  const runOn = items[close - 1] === '...';
  const words = items.filter((item, i) => item !== '[' && item !== ']' && !(runOn && i === close - 1));
  const first = words[0];
  if (first === undefined || !WORD.test(first)) return 'must start with a literal lower-case word';
  const badWord = words.find((w) => w !== '*' && !WORD.test(w));
  if (badWord !== undefined) return `"${badWord}" is not a lower-case word, * or a final ...`;
  const from = open;
  const to = close - 1 - (runOn ? 1 : 0);
  if (to <= from && !runOn) return 'the brackets are empty';
  return { label, words, from, to, runOn };
}

/** @example parseSources('reporters : told [reporters]', 's.txt').get('told')?.[0]?.from === 1 */
export function parseSources(text: string, file: string): Map<string, SourcePattern[]> {
  const sources = new Map<string, SourcePattern[]>();
  readLines(text, file, (line) => {
    const match = /^([a-z_]+)\s*:\s*(\S.*)$/.exec(line);
    if (!match) return `expected "<label> : <words> [<words>]" but found "${line}"`;
    const pattern = parsePattern(match[1]!, match[2]!);
    if (typeof pattern === 'string') return pattern;
    addSorted(sources, pattern.words[0]!, pattern);
    return null;
  });
  return sources;
}

const SPEAKER_KINDS = ['pronoun person', 'pronoun group', 'role', 'unnamed', 'indefinite', 'statements'] as const;

/** @example parseSpeakerWords('unnamed : officials', 's.txt').unnamed.has('officials') */
export function parseSpeakerWords(text: string, file: string): SpeakerWords {
  const sets: Record<(typeof SPEAKER_KINDS)[number], Set<string>> = {
    'pronoun person': new Set(), 'pronoun group': new Set(), role: new Set(), unnamed: new Set(), indefinite: new Set(), statements: new Set(),
  };
  readLines(text, file, (line) => {
    const match = /^([a-z]+(?: [a-z]+)?)\s*:\s*(\S.*)$/.exec(line);
    const kind = match?.[1] as (typeof SPEAKER_KINDS)[number] | undefined;
    if (!match || kind === undefined || !SPEAKER_KINDS.includes(kind)) return `expected "<kind> : <word>, ..." with kind one of ${SPEAKER_KINDS.join(', ')}, found "${line}"`;
    for (const entry of match[2]!.split(',').map((w) => w.trim())) {
      const words = entry.split(/\s+/);
      if (entry === '' || !words.every((w) => WORD.test(w))) return `"${entry}" must be lower-case words`;
      sets[kind].add(words[words.length - 1]!);
    }
    return null;
  });
  return {
    personPronouns: sets['pronoun person'], groupPronouns: sets['pronoun group'], roles: sets.role,
    unnamed: sets.unnamed, indefinite: sets.indefinite, statements: sets.statements,
  };
}

export const QUOTE_DATA_DIR = fileURLToPath(new URL('../../../data/quotes/', import.meta.url));

function readData(dir: string, name: string): string {
  return readFileSync(`${dir}${dir.endsWith('/') ? '' : '/'}${name}`, 'utf8');
}

let cached: QuoteLexicon | null = null;

/** The lexicons in `dir` (default data/quotes/), read on first use, never at import. */
export function loadQuoteLexicon(dir: string = QUOTE_DATA_DIR): QuoteLexicon {
  if (dir === QUOTE_DATA_DIR && cached !== null) return cached;
  const lexicon: QuoteLexicon = Object.freeze({
    cues: parseCues(readData(dir, 'cues.txt'), 'data/quotes/cues.txt'),
    sources: parseSources(readData(dir, 'sources.txt'), 'data/quotes/sources.txt'),
    speakers: parseSpeakerWords(readData(dir, 'speakers.txt'), 'data/quotes/speakers.txt'),
  });
  if (dir === QUOTE_DATA_DIR) cached = lexicon;
  return lexicon;
}
