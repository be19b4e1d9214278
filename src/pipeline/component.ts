/**
 * The contract every component keeps: it reads a document (never changing it), declares which
 * layers it reads, and returns exactly one layer.
 */
import type { Document } from '../document/document.js';
import type { LayerMap, LayerName } from '../document/layers.js';

export interface Component<N extends LayerName = LayerName> {
  /** Stable name, also used as provenance: `${name}.${version}` (e.g. "dateline.v1"). */
  readonly name: string;
  readonly version: string;
  readonly produces: N;
  readonly reads: readonly LayerName[];
  run(doc: Document): LayerMap[N];
}

/** The provenance tag a component writes into each of its annotations. */
export function provenanceTag(component: Pick<Component, 'name' | 'version'>): string {
  return `${component.name}.${component.version}`;
}
