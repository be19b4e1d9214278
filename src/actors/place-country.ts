/**
 * Attaches the gazetteer to actor knowledge, so that a phrase naming a town or region gives its
 * country ("Shanghai police" → CHN). Only towns of 100,000 people or more, written by their main
 * name (or, for cities of half a million or more, by another name: "Madras", "Prishtina"), and
 * regions count: a village named like a word would make actors of strangers.
 *
 * The name of an institution names its place ("Kano State", "Aboriginal Medical Services Alliance
 * Northern Territory"): when the name holds an institution word, the words between such words are
 * looked up too. A name without one ("Feliciano Valencia") is looked up only whole, so a person
 * named after a city is not placed there.
 *
 * @example withPlaces(kb, defaultGazetteer()).placeCountry?.('Shanghai') // => 'CHN'
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { bestEntry } from '../gazetteer/place-resolver.js';
import type { ActorKnowledge } from './actor-knowledge.js';

const MIN_POPULATION = 100_000;
const MIN_POPULATION_OTHER_NAME = 500_000;

/** Head words of institution names: what stands before or after them may be a place. */
const INSTITUTION_WORDS = new Set([
  'state', 'university', 'college',
  'institute', 'school', 'academy', 'hospital', 'police', 'court', 'council', 'assembly', 'government', 'ministry',
  'department', 'agency', 'authority', 'office', 'services', 'service', 'alliance', 'association', 'union',
  'federation', 'league', 'society', 'foundation', 'committee', 'commission', 'board', 'corporation', 'bank',
  'airport', 'port', 'prison', 'medical', 'health', 'of', 'the', 'and', 'for',
]);

/** GeoNames writes Kosovo "UNK"; the project writes "XKX" (see data/actors/README.md). */
const alpha3 = (code: string): string => (code === 'UNK' ? 'XKX' : code);

export function withPlaces(kb: ActorKnowledge, gazetteer: Gazetteer): ActorKnowledge {
  const lookUp = (name: string): string | null => {
    const best = bestEntry(gazetteer.places(name).filter((e) =>
      e.source === 'project' || (e.mainName ? e.population >= MIN_POPULATION : e.population >= MIN_POPULATION_OTHER_NAME)));
    if (best) return alpha3(best.country);
    const regions = gazetteer.regions(name);
    return regions.length > 0 && regions.every((r) => r.country === regions[0]!.country) ? alpha3(regions[0]!.country) : null;
  };
  const placeCountry = (name: string): string | null => {
    const whole = lookUp(name);
    if (whole !== null) return whole;
    const words = name.split(/\s+/);
    if (!words.some((w) => INSTITUTION_WORDS.has(w.toLowerCase()))) return null;
    // The runs of words between institution words, each looked up whole ("Kano" in "Kano State").
    let run: string[] = [];
    for (const word of [...words, 'of']) {
      if (!INSTITUTION_WORDS.has(word.toLowerCase())) {
        run.push(word);
        continue;
      }
      const country = run.length > 0 && run.length < words.length ? lookUp(run.join(' ')) : null;
      if (country !== null) return country;
      run = [];
    }
    return null;
  };
  return { ...kb, placeCountry };
}
