/**
 * Helpers over byte streams (standard input, files): look at the first bytes without losing
 * them, and read a whole stream only up to a limit.
 */

export type ByteSource = AsyncIterable<Uint8Array | string>;

const toBytes = (chunk: Uint8Array | string): Uint8Array => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);

/** The first `count` bytes (fewer if the stream is shorter) and a stream that still yields everything. */
export async function peekBytes(source: ByteSource, count: number): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = toBytes(next.value);
    taken.push(bytes);
    size += bytes.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield toBytes(next.value);
  }
  return { head: Buffer.concat(taken).subarray(0, count), stream: replay() };
}

/** The whole stream, or `null` as soon as it passes `maxBytes` (the rest is never read). */
export async function readBounded(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ bytes: Uint8Array | null; size: number }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) return { bytes: null, size };
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), size };
}
