/**
 * The public output record of `dateline extract` (docs/output.md, docs/output.schema.json).
 * Users' scripts read it: fields may be added, never renamed or removed.
 */
import type { Document } from '../document/document.js';
import type { LayerMap, OutputLayerName } from '../document/layers.js';
import { OUTPUT_LAYERS } from '../document/layers.js';
import type { ErrorCode } from '../errors.js';

export interface OutputRecord {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly language: string | null;
  readonly author: string | null;
  readonly dateline: LayerMap['dateline'];
  readonly entities: LayerMap['entities'];
  readonly times: LayerMap['times'];
  readonly places: LayerMap['places'];
  readonly quotes: LayerMap['quotes'];
  readonly events: LayerMap['events'];
}

export interface ErrorRecord {
  readonly id: string;
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

const EMPTY_LAYERS: Pick<OutputRecord, OutputLayerName> = {
  dateline: null, entities: [], times: [], places: [], quotes: [], events: [],
};

/**
 * The record for a document. Layers not selected (or not produced) are present and empty, so a
 * script can always read `record.events` without checking for it.
 */
export function toOutputRecord(doc: Document, selected: readonly OutputLayerName[] = OUTPUT_LAYERS): OutputRecord {
  const layers: Record<string, unknown> = { ...EMPTY_LAYERS };
  for (const name of selected) {
    if (name in doc.layers) layers[name] = doc.layers[name];
  }
  const { meta } = doc;
  return {
    id: meta.id,
    text: doc.text,
    published: meta.published,
    title: meta.title,
    url: meta.url,
    source: meta.source,
    language: meta.language,
    author: meta.author,
    ...(layers as Pick<OutputRecord, OutputLayerName>),
  };
}
