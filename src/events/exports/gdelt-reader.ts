/**
 * Reads one line of a GDELT 2.0 Events file by the real file's layout: 61 tab-separated fields,
 * each checked against its column's type. Used to prove that the writer's output reads back column
 * for column, and to check the layout against a real GDELT file (`dateline eval events --set gdelt`).
 *
 * @example readGdeltLine(line).fields.EventCode // '190'
 */
import { GDELT_EVENT_COLUMNS, type GdeltType } from './gdelt-columns.js';

export interface GdeltLine {
  readonly fields: Readonly<Record<string, string>>;
  readonly problems: readonly string[];
}

const PATTERNS: Record<GdeltType, RegExp | null> = {
  INTEGER: /^-?\d+$/,
  FLOAT: /^-?\d+(\.\d+)?([eE]-?\d+)?$/,
  STRING: null,
};

export function readGdeltLine(line: string): GdeltLine {
  const values = line.replace(/\r?\n$/, '').split('\t');
  const problems: string[] = [];
  if (values.length !== GDELT_EVENT_COLUMNS.length) problems.push(`expected ${GDELT_EVENT_COLUMNS.length} tab-separated fields, found ${values.length}`);
  const fields: Record<string, string> = {};
  GDELT_EVENT_COLUMNS.forEach(([name, type], index) => {
    const value = values[index] ?? '';
    fields[name] = value;
    const pattern = PATTERNS[type];
    if (value !== '' && pattern !== null && !pattern.test(value)) problems.push(`${name} should be ${type}, found "${value}"`);
  });
  return { fields, problems };
}
