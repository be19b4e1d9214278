/**
 * `dateline export events --format gdelt|plover|jsonl|csv [files...]`: reads the JSONL records that
 * `dateline extract` prints (from files or standard input) and writes their events in one format.
 * Error records and records without events are skipped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import type { OutputRecord } from '../../output/record.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from './event-exporter.js';
import type { EventExportInput } from './export-input.js';

/** End of the lead sentence, for GDELT's IsRootEvent: the first full stop followed by a space. */
function leadEnd(text: string): number | null {
  const match = /[.!?]["'\u201d]?\s/.exec(text);
  return match === null ? null : match.index + 1;
}

export function inputFromRecord(record: OutputRecord): EventExportInput {
  return {
    meta: { id: record.id, title: record.title, url: record.url, source: record.source, published: record.published, language: record.language, author: record.author },
    events: record.events ?? [],
    places: record.places ?? [],
    entities: record.entities ?? [],
    leadEnd: leadEnd(record.text ?? ''),
  };
}

async function readRecords(paths: readonly string[]): Promise<EventExportInput[]> {
  const inputs: EventExportInput[] = [];
  for (const path of paths.length > 0 ? paths : ['-']) {
    const stream = path === '-' ? process.stdin : createReadStream(path, 'utf8');
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as OutputRecord | { error: unknown };
      if ('error' in record || !Array.isArray(record.events) || record.events.length === 0) continue;
      inputs.push(inputFromRecord(record));
    }
  }
  return inputs;
}

export function buildExportCommand(): Command {
  const events = new Command('events')
    .description('Write the events of extracted records (JSONL from `dateline extract`) as GDELT 2.0, PLOVER JSON, JSONL or CSV.')
    .argument('[inputs...]', 'JSONL record files, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...EXPORT_FORMATS]).default('jsonl'))
    .action(async (paths: string[], opts: { format: ExportFormat }) => {
      process.stdout.write(exportEvents(opts.format, await readRecords(paths), { addedAt: new Date() }));
    });
  return new Command('export').description('Export extracted data in other projects\' formats.').addCommand(events);
}
