import type { ReadOptions, ReadResult } from '../../src/readers/reader.js';
import { readInputs } from '../../src/readers/read-inputs.js';

export const OPTIONS: ReadOptions = { format: 'auto', maxBytes: 1024 * 1024 };

export async function collect(paths: readonly string[], options: Partial<ReadOptions> = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(paths, { ...OPTIONS, ...options })) results.push(result);
  return results;
}

/** The article of a result, failing the test when the result is a failure. */
export function articleOf(result: ReadResult | undefined) {
  if (!result?.ok) throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.article;
}

/** `id:code` for failures and `id` for articles: a compact view of a result stream. */
export const summary = (results: readonly ReadResult[]): string[] =>
  results.map((r) => (r.ok ? r.article.id : `${r.id}:${r.error.code}`));

/** A stream of chunks, standing in for standard input. */
export async function* streamOf(...chunks: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
