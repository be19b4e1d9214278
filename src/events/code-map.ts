/**
 * A mapping from one code table to another (CAMEO → PLOVER type and mode), read from
 * data/codes/cameo-to-plover.tsv. The loader checks that every source code is mapped and that each
 * target type (and `TYPE.mode`) exists in the target table.
 *
 * @example mapCode(loadCameoToPlover(), '041') // { type: 'CONSULT', mode: 'phone' }
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { ProblemList, readTsv } from '../gazetteer/tsv-reader.js';
import { loadCodeTable, type CodeTable } from './code-table.js';

export interface MappedCode {
  readonly type: string;
  readonly mode: string | null;
}

export interface CodeMap {
  readonly file: string;
  readonly pairs: ReadonlyMap<string, MappedCode>;
}

/** Parses a mapping file against its two tables; throws DataFileError listing every bad line. */
export function parseCodeMap(text: string, file: string, from: CodeTable, to: CodeTable): CodeMap {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['from', 'to', 'mode'] }, problems).filter((row, index) => index > 0 || row.fields[0] !== 'cameo');
  const pairs = new Map<string, MappedCode>();
  for (const { line, fields } of rows) {
    const [code = '', type = '', modeText = ''] = fields;
    if (from.get(code) === undefined) problems.add(line, `code ${code} is not in ${from.file}`);
    if (pairs.has(code)) problems.add(line, `code ${code} is mapped twice`);
    const typeEntry = to.get(type);
    if (typeEntry === undefined || typeEntry.parent !== null) problems.add(line, `${type} is not a type (a root code) in ${to.file}`);
    const mode = modeText === '-' ? null : modeText;
    if (mode !== null && to.get(`${type}.${mode}`) === undefined) problems.add(line, `mode ${type}.${mode} is not in ${to.file}`);
    pairs.set(code, { type, mode });
  }
  for (const code of from.entries.keys()) {
    if (!pairs.has(code)) problems.add(0, `code ${code} of ${from.file} has no mapping; add a line "${code}<TAB>TYPE<TAB>mode"`);
  }
  problems.throwIfAny();
  return Object.freeze({ file, pairs });
}

/** The mapped type and mode of a code, falling back to its nearest mapped ancestor. */
export function mapCode(map: CodeMap, from: CodeTable, code: string): MappedCode | null {
  for (const entry of from.lineage(code)) {
    const mapped = map.pairs.get(entry.code);
    if (mapped !== undefined) return mapped;
  }
  return null;
}

let cached: CodeMap | undefined;

/** The shipped CAMEO → PLOVER map, read once on first use. */
export function loadCameoToPlover(): CodeMap {
  if (cached === undefined) {
    const path = fileURLToPath(new URL('../../data/codes/cameo-to-plover.tsv', import.meta.url));
    cached = parseCodeMap(readFileSync(path, 'utf8'), 'data/codes/cameo-to-plover.tsv', loadCodeTable('cameo'), loadCodeTable('plover'));
  }
  return cached;
}
