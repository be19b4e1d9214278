/**
 * The part of verb-dictionary import that PETRARCH and TABARI share: synset sections (`&NAME` then
 * `+MEMBER` lines) become `set` lines, and a verb with its patterns becomes `verb` lines. A
 * PETRARCH block (`--- NAME [CODE] ---`) lists several verbs sharing its patterns; a TABARI entry is
 * one verb with its own code.
 */
import { cleanWord, convertCode, convertPattern } from './import-pattern.js';
import type { ImportOutput } from './import-actors.js';
import { blocks, trimChar } from './import-text.js';

export interface VerbGroup {
  /** Each verb as words: `break down` → ['break', 'down']. */
  readonly verbs: string[][];
  readonly forms: Map<string, string[]>;
  readonly code: string;
  readonly patterns: { body: string; code: string; where: string }[];
  readonly where: string;
}

/** Synsets: collects `&NAME` + `+MEMBER` blocks, expanding members that name other synsets. */
export class SynsetCollector {
  private readonly sets = new Map<string, string[]>();
  private current: string | null = null;

  /** True while `+MEMBER` lines belong to the synset opened last. */
  get open(): boolean {
    return this.current !== null;
  }

  /** Feeds one line; returns true when the line belonged to a synset. */
  take(line: string): boolean {
    const trimmed = line.trim();
    if (/^&[A-Za-z0-9_]+$/.test(trimmed)) {
      this.current = synsetName(trimmed);
      this.sets.set(this.current, []);
      return true;
    }
    if (this.current !== null && trimmed.startsWith('+')) {
      const member = trimmed.slice(1).trim();
      const list = this.sets.get(this.current)!;
      if (member.startsWith('&')) list.push(...(this.sets.get(synsetName(member)) ?? []));
      else list.push(member.split(/[\s_]+/).map(cleanWord).filter((word) => word !== '').join(' '));
      return true;
    }
    if (trimmed !== '') this.current = null;
    return false;
  }

  lines(): string[] {
    return [...this.sets].filter(([, members]) => members.length > 0).map(([name, members]) => `set ${name} = ${members.join(' | ')}`);
  }
}

/** `&PREPOSIT1_` → `&preposit1`: the name as patterns refer to it. */
export function synsetName(text: string): string {
  return trimChar(text.trim().toLowerCase(), '_');
}

/** The `forms` and `verb` lines of one verb group. */
export function verbLines(group: VerbGroup, output: ImportOutput): void {
  for (const [lemma, forms] of group.forms) output.lines.push(`forms ${lemma} = ${forms.join(' ')}`);
  for (const verb of group.verbs) {
    if (verb.length === 0) continue;
    const outcome = convertCode(group.code);
    if (outcome === null) output.warnings.push(`${group.where}: code [${group.code}] skipped`);
    else output.lines.push(`verb ${verb.join(' ')} => ${outcome}`);
    for (const pattern of group.patterns) {
      const body = convertPattern(pattern.body, verb);
      const code = convertCode(pattern.code);
      if (typeof body !== 'string') output.warnings.push(`${pattern.where}: ${body.problem}`);
      else if (code === null) output.warnings.push(`${pattern.where}: code [${pattern.code}] skipped`);
      else output.lines.push(`verb ${body} => ${code}`);
    }
  }
}

/** `- PATTERN [CODE] # note` → body and code, or null. */
export function splitPatternLine(line: string): { body: string; code: string } | null {
  const trimmed = line.trim();
  const open = trimmed.indexOf('[');
  const close = open < 0 ? -1 : trimmed.indexOf(']', open);
  if (!trimmed.startsWith('-') || close < 0) return null;
  return { body: trimmed.slice(1, open).trim(), code: trimmed.slice(open + 1, close) };
}

/** `BREAK_DOWN` → ['break', 'down']; drops TABARI's `=` and trailing `_`. */
export function verbWords(text: string): string[] {
  return text.replace(/[=+]/g, '').split(/[\s_]+/).map(cleanWord).filter((word) => /^[a-z0-9][a-z0-9'.-]*$/.test(word));
}

/** `{BROKE BROKEN}` or `{+BREAKS_DOWN ...}` → the forms of a single-word verb. */
export function irregularForms(text: string): string[] {
  const inner = blocks(text, '{', '}')[0] ?? '';
  return inner.split(/\s+/).map((form) => form.replace(/^\+/, '')).filter((form) => form !== '' && !form.includes('_')).map(cleanWord);
}
