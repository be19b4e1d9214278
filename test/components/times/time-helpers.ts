import type { Document } from '../../../src/document/document.js';
import type { TimeExpression } from '../../../src/document/layers.js';
import { splitSentences } from '../../../src/components/sentences/sentence-component.js';
import { createTimeComponent } from '../../../src/components/times/time-component.js';

const component = createTimeComponent();

/** A document built by hand: the text, its sentences, and an optional publication date. */
export function docOf(text: string, published: string | null, dateline: string | null = null): Document {
  const meta = { id: 't', title: null, url: null, source: null, published, language: 'en', author: null };
  const layers = { sentences: splitSentences(text), ...(dateline ? { dateline: { start: 0, end: 0, text: '', by: 'test', place: null, placeText: null, date: dateline, agency: null } } : {}) };
  return { meta, text, layers };
}

export function timesIn(text: string, published: string | null = '2023-11-01', dateline: string | null = null): TimeExpression[] {
  return [...component.run(docOf(text, published, dateline))];
}
