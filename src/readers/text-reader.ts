/**
 * Plain text to an article. The seed layout (`date YYYY-MM-DD` as the first token) is recognised
 * here, so it works wherever text arrives: a file, standard input or a JSONL `text`.
 *
 * @example readText('date 2023-11-01 BEIJING, November 1. /TASS/. ...', 'seed')
 *   // => { ok: true, article: { id: 'seed', published: '2023-11-01', text: 'BEIJING, November 1. ...', ... } }
 */
import type { Article, ArticleMeta } from '../document/document.js';
import type { ReadResult } from './reader.js';
import { failure } from './reader.js';
import { splitSeedHeader } from './seed-header.js';

export type GivenMeta = Partial<Omit<ArticleMeta, 'id'>>;

/** An article from raw text; metadata given by the input wins over the seed header's date. */
export function articleFromText(id: string, raw: string, meta: GivenMeta = {}): Article {
  const { published, text } = splitSeedHeader(raw);
  return {
    id,
    text,
    title: meta.title ?? null,
    url: meta.url ?? null,
    source: meta.source ?? null,
    published: meta.published ?? published,
    language: meta.language ?? null,
    author: meta.author ?? null,
  };
}

export function readText(raw: string, id: string, meta: GivenMeta = {}): ReadResult {
  const article = articleFromText(id, raw, meta);
  if (article.text.trim() === '') return failure(id, 'EMPTY', `${id} has no text after its header; there is nothing to read.`);
  return { ok: true, article };
}
