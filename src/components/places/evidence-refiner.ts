/**
 * Refiner: resolves every candidate by the article's own evidence. Names are grouped (one sense per
 * article: every "Gainesville" of a story is the same town), each group's readings are narrowed by
 * its qualifier ("Paris, Texas") or the text calling it a state, and a country name keeps its towns
 * only as namesakes. Then four rounds: each group picks its best reading, the picks vote for their
 * countries and divisions and lie somewhere, and every group picks again with the votes and towns of
 * the *other* groups as evidence (article-evidence.ts; a name never vouches for itself).
 *
 * @example resolveByEvidence(gazetteer, candidates, 'ISR') // => [{ candidate, hypothesis: { name: 'Jerusalem', ... }, rule: 'evidence' }]
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { placeKey } from '../../gazetteer/place-key.js';
import type { PlaceCandidate, PlaceHypothesis, ResolvedCandidate } from './place-candidate.js';
import { placeHypotheses } from './place-hypotheses.js';
import { bestHypothesis, NO_EVIDENCE } from './place-scorer.js';
import { evidenceFor, spreadVotes } from './article-evidence.js';
import type { VotingName } from './article-evidence.js';

// Four rounds: the evidence-free picks, then three with evidence. Picks are made all at once, so two
// names can trade wrong readings between rounds (Lawrenceburg and Shelbyville, Ky. or Tenn.); the
// third round with evidence settled more of them on LGL's development half than two rounds did.
const ROUNDS = 4;

interface NameGroup extends VotingName {
  readonly key: string;
  readonly candidates: PlaceCandidate[];
}

function contains(outer: PlaceHypothesis, inner: PlaceHypothesis): boolean {
  if (outer.country === null || inner.country !== outer.country) return false;
  return outer.precision === 'country' || (outer.admin1 !== null && inner.admin1 === outer.admin1);
}

function sameReading(a: PlaceHypothesis, b: PlaceHypothesis): boolean {
  return a.name === b.name && a.country === b.country && a.admin1 === b.admin1 && a.lat === b.lat && a.lon === b.lon;
}

function readingsOf(gazetteer: Gazetteer, candidate: PlaceCandidate, townUseIn: string | null): { hypotheses: readonly PlaceHypothesis[]; qualified: boolean } {
  if (candidate.county !== undefined) return { hypotheses: placeHypotheses(gazetteer, `${candidate.text} ${candidate.county}`), qualified: false };
  const all = placeHypotheses(gazetteer, candidate.text);
  if (candidate.division === true && all.some((h) => h.precision === 'admin1')) return { hypotheses: all.filter((h) => h.precision === 'admin1'), qualified: true };
  // "China, Japan and Korea" is a list, not a town of Japan: a country is never qualified by a country.
  const isCountry = all.some((h) => h.precision === 'country');
  if (candidate.qualifier !== null) {
    const outer = placeHypotheses(gazetteer, candidate.qualifier.text, true).filter((h) => h.precision === 'admin1' || (h.precision === 'country' && !isCountry));
    const inside = all.filter((h) => outer.some((o) => contains(o, h)));
    if (inside.length > 0) return { hypotheses: inside, qualified: true };
  }
  // A country name is the country: its towns ("Lebanon, Ohio") are reached through a qualifier, or
  // as readings marked `namesake` that only the article's own nearby towns and state can raise (the
  // "Palestine" of an East Texas paper beside Anderson County and Fairfield, Texas).
  // Written as local news writes its towns ("a Palestine man"), in a text written as that country's
  // local news is, it is a town of that country when it has one (town-use.ts).
  if (isCountry && townUseIn !== null && all.some((h) => h.precision === 'city' && h.country === townUseIn)) return { hypotheses: withoutCountry(all), qualified: false };
  if (isCountry) return { hypotheses: withNamesakes(all), qualified: false };
  // A national capital is the capital, not the state of its name ("Washington" is written with
  // "state" when the state is meant); otherwise a state's name is the state ("New York", "Quebec").
  const capitals = all.filter((h) => h.featureCode === 'PPLC');
  if (capitals.length > 0 && all.some((h) => h.precision === 'admin1')) {
    return { hypotheses: all.filter((h) => !(h.precision === 'admin1' && capitals.some((c) => c.country === h.country))), qualified: false };
  }
  if (all.some((h) => h.precision === 'admin1')) return { hypotheses: all.filter((h) => h.precision !== 'city'), qualified: false };
  return { hypotheses: all, qualified: false };
}

function groupsOf(gazetteer: Gazetteer, candidates: readonly PlaceCandidate[], localeCountry: string | null): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  // One sense per article: a country's name used once as a town's ("a Palestine man") is the town throughout.
  const townUses = new Set(candidates.filter((c) => c.townUse === true).map((c) => placeKey(c.text)));
  for (const candidate of candidates) {
    const name = placeKey(candidate.text);
    const key = `${name}|${candidate.qualifier === null ? '' : placeKey(candidate.qualifier.text)}|${candidate.division === true ? 'division' : ''}|${candidate.county ?? ''}`;
    let group = groups.get(key);
    if (group === undefined) {
      const { hypotheses, qualified } = readingsOf(gazetteer, candidate, townUses.has(name) ? localeCountry : null);
      group = { key, name, qualified, hypotheses, candidates: [], spread: spreadVotes(hypotheses), pick: null };
      groups.set(key, group);
    }
    group.candidates.push(candidate);
  }
  return [...groups.values()];
}

// A country name's readings other than the country (its towns, a state of its name), kept per list of readings (shared like the readings).
const WITHOUT_COUNTRY = new WeakMap<readonly PlaceHypothesis[], readonly PlaceHypothesis[]>();

function withoutCountry(all: readonly PlaceHypothesis[]): readonly PlaceHypothesis[] {
  let towns = WITHOUT_COUNTRY.get(all);
  if (towns === undefined) WITHOUT_COUNTRY.set(all, (towns = all.filter((h) => h.precision !== 'country')));
  return towns;
}

// A country name's towns, marked as namesakes, kept per list of readings (shared like the readings).
const NAMESAKES = new WeakMap<readonly PlaceHypothesis[], readonly PlaceHypothesis[]>();

function withNamesakes(all: readonly PlaceHypothesis[]): readonly PlaceHypothesis[] {
  let marked = NAMESAKES.get(all);
  if (marked === undefined) {
    marked = all.map((h) => (h.precision === 'city' ? { ...h, namesake: true } : h));
    NAMESAKES.set(all, marked);
  }
  return marked;
}

/**
 * Resolves each candidate; a candidate no reading fits keeps a null hypothesis. `localeCountry` is
 * the country the text's own forms point to (locale-cues.ts), null when they point nowhere.
 */
