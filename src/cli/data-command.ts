/**
 * `dateline data check`: loads every shipped data file through its validating loader and reports
 * each with its time, or its errors with file and line.
 */
import { Command } from 'commander';
import { runDataChecks } from '../data/data-check.js';

export function buildDataCommand(): Command {
  const data = new Command('data').description('Work with the shipped data (dictionaries, gazetteers, code tables, models).');
  data.command('check')
    .description('Load and validate every data file; exit 1 if any is broken.')
    .option('--json', 'print the results as JSON')
    .action((opts: { json?: boolean }) => {
      const results = runDataChecks();
      if (opts.json) process.stdout.write(`${JSON.stringify(results)}\n`);
      else {
        for (const r of results) {
          process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(18)} ${r.files.padEnd(52)} ${r.ms.toFixed(0)} ms\n`);
          if (r.error) process.stdout.write(`     ${r.error.replace(/\n/g, '\n     ')}\n`);
        }
      }
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });
  return data;
}
