/**
 * Reads a user's TABARI dictionaries into the project's dictionary format (data/events/README.md).
 * The verbs file has `<SYNSETS>` and `<TIME>` sections, then one entry a verb: `VERB [CODE]`, an
 * optional `{ FORM FORM }` line of irregular forms, and `- PATTERN [CODE]` lines. Actor words match
 * as prefixes (TABARI's stemming) unless they end in `_`.
 *
 * @example importTabariVerbs('ATTACK [190]\n- * WITH TANKS [194]\n', 'v.verbs').lines
 *   // ['verb attack => 190', 'verb attack ... with ... tanks => 194']
 */
import { importActors, importAgents, type ImportOutput } from './import-actors.js';
import { before, blocks, removeBlocks } from './import-text.js';
import { SynsetCollector, irregularForms, splitPatternLine, verbLines, verbWords, type VerbGroup } from './import-verbs.js';

export function importTabariVerbs(text: string, file: string): ImportOutput {
  const output: ImportOutput = { lines: [], warnings: [] };
  const synsets = new SynsetCollector();
  const groups: VerbGroup[] = [];
  let section = '';
  let group: VerbGroup | null = null;
  text.split('\n').forEach((raw, index) => {
    const where = `${file}:${index + 1}`;
    const trimmed = before(raw, ';').trim();
    if (trimmed === '') return;
    const tag = /^<(\/?)([A-Z]+)>$/.exec(trimmed);
    if (tag) { section = tag[1] === '/' ? '' : tag[2]!; return; }
    if (section === 'SYNSETS') { synsets.take(trimmed); return; }
    if (section !== '') return;
    if (trimmed.startsWith('-')) {
      const pattern = splitPatternLine(trimmed);
      if (group === null || pattern === null) output.warnings.push(`${where}: pattern skipped`);
      else group.patterns.push({ ...pattern, where });
      return;
    }
    if (trimmed.startsWith('{')) {
      const lemma = group?.verbs[0];
      if (group !== null && lemma?.length === 1) group.forms.set(lemma[0]!, irregularForms(trimmed));
      return;
    }
    const code = blocks(trimmed, '[', ']')[0];
    const words = verbWords(removeBlocks(trimmed, '[', ']'));
    if (code === undefined || words.length === 0) { output.warnings.push(`${where}: verb "${trimmed}" skipped`); group = null; return; }
    group = { verbs: [words], forms: new Map(), code, patterns: [], where };
    groups.push(group);
  });
  output.lines.push(...synsets.lines());
  for (const each of groups) verbLines(each, output);
  return output;
}

export function importTabariActors(text: string, file: string): ImportOutput {
  return importActors(text, { stems: true, file, comment: ';' });
}

export function importTabariAgents(text: string, file: string): ImportOutput {
  return importAgents(text, { stems: false, file, comment: ';' });
}
