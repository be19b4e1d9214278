/**
 * Reads every input (files, directories, or `-` for standard input) into a stream of articles
 * and failures, in input order. One broken input never stops the others: each yields its
 * failure and the next input is read.
 *
 * @example for await (const r of readInputs(['wire/', '-'], DEFAULT_READ_OPTIONS)) if (r.ok) use(r.article)
 */
import { describeError } from '../errors.js';
import { readPath } from './path-reader.js';
import type { ReadOptions, ReadResult } from './reader.js';
import { failure } from './reader.js';
import { readStream, STDIN_ID } from './stream-reader.js';

async function* readOne(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  if (path === '-') yield* readStream(options.stdin ?? process.stdin, options);
  else yield* readPath(path, options);
}

export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  for (const path of paths) {
    try {
      yield* readOne(path, options);
    } catch (error) {
      // A stream that dies mid-way (a closed pipe, a vanished file) ends that input only.
      const { message } = describeError(error);
      yield failure(path === '-' ? STDIN_ID : path, 'INTERNAL', message);
    }
  }
}
