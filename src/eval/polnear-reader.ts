/**
 * Reads PolNeAR's brat standoff: `attributions/<article>_<annotator>.ann` over `text/<article>.txt`.
 * Each `E` line is one attribution relating a Content, a Source and a Cue (`T` lines, character
 * offsets, fragments separated by ";"). Double-annotated articles have several .ann files; the
 * first in name order is used, as the corpus README advises.
 *
 * @example parseAnn('T1\tContent 0 5\thello\nE1\tAttribution:T2 Content:T1') → one attribution, content 0-5
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError } from '../errors.js';

export interface Fragment {
  readonly start: number;
  readonly end: number;
}

export interface GoldAttribution {
  /** Content fragments in order; `start`/`end` span all of them. */
  readonly fragments: readonly Fragment[];
  readonly start: number;
  readonly end: number;
  readonly source: Fragment | null;
  readonly cue: Fragment | null;
  /** The content opens with a quotation mark (the corpus README's count of direct quotes). */
  readonly direct: boolean;
  /** The content holds a double quotation mark anywhere: direct or mixed ("said it was “crazy”"). */
  readonly quoted: boolean;
}

export interface GoldArticle {
  readonly id: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
}

const TEXT_BOUND = /^T\d+\t(\S+) ([\d ;]+)\t/;
const OPENING_MARK = /^[\s]*["“„«‘']/;
const QUOTE_MARK = /["“”„«»]|''/;

function fragmentsOf(offsets: string): Fragment[] {
  return offsets.split(';').map((pair) => {
    const [start, end] = pair.trim().split(' ').map(Number);
    return { start: start!, end: end! };
  });
}

/** The attributions of one .ann file over `text`; lines other than T and E are ignored. */
export function parseAnn(ann: string, text: string, file = 'ann'): GoldAttribution[] {
  const bounds = new Map<string, Fragment[]>();
  const relations: string[] = [];
  ann.split('\n').forEach((line, index) => {
    // A span's text may hold line breaks, so only lines with an id and a tab start an annotation.
    if (/^E\d+\t/.test(line)) relations.push(line);
    if (!/^T\d+\t/.test(line)) return;
    const match = TEXT_BOUND.exec(line);
    if (!match) throw new DatelineError('BAD_FORMAT', `${file}:${index + 1}: not a brat text-bound line: "${line.slice(0, 80)}"`);
    const id = line.slice(0, line.indexOf('\t'));
    bounds.set(id, fragmentsOf(match[2]!));
  });
  const found: GoldAttribution[] = [];
  for (const line of relations) {
    const roles = new Map(line.split('\t')[1]!.trim().split(' ').map((pair) => pair.split(':') as [string, string]));
    const content = bounds.get(roles.get('Content') ?? '');
    if (content === undefined || content.length === 0) continue;
    const start = content[0]!.start;
    const end = content[content.length - 1]!.end;
    const span = (id: string | undefined): Fragment | null => {
      const fragments = id === undefined ? undefined : bounds.get(id);
      return fragments === undefined ? null : { start: fragments[0]!.start, end: fragments[fragments.length - 1]!.end };
    };
    found.push({ fragments: content, start, end, source: span(roles.get('Source')), cue: span(roles.get('Cue')), direct: OPENING_MARK.test(text.slice(start, end)), quoted: QUOTE_MARK.test(text.slice(start, end)) });
  }
  return found;
}

/** Every article of a PolNeAR compartment folder (with `text/` and `attributions/`). */
export async function readPolnear(dir: string, limit = Infinity): Promise<GoldArticle[]> {
  const annDir = join(dir, 'attributions');
  const names = (await readdir(annDir)).filter((n) => n.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const articles: GoldArticle[] = [];
  for (const name of names) {
    const id = name.replace(/_[^_]+\.ann$/, '');
    if (seen.has(id) || articles.length >= limit) continue;
    seen.add(id);
    const text = await readFile(join(dir, 'text', `${id}.txt`), 'utf8');
    articles.push({ id, text, attributions: parseAnn(await readFile(join(annDir, name), 'utf8'), text, name) });
  }
  return articles;
}

export type Half = 'first' | 'second';

/**
 * One half of a corpus's articles in name order (the first half holds the odd one): rules are
 * developed on the first and checked on the second, so a figure on the second is held out.
 * @example halfOf([a, b, c], 'first') → [a, b]; halfOf([a, b, c], 'second') → [c]
 */
export function halfOf<T>(articles: readonly T[], half: Half | undefined): readonly T[] {
  if (half === undefined) return articles;
  const middle = Math.ceil(articles.length / 2);
  return half === 'first' ? articles.slice(0, middle) : articles.slice(middle);
}
