/**
 * The places layer: toponyms resolved to coordinates. Finders propose the names the entities layer
 * typed as places and the names a gazetteer scan knows; refiners keep one candidate per stretch,
 * read qualifiers ("Paris, Texas"), resolve every name by the article's own evidence (the countries
 * and states its other places and its dateline name; see place-scorer.ts for the weights), and
 * place counties by their state's towns. Nationalities ("Omani", "Chinese") are never places.
 *
 * @example createPlaceComponent().run(doc) // => [{ text: 'Gaza Strip', name: 'Gaza Strip', country: 'PSE', lat: 31.42, lon: 34.38, precision: 'region', by: 'places.v1', rule: 'entity+evidence' }, ...]
 */
import type { Document } from '../../document/document.js';
import { layerOf } from '../../document/document.js';
import type { Entity, Place } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import { defaultGazetteer } from '../../gazetteer/default-gazetteer.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { placeCounties } from './county-refiner.js';
import { findEntityPlaces, PLACE_ENTITY_TYPES } from './entity-place-finder.js';
import { resolveByEvidence } from './evidence-refiner.js';
import { findGazetteerNames } from './gazetteer-scan-finder.js';
import { keepOneCandidate } from './overlap-refiner.js';
import type { PlaceCandidate, ResolvedCandidate } from './place-candidate.js';
import { qualifierAfter } from './qualifier-finder.js';

export interface PlaceComponentOptions {
  /** Defaults to the project gazetteer, loaded on the first article. */
  readonly gazetteer?: () => Gazetteer;
}

function toPlace(item: ResolvedCandidate, by: string): Place | null {
  const { candidate, hypothesis } = item;
  const span = { start: candidate.start, end: candidate.end, text: candidate.text };
  if (hypothesis === null) {
    // A name the entities layer calls a place but no gazetteer knows is kept, unplaced; an unknown building is not.
    if (candidate.source !== 'entity' || candidate.entityType === 'FACILITY') return null;
    return { ...span, name: candidate.text, country: null, admin1: null, lat: null, lon: null, geonameid: null, precision: null, by, rule: `${candidate.source}+unresolved` };
  }
  return {
    ...span, name: hypothesis.name, country: hypothesis.country, admin1: hypothesis.admin1, lat: hypothesis.lat, lon: hypothesis.lon,
    geonameid: hypothesis.geonameid, precision: hypothesis.precision, by, rule: `${candidate.source}+${item.rule}`,
  };
}

/** The places of one text, given the layers the component reads; exported for the geo evaluation. */
export function findPlaces(gazetteer: Gazetteer, doc: Document, by: string): Place[] {
  const entities = layerOf(doc, 'entities');
  const sentenceStarts = new Set(layerOf(doc, 'sentences').map((sentence) => sentence.start));
  // A name the model could only call MISC may still be a landmark the project lists ("Al-Aqsa Mosque").
  const landmark = (entity: Entity): boolean => entity.type === 'MISC' && gazetteer.areas(entity.name).length > 0;
  const blocked: Span[] = entities.filter((entity) => !PLACE_ENTITY_TYPES.has(entity.type) && !landmark(entity)).flatMap((entity) => entity.mentions);
  const landmarks = entities.filter(landmark).map((entity) => ({ ...entity, type: 'FACILITY' as const }));
  const fromEntities = findEntityPlaces([...entities, ...landmarks]).map((candidate) => ({ ...candidate, qualifier: qualifierAfter(gazetteer, doc.text, candidate.end) }));
  const candidates = keepOneCandidate([...fromEntities, ...findGazetteerNames(gazetteer, doc.text, sentenceStarts)], blocked);
  return resolveCandidates(gazetteer, candidates, layerOf(doc, 'dateline')?.place?.country ?? null, by);
}

/** Resolves given candidates together (the refiners alone); the geo evaluation's gold-span mode calls it. */
export function resolveCandidates(gazetteer: Gazetteer, candidates: readonly PlaceCandidate[], datelineCountry: string | null, by: string): Place[] {
  const resolved = placeCounties(gazetteer, resolveByEvidence(gazetteer, candidates, datelineCountry));
  const places: Place[] = [];
  for (const item of resolved) {
    const place = toPlace(item, by);
    if (place !== null) places.push(place);
  }
  return places.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function createPlaceComponent(options: PlaceComponentOptions = {}): Component<'places'> {
  const gazetteer = options.gazetteer ?? defaultGazetteer;
  const component: Component<'places'> = {
    name: 'places',
    version: 'v1',
    produces: 'places',
    reads: ['sentences', 'dateline', 'entities'],
    run: (doc: Document) => findPlaces(gazetteer(), doc, provenanceTag(component)),
  };
  return component;
}
