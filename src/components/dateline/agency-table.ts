/**
 * News agencies from data/agencies/agencies.tsv (grammar in its README.md): each canonical name with
 * the ways datelines write it. Matching ignores case, full stops, spaces and hyphens, so "ITAR-TASS",
 * "Itar Tass" and "A.F.P." find their agency.
 *
 * @example parseAgencies('TASS\tRUS\tITAR-TASS\n', 'x.tsv').canonical('Itar-Tass') === 'TASS'
 */
import { readFileSync } from 'node:fs';
import { ProblemList, readTsv, splitList } from '../../gazetteer/tsv-reader.js';

export interface AgencyTable {
  /** The canonical name of the agency written this way, or null when it is not a known agency. */
  canonical(written: string): string | null;
  readonly size: number;
}

const COUNTRY = /^(?:[A-Z]{3}|-)$/;

function agencyKey(written: string): string {
  return written.toLowerCase().replace(/[.\s\-‐–]+/g, '');
}

export function parseAgencies(text: string, file: string): AgencyTable {
  const problems = new ProblemList(file);
  const rows = readTsv(text, { file, columns: ['canonical', 'country', 'variants'] }, problems);
  const byKey = new Map<string, { name: string; line: number }>();
  for (const { line, fields } of rows) {
    const [name, country, variants] = fields as [string, string, string];
    if (name === '') problems.add(line, 'the canonical name is empty');
    if (!COUNTRY.test(country)) problems.add(line, `country "${country}" is not an alpha-3 code, IGO or -`);
    for (const written of [name, ...splitList(variants)]) {
      const key = agencyKey(written);
      const earlier = byKey.get(key);
      if (earlier && earlier.name !== name) problems.add(line, `"${written}" already names ${earlier.name} (line ${earlier.line})`);
      else byKey.set(key, { name, line });
    }
  }
  problems.throwIfAny();
  return { canonical: (written) => byKey.get(agencyKey(written))?.name ?? null, size: byKey.size };
}

let shared: AgencyTable | null = null;

/** The project's agency table, read on first use. */
export function defaultAgencies(): AgencyTable {
  shared ??= parseAgencies(readFileSync(new URL('../../../data/agencies/agencies.tsv', import.meta.url), 'utf8'), 'data/agencies/agencies.tsv');
  return shared;
}
