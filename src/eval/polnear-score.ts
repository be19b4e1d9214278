/**
 * Scores predicted quotes against gold attributions: quotes sharing a cue count as one
 * attribution; then one-to-one matching (same cue first, then by the largest character overlap:
 * see MatchRule), then precision, recall
 * and F1 by overlap and by exact span, and speaker accuracy on the matched pairs that have a gold
 * source, three ways: `speakerRight` (the spans overlap, or the resolved name is the gold source's
 * words), `speakerExact` (the same words as the gold source, edge punctuation aside, or its name),
 * and `speakerRelative` (as `speakerRight`, but a gold source that is a relative pronoun, "who" in
 * "voters, who said", is also right when the predicted speaker is the phrase just before it, its
 * antecedent; PolNeAR annotates the pronoun and has no coreference).
 */
import type { Quote } from '../document/layers.js';
import type { GoldAttribution } from './polnear-reader.js';
import { trimChars } from '../util/trim-chars.js';

export interface Counts {
  predicted: number;
  gold: number;
  overlap: number;
  exact: number;
  speakerJudged: number;
  speakerRight: number;
  speakerExact: number;
  speakerRelative: number;
}

export function emptyCounts(): Counts {
  return { predicted: 0, gold: 0, overlap: 0, exact: 0, speakerJudged: 0, speakerRight: 0, speakerExact: 0, speakerRelative: 0 };
}

/**
 * One predicted attribution: the quotes that share a cue (`"A," he said, "B."`), since the gold
 * annotates one attribution per cue with one fragment per quoted part.
 */
export interface Predicted {
  readonly parts: readonly Quote[];
  readonly start: number;
  readonly end: number;
  readonly speaker: Quote['speaker'];
}

