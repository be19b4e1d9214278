/**
 * Standard input (`-`), and pipes or devices given by path. With `--input auto` the first bytes
 * decide: a `{` starts JSONL, which streams line by line; anything else (text, HTML, a feed) is
 * read whole, up to maxBytes, since a stream's size cannot be known before reading it.
 */
import type { ByteSource } from './byte-stream.js';
import { peekBytes, readBounded } from './byte-stream.js';
import { readContent } from './content-reader.js';
import { detectFormat, SNIFF_LENGTH } from './format-detector.js';
import { readJsonl } from './jsonl-reader.js';
import type { ReadOptions, ReadResult } from './reader.js';
import { failure } from './reader.js';

export const STDIN_ID = 'stdin';

export async function* readStream(source: ByteSource, options: ReadOptions, id: string = STDIN_ID): AsyncGenerator<ReadResult> {
  const { head, stream } = await peekBytes(source, SNIFF_LENGTH);
  const format = detectFormat(options.format, '-', Buffer.from(head).toString('utf8'));
  if (format === 'jsonl') {
    yield* readJsonl(stream, id, options.maxBytes);
    return;
  }
  const { bytes, size } = await readBounded(stream, options.maxBytes);
  if (bytes === null) {
    yield failure(id, 'TOO_LARGE', `${id === STDIN_ID ? 'Standard input' : id} passed ${size} bytes; the limit is ${options.maxBytes}. Raise --max-bytes or send JSONL.`);
    return;
  }
  yield* readContent(format, bytes, id);
}
