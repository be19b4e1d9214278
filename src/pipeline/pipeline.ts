/**
 * The pipeline order, in one place. Each line says why it stands where it does.
 * Components are created here explicitly: nothing registers itself by being imported.
 */
import type { Component } from './component.js';
import { createSentenceComponent } from '../components/sentences/sentence-component.js';

export interface PipelineOptions {
  /** Output layers to produce; the layers they read are produced too. Default: all. */
  readonly layers?: readonly string[];
}

/** Every component in the order it runs. */
export function createPipeline(): readonly Component[] {
  return [
    // Sentences first: every later component works sentence by sentence.
    createSentenceComponent(),
  ];
}
