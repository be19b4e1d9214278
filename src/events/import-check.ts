/**
 * The last step of every import: the converted lines are read back by the project's own parser, so
 * an imported dictionary obeys the same grammar as a hand-written one. Lines the parser refuses are
 * moved to the warnings (with the parser's message) rather than failing the whole import.
 */
import { DataFileError } from '../gazetteer/tsv-reader.js';
import { parseDictionary } from './dictionary-parser.js';
import type { EventDictionary } from './dictionary-types.js';
import type { ImportOutput } from './import-actors.js';

export interface CheckedImport {
  readonly text: string;
  readonly dictionary: EventDictionary;
  readonly warnings: readonly string[];
}

export function checkImport(output: ImportOutput, file: string): CheckedImport {
  const warnings = [...output.warnings];
  let lines = [...output.lines];
  // Dropping a line never creates a new error, so two rounds settle it; the bound keeps it finite.
  for (let round = 0; round < 3; round++) {
    const text = `${lines.join('\n')}\n`;
    try {
      return { text, dictionary: parseDictionary(text, file), warnings };
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      const bad = new Set<number>();
      for (const problem of error.problems) {
        const line = Number(/:(\d+):/.exec(problem)?.[1] ?? 0);
        bad.add(line);
        warnings.push(`not imported: ${lines[line - 1] ?? ''} (${problem})`);
      }
      lines = lines.filter((_, index) => !bad.has(index + 1));
    }
  }
  const text = `${lines.join('\n')}\n`;
  return { text, dictionary: parseDictionary(text, file), warnings };
}
