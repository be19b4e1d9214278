/**
 * Word clusters: a table of lower-case words to bit paths ("0110"), where words sharing a
 * prefix occur in similar contexts. Prefixes of several lengths make features that generalise
 * from seen names to unseen ones ("Albusaidi" near "Lavrov").
 *
 * Table format (as read here): one `word<TAB>bits` per line; `#` lines are comments.
 */

export function readClusterTable(text: string): Map<string, string> {
  const table = new Map<string, string>();
  text.split('\n').forEach((line, index) => {
    if (line === '' || line.startsWith('#')) return;
    const [word, bits, extra] = line.split('\t');
    if (!word || !bits || extra !== undefined || !/^[01]+$/.test(bits)) {
      throw new Error(`cluster table line ${index + 1}: expected "word<TAB>bits", got "${line.slice(0, 60)}"`);
    }
    table.set(word, bits);
  });
  return table;
}
