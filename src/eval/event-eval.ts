/**
 * `dateline eval events --set petrarch-unit|tabari PATH`: runs a public validation suite with ITS
 * OWN dictionaries, read through the project's importer, and the project's matcher (no parser).
 * Prints the record pass rate (a record passes when its coded events equal the expected ones
 * exactly) and event-level precision, recall and F1 on code root, dyad and full code.
 */
import { Command } from 'commander';
import { buildTriggerIndex } from '../events/trigger-index.js';
import { buildActorLexicon, findDictionaryActors } from '../events/dictionary-actor-finder.js';
import { eventTokens } from '../events/event-tokens.js';
import { codeSentence } from '../events/sentence-coder.js';
import { addRecord, emptyScore, prf, type EventScore, type ScoredEvent } from './event-score.js';
import { readSuite, type SuiteName, type SuiteRecord } from './event-suite-reader.js';
import type { TriggerIndex } from '../events/trigger-index.js';
import type { ActorLexicon } from '../events/dictionary-actor-finder.js';
import { readFile } from 'node:fs/promises';
import { readGdeltLine } from '../events/exports/gdelt-reader.js';
import { evaluatePenta } from './event-penta-eval.js';
import { evaluateTassEvents, tassReport } from './event-tass-eval.js';

export interface EventEvalResult {
  readonly score: EventScore;
  readonly skipped: number;
  readonly importWarnings: number;
  readonly patterns: number;
  readonly failures: readonly { id: string; gold: string[]; got: string[] }[];
  readonly forbiddenProduced: number;
}

export function codeRecord(record: SuiteRecord, index: TriggerIndex, lexicon: ActorLexicon): ScoredEvent[] {
  const tokens = eventTokens(record.text);
  const actors = findDictionaryActors(tokens, lexicon, record.date);
  const seen = new Set<string>();
  const events: ScoredEvent[] = [];
  for (const event of codeSentence(tokens, actors, index, { filterUnrealised: false, limitObjectDistance: false })) {
    if (record.requireDyad && (event.source === null || event.target === null)) continue;
    const scored = { source: event.source?.code ?? '---', target: event.target?.code ?? '---', code: event.code };
    const key = `${scored.source}>${scored.target}:${scored.code}`;
    if (!seen.has(key)) { seen.add(key); events.push(scored); }
  }
  return events;
}

export async function evaluateEvents(set: SuiteName, dir: string): Promise<EventEvalResult> {
  const suite = await readSuite(set, dir);
  const index = buildTriggerIndex(suite.dictionary.dictionary);
  const lexicon = buildActorLexicon(suite.dictionary.dictionary);
  let score = emptyScore();
  let forbiddenProduced = 0;
  const failures: { id: string; gold: string[]; got: string[] }[] = [];
  const show = (event: ScoredEvent) => `${event.source}>${event.target}:${event.code}`;
  for (const record of suite.records) {
    const predicted = codeRecord(record, index, lexicon);
    const added = addRecord(score, record.gold, predicted);
    score = added.score;
    forbiddenProduced += predicted.filter((event) => record.forbidden.some((bad) => show(bad) === show(event))).length;
    if (!added.passed) failures.push({ id: record.id, gold: record.gold.map(show), got: predicted.map(show) });
  }
  return { score, skipped: suite.skipped, importWarnings: suite.dictionary.warnings.length, patterns: suite.dictionary.dictionary.patterns.length, failures, forbiddenProduced };
}

function report(result: EventEvalResult, verbose: boolean): string {
  const { score } = result;
  const f = (value: number) => value.toFixed(3);
  const line = (name: string, counts: EventScore['full']) => {
    const { precision, recall, f1 } = prf(counts);
    return `${name.padEnd(5)} P ${f(precision)}  R ${f(recall)}  F1 ${f(f1)}  (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})\n`;
  };
  let text = `records ${score.records} (skipped ${result.skipped})  passed ${score.passed}  pass rate ${f(score.records === 0 ? 0 : score.passed / score.records)}\n` +
    `imported patterns ${result.patterns}, import warnings ${result.importWarnings}, forbidden events produced ${result.forbiddenProduced}\n` +
    line('root', score.root) + line('dyad', score.dyad) + line('full', score.full);
  if (verbose) for (const failure of result.failures) text += `FAIL ${failure.id}  gold [${failure.gold.join(' ')}]  got [${failure.got.join(' ')}]\n`;
  return text;
}

