/**
 * A code table: CAMEO and PLOVER are the same structure (a code, its parent, a name, a QuadClass and
 * an optional Goldstein score), read by one loader from data/codes/<scheme>.tsv. Grammar in
 * data/codes/README.md.
 *
 * @example parseCodeTable('code\tparent\tname\tquad\tgoldstein\n19\t-\tFight\t4\t-10\n', 'x.tsv').get('19')?.quad // 4
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { ProblemList, readTsv } from '../gazetteer/tsv-reader.js';

export type QuadClass = 1 | 2 | 3 | 4;

export interface CodeEntry {
  readonly code: string;
  readonly parent: string | null;
  readonly name: string;
  readonly quad: QuadClass;
  /** Goldstein conflict-cooperation score, -10..10; null where the scheme has none (PLOVER). */
  readonly goldstein: number | null;
}

export interface CodeTable {
  readonly file: string;
  readonly entries: ReadonlyMap<string, CodeEntry>;
  get(code: string): CodeEntry | undefined;
  /** The code and its ancestors, nearest first: `1951` → [1951, 195, 19]. */
  lineage(code: string): CodeEntry[];
}

export const CODE_COLUMNS = ['code', 'parent', 'name', 'quad', 'goldstein'] as const;
const CODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Parses a code-table file; throws DataFileError listing every bad line. */
export function parseCodeTable(text: string, file: string): CodeTable {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: CODE_COLUMNS }, problems).filter((row) => row.fields[0] !== 'code');
  const entries = new Map<string, CodeEntry>();
  const lines = new Map<string, number>();
  for (const { line, fields } of rows) {
    const [code = '', parent = '', name = '', quadText = '', goldsteinText = ''] = fields;
    if (!CODE_SHAPE.test(code)) problems.add(line, `code "${code}" must be letters, digits, ".", "_" or "-"`);
    if (entries.has(code)) problems.add(line, `code ${code} is already defined on line ${lines.get(code)}`);
    const quad = Number(quadText);
    if (!(quad === 1 || quad === 2 || quad === 3 || quad === 4)) problems.add(line, `quad must be 1, 2, 3 or 4, not "${quadText}"`);
    const goldstein = goldsteinText === '-' ? null : Number(goldsteinText);
    if (goldstein !== null && !(goldsteinText !== '' && goldstein >= -10 && goldstein <= 10)) {
      problems.add(line, `goldstein must be a number from -10 to 10, or -; found "${goldsteinText}"`);
    }
    if (name === '') problems.add(line, 'name is empty');
    entries.set(code, { code, parent: parent === '-' ? null : parent, name, quad: quad as QuadClass, goldstein });
    lines.set(code, line);
  }
  for (const entry of entries.values()) {
    if (entry.parent !== null && !entries.has(entry.parent)) {
      problems.add(lines.get(entry.code) ?? 0, `parent ${entry.parent} of ${entry.code} is not defined in the file`);
    }
  }
  problems.throwIfAny();
  return makeTable(file, entries);
}

function makeTable(file: string, entries: ReadonlyMap<string, CodeEntry>): CodeTable {
  return Object.freeze({
    file,
    entries,
    get: (code: string) => entries.get(code),
    lineage(code: string): CodeEntry[] {
      const chain: CodeEntry[] = [];
      let entry = entries.get(code);
      // Bounded by the table size, so a parent cycle typed by a user cannot loop forever.
      while (entry !== undefined && chain.length <= entries.size) {
        chain.push(entry);
        entry = entry.parent === null ? undefined : entries.get(entry.parent);
      }
      return chain;
    },
  });
}

export type CodeScheme = 'cameo' | 'plover';

const cache = new Map<CodeScheme, CodeTable>();

/** The shipped table for a scheme, read once on first use. */
export function loadCodeTable(scheme: CodeScheme): CodeTable {
  let table = cache.get(scheme);
  if (table === undefined) {
    const path = fileURLToPath(new URL(`../../data/codes/${scheme}.tsv`, import.meta.url));
    table = parseCodeTable(readFileSync(path, 'utf8'), `data/codes/${scheme}.tsv`);
    cache.set(scheme, table);
  }
  return table;
}
