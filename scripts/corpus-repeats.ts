/**
 * The repeats the shared corpora are known to hold, computed from the raw files alone (none of the
 * store's own keys or signatures), so that check-corpora-ingest.ts can compare what the store
 * grouped against them:
 *
 * - BBC exact duplicates: files whose text (all but the headline line, white space collapsed) has
 *   the same SHA-256; most are whole files alike, some carry an edited headline.
 * - RSS repeats across feeds: items of different feeds joined when they carry the same link (scheme,
 *   query and fragment aside), the same description (ten words or more), or the same title (four
 *   words or more, case and punctuation aside) published at most `days` apart; groups are the
 *   connected items.
 *
 * @example bbcDuplicateGroups(bbcFiles(dir)).groups // [['bbc-business-101', 'bbc-business-374'], ...]
 */
import { createHash } from 'node:crypto';
import type { BbcFile, RssItem } from './corpus-articles.js';

const collapse = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Ids of files with the same text, one array per group of two or more, with how many of those
 * groups are whole files alike (the others have an edited headline over the same text).
 */
export function bbcDuplicateGroups(files: Iterable<BbcFile>): { groups: string[][]; identicalFiles: number } {
  const byText = new Map<string, { ids: string[]; raws: Set<string> }>();
  for (const file of files) {
    const text = collapse(file.raw.slice(file.raw.indexOf('\n') + 1));
    const hash = createHash('sha256').update(text).digest('hex');
    const group = byText.get(hash) ?? { ids: [], raws: new Set<string>() };
    group.ids.push(file.article.id);
    group.raws.add(collapse(file.raw));
    byText.set(hash, group);
  }
  const repeated = [...byText.values()].filter((group) => group.ids.length > 1);
  return { groups: repeated.map((group) => group.ids), identicalFiles: repeated.filter((group) => group.raws.size === 1).length };
}

/** Union-find over item indexes. */
function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  return { find, join: (a: number, b: number) => { parent[find(a)] = find(b); } };
}

function linkKey(link: string): string {
  return link.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

/** Joins items of different feeds that share a key (and, with `near`, are near each other). */
function joinByKey(items: readonly RssItem[], keyOf: (item: RssItem) => string | null, sets: ReturnType<typeof unionFind>, near: (a: RssItem, b: RssItem) => boolean): void {
  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => { const key = keyOf(item); if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), i]); });
  for (const group of byKey.values()) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const [x, y] = [items[group[a]!]!, items[group[b]!]!];
        if (x.feed !== y.feed && near(x, y)) sets.join(group[a]!, group[b]!);
      }
    }
  }
}

/** Ids of RSS items repeated across feeds, one array per group. */
export function rssRepeatGroups(items: readonly RssItem[], days: number): string[][] {
  const sets = unionFind(items.length);
  const time = (item: RssItem) => (item.published ? Date.parse(item.published) : Number.NaN);
  const withinDays = (a: RssItem, b: RssItem) => Math.abs(time(a) - time(b)) <= days * 86_400_000;
  const always = () => true;
  joinByKey(items, (item) => linkKey(item.link), sets, always);
  joinByKey(items, (item) => { const words = wordsOf(item.article.text); return item.article.text !== item.title && words.length >= 10 ? words.join(' ') : null; }, sets, always);
  joinByKey(items, (item) => { const words = wordsOf(item.title); return words.length >= 4 ? words.join(' ') : null; }, sets, withinDays);
  const groups = new Map<number, string[]>();
  items.forEach((item, i) => { const root = sets.find(i); groups.set(root, [...(groups.get(root) ?? []), item.article.id]); });
  return [...groups.values()].filter((ids) => ids.length > 1);
}
