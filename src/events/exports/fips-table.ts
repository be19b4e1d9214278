/**
 * ISO 3166-1 alpha-3 → FIPS 10-4 country codes, from data/codes/iso-fips.tsv (grammar in
 * data/codes/README.md), for GDELT's geo columns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ProblemList, readTsv } from '../../gazetteer/tsv-reader.js';

export function parseFipsTable(text: string, file: string): ReadonlyMap<string, string> {
  const problems = new ProblemList(file);
  const table = new Map<string, string>();
  const seen = new Set<string>();
  for (const { line, fields } of readTsv(text, { file, columns: ['iso3', 'fips'] }, problems)) {
    const [iso = '', fips = ''] = fields;
    if (iso === 'iso3') continue;
    if (!/^[A-Z]{3}$/.test(iso)) problems.add(line, `"${iso}" is not an ISO alpha-3 code`);
    if (!/^[A-Z]{2}$/.test(fips)) problems.add(line, `"${fips}" is not a FIPS 10-4 country code`);
    if (table.has(iso) || seen.has(fips)) problems.add(line, `${iso} or ${fips} appears twice`);
    table.set(iso, fips);
    seen.add(fips);
  }
  problems.throwIfAny();
  return table;
}

let cached: ReadonlyMap<string, string> | undefined;

export function loadFipsTable(): ReadonlyMap<string, string> {
  cached ??= parseFipsTable(readFileSync(fileURLToPath(new URL('../../../data/codes/iso-fips.tsv', import.meta.url)), 'utf8'), 'data/codes/iso-fips.tsv');
  return cached;
}
