/**
 * Reuters-21578 as articles: every story of every `.sgm` file in a folder, its text as it went out
 * on the wire (dateline, then body), for benchmarks over the collection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadResult } from '../readers/reader.js';
import { parseReutersSgml } from './reuters-sgml.js';
import { wireText } from './reuters-dateline-score.js';

export function* readReutersArticles(dir: string): Generator<ReadResult> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.sgm')).sort();
  for (const file of files) {
    for (const story of parseReutersSgml(readFileSync(join(dir, file), 'latin1'))) {
      const text = wireText(story);
      if (text.trim() === '') continue;
      yield {
        ok: true,
        article: { id: `reuters-${story.id}`, text, published: story.published, title: null, url: null, source: 'Reuters', language: 'en', author: null },
      };
    }
  }
}
