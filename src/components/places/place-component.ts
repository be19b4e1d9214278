/**
 * The places layer: toponyms resolved to coordinates. Finders propose the names the entities layer
 * typed as places (cut to the place they hold: "Newark police" → "Newark"), the names a gazetteer
 * scan knows, and, as hidden evidence, the places organisations are named after; refiners keep one
 * candidate per stretch, read qualifiers ("Paris, Texas") and "Washington state", resolve every name
 * by the article's own evidence (the countries and states its other places and its dateline name,
 * how near its other towns lie, and whether it is written as American local news is: locale-cues.ts;
 * see place-scorer.ts for the weights), and place counties, and names no gazetteer knows, by the
 * article's towns (county-refiner.ts). A country's name written as local news writes a town's ("a
 * Palestine man") is read as the town (town-use.ts). Nationalities ("Omani", "Chinese") are never places.
 *
 * @example createPlaceComponent().run(doc) // => [{ text: 'Gaza Strip', name: 'Gaza Strip', country: 'PSE', lat: 31.42, lon: 34.38, precision: 'region', by: 'places.v4', rule: 'entity+evidence' }, ...]
 */
import type { Document } from '../../document/document.js';
import { layerOf } from '../../document/document.js';
import type { Entity, Place } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { Component } from '../../pipeline/component.js';
import { provenanceTag } from '../../pipeline/component.js';
import { defaultGazetteer } from '../../gazetteer/default-gazetteer.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { markCountyLists, placeCounties } from './county-refiner.js';
import { findEntityPlaces, PLACE_ENTITY_TYPES } from './entity-place-finder.js';
import { resolveByEvidence } from './evidence-refiner.js';
import { findGazetteerNames } from './gazetteer-scan-finder.js';
import { keepOneCandidate } from './overlap-refiner.js';
import type { PlaceCandidate, ResolvedCandidate } from './place-candidate.js';
import { qualifierAfter } from './qualifier-finder.js';
import { localeCountry } from './locale-cues.js';
import { innerPlace } from './inner-place-finder.js';
import { markDivisions } from './division-refiner.js';
import { isTownUse } from './town-use.js';
import { isCountyName, placeHypotheses } from './place-hypotheses.js';

export interface PlaceComponentOptions {
  /** Defaults to the project gazetteer, loaded on the first article. */
  readonly gazetteer?: () => Gazetteer;
}

// The few rule names ("entity+evidence", "scan+qualifier"), made once rather than per place.
const RULES = new Map<string, string>();

function ruleName(source: string, rule: string): string {
  const key = `${source}+${rule}`;
  let name = RULES.get(key);
  if (name === undefined) RULES.set(key, (name = key));
  return name;
}

function toPlace(item: ResolvedCandidate, by: string): Place | null {
  const { candidate, hypothesis } = item;
  if (candidate.hidden === true) return null;
  if (hypothesis === null) {
    // A name the entities layer calls a place but no gazetteer knows is kept, unplaced; an unknown building is not.
    if (candidate.source !== 'entity' || candidate.entityType === 'FACILITY') return null;
    return {
      start: candidate.start, end: candidate.end, text: candidate.text, name: candidate.text, country: null, admin1: null,
      lat: null, lon: null, geonameid: null, precision: null, by, rule: ruleName(candidate.source, 'unresolved'),
    };
  }
  return {
    start: candidate.start, end: candidate.end, text: candidate.text, name: hypothesis.name, country: hypothesis.country, admin1: hypothesis.admin1,
    lat: hypothesis.lat, lon: hypothesis.lon, geonameid: hypothesis.geonameid, precision: hypothesis.precision, by, rule: ruleName(candidate.source, item.rule),
  };
}

/**
 * A lone capitalised word opening a sentence that the article also writes in lower case ("Man",
 * "Walk", "Post") is that word, not a town the model took it for.
 */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;

function isOpeningWord(text: string, candidate: PlaceCandidate, sentenceStarts: ReadonlySet<number>): boolean {
  let back = candidate.start - 1;
  while (back >= 0 && (text[back] === ' ' || text[back] === '"' || text[back] === '“' || text[back] === '(')) back--;
  const opening = sentenceStarts.has(candidate.start) || back < 0 || text[back] === '\n' || text[back] === '.' || text[back] === '!' || text[back] === '?';
  return opening && ONE_WORD.test(candidate.text) && writtenInLowerCase(text, candidate.text.toLowerCase());
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** Whether `word` (lower case) stands as a whole word somewhere in `text`. */
function writtenInLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return true;
  }
  return false;
}

function withQualifier(gazetteer: Gazetteer, text: string, candidate: PlaceCandidate): PlaceCandidate {
  return { ...candidate, qualifier: qualifierAfter(gazetteer, text, candidate.end) };
}

// A party label and a state's abbreviation ("Sen. Byron Dorgan, D-N.D.", "R-W. Va."), which the
// model cuts at the first full stop ("D-N"): one to three abbreviated words, each with its full stop.
const PARTY_STATE = /^(?:D|R|I|DFL)-((?:\p{Lu}\p{Ll}{0,3}\. ?){1,3})/u;

/** The state abbreviation after a party label at `start`, as a span, or null. */
function partyState(gazetteer: Gazetteer, text: string, start: number): Span | null {
  const match = PARTY_STATE.exec(text.slice(start, start + 16));
  if (match === null) return null;
  const abbreviation = match[1]!.trimEnd();
  const from = start + match[0].length - match[1]!.length;
  return gazetteer.regions(abbreviation).length > 0 ? { start: from, end: from + abbreviation.length, text: abbreviation } : null;
}

