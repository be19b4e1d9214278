/**
 * Derived variants of extracted records, to grow a benchmark store past the size of the real
 * corpora without extracting again. A variant of a record has a new id, a new publication date,
 * its text's sentences in a shuffled order followed by one sentence of another record (so its
 * content hash and its opening differ from every other article's), and its layers moved with
 * their sentences; a layer item with a span across a sentence boundary is dropped.
 *
 * @example const variant = variantOf(record, 3, donor, rng(1)); // variant.id === `${record.id}~v3`
 */
import type { OutputRecord } from '../src/output/record.js';

/** A deterministic pseudo-random generator, so every run builds the same store. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

interface Piece { readonly from: number; readonly to: number }

/** Sentence-like pieces of `text`: cut after . ! or ? followed by white space. */
function sentencePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of text.matchAll(/[.!?]["')\]]*\s+/g)) {
    const to = match.index + match[0].trimEnd().length;
    pieces.push({ from, to });
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push({ from, to: text.length });
  return pieces.filter((piece) => piece.to > piece.from);
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type OffsetMap = (start: number, end: number) => [number, number] | null;

/** `value` with every span ({start, end}) moved by `move`, or null when one cannot be moved. */
function moveSpans<T>(value: T, move: OffsetMap): T | null {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const moved = moveSpans(item, move);
      if (moved === null && item !== null) return null;
      out.push(moved);
    }
    return out as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const moved = moveSpans(item, move);
    if (moved === null && item !== null) return null;
    out[key] = moved;
  }
  if (typeof out['start'] === 'number' && typeof out['end'] === 'number') {
    const span = move(out['start'], out['end']);
    if (span === null) return null;
    [out['start'], out['end']] = span;
  }
  return out as T;
}

/** Layer items whose spans all move; the others are dropped. */
function movedItems<T>(items: readonly T[], move: OffsetMap): T[] {
  return items.map((item) => moveSpans(item, move)).filter((item): item is NonNullable<typeof item> => item !== null) as T[];
}

/** A day between 2019-01-01 and 2023-12-31, keeping the record's time of day when it has one. */
function variantDate(published: string | null, random: () => number): string {
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 1826) * 86_400_000).toISOString().slice(0, 10);
  const time = published && /T\d/.test(published) ? published.slice(10) : '';
  return `${day}${time}`;
}

export function variantOf(record: OutputRecord, k: number, donor: OutputRecord, random: () => number): OutputRecord {
  const pieces = sentencePieces(record.text);
  const order = shuffled(pieces, random);
  const donorPieces = sentencePieces(donor.text);
  const extra = donorPieces[Math.floor(random() * donorPieces.length)];
  const newStart = new Map<Piece, number>();
  let text = '';
  for (const piece of order) {
    if (text !== '') text += ' ';
    newStart.set(piece, text.length);
    text += record.text.slice(piece.from, piece.to);
  }
  if (extra) text += ` ${donor.text.slice(extra.from, extra.to)}`;
  const move: OffsetMap = (start, end) => {
    const piece = pieces.find((p) => p.from <= start && end <= p.to);
    return piece ? [start - piece.from + newStart.get(piece)!, end - piece.from + newStart.get(piece)!] : null;
  };
  return {
    ...record,
    id: `${record.id}~v${k}`,
    text,
    published: variantDate(record.published, random),
    url: record.url === null ? null : `${record.url}${record.url.includes('?') ? '&' : '?'}variant=${k}`,
    dateline: record.dateline === null ? null : moveSpans(record.dateline, move),
    entities: movedItems(record.entities, move),
    times: movedItems(record.times, move),
    places: movedItems(record.places, move),
    quotes: movedItems(record.quotes, move),
    events: movedItems(record.events, move),
  };
}
