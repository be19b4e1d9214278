/**
 * Opaque page cursors. A keyset cursor holds the sort key of the last item shown (so that pages
 * stay consistent while articles are added); an offset cursor is for orders without a stable key
 * (relevance). Both are base64url JSON, validated on the way back in.
 */
import { StoreError } from './store-errors.js';

export type Cursor = { readonly kind: 'key'; readonly key: string; readonly seq: number } | { readonly kind: 'offset'; readonly offset: number };

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;

export function encodeCursor(cursor: Cursor): string {
  const body = cursor.kind === 'key' ? { k: cursor.key, s: cursor.seq } : { o: cursor.offset };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

export function decodeCursor<K extends Cursor['kind']>(text: string | null | undefined, expected: K): Extract<Cursor, { kind: K }> | null {
  if (text === null || text === undefined || text === '') return null;
  let body: unknown;
  try {
    if (text.length > 2048) throw new Error('too long');
    body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new StoreError('BAD_CURSOR');
  }
  const value = body as { k?: unknown; s?: unknown; o?: unknown } | null;
  // A NUL would reach PostgreSQL as a bad parameter rather than as a bad cursor.
  if (expected === 'key' && typeof value?.k === 'string' && !/\p{Cc}/u.test(value.k) && Number.isSafeInteger(value.s)) {
    return { kind: 'key', key: value.k, seq: value.s as number } as Extract<Cursor, { kind: K }>;
  }
  if (expected === 'offset' && Number.isSafeInteger(value?.o) && (value!.o as number) >= 0) {
    return { kind: 'offset', offset: value!.o as number } as Extract<Cursor, { kind: K }>;
  }
  throw new StoreError('BAD_CURSOR');
}

export function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new StoreError('BAD_LIMIT');
  return limit;
}
