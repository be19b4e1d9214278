/**
 * What every reader yields: an article, or the reason one input could not be read.
 * Readers never throw for bad input; they yield a failure and go on to the next item.
 */
import type { Article } from '../document/document.js';
import type { ErrorCode } from '../errors.js';

export type InputFormat = 'auto' | 'text' | 'jsonl' | 'html' | 'feed';

export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'jsonl', 'html', 'feed'];

export type ReadResult =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly id: string; readonly error: { readonly code: ErrorCode; readonly message: string } };

export interface ReadOptions {
  readonly format: InputFormat;
  /** Largest input file or line, in bytes; larger ones are reported as TOO_LARGE. */
  readonly maxBytes: number;
  /** Where `-` reads from; standard input unless given (tests pass their own stream). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = Object.freeze({ format: 'auto', maxBytes: 20 * 1024 * 1024 });

/** A failure result; the message should say what to do about it. */
export function failure(id: string, code: ErrorCode, message: string): ReadResult {
  return { ok: false, id, error: { code, message } };
}
