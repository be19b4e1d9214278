/**
 * Parsers for the files of data/actors/ (formats in data/actors/README.md). Each checks every line
 * and throws one DataFileError listing each problem as `file:line: message`.
 *
 * @example parseOrganisations('Hamas\tPSE\tREB\t-\n', 'orgs.tsv') // => [{ name: 'Hamas', country: 'PSE', sector: 'REB', variants: [] }]
 */
import { ProblemList, readTsv, splitList } from '../gazetteer/tsv-reader.js';
import type { CountryWord, CountryWordKind, NamePattern, Office, OfficeHolder, OrgRecord, TitleKind, TitleWord } from './actor-knowledge.js';
import { phraseKey } from './actor-knowledge.js';

const COUNTRY = /^(?:[A-Z]{3}|IGO)$/;
const SECTOR = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OFFICES = new Set(['HOS', 'HOG', 'FM', 'DEF', 'INT', 'FIN', 'CBG']);
const TITLE_KINDS = new Set(['role', 'counterpart', 'former', 'honorific']);
const WORD_KINDS = new Set(['country', 'demonym', 'capital']);

function optional(field: string): string | null {
  return field === '-' ? null : field;
}

function check(problems: ProblemList, line: number, field: string, pattern: RegExp, what: string): void {
  if (field !== '-' && !pattern.test(field)) problems.add(line, `${what} "${field}" is not valid (write ${pattern.source} or -)`);
}

export function parseOrganisations(text: string, file: string): OrgRecord[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['canonical', 'country', 'sector', 'variants'] }, problems);
  const out = rows.map(({ line, fields: [name, country, sector, variants] }) => {
    check(problems, line, country!, COUNTRY, 'country');
    check(problems, line, sector!, SECTOR, 'sector');
    return { name: name!, country: optional(country!), sector: optional(sector!), variants: splitList(variants!) };
  });
  problems.throwIfAny();
  return out;
}

export function parseOfficeHolders(text: string, file: string): OfficeHolder[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['name', 'country', 'office', 'title', 'from', 'to', 'variants'] }, problems);
  const out = rows.map(({ line, fields: [name, country, office, title, from, to, variants] }) => {
    check(problems, line, country!, COUNTRY, 'country');
    if (country === '-') problems.add(line, 'an office-holder needs a country (alpha-3 or IGO)');
    if (office !== '-' && !OFFICES.has(office!)) problems.add(line, `office "${office}" is not one of ${[...OFFICES].join(', ')} or -`);
    check(problems, line, from!, DATE, 'start date');
    check(problems, line, to!, DATE, 'end date');
    if (from !== '-' && to !== '-' && to! <= from!) problems.add(line, `the end ${to} is not after the start ${from}`);
    return {
      name: name!, country: country!, office: optional(office!) as Office | null, title: title!,
      from: optional(from!), to: optional(to!), variants: splitList(variants!),
    };
  });
  problems.throwIfAny();
  return out;
}

export function parseTitles(text: string, file: string): TitleWord[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['phrase', 'kind', 'role', 'sector', 'office'] }, problems);
  const out = rows.map(({ line, fields: [phrase, kind, role, sector, office] }) => {
    if (!TITLE_KINDS.has(kind!)) problems.add(line, `kind "${kind}" is not one of role, counterpart, former, honorific`);
    if (kind === 'role' && role === '-') problems.add(line, 'a role line needs the role it names');
    check(problems, line, sector!, SECTOR, 'sector');
    if (office !== '-' && !OFFICES.has(office!)) problems.add(line, `office "${office}" is not one of ${[...OFFICES].join(', ')} or -`);
    return { phrase: phrase!, kind: kind as TitleKind, role: optional(role!), sector: optional(sector!), office: optional(office!) as Office | null };
  });
  problems.throwIfAny();
  return out;
}

export function parseSectors(text: string, file: string): { word: string; sector: string }[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['word', 'sector', 'forms'] }, problems);
  const out = rows.flatMap(({ line, fields: [word, sector, forms] }) => {
    if (!SECTOR.test(sector!)) problems.add(line, `sector "${sector}" is not a three-letter code`);
    return [word!, ...splitList(forms!)].map((w) => ({ word: w, sector: sector! }));
  });
  problems.throwIfAny();
  return out;
}

export function parsePatterns(text: string, file: string): NamePattern[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['pattern', 'canonical', 'sector'] }, problems);
  const out = rows.map(({ line, fields: [pattern, canonical, sector] }) => {
    const tokens = pattern!.split(/(\{country\}|\{adj\})/).flatMap((part) => (part === '{country}' || part === '{adj}' ? [part] : phraseKey(part).split(' ').filter((t) => t !== '')));
    const slots = tokens.filter((t) => t === '{country}' || t === '{adj}').length;
    if (slots !== 1) problems.add(line, `a pattern needs exactly one {country} or {adj} slot, found ${slots}`);
    check(problems, line, sector!, SECTOR, 'sector');
    return { tokens, canonical: canonical!, sector: optional(sector!) };
  });
  problems.throwIfAny();
  return out;
}

export function parseCountryWords(text: string, file: string): CountryWord[] {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['word', 'country', 'kind'] }, problems);
  const out = rows.map(({ line, fields: [word, country, kind] }) => {
    if (!/^[A-Z]{3}$/.test(country!)) problems.add(line, `country "${country}" is not an alpha-3 code`);
    if (!WORD_KINDS.has(kind!)) problems.add(line, `kind "${kind}" is not one of country, demonym, capital`);
    return { word: word!, country: country!, kind: kind as CountryWordKind };
  });
  problems.throwIfAny();
  return out;
}

/** One word a line; `#` starts a comment line. */
export function parseWordList(text: string, file: string): string[] {
  const problems = new ProblemList(file);
  const words: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (/\s/.test(line)) problems.add(i + 1, `"${line}" has a space: write one word a line`);
    else words.push(line);
  });
  problems.throwIfAny();
  return words;
}
