/**
 * Finds names one typing slip away from a known name: one letter dropped, added, changed, or two
 * neighbours swapped ("ALTANTA", "WASINGTON", "NEW YROK", "MAIMI"). Wire copy has such slips; a
 * reader still knows the town. Each name is indexed under itself and every form with one letter
 * deleted; two names sharing a form are then at most two edits apart, and an exact check keeps those
 * one edit apart.
 *
 * @example createNearMissIndex(['atlanta']).near('altanta') // => ['atlanta']
 */
export interface NearMissIndex {
  /** The indexed names one edit from `key` (never `key` itself). */
  near(key: string): string[];
}

function deletions(key: string): string[] {
  const forms = [key];
  for (let i = 0; i < key.length; i++) forms.push(key.slice(0, i) + key.slice(i + 1));
  return forms;
}

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function createNearMissIndex(keys: readonly string[]): NearMissIndex {
  const byForm = new Map<string, string[]>();
  for (const key of keys) {
    for (const form of deletions(key)) {
      const list = byForm.get(form);
      if (list === undefined) byForm.set(form, [key]);
      else if (!list.includes(key)) list.push(key);
    }
  }
  return {
    near(key) {
      const found = new Set<string>();
      for (const form of deletions(key)) for (const candidate of byForm.get(form) ?? []) if (oneEditApart(key, candidate)) found.add(candidate);
      return [...found];
    },
  };
}
