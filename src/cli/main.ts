/**
 * The `dateline` command line. Each verb lives in its own `*-command.ts` file; this file only
 * declares the verbs and their options.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { INPUT_FORMATS } from '../readers/reader.js';
import type { InputFormat } from '../readers/reader.js';
import { DEFAULT_READ_OPTIONS } from '../readers/reader.js';
import { DEFAULT_LIMITS } from '../pipeline/run-pipeline.js';
import { parseLayers, runExtract } from './extract-command.js';
import { buildEvalCommand } from './eval-command.js';
import { buildExportCommand } from '../events/exports/export-command.js';
import { buildBenchCommand } from './bench-command.js';
import { buildDemoCommand } from './demo-command.js';
import { buildDataCommand } from './data-command.js';
import { buildServeCommand } from './serve-command.js';
import { buildSearchCommand } from './search-command.js';
import { buildTokenCommand } from './token-command.js';
import { buildIngestCommand } from './ingest-command.js';
import { buildReprocessCommand } from './reprocess-command.js';
import { buildWatchCommand } from './watch-command.js';
import { buildFeedsCommand } from './feeds-command.js';
import { buildAlertsCommand } from './alerts-command.js';
import { buildQueueCommand } from './queue-command.js';
import { buildWorkerCommand } from './worker-command.js';
import { buildEntitiesCommand, buildEventsCommand, buildQuotesCommand } from './layer-commands.js';

function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return parsed;
}

function nonNegativeInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return parsed;
}

function buildExtract(): Command {
  return new Command('extract')
    .description('Extract datelines, entities, times, places, quotes and events from articles, printed as JSON.')
    .argument('[inputs...]', 'files, directories, or - for standard input', ['-'])
    .addOption(new Option('-i, --input <format>', 'input format').choices(INPUT_FORMATS as string[]).default('auto'))
    .addOption(new Option('-o, --output <format>', 'json: one array; jsonl: one line per article').choices(['json', 'jsonl']).default('jsonl'))
    .option('-l, --layers <names>', 'comma-separated output layers (dateline,entities,times,places,quotes,events)', 'all')
    .option('--max-bytes <n>', 'largest input file or JSONL line, in bytes', positiveInt, DEFAULT_READ_OPTIONS.maxBytes)
    .option('--max-chars <n>', 'largest article text, in characters', positiveInt, DEFAULT_LIMITS.maxChars)
    .option('--time-budget <ms>', 'time budget for one article, in milliseconds', positiveInt, DEFAULT_LIMITS.timeBudgetMs)
    .option('-j, --jobs <n>', 'worker threads (0: extract in the main thread, without a hard stop for a stuck article)', nonNegativeInt, 1)
    .action(async (inputs: string[], opts: { input: InputFormat; output: 'json' | 'jsonl'; layers: string; maxBytes: number; maxChars: number; timeBudget: number; jobs: number }) => {
      const summary = await runExtract(inputs, {
        read: { format: opts.input, maxBytes: opts.maxBytes },
        limits: { maxChars: opts.maxChars, timeBudgetMs: opts.timeBudget },
        layers: parseLayers(opts.layers),
        output: opts.output,
        jobs: opts.jobs,
      }, process.stdout);
      if (summary.failed > 0) process.stderr.write(`dateline: ${summary.failed} of ${summary.read} inputs failed; see their "error" records.\n`);
    });
}

export function buildProgram(): Command {
  return new Command('dateline')
    .description('Turn world news into data: who did and said what, to whom, when and where, on whose word.')
    .version('0.1.0')
    .addCommand(buildExtract())
    .addCommand(buildEvalCommand())
    .addCommand(buildExportCommand())
    .addCommand(buildBenchCommand())
    .addCommand(buildDemoCommand())
    .addCommand(buildDataCommand())
    .addCommand(buildServeCommand())
    .addCommand(buildSearchCommand())
    .addCommand(buildTokenCommand())
    .addCommand(buildIngestCommand())
    .addCommand(buildReprocessCommand())
    .addCommand(buildWatchCommand())
    .addCommand(buildFeedsCommand())
    .addCommand(buildAlertsCommand())
    .addCommand(buildWorkerCommand())
    .addCommand(buildQueueCommand())
    .addCommand(buildEventsCommand())
    .addCommand(buildQuotesCommand())
    .addCommand(buildEntitiesCommand());
}

export async function main(argv: readonly string[]): Promise<void> {
  await buildProgram().parseAsync([...argv]);
}
