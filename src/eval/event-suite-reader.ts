/**
 * Reads the two public validation suites with fictional actors, each with its own dictionaries:
 * the PETRARCH unit tests (`petr_unittest.jsonl` + `dictionaries/PETR.Validate.*.txt`) and the TABARI
 * validation suite (`tabari_validation.jsonl` + `dictionaries/TABARI.Demo.*`, `Validate.agents`).
 * Records that expect an error (discards, bad input) and TABARI records after its standard suite are
 * left out and counted.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScoredEvent } from './event-score.js';
import { importPetrarchActors, importPetrarchAgents, importPetrarchVerbs } from '../events/petrarch-importer.js';
import { importTabariActors, importTabariAgents, importTabariVerbs } from '../events/tabari-importer.js';
import { checkImport, type CheckedImport } from '../events/import-check.js';
import type { ImportOutput } from '../events/import-actors.js';

export type SuiteName = 'petrarch-unit' | 'tabari';

export interface SuiteRecord {
  readonly id: string;
  readonly text: string;
  /** YYYYMMDD. */
  readonly date: string;
  readonly gold: readonly ScoredEvent[];
  /** Events the record says must not be produced (TABARI `-{...}`). */
  readonly forbidden: readonly ScoredEvent[];
  /** PETRARCH `require_dyad`; TABARI always codes dyads only. */
  readonly requireDyad: boolean;
}

export interface Suite {
  readonly records: readonly SuiteRecord[];
  readonly skipped: number;
  readonly dictionary: CheckedImport;
}

async function readLines(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

function merge(outputs: readonly ImportOutput[]): ImportOutput {
  return { lines: outputs.flatMap((output) => output.lines), warnings: outputs.flatMap((output) => output.warnings) };
}

function fullYear(date: string): string {
  return date.length === 6 ? `${Number(date.slice(0, 2)) < 30 ? '20' : '19'}${date}` : date;
}

export async function readSuite(name: SuiteName, dir: string): Promise<Suite> {
  return name === 'petrarch-unit' ? readPetrarch(dir) : readTabari(dir);
}

async function readPetrarch(dir: string): Promise<Suite> {
  const dictDir = join(dir, 'dictionaries');
  const read = (file: string) => readFile(join(dictDir, file), 'latin1');
  const output = merge([
    importPetrarchVerbs(await read('PETR.Validate.verbs.txt'), 'PETR.Validate.verbs.txt'),
    importPetrarchActors(await read('PETR.Validate.actors.txt'), 'PETR.Validate.actors.txt'),
    importPetrarchAgents(await read('PETR.Validate.agents.txt'), 'PETR.Validate.agents.txt'),
  ]);
  const records: SuiteRecord[] = [];
  let skipped = 0;
  let requireDyad = true;
  for (const row of await readLines(join(dir, 'petr_unittest.jsonl'))) {
    const config = (row.active_config ?? {}) as Record<string, string | null>;
    if (typeof config.require_dyad === 'string') requireDyad = config.require_dyad.toLowerCase() === 'true';
    if (Array.isArray(row.expected_error) && row.expected_error.length > 0) { skipped++; continue; }
    const expected = (row.expected_events ?? []) as { sourcecode: string; targetcode: string; eventcode: string }[];
    records.push({
      id: String(row.id), text: String(row.text), date: fullYear(String(row.date)), requireDyad, forbidden: [],
      gold: expected.map((event) => ({ source: event.sourcecode, target: event.targetcode, code: event.eventcode })),
    });
  }
  return { records, skipped, dictionary: checkImport(output, 'petrarch-import.dict') };
}

async function readTabari(dir: string): Promise<Suite> {
  const dictDir = join(dir, 'dictionaries');
  const read = (file: string) => readFile(join(dictDir, file), 'latin1');
  const output = merge([
    importTabariVerbs(await read('TABARI.Demo.verbs'), 'TABARI.Demo.verbs'),
    importTabariActors(await read('TABARI.Demo.actors'), 'TABARI.Demo.actors'),
    importTabariAgents(await read('Validate.agents'), 'Validate.agents'),
  ]);
  const records: SuiteRecord[] = [];
  let skipped = 0;
  for (const row of await readLines(join(dir, 'tabari_validation.jsonl'))) {
    if (row.in_standard_suite !== true) { skipped++; continue; }
    const events = (row.expected_events ?? []) as { source: string; target: string; code: string; not_expected?: boolean }[];
    const toScored = (event: { source: string; target: string; code: string }) => ({ source: event.source, target: event.target, code: event.code });
    records.push({
      id: String(row.id), text: String(row.text), date: fullYear(String(row.date)), requireDyad: true,
      gold: events.filter((event) => event.not_expected !== true).map(toScored),
      forbidden: events.filter((event) => event.not_expected === true).map(toScored),
    });
  }
  return { records, skipped, dictionary: checkImport(output, 'tabari-import.dict') };
}
