/**
 * Turns the rows a table shows into CSV or JSON for download, so a file holds exactly what the
 * user saw, in the order they sorted it.
 *
 * @example
 *   toCsv(['a', 'b'], [['1', 'x,y']]) // 'a,b\r\n1,"x,y"\r\n'
 */
export type Cell = string | number | null;

/**
 * RFC 4180 quoting. A text cell opening with = + @ or a tab would run as a formula in a
 * spreadsheet, so it gets a leading apostrophe (numbers, even negative ones, are left alone).
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+@\t\r-]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

export function toJson(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const objects = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? null])));
  return `${JSON.stringify(objects, null, 2)}\n`;
}
