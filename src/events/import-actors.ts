/**
 * Converts PETRARCH and TABARI actor and agent dictionaries (one format family) into the project's
 * `actor` and `agent` lines. Actor entries: `NAME [CODE]`, synonyms on following `+NAME` lines, codes
 * on following indented `[CODE DATES]` lines or inline as several `[CODE DATES]` blocks; dates
 * `<950601`, `>990816`, `19950601 - 19990815` (six-digit years before 30 are 20xx). Agents:
 * `NAME {PLURALS} [~CODE]` with `!SET! = A, B` substitutions.
 */
import { cleanWord } from './import-pattern.js';

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

function phraseOf(name: string, stems: boolean): string | null {
  const words = name.trim().split(/[\s_]+(?=\S)/).map((word) => word.trim()).filter((word) => word !== '');
  const out = words.map((word) => {
    const exact = word.endsWith('_');
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
  const compact = block.replace(/\s*-\s*(?=\d)/g, '-').replace(/([<>])\s+/g, '$1').trim();
  const [code = '', dates = ''] = compact.split(/\s+/, 2);
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
    const line = stripComment(raw, options.comment);
    if (/^\s*<\/?(NOUN|ADJECTIVE)>/i.test(line)) { inSection = !line.includes('</'); return; }
    if (inSection || line.trim() === '' || line.trim().startsWith('<!--')) return;
    const blocks = [...line.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1] ?? '');
    const head = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(raw) && head === '') {
      for (const block of blocks) pushCode(block, where);
      return;
    }
    if (head.startsWith('+')) {
      const name = phraseOf(head.slice(1), options.stems);
      if (name !== null) names.push(name);
      else warnings.push(`${where}: synonym "${head}" skipped`);
      for (const block of blocks) pushCode(block, where);
      return;
    }
    flush();
    const name = phraseOf(head, options.stems);
    if (name === null) { warnings.push(`${where}: actor "${head}" skipped`); return; }
    names = [name];
    for (const block of blocks) pushCode(block, where);
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
    const line = stripComment(raw, options.comment).trim();
    if (line === '' || line.startsWith('<!--')) return;
    const set = /^(![A-Za-z]+!)\s*=\s*(.*)$/.exec(line);
    if (set) { sets.set(set[1]!.toUpperCase(), set[2]!.split(',').map((word) => word.trim()).filter((word) => word !== '')); return; }
    const code = /\[\s*(~?[A-Za-z0-9]+~?)\s*\]/.exec(line)?.[1];
    const head = line.replace(/\[[^\]]*\]/g, '').replace(/\{([^}]*)\}/g, ' ').trim();
    const plurals = /\{([^}]*)\}/.exec(line)?.[1]?.split(/\s+/).filter((word) => word !== '') ?? [];
    if (code === undefined || !(code.startsWith('~') || code.endsWith('~'))) { warnings.push(`${where}: agent line skipped`); return; }
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

function stripComment(line: string, comment: string): string {
  const at = line.indexOf(comment);
  return at < 0 ? line : line.slice(0, at);
}
