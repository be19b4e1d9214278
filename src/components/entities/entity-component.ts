/**
 * The entities layer: names found by the statistical model (find), typed finer with the country
 * gazetteer (refine), joined into entities by name (refine), and last resolved to canonical actors
 * with country, sector, role and nominal/pronoun mentions (src/actors/, with data/actors/).
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
import type { ActorKnowledge } from '../../actors/actor-knowledge.js';
import { defaultActorKnowledge } from '../../actors/default-actor-knowledge.js';
import { resolveEntities } from '../../actors/entity-resolver.js';
import { joinMentions } from './entity-joiner.js';
import { agencyMention } from './agency-mention.js';
import type { TypedMention } from './entity-joiner.js';
import { typeMention } from './mention-typer.js';
import type { NameMention } from './name-mention-finder.js';
import { findNameMentions } from './name-mention-finder.js';
import type { CountryGazetteer } from './country-gazetteer.js';
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
  /** Actor knowledge for the last refiner; default the shipped data/actors/ (loaded on first use); null skips it. */
  readonly actors?: ActorKnowledge | null;
}

function loadModel(path: string): NerModel {
  try {
    return loadNerModel(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatelineError('INTERNAL', `The name model could not be loaded from ${path} (${reason}); retrain it with scripts/train-ner.ts (see data/models/ner/README.md).`);
  }
}

/**
 * Everything after the name model: the mentions typed, the dateline's agency added, joined into
 * entities and, with actor knowledge, resolved to actors.
 */
export function assembleEntities(doc: Document, found: readonly NameMention[], gazetteer: CountryGazetteer, by: string, actors: ActorKnowledge | null): Entity[] {
  const typed: TypedMention[] = found.map((f) => typedMention(f, gazetteer, by));
  const agency = agencyMention(doc, by);
  if (agency && !typed.some((t) => t.mention.start < agency.mention.end && agency.mention.start < t.mention.end)) {
    typed.push(agency);
    typed.sort((a, b) => a.mention.start - b.mention.start);
  }
  const joined = joinMentions(typed);
  return actors === null ? joined : resolveEntities(joined, doc, actors);
}

/** A found name typed finer; the name as recognised travels with its mention, so it survives actor resolution's widening and refiling. */
function typedMention(found: NameMention, gazetteer: CountryGazetteer, by: string): TypedMention {
  const { type, country, rule } = typeMention(found.words, found.modelType, gazetteer);
  const tag = `ner-${found.modelType}+${rule}`;
  const { start, end, text } = found;
  return { mention: { start, end, text, kind: 'name', by, rule: tag, names: [{ start, end, text, type, rule: tag }] }, words: found.words, type, country };
}

export function createEntityComponent(options: EntityComponentOptions = {}): Component<'entities'> {
  let model = options.model ?? null;
  let cache: WordAttributeCache | null = null;
  const component: Component<'entities'> = {
    name: 'entities',
    version: 'v4',
    produces: 'entities',
    // The dateline, when present, names the agency ("/TASS/"), added as an organisation.
    reads: ['sentences', 'dateline'],
    run(doc: Document): readonly Entity[] {
      model ??= loadModel(options.modelPath ?? DEFAULT_NER_MODEL);
      cache ??= new WordAttributeCache(model.resources.clusters);
      const found = findNameMentions(doc, model, cache);
      return assembleEntities(doc, found, model.resources.gazetteer, provenanceTag(component), options.actors === null ? null : (options.actors ?? defaultActorKnowledge()));
    },
  };
  return component;
}
