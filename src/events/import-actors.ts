/**
 * Converts PETRARCH and TABARI actor and agent dictionaries (one format family) into the project's
 * `actor` and `agent` lines. Actor entries: `NAME [CODE]`, synonyms on following `+NAME` lines, codes
 * on following indented `[CODE DATES]` lines or inline as several `[CODE DATES]` blocks; dates
 * `<950601`, `>990816`, `19950601 - 19990815` (six-digit years before 30 are 20xx). Agents:
 * `NAME {PLURALS} [~CODE]` with `!SET! = A, B` substitutions.
 */
import { cleanWord } from './import-pattern.js';
import { before, blocks, removeBlocks } from './import-text.js';

export interface ImportOutput {
  readonly lines: string[];
  readonly warnings: string[];
}

export interface ActorImportOptions {
  /** TABARI matches a word as a prefix unless it ends in `_`; PETRARCH matches whole words. */
  readonly stems: boolean;
  readonly file: string;
  /** Comment character of the format: `#` (PETRARCH) or `;` (TABARI). */
  readonly comment: string;
}

/** Words of a dictionary name; a word followed by `_` and then nothing (`ARNOR_`) is marked exact. */
function nameWords(name: string): { word: string; exact: boolean }[] {
  const parts = name.trim().split(/[\s_]/);
  const words: { word: string; exact: boolean }[] = [];
  parts.forEach((part, index) => {
    if (part === '') return;
    const rest = parts.slice(index + 1);
    words.push({ word: part, exact: rest.length > 0 && rest.every((later) => later === '') });
  });
  return words;
}

function phraseOf(name: string, stems: boolean): string | null {
  const out = nameWords(name).map(({ word, exact }) => {
    const clean = cleanWord(word);
    return stems && !exact && clean.length >= 4 ? `${clean}*` : clean;
  });
  return out.length > 0 && out.every((word) => /^[a-z0-9][a-z0-9'.&-]*\*?$/.test(word)) ? out.join(' ') : null;
}

function twoDigitYear(date: string): string {
  if (date.length === 8) return date;
  return `${Number(date.slice(0, 2)) < 30 ? '20' : '19'}${date}`;
}

/** `HOBGOV 19950601 - 19990815` → `HOBGOV 19950601-19990815`; null for a block with no usable code. */
function codeBlock(block: string): string | null {
  const [code = '', ...rest] = block.trim().split(/\s+/);
  const dates = rest.join('');
  const clean = code.split('/')[0] ?? '';
  if (!/^[A-Za-z0-9]{1,24}$/.test(clean) && clean !== '---') return null;
  const dated = dates.replace(/\d{6,8}/g, (date) => twoDigitYear(date));
  if (dated !== '' && !/^([<>]\d{8}|\d{8}-\d{8})$/.test(dated)) return null;
  return dated === '' ? clean : `${clean} ${dated}`;
}

export function importActors(text: string, options: ActorImportOptions): ImportOutput {
  const lines: string[] = [];
  const warnings: string[] = [];
  let names: string[] = [];
  let codes: string[] = [];
  const flush = (): void => {
    const usable = codes.filter((code) => !code.startsWith('---'));
    if (names.length > 0 && usable.length > 0) for (const name of names) lines.push(`actor ${name} => ${usable.join(', ')}`);
    names = [];
    codes = [];
  };
  let inSection = false;
  text.split('\n').forEach((raw, index) => {
    const where = `${options.file}:${index + 1}`;
    const line = before(raw, options.comment);
    if (/^\s*<\/?(NOUN|ADJECTIVE)>/i.test(line)) { inSection = !line.includes('</'); return; }
    if (inSection || line.trim() === '' || line.trim().startsWith('<!--')) return;
    const codes = blocks(line, '[', ']');
    const head = removeBlocks(line, '[', ']').trim();
    if (/^\s/.test(raw) && head === '') {
      for (const block of codes) pushCode(block, where);
      return;
    }
    if (head.startsWith('+')) {
      const name = phraseOf(head.slice(1), options.stems);
      if (name !== null) names.push(name);
      else warnings.push(`${where}: synonym "${head}" skipped`);
      for (const block of codes) pushCode(block, where);
      return;
    }
    flush();
    const name = phraseOf(head, options.stems);
    if (name === null) { warnings.push(`${where}: actor "${head}" skipped`); return; }
    names = [name];
    for (const block of codes) pushCode(block, where);
  });
  flush();
  return { lines, warnings };

  function pushCode(block: string, where: string): void {
    const code = codeBlock(block);
    if (code === null) warnings.push(`${where}: code block [${block}] skipped`);
    else codes.push(code);
  }
}

export function importAgents(text: string, options: ActorImportOptions): ImportOutput {
  const lines: string[] = [];
  const warnings: string[] = [];
  const sets = new Map<string, string[]>();
  text.split('\n').forEach((raw, index) => {
    const where = `${options.file}:${index + 1}`;
    const line = before(raw, options.comment).trim();
    if (line === '' || line.startsWith('<!--')) return;
    const equals = line.indexOf('=');
    const setName = equals < 0 ? '' : line.slice(0, equals).trim();
    if (setName.length > 2 && setName.startsWith('!') && setName.endsWith('!')) {
      sets.set(setName.toUpperCase(), line.slice(equals + 1).split(',').map((word) => word.trim()).filter((word) => word !== ''));
      return;
    }
    const code = blocks(line, '[', ']')[0]?.trim();
    const head = removeBlocks(removeBlocks(line, '[', ']'), '{', '}').trim();
    const plurals = blocks(line, '{', '}')[0]?.split(/\s+/).filter((word) => word !== '') ?? [];
    if (code === undefined || !/^~?[A-Za-z0-9]+~?$/.test(code) || !(code.startsWith('~') || code.endsWith('~'))) { warnings.push(`${where}: agent line skipped`); return; }
    for (const form of [head, ...plurals]) {
      for (const expanded of expand(form, sets)) {
        const name = phraseOf(expanded, false);
        if (name === null) warnings.push(`${where}: agent "${expanded}" skipped`);
        else lines.push(`agent ${name} => ${code}`);
      }
    }
  });
  return { lines, warnings };
}

/** Expands `!MINST!_OF_SILLY_WALKS` over its set's members (one set per phrase). */
function expand(form: string, sets: ReadonlyMap<string, readonly string[]>): string[] {
  const match = /![A-Za-z]+!/.exec(form);
  if (match === null) return [form];
  const members = sets.get(match[0].toUpperCase()) ?? [];
  return members.map((member) => form.replace(match[0], `_${member}_`).replace(/__+/g, '_'));
}
