/**
 * The shared development corpora as articles, for the store scripts (bench-store.ts,
 * check-corpora-ingest.ts). The corpora stay where they are (their licences keep them out of the
 * repo); their paths are the scripts' arguments, and each folder's kind is told by its files:
 *
 * - Reuters-21578 (`reut2-NNN.sgm`): every story with text, as src/eval/reuters-articles.ts reads it
 *   (id `reuters-<NEWID>`, the wire text, the `<DATE>`).
 * - BBC News (`<category>/NNN.txt`, Greene & Cunningham): id `bbc-<category>-<NNN>`, line 1 the
 *   title, the rest the text; no date, no URL.
 * - RSS items (`*.jsonl` of `{feed, title, description, link, date_published, language}`): id
 *   `rss-<line>`, the description as text (the title when there is none), the feed's host as source.
 *
 * @example for await (const article of corpusArticles('/data/corpora/bbc-news-2225')) ...
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article } from '../src/document/document.js';
import { readReutersArticles } from '../src/eval/reuters-articles.js';

export type CorpusKind = 'reuters' | 'bbc' | 'rss';

/** One BBC file's raw content with the article it makes; the raw content is what exact-duplicate checks hash. */
export interface BbcFile {
  readonly raw: string;
  readonly article: Article;
}

/** One RSS item as the feed file holds it, with the article it makes. */
export interface RssItem {
  readonly feed: string;
  readonly title: string;
  readonly link: string;
  readonly published: string | null;
  readonly article: Article;
}

function article(id: string, fields: Partial<Omit<Article, 'id' | 'text'>> & { text: string }): Article {
  return { id, title: null, url: null, source: null, published: null, language: 'en', author: null, ...fields };
}

export function corpusKind(dir: string): CorpusKind {
  const names = readdirSync(dir);
  if (names.some((name) => /^reut2-\d+\.sgm$/.test(name))) return 'reuters';
  if (names.some((name) => name.endsWith('.jsonl'))) return 'rss';
  if (names.some((name) => statSync(join(dir, name)).isDirectory())) return 'bbc';
  throw new Error(`${dir} is not a Reuters-21578, BBC News or RSS-items folder (see the corpus README).`);
}

export function* bbcFiles(dir: string): Generator<BbcFile> {
  const categories = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
  for (const category of categories) {
    for (const file of readdirSync(join(dir, category)).filter((name) => /^\d+\.txt$/.test(name)).sort()) {
      // The files are ASCII with a few latin1 bytes.
      const raw = readFileSync(join(dir, category, file), 'latin1');
      const [title = '', ...rest] = raw.split('\n');
      yield { raw, article: article(`bbc-${category}-${basename(file, '.txt')}`, { title: title.trim(), text: rest.join('\n').trim(), source: 'BBC News' }) };
    }
  }
}

export async function* rssItems(dir: string): AsyncGenerator<RssItem> {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(join(dir, file), 'utf8'), crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
      const item = JSON.parse(text) as { feed: string; title?: string; description?: string; link: string; date_published?: string; language?: string };
      const title = (item.title ?? '').trim();
      const published = item.date_published ?? null;
      yield {
        feed: item.feed, title, link: item.link, published,
        article: article(`rss-${line}`, {
          title, text: (item.description ?? '').trim() || title, url: item.link, published,
          source: new URL(item.feed).hostname.replace(/^(www|feeds?|rss)\./, ''), language: item.language ?? 'en',
        }),
      };
    }
  }
}

/** Every article of one corpus folder, in a fixed order. */
export async function* corpusArticles(dir: string): AsyncGenerator<Article> {
  const kind = corpusKind(dir);
  if (kind === 'reuters') {
    for (const result of readReutersArticles(dir)) if (result.ok) yield result.article;
  } else if (kind === 'bbc') {
    for (const file of bbcFiles(dir)) yield file.article;
  } else {
    for await (const item of rssItems(dir)) yield item.article;
  }
}