// The last word of a place's own name that says what kind of place it is.
const PLACE_KIND = / (?:City|Colony|Heights|Estates|Park|Square|Valley|Hills?|Mountains?|River|Creek|Lake|Bay|Harbou?r|Beach|Islands?|Springs|Falls|Head|Point|Canyon|Forest)$/u;

/** An entity span no gazetteer knows as a whole, cut to the place inside it ("Newark police" → "Newark"). */
function trimmed(gazetteer: Gazetteer, text: string, candidate: PlaceCandidate): PlaceCandidate {
  // The model stops a state's abbreviation before its full stop ("Ky" of "Ky."), where it is no longer a bare code.
  if (/^\p{L}{2,4}$/u.test(candidate.text) && text[candidate.end] === '.' && gazetteer.regions(`${candidate.text}.`).length > 0) {
    return { ...candidate, end: candidate.end + 1, text: `${candidate.text}.` };
  }
  const state = /^(?:D|R|I|DFL)-\p{Lu}/u.test(candidate.text) ? partyState(gazetteer, text, candidate.start) : null;
  if (state !== null) return { ...candidate, ...state };
  if (isCountyName(candidate.text) || placeHypotheses(gazetteer, candidate.text).length > 0) return candidate;
  const inner = innerPlace(gazetteer, text, candidate.start, candidate.end);
  if (inner === null) return candidate;
  // "Harbor City", "Griffith Park": a town's name before a kind of place is that place, unknown as it may
  // be, not the town ("Delaware Bay" is still near Delaware, "D-Iowa City" still Iowa City).
  if (inner.start === candidate.start && PLACE_KIND.test(candidate.text) && placeHypotheses(gazetteer, inner.text).every((h) => h.precision === 'city')) return candidate;
  return { ...candidate, ...inner };
}

/**
 * Hidden candidates: the places organisations are named after ("Walker County Sheriff's Office",
 * "Texas Ranger") and place names the model typed as organisations ("Walker County dispatchers").
 * They vote for the article's locale; they are not output (as places they would lower the accuracy
 * of the layer more than they raise its recall: docs/quality.md, Places).
 */
function organisationPlaces(gazetteer: Gazetteer, text: string, entities: readonly Entity[]): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  for (const entity of entities) {
    if (entity.type !== 'ORG') continue;
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name') continue;
      const whole = isCountyName(mention.text) || placeHypotheses(gazetteer, mention.text).some((h) => h.precision !== 'city' || h.mainName) ? mention : null;
      const inner = whole ?? innerPlace(gazetteer, text, mention.start, mention.end);
      if (inner !== null) found.push({ start: inner.start, end: inner.end, text: inner.text, source: 'entity', entityType: 'ORG', qualifier: null, hidden: true });
    }
  }
  return found;
}

/** Marks, in place, the countries' names the text uses as towns' names (town-use.ts). */
function markTownUses(gazetteer: Gazetteer, text: string, candidates: PlaceCandidate[]): void {
  candidates.forEach((candidate, i) => {
    if (candidate.hidden !== true && gazetteer.countries(candidate.text).length > 0 && isTownUse(text, candidate.start, candidate.end)) candidates[i] = { ...candidate, townUse: true };
  });
}

/** The places of one text, given the layers the component reads; exported for the geo evaluation. */
export function findPlaces(gazetteer: Gazetteer, doc: Document, by: string): Place[] {
  const entities = layerOf(doc, 'entities');
  const sentenceStarts = new Set(layerOf(doc, 'sentences').map((sentence) => sentence.start));
  // A name the model could only call MISC may still be a landmark the project lists ("Al-Aqsa Mosque").
  const landmark = (entity: Entity): boolean => entity.type === 'MISC' && gazetteer.areas(entity.name).length > 0;
  const blocked: Span[] = entities.filter((entity) => !PLACE_ENTITY_TYPES.has(entity.type) && !landmark(entity)).flatMap((entity) => entity.mentions);
  const landmarks = entities.filter(landmark).map((entity) => ({ ...entity, type: 'FACILITY' as const }));
  const fromEntities = findEntityPlaces([...entities, ...landmarks]).filter((candidate) => !isOpeningWord(doc.text, candidate, sentenceStarts)).map((candidate) => withQualifier(gazetteer, doc.text, trimmed(gazetteer, doc.text, candidate)));
  const candidates = markCountyLists(gazetteer, doc.text, markDivisions(gazetteer, doc.text, keepOneCandidate([...fromEntities, ...findGazetteerNames(gazetteer, doc.text, sentenceStarts)], blocked)));
  candidates.push(...organisationPlaces(gazetteer, doc.text, entities));
  markTownUses(gazetteer, doc.text, candidates);
  return resolveCandidates(gazetteer, candidates, layerOf(doc, 'dateline')?.place?.country ?? null, by, localeCountry(doc.text));
}

/** Resolves given candidates together (the refiners alone); the geo evaluation's gold-span mode calls it. */
export function resolveCandidates(gazetteer: Gazetteer, candidates: readonly PlaceCandidate[], datelineCountry: string | null, by: string, locale: string | null = null): Place[] {
  const resolved = placeCounties(gazetteer, resolveByEvidence(gazetteer, candidates, datelineCountry, locale));
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
    version: 'v4',
    produces: 'places',
    reads: ['sentences', 'dateline', 'entities'],
    run: (doc: Document) => findPlaces(gazetteer(), doc, provenanceTag(component)),
  };
  return component;
}
