/**
 * `dateline demo` (what `npm start` runs): extracts the bundled example articles and prints what
 * was found in each, as a short human summary, or as full records with --json.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Command } from 'commander';
import { OUTPUT_LAYERS } from '../document/layers.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import { toOutputRecord } from '../output/record.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { DEFAULT_LIMITS, runPipeline } from '../pipeline/run-pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../readers/reader.js';
import { readInputs } from '../readers/read-inputs.js';
import { extractOne } from './extract-command.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The example files, without their README. */
export function exampleFiles(dir: string = EXAMPLES_DIR): string[] {
  return readdirSync(dir).filter((name) => name !== 'README.md').sort().map((name) => join(dir, name));
}

function summarise(record: OutputRecord | ErrorRecord): string {
  if ('error' in record) return `${record.id}\n  error ${record.error.code}: ${record.error.message}`;
  const lines = [`${record.id}${record.title ? ` — ${record.title}` : ''}`];
  const d = record.dateline;
  lines.push(d
    ? `  dateline  ${d.place ? `${d.place.name} (${d.place.country ?? '?'})` : d.placeText ?? '?'} · ${d.date ?? 'no date'} · ${d.agency ?? 'no agency'}`
    : '  dateline  none');
  lines.push(`  entities  ${record.entities.map((e) => `${e.name} [${e.type}${e.country ? ` ${e.country}` : ''}]`).join('; ') || '–'}`);
  lines.push(`  times     ${record.times.map((t) => `${t.text} = ${t.value}`).join('; ') || '–'}`);
  lines.push(`  places    ${record.places.map((p) => p.name).join('; ') || '–'}`);
  for (const q of record.quotes) lines.push(`  quote     ${q.speaker?.name ?? '(unattributed)'}: “${q.text.slice(0, 70)}${q.text.length > 70 ? '…' : ''}”`);
  for (const e of record.events) lines.push(`  event     ${e.source?.name ?? '?'} → ${e.target?.name ?? '?'} ${e.cameo}/${e.plover} ${e.date ?? ''}`);
  return lines.join('\n');
}

export function buildDemoCommand(): Command {
  return new Command('demo')
    .description('Extract the bundled example articles and print what was found.')
    .option('--json', 'print the full output records as JSON Lines')
    .action(async (opts: { json?: boolean }) => {
      const components = createPipeline();
      const run = (item: Parameters<Parameters<typeof extractOne>[1]>[0]) => toOutputRecord(runPipeline(item.article, components, DEFAULT_LIMITS), OUTPUT_LAYERS);
      for await (const item of readInputs(exampleFiles(), DEFAULT_READ_OPTIONS)) {
        const record = extractOne(item, run);
        process.stdout.write(opts.json ? `${JSON.stringify(record)}\n` : `${summarise(record)}\n\n`);
      }
    });
}
