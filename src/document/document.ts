/**
 * An article is what a reader yields: text plus metadata. A document is an article after its text
 * has been normalised once, carrying the layers components have produced so far.
 */
import type { LayerMap, LayerName } from './layers.js';

export interface ArticleMeta {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  /** Publication date as given (ISO 8601 date or date-time), or null when unknown. */
  readonly published: string | null;
  readonly language: string | null;
  readonly author: string | null;
}

/** What a reader yields: raw text (not yet normalised) and whatever metadata the input carried. */
export interface Article extends ArticleMeta {
  readonly text: string;
}

export interface Document {
  readonly meta: ArticleMeta;
  /** The normalised text that every offset in every layer indexes. */
  readonly text: string;
  readonly layers: Readonly<Partial<LayerMap>>;
}

/** A document with `name` set to `value`; the original is left untouched. */
export function withLayer<N extends LayerName>(doc: Document, name: N, value: LayerMap[N]): Document {
  return { ...doc, layers: { ...doc.layers, [name]: value } };
}

/** The value of a layer that a component declared it reads; throws if the pipeline order is wrong. */
export function layerOf<N extends LayerName>(doc: Document, name: N): LayerMap[N] {
  if (!(name in doc.layers)) {
    throw new Error(`layer "${name}" has not been produced yet: check the order in src/pipeline/pipeline.ts`);
  }
  return doc.layers[name] as LayerMap[N];
}
