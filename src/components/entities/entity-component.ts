/**
 * The entities layer, first version: names found by the statistical model (find), typed finer
 * with the country gazetteer (refine), and joined into entities by name (refine). Roles, sectors
 * and nominal/pronoun mentions come in a later version; they stay null or absent here.
 *
 * The model is loaded on first use, not at import, from data/models/ner/ (see its README).
 *
 * @example createEntityComponent().run(doc) → [{ id: 'e1', name: 'Wang Yi', type: 'PERSON', … }]
 */
import { fileURLToPath } from 'node:url';
import type { Document } from '../../document/document.js';
import type { Entity } from '../../document/layers.js';
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import { DatelineError } from '../../errors.js';
import { joinMentions } from './entity-joiner.js';
import type { TypedMention } from './entity-joiner.js';
import { typeMention } from './mention-typer.js';
import { findNameMentions } from './name-mention-finder.js';
import { WordAttributeCache } from './ner-features.js';
import type { NerModel } from './ner-model.js';
import { loadNerModel } from './ner-model-file.js';

/** The shipped model, relative to this file in both src/ and dist/. */
export const DEFAULT_NER_MODEL = fileURLToPath(new URL('../../../data/models/ner/ner-conll2003.bin.gz', import.meta.url));

export interface EntityComponentOptions {
  /** A model to use instead of the shipped one (tests train a tiny one). */
  readonly model?: NerModel;
  /** Path of a model file; default DEFAULT_NER_MODEL. */
  readonly modelPath?: string;
}

function loadModel(path: string): NerModel {
  try {
    return loadNerModel(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatelineError('INTERNAL', `The name model could not be loaded from ${path} (${reason}); retrain it with scripts/train-ner.ts (see data/models/ner/README.md).`);
  }
}

export function createEntityComponent(options: EntityComponentOptions = {}): Component<'entities'> {
  let model = options.model ?? null;
  let cache: WordAttributeCache | null = null;
  const component: Component<'entities'> = {
    name: 'entities',
    version: 'v1',
    produces: 'entities',
    reads: ['sentences'],
    run(doc: Document): readonly Entity[] {
      model ??= loadModel(options.modelPath ?? DEFAULT_NER_MODEL);
      cache ??= new WordAttributeCache(model.resources.clusters);
      const by = provenanceTag(component);
      const typed: TypedMention[] = findNameMentions(doc, model, cache).map((found) => {
        const { type, country, rule } = typeMention(found.words, found.modelType, model!.resources.gazetteer);
        return {
          mention: { start: found.start, end: found.end, text: found.text, kind: 'name', by, rule: `ner-${found.modelType}+${rule}` },
          words: found.words, type, country,
        };
      });
      return joinMentions(typed);
    },
  };
  return component;
}
