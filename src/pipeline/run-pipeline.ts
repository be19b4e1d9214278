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

/** The article as a document with no layers yet, its text normalised. Throws DatelineError. */
function startDocument(article: Article, limits: Limits): Document {
  if (article.text.length > limits.maxChars) {
    throw new DatelineError('TOO_LARGE', `Article text has ${article.text.length} characters; the limit is ${limits.maxChars}. Split it or raise --max-chars.`);
  }
  const text = normaliseText(article.text);
  if (text.length === 0) throw new DatelineError('EMPTY', 'Article has no text after normalisation.');
  const { text: _raw, ...meta } = article;
  return { meta, text, layers: {} };
}

function checkBudget(spentMs: number, component: Component, limits: Limits): void {
  if (spentMs > limits.timeBudgetMs) {
    throw new DatelineError('TIMEOUT', `Extraction passed the ${limits.timeBudgetMs} ms budget after ${component.name}; raise --time-budget or split the article.`);
  }
}

/** Normalises the article's text and runs each component in turn. Throws DatelineError. */
export function runPipeline(article: Article, components: readonly Component[], limits: Limits = DEFAULT_LIMITS): Document {
  let doc = startDocument(article, limits);
  const started = performance.now();
  for (const component of components) {
    doc = withLayer(doc, component.produces, component.run(doc));
    checkBudget(performance.now() - started, component, limits);
  }
  return doc;
}

/** One article's outcome in a batch: its document, or what runPipeline would have thrown. */
export type PipelineOutcome = { readonly ok: true; readonly doc: Document } | { readonly ok: false; readonly error: unknown };

/**
 * Runs the components over a batch of articles component by component (the first over every
 * article, then the second, ...) rather than article by article. Each outcome is what runPipeline
 * gives that article: the same document, or the same error, with its own time budget (its own
 * components' time, checked after each). Why: run article by article, the seven components evict
 * each other's code and tables from the processor's caches on every article; over 2,000 Reuters
 * stories in batches of 64 the whole pipeline took about a third less CPU time, output unchanged.
 *
 * @example runPipelineBatch(articles, components).map((o) => (o.ok ? o.doc.layers.times : o.error))
 */
export function runPipelineBatch(articles: readonly Article[], components: readonly Component[], limits: Limits = DEFAULT_LIMITS): PipelineOutcome[] {
  const outcomes: PipelineOutcome[] = articles.map((article) => {
    try {
      return { ok: true, doc: startDocument(article, limits) };
    } catch (error) {
      return { ok: false, error };
    }
  });
  const spentMs = new Float64Array(articles.length);
  for (const component of components) {
    outcomes.forEach((outcome, i) => {
      if (!outcome.ok) return;
      const start = performance.now();
      try {
        const doc = withLayer(outcome.doc, component.produces, component.run(outcome.doc));
        const spent = spentMs[i]! + performance.now() - start;
        spentMs[i] = spent;
        checkBudget(spent, component, limits);
        outcomes[i] = { ok: true, doc };
      } catch (error) {
        outcomes[i] = { ok: false, error };
      }
    });
  }
  return outcomes;
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
