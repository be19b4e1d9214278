/**
 * `dateline reprocess`: re-extracts stored articles whose pipeline version is not the current one,
 * replacing each one's layers in its own transaction.
 */
import { Command, InvalidArgumentError } from 'commander';
import type { ReprocessSummary } from '../ingest/reprocess-run.js';
import { runReprocess } from '../ingest/reprocess-run.js';
import { DEFAULT_LIMITS } from '../pipeline/run-pipeline.js';
import { openStore } from '../store/open-store.js';
import { storeOption } from './store-option.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { pipelineVersion } from '../ingest/pipeline-version.js';
import { DEFAULT_CHUNK } from '../queue/enqueue-articles.js';
import { enqueueStale } from '../queue/enqueue-sources.js';
import { queueOption, queuePrefixOption, targetOf } from './queue-command.js';

function jobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

function line(summary: ReprocessSummary): string {
  return `pipeline ${summary.pipelineVersion}: ${summary.stale} stale · ${summary.reprocessed} reprocessed · ${summary.failed} failed`;
}

export function buildReprocessCommand(): Command {
  return new Command('reprocess')
    .description('Re-extract stored articles that an older pipeline version extracted.')
    .addOption(storeOption())
    .option('-j, --jobs <n>', 'worker threads (0: extract in the main thread)', jobs, 1)
    .option('--json', 'print the summary as JSON')
    .addOption(queueOption(false, 'enqueue the stale articles for `dateline worker`s at this Redis URL instead of extracting here'))
    .addOption(queuePrefixOption())
    .option('--chunk <n>', 'with --queue: articles per job', jobs, DEFAULT_CHUNK)
    .action(async (opts: { store: string; jobs: number; json?: boolean; queue?: string; queuePrefix: string; chunk: number }) => {
      const store = await openStore(opts.store);
      if (opts.queue) {
        try {
          const version = pipelineVersion(createPipeline());
          const summary = await enqueueStale(targetOf({ queue: opts.queue, queuePrefix: opts.queuePrefix }), store, version, Math.max(1, opts.chunk));
          process.stdout.write(opts.json ? `${JSON.stringify({ pipelineVersion: version, ...summary })}\n`
            : `pipeline ${version}: ${summary.articles} stale articles enqueued in ${summary.jobs} jobs (run ${summary.runId})\n`);
        } finally {
          await store.close();
        }
        return;
      }
      const tty = process.stderr.isTTY;
      try {
        const summary = await runReprocess(store, {
          jobs: opts.jobs, limits: DEFAULT_LIMITS,
          ...(tty ? { onProgress: (s: ReprocessSummary) => process.stderr.write(`\r\u001b[2Kreprocessing: ${line(s)}`) } : {}),
        });
        if (tty) process.stderr.write('\r\u001b[2K');
        process.stdout.write(opts.json ? `${JSON.stringify(summary)}\n` : `${line(summary)}\n`);
      } finally {
        await store.close();
      }
    });
}
