/**
 * Every ingest input in order: http(s) URLs through the fetcher, everything else (files,
 * directories, `-`) through the ordinary readers. One bad input never stops the others.
 */
import { readInputs } from '../readers/read-inputs.js';
import type { ReadOptions, ReadResult } from '../readers/reader.js';
import type { FetchOptions } from './url-fetcher.js';
import { fetchUrl, isUrl } from './url-fetcher.js';

export async function* ingestInputs(inputs: readonly string[], read: ReadOptions, fetchOptions: FetchOptions): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (isUrl(input)) yield* await fetchUrl(input, fetchOptions);
    else yield* readInputs([input], read);
  }
}
