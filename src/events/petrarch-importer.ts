/**
 * Reads a user's PETRARCH dictionaries (verbs with `--- NAME [CODE] ---` blocks, actors, agents)
 * into the project's dictionary format (data/events/README.md), returning the text and a warning
 * for each line that could not be carried over.
 *
 * @example importPetrarchVerbs('--- ATTACK [190] ---\nATTACK\n- * WITH TANKS [194]\n', 'v.txt').lines
 *   // ['verb attack => 190', 'verb attack ... with ... tanks => 194']
 */
import { importActors, importAgents, type ImportOutput } from './import-actors.js';
import { before, blocks, removeBlocks } from './import-text.js';
import { SynsetCollector, irregularForms, splitPatternLine, verbLines, verbWords, type VerbGroup } from './import-verbs.js';

export function importPetrarchVerbs(text: string, file: string): ImportOutput {
  const output: ImportOutput = { lines: [], warnings: [] };
  const synsets = new SynsetCollector();
  const groups: VerbGroup[] = [];
  let group: VerbGroup | null = null;
  text.split('\n').forEach((raw, index) => {
    const where = `${file}:${index + 1}`;
    const line = removeBlocks(before(raw, '#'), '<!--', '-->');
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (!trimmed.startsWith('+')) synsets.take(line);
    const header = trimmed.startsWith('---') && trimmed.endsWith('---') && trimmed.length > 6 ? blocks(trimmed, '[', ']')[0] : undefined;
    if (header !== undefined) {
      group = { verbs: [], forms: new Map(), code: header, patterns: [], where };
      groups.push(group);
      return;
    }
    if (trimmed.startsWith('&') || (trimmed.startsWith('+') && synsets.open)) {
      if (synsets.take(line)) { group = null; return; }
    }
    if (group === null) return;
    if (trimmed.startsWith('-')) {
      const pattern = splitPatternLine(trimmed);
      if (pattern === null) output.warnings.push(`${where}: pattern without [CODE] skipped`);
      else group.patterns.push({ ...pattern, where });
      return;
    }
    const name = removeBlocks(removeBlocks(trimmed, '{', '}'), '[', ']').trim();
    const words = verbWords(name);
    if (words.length === 0) { output.warnings.push(`${where}: verb "${trimmed}" skipped`); return; }
    group.verbs.push(words);
    const forms = irregularForms(trimmed);
    if (forms.length > 0 && words.length === 1) group.forms.set(words[0]!, forms);
  });
  output.lines.push(...synsets.lines());
  for (const each of groups) verbLines(each, output);
  return output;
}

export function importPetrarchActors(text: string, file: string): ImportOutput {
  return importActors(text, { stems: false, file, comment: '#' });
}

export function importPetrarchAgents(text: string, file: string): ImportOutput {
  return importAgents(text, { stems: false, file, comment: '#' });
}
