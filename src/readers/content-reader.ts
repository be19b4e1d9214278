/**
 * A whole input already in memory, as bytes, through the reader its format names. Decoding
 * failures (EMPTY, BINARY, BAD_ENCODING) are reported here, once, for every format.
 */
import { decodeBytes } from './bytes-decoder.js';
import { readFeed } from './feed-reader.js';
import type { ConcreteFormat } from './format-detector.js';
import { readHtml } from './html-reader.js';
import { parseJsonLine } from './jsonl-reader.js';
import type { ReadResult } from './reader.js';
import { failure } from './reader.js';
import { readText } from './text-reader.js';

export function readContent(format: ConcreteFormat, bytes: Uint8Array, id: string): ReadResult[] {
  const decoded = decodeBytes(bytes, id);
  if (!decoded.ok) return [failure(id, decoded.code, decoded.message)];
  switch (format) {
    case 'text':
      return [readText(decoded.text, id)];
    case 'html':
      return [readHtml(decoded.text, id)];
    case 'feed':
      return readFeed(decoded.text, id);
    case 'jsonl':
      // Buffered JSONL only arrives here from callers that hold it whole; files and stdin stream.
      return decoded.text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [parseJsonLine(line, i + 1, id)]));
  }
}
