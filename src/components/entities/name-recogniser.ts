/**
 * Finds names in a document given as sentences of words: features, then Viterbi, then spans.
 *
 * @example recogniseNames(model, [['Wang', 'Yi', 'met', 'Albusaidi']], cache) → [[{ start: 0, end: 2, type: 'PER' }, …]]
 */
import { documentFeatures, FeatureBuffers, WordAttributeCache } from './ner-features.js';
import type { NerModel } from './ner-model.js';
import { decodeInto, DecodeWorkspace } from './ner-model.js';
import type { TokenSpan } from './ner-tags.js';
import { tagsToSpans } from './ner-tags.js';

// Each document's features are decoded before the next document's are made, and each sentence's
// tags are turned into spans before the next is decoded, so one set of buffers serves all.
const buffers = new FeatureBuffers();
const workspace = new DecodeWorkspace();

/** Names per sentence, as token spans typed with the model's types (PER, ORG, LOC, MISC). */
export function recogniseNames(model: NerModel, sentences: readonly (readonly string[])[], cache: WordAttributeCache): TokenSpan[][] {
  const features = documentFeatures(sentences, model.resources, cache, buffers);
  return features.map((f) => tagsToSpans(model.tagSet, decodeInto(model, f, workspace)));
}

export { WordAttributeCache };
