/**
 * The tokens of every sentence of a document, made once: the name model, actor resolution and
 * event coding each read all of them, and tokenising them three times over was a tenth of the
 * entities layer's time. They are kept against the sentences layer's array, which every later
 * version of the document shares (`withLayer` copies layers, not their arrays), so they are freed
 * with the document.
 *
 * @example sentenceTokens(doc.text, doc.layers.sentences)[0] → [{ start: 0, end: 4, text: 'Wang' }, …]
 */
import type { Token } from '../document/layers.js';
import { tokenize } from './tokenizer.js';

type SentenceRange = { readonly start: number; readonly end: number };

interface Tokenised {
  readonly text: string;
  readonly tokens: readonly (readonly Token[])[];
}

const tokenised = new WeakMap<readonly SentenceRange[], Tokenised>();

/** The tokens of each sentence of `text`, in order; the same arrays on every call for the same layer and text. */
export function sentenceTokens(text: string, sentences: readonly SentenceRange[]): readonly (readonly Token[])[] {
  const hit = tokenised.get(sentences);
  if (hit && hit.text === text) return hit.tokens;
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  tokenised.set(sentences, { text, tokens });
  return tokens;
}
