/**
 * Reads the project's event dictionary format (grammar in data/events/README.md) into an
 * EventDictionary, reporting every broken line at once as `file:line: message`.
 *
 * @example parseDictionary('verb attack => 190\n', 'x.dict').patterns[0]?.code // '190'
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ProblemList } from '../gazetteer/tsv-reader.js';
import type { ActorEntry, AgentEntry, DatedCode, EventDictionary, EventPattern, PatternKind } from './dictionary-types.js';
import { parsePattern } from './pattern-parser.js';

const CODE = /^[A-Za-z0-9]{1,8}$/;
const ACTOR_CODE = /^[A-Za-z0-9+-]{1,24}$/;
const DATE = /^\d{8}$/;
const WORD = /^[a-z0-9'][a-z0-9'.&-]*$/;

export function parseDictionary(text: string, file: string): EventDictionary {
  const problems = new ProblemList(file);
  const patterns: EventPattern[] = [];
  const forms = new Map<string, string[]>();
  const actors: ActorEntry[] = [];
  const agents: AgentEntry[] = [];
  const synsets = new Map<string, string[][]>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const content = stripComment(lines[i]!).trim();
    if (content === '') continue;
    const space = content.search(/\s/);
    const kind = space < 0 ? content : content.slice(0, space);
    const rest = space < 0 ? '' : content.slice(space + 1).trim();
    const origin = `${file}:${line}`;
    const error = (message: string): void => problems.add(line, message);
    if (kind === 'verb' || kind === 'noun') {
      const pattern = readPattern(kind, rest, origin, synsets);
      if (typeof pattern === 'string') error(pattern);
      else patterns.push(pattern);
    } else if (kind === 'set') {
      const [name = '', body = ''] = splitOnce(rest, '=');
      if (!/^&[a-z0-9_]+$/i.test(name)) error(`synset name "${name}" must be & followed by letters, digits or _`);
      const phrases = body.split('|').map((phrase) => words(phrase));
      if (phrases.some((phrase) => phrase.length === 0 || phrase.some((word) => !WORD.test(word)))) error('every | choice of a set must be one or more words');
      synsets.set(name.toLowerCase(), phrases);
    } else if (kind === 'forms') {
      const [lemma = '', body = ''] = splitOnce(rest, '=');
      const list = words(body);
      if (!WORD.test(lemma.toLowerCase()) || list.length === 0) error('forms lines read: forms LEMMA = form form ...');
      forms.set(lemma.toLowerCase(), [...(forms.get(lemma.toLowerCase()) ?? []), ...list]);
    } else if (kind === 'actor') {
      const actor = readActor(rest, origin);
      if (typeof actor === 'string') error(actor);
      else actors.push(actor);
    } else if (kind === 'agent') {
      const agent = readAgent(rest, origin);
      if (typeof agent === 'string') error(agent);
      else agents.push(agent);
    } else {
      error(`a line starts with verb, noun, set, forms, actor or agent, not "${kind}"`);
    }
  }
  problems.throwIfAny();
  return { patterns, forms, actors, agents };
}

function readPattern(kind: PatternKind, rest: string, origin: string, synsets: ReadonlyMap<string, string[][]>): EventPattern | string {
  const [patternText = '', outcome = ''] = splitOnce(rest, '=>');
  if (outcome === '') return 'a pattern line reads: verb|noun PATTERN => CODE [mode=MODE] [reciprocal] [notarget]';
  const parsed = parsePattern(patternText, kind, synsets);
  if (typeof parsed === 'string') return parsed;
  const [codeText = '', ...options] = outcome.split(/\s+/);
  let code: string | null = null;
  let reverse: string | null = null;
  if (codeText !== 'none') {
    const [first = '', second] = codeText.split(':');
    if (!CODE.test(first) || (second !== undefined && !CODE.test(second))) return `"${codeText}" is not a code (digits, or CODE:REVERSE, or none)`;
    code = first;
    reverse = second ?? null;
  }
  let mode: string | null = null;
  let reciprocal = false;
  let noTarget = false;
  for (const option of options) {
    if (option.startsWith('mode=') && option.length > 5) mode = option.slice(5);
    else if (option === 'reciprocal') reciprocal = true;
    else if (option === 'notarget') noTarget = true;
    else return `unknown option "${option}" (mode=MODE, reciprocal or notarget)`;
  }
  const key = `${kind} ${patternText.trim().toLowerCase().split(/\s+/).join(' ')}`;
  return { kind, ...parsed, code, reverse, mode, reciprocal, noTarget, origin, key };
}

/** `actor gondor => GON` or `actor gollum => HOB <19950601, HOBGOV 19950601-19990815, HOBREB >19990816`. */
function readActor(rest: string, origin: string): ActorEntry | string {
  const [phrase = '', body = ''] = splitOnce(rest, '=>');
  const list = words(phrase);
  if (list.length === 0 || body === '') return 'an actor line reads: actor PHRASE => CODE [, CODE DATES]...';
  const codes: DatedCode[] = [];
  for (const item of body.split(',')) {
    const [code = '', dates = ''] = item.trim().split(/\s+/, 2);
    if (!ACTOR_CODE.test(code)) return `"${code}" is not an actor code`;
    const range = readDates(dates);
    if (range === null) return `"${dates}" is not <YYYYMMDD, >YYYYMMDD or YYYYMMDD-YYYYMMDD`;
    codes.push({ code, ...range });
  }
  return { words: list, codes, origin };
}

