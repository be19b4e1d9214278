/**
 * Attaches the gazetteer to actor knowledge, so that a phrase naming a town or region gives its
 * country ("Shanghai police" → CHN). Only towns of 100,000 people or more, written by their main
 * name, and regions count: a village named like a word would make actors of strangers.
 *
 * @example withPlaces(kb, defaultGazetteer()).placeCountry?.('Shanghai') // => 'CHN'
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { bestEntry } from '../gazetteer/place-resolver.js';
import type { ActorKnowledge } from './actor-knowledge.js';

const MIN_POPULATION = 100_000;

export function withPlaces(kb: ActorKnowledge, gazetteer: Gazetteer): ActorKnowledge {
  const placeCountry = (name: string): string | null => {
    const best = bestEntry(gazetteer.places(name).filter((e) => e.mainName && (e.population >= MIN_POPULATION || e.source === 'project')));
    if (best) return best.country;
    const regions = gazetteer.regions(name);
    return regions.length > 0 && regions.every((r) => r.country === regions[0]!.country) ? regions[0]!.country : null;
  };
  return { ...kb, placeCountry };
}