/** Reads a real GDELT 2.0 Events file with the project's reader: the export's layout is checked against it. */
export async function checkGdeltLayout(path: string): Promise<{ lines: number; bad: number; problems: Map<string, number> }> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line !== '');
  const problems = new Map<string, number>();
  let bad = 0;
  for (const line of lines) {
    const read = readGdeltLine(line);
    if (read.problems.length > 0) bad++;
    for (const problem of read.problems) {
      const cut = problem.indexOf(', found ');
      const key = cut < 0 ? problem : problem.slice(0, cut);
      problems.set(key, (problems.get(key) ?? 0) + 1);
    }
  }
  return { lines: lines.length, bad, problems };
}

export function buildEventEvalCommand(): Command {
  return new Command('events')
    .description('Political events: run a validation suite (petrarch-unit, tabari) with its own dictionaries through the importer and matcher, or the whole pipeline against the TASS gold.')
    .option('--set <name>', 'petrarch-unit, tabari, conflibert (five-way class macro-F1), or gdelt (checks a real GDELT 2.0 export file against the writer\'s layout)')
    .argument('[path]', 'the suite folder (with its jsonl and dictionaries/), for conflibert a cameo_class_*.jsonl file, for gdelt a *.export.CSV file')
    .option('--tass-gold <dir>', 'instead of --set: folder of TASS gold JSON files (with events[]), scored through the whole pipeline')
    .option('--tass-texts <dir>', 'with --tass-gold: folder of the matching seed-layout .txt files')
    .option('--part <part>', 'with --set conflibert: all (default), dev or holdout (rows train-N with N mod 4 = 3); with --tass-gold: dev (the first half of the files by name, rounded down) or holdout (the rest)', 'all')
    .option('--json', 'print the figures as JSON')
    .option('--failures', 'list every record that did not pass')
    .action(async (path: string | undefined, opts: { set?: string; tassGold?: string; tassTexts?: string; part: string; json?: boolean; failures?: boolean }) => {
      if (opts.part !== 'all' && opts.part !== 'dev' && opts.part !== 'holdout') {
        process.stderr.write(`--part must be all, dev or holdout, not "${opts.part}"\n`);
        process.exitCode = 2;
        return;
      }
      const part = opts.part;
      if (opts.tassGold !== undefined) {
        if (opts.tassTexts === undefined) {
          process.stderr.write('--tass-gold needs --tass-texts DIR (the seed-layout stories, e.g. corpora/tass-politics-sample/seed-layout)\n');
          process.exitCode = 2;
          return;
        }
        const result = await evaluateTassEvents(opts.tassGold, opts.tassTexts, part);
        process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : tassReport(result));
        return;
      }
      if (opts.set === undefined || path === undefined) {
        process.stderr.write('give --set NAME PATH, or --tass-gold DIR --tass-texts DIR\n');
        process.exitCode = 2;
        return;
      }
      if (opts.set === 'gdelt') {
        const layout = await checkGdeltLayout(path);
        process.stdout.write(`GDELT lines ${layout.lines}, read with problems ${layout.bad}\n`);
        for (const [problem, count] of layout.problems) process.stdout.write(`  ${count} × ${problem}\n`);
        return;
      }
      if (opts.set === 'conflibert') {
        const penta = await evaluatePenta(path, part);
        const f = (value: number) => value.toFixed(3);
        process.stdout.write(`sentences ${penta.sentences}  unclassified ${penta.unclassified}  accuracy ${f(penta.accuracy)}  macro-F1 ${f(penta.macroF1)}\n`);
        penta.perClass.forEach((entry, k) => process.stdout.write(`  class ${k}: P ${f(entry.precision)}  R ${f(entry.recall)}  F1 ${f(entry.f1)}\n`));
        return;
      }
      if (opts.set !== 'petrarch-unit' && opts.set !== 'tabari') {
        process.stderr.write(`--set must be petrarch-unit, tabari, conflibert or gdelt (conflibert and plover-gsr-like are not built yet), not "${opts.set}"\n`);
        process.exitCode = 2;
        return;
      }
      const result = await evaluateEvents(opts.set, path);
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : report(result, opts.failures === true));
    });
}
