/**
 * Runs the components over one article, inside its size limit and time budget.
 */
import type { Article, Document } from '../document/document.js';
import { withLayer } from '../document/document.js';
import type { LayerName } from '../document/layers.js';
import { normaliseText } from '../document/normalise.js';
import { DatelineError } from '../errors.js';
import type { Component } from './component.js';

export interface Limits {
  /** Largest article text, in UTF-16 code units, before normalisation. */
  readonly maxChars: number;
  /** Time budget for one article, in milliseconds, checked between components. */
  readonly timeBudgetMs: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({ maxChars: 5_000_000, timeBudgetMs: 10_000 });

/** The components needed to produce `wanted`, with everything they read, in pipeline order. */
export function selectComponents(pipeline: readonly Component[], wanted: readonly LayerName[]): Component[] {
  const needed = new Set<LayerName>(wanted);
  for (const component of [...pipeline].reverse()) {
    if (needed.has(component.produces)) component.reads.forEach((layer) => needed.add(layer));
  }
  return pipeline.filter((component) => needed.has(component.produces));
}

/** Normalises the article's text and runs each component in turn. Throws DatelineError. */
export function runPipeline(article: Article, components: readonly Component[], limits: Limits = DEFAULT_LIMITS): Document {
  if (article.text.length > limits.maxChars) {
    throw new DatelineError('TOO_LARGE', `Article text has ${article.text.length} characters; the limit is ${limits.maxChars}. Split it or raise --max-chars.`);
  }
  const text = normaliseText(article.text);
  if (text.length === 0) throw new DatelineError('EMPTY', 'Article has no text after normalisation.');
  const { text: _raw, ...meta } = article;
  let doc: Document = { meta, text, layers: {} };
  const started = performance.now();
  for (const component of components) {
    doc = withLayer(doc, component.produces, component.run(doc));
    if (performance.now() - started > limits.timeBudgetMs) {
      throw new DatelineError('TIMEOUT', `Extraction passed the ${limits.timeBudgetMs} ms budget after ${component.name}; raise --time-budget or split the article.`);
    }
  }
  return doc;
}

const WARM_UP_ARTICLE: Article = {
  id: 'warm-up', text: 'LONDON, March 3 (Reuters) - The minister said on Tuesday that talks with France would resume.',
  title: null, url: null, source: null, published: '2024-03-03', language: null, author: null,
};

/**
 * Runs the components once over a tiny article so that they load their data (gazetteer, model)
 * before the first real article's time budget starts.
 */
export function warmUp(components: readonly Component[]): void {
  runPipeline(WARM_UP_ARTICLE, components, { maxChars: DEFAULT_LIMITS.maxChars, timeBudgetMs: Number.MAX_SAFE_INTEGER });
}
