/**
 * `dateline ingest PATH|DIR|URL...`: reads, extracts and stores articles; idempotent, so running it
 * twice stores each article once. A progress line on a terminal (stderr), a summary at the end, and
 * every item's fate in the store's ingest ledger under the run's id.
 */
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError } from 'commander';
import { clearProgress, summaryLine, terminalProgress } from '../ingest/progress-line.js';
import type { IngestSummary } from '../ingest/ingest-run.js';
import { runIngest } from '../ingest/ingest-run.js';
import { DEFAULT_FETCH_OPTIONS } from '../ingest/url-fetcher.js';
import { DEFAULT_LIMITS } from '../pipeline/run-pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../readers/reader.js';
import { openStore } from '../store/open-store.js';
import { storeOption } from './store-option.js';
import { DEFAULT_CHUNK } from '../queue/enqueue-articles.js';
import { enqueueInputs } from '../queue/enqueue-sources.js';
import { queueOption, queuePrefixOption, targetOf } from './queue-command.js';

/** A commander parser for whole-number options of at least `min`; also used by watch-command.ts. */
export function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number, ${min} or more`);
    return n;
  };
}

export interface IngestCommandOptions {
  readonly store: string;
  readonly jobs: number;
  readonly json?: boolean;
  readonly maxBytes?: number;
  readonly timeout?: number;
  readonly queue?: string;
  readonly queuePrefix?: string;
  readonly chunk?: number;
}

/** With --queue: reads the inputs and enqueues their articles for `dateline worker`s instead of extracting here. */
async function ingestToQueue(inputs: readonly string[], opts: IngestCommandOptions & { queue: string }, out: Writable): Promise<void> {
  const summary = await enqueueInputs(targetOf(opts), inputs, {
    read: { ...DEFAULT_READ_OPTIONS, maxBytes: opts.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes },
    fetch: { timeoutMs: opts.timeout ?? DEFAULT_FETCH_OPTIONS.timeoutMs, maxBytes: opts.maxBytes ?? DEFAULT_FETCH_OPTIONS.maxBytes },
    chunk: opts.chunk ?? DEFAULT_CHUNK,
    onUnreadable: (item) => process.stderr.write(`dateline: not enqueued: ${item.id}: ${item.error.code} ${item.error.message}\n`),
  });
  out.write(opts.json ? `${JSON.stringify(summary)}\n`
    : `ingest ${summary.runId}: read ${summary.read} · enqueued ${summary.articles} articles in ${summary.jobs} jobs · unreadable ${summary.unreadable}\n`);
}

/** Opens the store, ingests, closes it; prints the summary to `out`. */
export async function ingestToStore(inputs: readonly string[], opts: IngestCommandOptions, out: Writable): Promise<IngestSummary> {
  const store = await openStore(opts.store);
  const progress = terminalProgress(process.stderr);
  try {
    const summary = await runIngest(inputs, {
      read: { ...DEFAULT_READ_OPTIONS, maxBytes: opts.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes },
      fetch: { timeoutMs: opts.timeout ?? DEFAULT_FETCH_OPTIONS.timeoutMs, maxBytes: opts.maxBytes ?? DEFAULT_FETCH_OPTIONS.maxBytes },
      limits: DEFAULT_LIMITS,
      jobs: opts.jobs,
      ...(progress ? { onProgress: progress } : {}),
    }, store);
    clearProgress(process.stderr);
    out.write(opts.json ? `${JSON.stringify(summary)}\n` : `ingest ${summary.runId}: ${summaryLine(summary)}\n`);
    if (!opts.json) out.write(`ledger: GET /ledger?run=${summary.runId} on \`dateline serve\` (with an API token) lists what became of each item\n`);
    return summary;
  } finally {
    await store.close();
  }
}

export function buildIngestCommand(): Command {
  return new Command('ingest')
    .description('Read articles (files, directories, http(s) URLs, - for standard input), extract them, and store them; idempotent.')
    .argument('<inputs...>', 'files, directories, URLs, or -')
    .addOption(storeOption())
    .option('-j, --jobs <n>', 'worker threads (0: extract in the main thread)', wholeNumber(0), 1)
    .option('--max-bytes <n>', 'largest input file, line or fetched page, in bytes', wholeNumber(1))
    .option('--timeout <ms>', 'time limit for fetching one URL, in milliseconds', wholeNumber(1), DEFAULT_FETCH_OPTIONS.timeoutMs)
    .option('--json', 'print the summary as JSON')
    .addOption(queueOption(false, 'enqueue the articles for `dateline worker`s at this Redis URL instead of extracting here'))
    .addOption(queuePrefixOption())
    .option('--chunk <n>', 'with --queue: articles per job (stored in one transaction)', wholeNumber(1), DEFAULT_CHUNK)
    .action(async (inputs: string[], opts: IngestCommandOptions) => {
      if (opts.queue) return ingestToQueue(inputs, { ...opts, queue: opts.queue }, process.stdout);
      const summary = await ingestToStore(inputs, opts, process.stdout);
      if (summary.failed > 0) process.stderr.write(`dateline: ${summary.failed} of ${summary.read} items failed; the ingest ledger (run ${summary.runId}) says why.\n`);
    });
}
