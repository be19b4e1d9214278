/**
 * `dateline demo` (what `npm start` runs): reads the bundled example articles into a local SQLite
 * store (./dateline.sqlite unless --store says otherwise; idempotent, so a second start adds
 * nothing), prints what was found in each, then serves the API and web app and prints the address
 * to open. With --json it only prints the full records as JSON Lines, storing and serving nothing.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { OUTPUT_LAYERS } from '../document/layers.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import { toOutputRecord } from '../output/record.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { DEFAULT_LIMITS, runPipeline } from '../pipeline/run-pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../readers/reader.js';
import { readInputs } from '../readers/read-inputs.js';
import type { FastifyInstance } from 'fastify';
import type { Writable } from 'node:stream';
import { buildServer } from '../api/build-server.js';
import { runIngest } from '../ingest/ingest-run.js';
import { summaryLine } from '../ingest/progress-line.js';
import { DEFAULT_FETCH_OPTIONS } from '../ingest/url-fetcher.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { extractOne } from './extract-command.js';
import { storeOption } from './store-option.js';

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

async function printRecords(json: boolean, out: Writable): Promise<void> {
  const components = createPipeline();
  const run = (item: Parameters<Parameters<typeof extractOne>[1]>[0]) => toOutputRecord(runPipeline(item.article, components, DEFAULT_LIMITS), OUTPUT_LAYERS);
  for await (const item of readInputs(exampleFiles(), DEFAULT_READ_OPTIONS)) {
    const record = extractOne(item, run);
    out.write(json ? `${JSON.stringify(record)}\n` : `${summarise(record)}\n\n`);
  }
}

export interface DemoOptions {
  readonly store: string;
  readonly port: number;
  readonly host: string;
  readonly serve: boolean;
  readonly examples?: readonly string[];
}

export interface RunningDemo {
  readonly store: Store;
  readonly app: FastifyInstance | null;
  /** The address to open, or null when not serving. */
  readonly address: string | null;
  close(): Promise<void>;
}

/** Ingests the examples into the store, prints the summary, and (with `serve`) starts the server. */
export async function runDemo(opts: DemoOptions, out: Writable): Promise<RunningDemo> {
  await printRecords(false, out);
  const store = await openStore(opts.store);
  try {
    const summary = await runIngest(opts.examples ?? exampleFiles(), {
      read: DEFAULT_READ_OPTIONS, fetch: DEFAULT_FETCH_OPTIONS, limits: DEFAULT_LIMITS, jobs: 0,
    }, store);
    out.write(`Stored in ${opts.store}: ${summaryLine(summary)}\n`);
    if (!opts.serve) return { store, app: null, address: null, close: () => store.close() };
    const app = await buildServer(store);
    await app.listen({ port: opts.port, host: opts.host });
    const port = (app.server.address() as { port: number }).port;
    const address = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}/`;
    out.write(`Open ${address} (API description at ${address}openapi.json); Ctrl-C to stop.\n`);
    return { store, app, address, close: async () => { await app.close(); await store.close(); } };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number, 0-65535');
  return n;
}

export function buildDemoCommand(): Command {
  return new Command('demo')
    .description('Read the bundled example articles into a local SQLite store and serve them (--json: only print the records).')
    .addOption(storeOption())
    .option('-p, --port <n>', 'port to listen on', port, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--no-serve', 'store the examples, then exit')
    .option('--json', 'only print the full output records as JSON Lines (stores and serves nothing)')
    .action(async (opts: { json?: boolean; store: string; port: number; host: string; serve: boolean }) => {
      if (opts.json) return printRecords(true, process.stdout);
      const demo = await runDemo(opts, process.stdout);
      if (!demo.app) return demo.close();
      const stop = () => void demo.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