export function resolveByEvidence(gazetteer: Gazetteer, candidates: readonly PlaceCandidate[], datelineCountry: string | null, localeCountry: string | null = null): ResolvedCandidate[] {
  const groups = groupsOf(gazetteer, candidates, localeCountry);
  for (const group of groups) group.pick = bestHypothesis(group.hypotheses, { ...NO_EVIDENCE, datelineCountry });
  // Where every name has one reading there is nothing to weigh.
  const weighing = groups.some((group) => group.hypotheses.length > 1);
  for (let round = 1; weighing && round < ROUNDS; round++) {
    const evidence = evidenceFor(groups, datelineCountry, localeCountry);
    const picks = groups.map((group, i) => (evidence[i] === null ? group.pick : bestHypothesis(group.hypotheses, evidence[i]!)));
    groups.forEach((group, i) => { group.pick = picks[i] ?? null; });
  }
  // A name qualified once ("Paris, Texas") means the same town where it stands alone.
  const qualifiedPick = new Map(groups.filter((g) => g.qualified && g.pick !== null).map((g) => [g.name, g.pick!]));
  const resolved: ResolvedCandidate[] = [];
  for (const group of groups) {
    const own = qualifiedPick.get(group.name);
    const same = own === undefined || group.qualified ? undefined : group.hypotheses.find((h) => sameReading(h, own));
    const pick = same ?? group.pick;
    const rule = group.qualified ? 'qualifier' : same !== undefined ? 'same-name' : 'evidence';
    for (const candidate of group.candidates) resolved.push({ candidate, hypothesis: pick, rule });
  }
  return resolved;
}
