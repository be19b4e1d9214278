/**
 * `dateline eval <task>`: measures a component against a gold set given by path, printing
 * precision, recall and F1 (and task-specific figures). Each task is its own subcommand, built in
 * src/eval/<task>-eval.ts; this file only lists them.
 */
import { Command } from 'commander';
import { buildActorEvalCommand } from '../eval/actor-eval.js';
import { buildEventEvalCommand } from '../eval/event-eval.js';
import { buildHtmlEvalCommand } from '../eval/html-eval.js';
import { buildTimeEvalCommand } from '../eval/time-eval.js';
import { buildDatelineEvalCommand } from '../eval/dateline-eval.js';
import { buildQuoteEvalCommand } from '../eval/quote-eval.js';
import { buildNerEvalCommand } from '../eval/ner-eval.js';
import { buildGeoEvalCommand } from '../eval/geo-eval.js';

export function buildEvalCommand(): Command {
  const command = new Command('eval').description('Measure extraction against a gold set (paths are arguments; nothing is bundled).');
  // Tasks, one line each:
  command.addCommand(buildActorEvalCommand());
  command.addCommand(buildGeoEvalCommand());
  command.addCommand(buildEventEvalCommand());
  command.addCommand(buildNerEvalCommand());
  command.addCommand(buildQuoteEvalCommand());
  command.addCommand(buildDatelineEvalCommand());
  command.addCommand(buildTimeEvalCommand());
  command.addCommand(buildHtmlEvalCommand());
  return command;
}
