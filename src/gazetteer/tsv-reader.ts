/**
 * Reads the project's tab-separated data files (data/gazetteer, data/agencies): one record a line,
 * `#` starts a comment line, blank lines are skipped. Every problem is reported with its line number,
 * all at once, so that a user editing a file sees each mistake in one run.
 *
 * @example readTsv('# name\tcountry\nGaza City\tPSE\n', { file: 'x.tsv', columns: ['name', 'country'] })
 *   // => [{ line: 2, fields: ['Gaza City', 'PSE'] }]
 */
import { readFileSync } from 'node:fs';

export interface TsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface TsvSpec {
  /** Shown in error messages: the path as the user knows it. */
  readonly file: string;
  /** Column names, in order; every row must have exactly these. */
  readonly columns: readonly string[];
}

/** A data file that breaks its written format; `problems` lists each line's mistake. */
export class DataFileError extends Error {
  readonly code = 'BAD_DATA_FILE';
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file} has ${problems.length} problem(s); fix the lines below (the format is in the folder's README.md):\n  ${problems.join('\n  ')}`);
    this.name = 'DataFileError';
    this.problems = problems;
  }
}

/** Collects line-numbered problems while a loader checks its rows, then throws them together. */
export class ProblemList {
  private readonly problems: { line: number; message: string }[] = [];

  constructor(private readonly file: string) {}

  add(line: number, message: string): void {
    this.problems.push({ line, message });
  }

  /** Throws DataFileError with every problem so far, in line order. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const sorted = [...this.problems].sort((a, b) => a.line - b.line);
    throw new DataFileError(this.file, sorted.map(({ line, message }) => `${this.file}:${line}: ${message}`));
  }
}

/**
 * Splits `text` into rows, checking the column count. Problems go to `problems` when the caller
 * passes a list (it goes on checking the rows and throws once); otherwise this throws DataFileError.
 */
export function readTsv(text: string, spec: TsvSpec, problems?: ProblemList): TsvRow[] {
  const list = problems ?? new ProblemList(spec.file);
  const rows: TsvRow[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const fields = raw.split('\t').map((field) => field.trim());
    if (fields.length !== spec.columns.length) {
      list.add(i + 1, `expected ${spec.columns.length} tab-separated columns (${spec.columns.join(', ')}), found ${fields.length}`);
      continue;
    }
    rows.push({ line: i + 1, fields });
  }
  if (problems === undefined) list.throwIfAny();
  return rows;
}

/** Reads a data file that ships with the project, by URL relative to the calling module. */
export function readDataFile(url: URL): string {
  return readFileSync(url, 'utf8');
}

/** `a;b; c` → ['a', 'b', 'c']; an empty field or `-` is no list. */
export function splitList(field: string): string[] {
  if (field === '' || field === '-') return [];
  return field.split(';').map((item) => item.trim()).filter((item) => item !== '');
}