export function groupByCue(quotes: readonly Quote[]): Predicted[] {
  const groups = new Map<string, Quote[]>();
  quotes.forEach((q, i) => {
    const key = q.cue === null ? `#${i}` : `${q.cue.start}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  });
  return [...groups.values()].map((parts) => ({
    parts,
    start: Math.min(...parts.map((p) => p.start)),
    end: Math.max(...parts.map((p) => p.end)),
    speaker: parts[0]!.speaker,
  }));
}

export function overlapChars(p: Predicted, g: GoldAttribution): number {
  let total = 0;
  for (const q of p.parts) for (const f of g.fragments) total += Math.max(0, Math.min(q.end, f.end) - Math.max(q.start, f.start));
  return total;
}

/** Text compared for an exact match: no edge quotation marks, punctuation, space or leading "that". */
export function exactKey(text: string): string {
  return trimChars(text, ` "“”„«»‘’'.,:;—–-`)
    .replace(/^that\s+/i, '')
    .replace(/\s+/g, ' ');
}

/** Lower-case words, edge punctuation and space trimmed: how speaker texts are compared. */
function speakerKey(text: string): string {
  return trimChars(text, ` "“”„«»‘’'.,:;—–-()`).toLowerCase().replace(/\s+/g, ' ');
}

/** True when `part` is a run of whole words of `whole` ("he" is not in "Stephen"). */
function hasWords(whole: string, part: string): boolean {
  const at = ` ${whole} `.indexOf(` ${part} `);
  return part.length > 0 && at >= 0;
}

export function speakerRight(q: Predicted, g: GoldAttribution, text: string): boolean {
  const source = g.source;
  if (q.speaker === null || source === null) return false;
  if (q.speaker.start < source.end && source.start < q.speaker.end) return true;
  const gold = speakerKey(text.slice(source.start, source.end));
  return hasWords(speakerKey(q.speaker.name), gold);
}

/** The predicted speaker is the gold source's words exactly (or resolves to a name that is). */
export function speakerExact(q: Predicted, g: GoldAttribution, text: string): boolean {
  if (q.speaker === null || g.source === null) return false;
  const gold = speakerKey(text.slice(g.source.start, g.source.end));
  return gold.length > 0 && (gold === speakerKey(q.speaker.text) || gold === speakerKey(q.speaker.name));
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that']);

/** A gold relative pronoun source whose antecedent, ending just before it, is the predicted speaker. */
export function speakerIsAntecedent(q: Predicted, g: GoldAttribution, text: string): boolean {
  if (q.speaker === null || g.source === null) return false;
  if (!RELATIVE_PRONOUNS.has(speakerKey(text.slice(g.source.start, g.source.end)))) return false;
  const gap = text.slice(q.speaker.end, g.source.start);
  return q.speaker.end <= g.source.start && /^[\s,]*$/.test(gap);
}

/** Which predicted attribution (index into `predicted`) matched which gold one (index into the gold list). */
export interface Matching {
  readonly predicted: readonly Predicted[];
  readonly pairs: readonly { readonly p: number; readonly g: number }[];
}

/**
 * How predicted and gold attributions are paired: `cue-first` pairs overlapping attributions
 * whose cues overlap before any other (PolNeAR annotates one attribution per cue, so a
 * prediction whose cue is a gold cue is that attribution, even when its content overlaps a
 * neighbouring one more: `The state admitted it made a mistake when a pediatrician reported ...`);
 * `overlap` pairs by the largest character overlap alone, as the scorer did before quotes.v4.
 */
export type MatchRule = 'cue-first' | 'overlap';

function sameCue(q: Predicted, a: GoldAttribution): boolean {
  const cue = q.parts[0]!.cue;
  return cue !== null && a.cue !== null && cue.start < a.cue.end && a.cue.start < cue.end;
}

/** One-to-one matching, greedily: pairs with the same cue first (under `cue-first`), then by the largest character overlap. */
export function matchArticle(quotes: readonly Quote[], gold: readonly GoldAttribution[], rule: MatchRule = 'cue-first'): Matching {
  const predicted = groupByCue(quotes);
  const candidates: { p: number; g: number; size: number; cue: boolean }[] = [];
  predicted.forEach((q, p) => gold.forEach((a, g) => {
    if (q.start < a.end && a.start < q.end) {
      const size = overlapChars(q, a);
      if (size > 0) candidates.push({ p, g, size, cue: rule === 'cue-first' && sameCue(q, a) });
    }
  }));
  candidates.sort((a, b) => Number(b.cue) - Number(a.cue) || b.size - a.size);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: { p: number; g: number }[] = [];
  for (const { p, g } of candidates) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    pairs.push({ p, g });
  }
  return { predicted, pairs };
}

export function isExact(text: string, q: Predicted, a: GoldAttribution): boolean {
  return exactKey(text.slice(q.start, q.end)) === exactKey(text.slice(a.start, a.end));
}

/**
 * Adds one article's figures to `counts`. An unmatched prediction that overlaps one of
 * `dontCare` (gold attributions of another kind, outside this score) is left out of the
 * predicted count: it is neither right nor wrong here.
 */
export function scoreArticle(text: string, quotes: readonly Quote[], gold: readonly GoldAttribution[], counts: Counts, dontCare: readonly GoldAttribution[] = [], rule: MatchRule = 'cue-first'): Matching {
  const matching = matchArticle(quotes, gold, rule);
  const { predicted, pairs } = matching;
  const matched = new Set(pairs.map((pair) => pair.p));
  const ignored = predicted.filter((q, p) => !matched.has(p) && dontCare.some((a) => overlapChars(q, a) > 0)).length;
  counts.predicted += predicted.length - ignored;
  counts.gold += gold.length;
  for (const { p, g } of pairs) {
    const q = predicted[p]!;
    const a = gold[g]!;
    counts.overlap++;
    if (isExact(text, q, a)) counts.exact++;
    if (a.source !== null) {
      counts.speakerJudged++;
      const right = speakerRight(q, a, text);
      if (right) counts.speakerRight++;
      if (speakerExact(q, a, text)) counts.speakerExact++;
      if (right || speakerIsAntecedent(q, a, text)) counts.speakerRelative++;
    }
  }
  return matching;
}

export interface Figures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function figures(tp: number, predicted: number, gold: number): Figures {
  const precision = predicted > 0 ? tp / predicted : 0;
  const recall = gold > 0 ? tp / gold : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
