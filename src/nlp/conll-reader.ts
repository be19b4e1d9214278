/**
 * Reads CoNLL-2003 style files: one token per line (`word POS chunk NER`, NER in the last
 * column, IOB1 or IOB2), blank lines between sentences, `-DOCSTART-` lines between documents.
 * Names come back as token spans, so callers never handle the tag scheme.
 *
 * @example parseConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n')
 *   → [{ sentences: [{ words: ['EU', 'rejects'], names: [{ start: 0, end: 1, type: 'ORG' }] }] }]
 */
import type { TokenSpan } from '../components/entities/ner-tags.js';

export interface ConllSentence {
  readonly words: readonly string[];
  readonly names: readonly TokenSpan[];
}

export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

/** Spans of IOB1/IOB2 labels: "B-X" or a change of type starts a name; "I-X" continues one. */
export function iobSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  labels.forEach((label, i) => {
    const labelType = label === 'O' ? '' : label.slice(2);
    const begins = label.startsWith('B-') || labelType !== type;
    if (start >= 0 && (label === 'O' || begins)) {
      spans.push({ start, end: i, type });
      start = -1;
    }
    if (label !== 'O' && start < 0) start = i;
    type = labelType;
  });
  if (start >= 0) spans.push({ start, end: labels.length, type });
  return spans;
}

/** Documents of a CoNLL file's text; throws with the line number on a malformed line. */
export function parseConll(text: string): ConllDocument[] {
  const documents: { sentences: ConllSentence[] }[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  const endSentence = (): void => {
    if (words.length === 0) return;
    if (documents.length === 0) documents.push({ sentences: [] });
    documents[documents.length - 1]!.sentences.push({ words, names: iobSpans(labels) });
    words = [];
    labels = [];
  };
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return endSentence();
    const columns = line.split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      endSentence();
      documents.push({ sentences: [] });
      return;
    }
    const label = columns[columns.length - 1]!;
    if (columns.length < 2 || !(label === 'O' || /^[BI]-[A-Z]+$/.test(label))) {
      throw new Error(`line ${index + 1}: expected "word ... TAG" with TAG O, B-X or I-X, got "${line}"`);
    }
    words.push(columns[0]!);
    labels.push(label);
  });
  endSentence();
  return documents.filter((d) => d.sentences.length > 0);
}