function readDates(text: string): { from: string | null; to: string | null } | null {
  if (text === '') return { from: null, to: null };
  if (text.startsWith('<') && DATE.test(text.slice(1))) return { from: null, to: text.slice(1) };
  if (text.startsWith('>') && DATE.test(text.slice(1))) return { from: text.slice(1), to: null };
  const [from = '', to = ''] = text.split('-');
  return DATE.test(from) && DATE.test(to) ? { from, to } : null;
}

/** `agent police => ~POL` (suffix) or `agent human rights activists => NGM~` (prefix). */
function readAgent(rest: string, origin: string): AgentEntry | string {
  const [phrase = '', code = ''] = splitOnce(rest, '=>');
  const list = words(phrase);
  const suffix = code.startsWith('~');
  const bare = suffix ? code.slice(1) : code.endsWith('~') ? code.slice(0, -1) : '';
  if (list.length === 0 || !/^[A-Za-z0-9]{1,12}$/.test(bare)) return 'an agent line reads: agent PHRASE => ~CODE (or CODE~)';
  return { words: list, code: bare, position: suffix ? 'suffix' : 'prefix', origin };
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash < 0 ? line : line.slice(0, hash);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text.trim(), ''] : [text.slice(0, at).trim(), text.slice(at + separator.length).trim()];
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[\s_]+/).filter((word) => word !== '');
}

/**
 * Lays `overlay` over `base`: a pattern with the same kind and text replaces the base one (so
 * `=> none` switches it off), anything else is added.
 */
export function mergeDictionaries(base: EventDictionary, overlay: EventDictionary): EventDictionary {
  const replaced = new Set(overlay.patterns.map((pattern) => pattern.key));
  const forms = new Map(base.forms);
  for (const [lemma, list] of overlay.forms) forms.set(lemma, [...(forms.get(lemma) ?? []), ...list]);
  return {
    patterns: [...base.patterns.filter((pattern) => !replaced.has(pattern.key)), ...overlay.patterns],
    forms,
    actors: [...overlay.actors, ...base.actors],
    agents: [...overlay.agents, ...base.agents],
  };
}

/** The shipped starter dictionary for news English, read on first use, with optional user overlays. */
export function loadNewsDictionary(overlayPaths: readonly string[] = []): EventDictionary {
  const path = fileURLToPath(new URL('../../data/events/news.dict', import.meta.url));
  let dictionary = parseDictionary(readFileSync(path, 'utf8'), 'data/events/news.dict');
  for (const overlay of overlayPaths) dictionary = mergeDictionaries(dictionary, parseDictionary(readFileSync(overlay, 'utf8'), overlay));
  return dictionary;
}
