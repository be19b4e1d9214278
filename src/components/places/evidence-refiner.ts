/**
 * Refiner: resolves every candidate by the article's own evidence. Names are grouped (one sense per
 * article: every "Gainesville" of a story is the same town), each group's readings are narrowed by
 * its qualifier ("Paris, Texas"), and a country name drops its towns. Then three rounds: each group
 * picks its best reading, the picks vote for their countries and divisions, and every group picks
 * again with the votes of the *other* groups as evidence (a name never vouches for itself).
 *
 * @example resolveByEvidence(gazetteer, candidates, 'ISR') // => [{ candidate, hypothesis: { name: 'Jerusalem', ... }, rule: 'evidence' }]
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { placeKey } from '../../gazetteer/place-key.js';
import type { PlaceCandidate, PlaceHypothesis, ResolvedCandidate } from './place-candidate.js';
import { placeHypotheses } from './place-hypotheses.js';
import { bestHypothesis, NO_EVIDENCE } from './place-scorer.js';
import type { ArticleEvidence } from './place-scorer.js';

const ROUNDS = 3;
// A country, division, area or qualified town is firm evidence; a bare town half as firm.
const FIRM_VOTE = 1;
const TOWN_VOTE = 0.5;
const SPREAD_VOTE = 0.5;
const MAX_SPREAD = 5;

interface NameGroup {
  readonly key: string;
  readonly name: string;
  readonly qualified: boolean;
  readonly hypotheses: readonly PlaceHypothesis[];
  readonly candidates: PlaceCandidate[];
  pick: PlaceHypothesis | null;
}

function contains(outer: PlaceHypothesis, inner: PlaceHypothesis): boolean {
  if (outer.country === null || inner.country !== outer.country) return false;
  return outer.precision === 'country' || (outer.admin1 !== null && inner.admin1 === outer.admin1);
}

function sameReading(a: PlaceHypothesis, b: PlaceHypothesis): boolean {
  return a.name === b.name && a.country === b.country && a.admin1 === b.admin1 && a.lat === b.lat && a.lon === b.lon;
}

function readingsOf(gazetteer: Gazetteer, candidate: PlaceCandidate): { hypotheses: readonly PlaceHypothesis[]; qualified: boolean } {
  const all = placeHypotheses(gazetteer, candidate.text);
  // "China, Japan and Korea" is a list, not a town of Japan: a country is never qualified by a country.
  const isCountry = all.some((h) => h.precision === 'country');
  if (candidate.qualifier !== null) {
    const outer = placeHypotheses(gazetteer, candidate.qualifier.text, true).filter((h) => h.precision === 'admin1' || (h.precision === 'country' && !isCountry));
    const inside = all.filter((h) => outer.some((o) => contains(o, h)));
    if (inside.length > 0) return { hypotheses: inside, qualified: true };
  }
  // A country name is the country: its towns ("Lebanon, Ohio") are reached only through a qualifier.
  if (isCountry) return { hypotheses: all.filter((h) => h.precision !== 'city'), qualified: false };
  // A national capital is the capital, not the state of its name ("Washington" is written with
  // "state" when the state is meant); otherwise a state's name is the state ("New York", "Quebec").
  const capitals = all.filter((h) => h.featureCode === 'PPLC');
  if (capitals.length > 0 && all.some((h) => h.precision === 'admin1')) {
    return { hypotheses: all.filter((h) => !(h.precision === 'admin1' && capitals.some((c) => c.country === h.country))), qualified: false };
  }
  if (all.some((h) => h.precision === 'admin1')) return { hypotheses: all.filter((h) => h.precision !== 'city'), qualified: false };
  return { hypotheses: all, qualified: false };
}

function groupsOf(gazetteer: Gazetteer, candidates: readonly PlaceCandidate[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  for (const candidate of candidates) {
    const name = placeKey(candidate.text);
    const key = `${name}|${candidate.qualifier === null ? '' : placeKey(candidate.qualifier.text)}`;
    let group = groups.get(key);
    if (group === undefined) {
      const { hypotheses, qualified } = readingsOf(gazetteer, candidate);
      group = { key, name, qualified, hypotheses, candidates: [], pick: null };
      groups.set(key, group);
    }
    group.candidates.push(candidate);
  }
  return [...groups.values()];
}

/** Votes, by "country" and "country|admin1" key. */
type Votes = Map<string, number>;

function addVote(votes: Votes, key: string, weight: number): void {
  votes.set(key, (votes.get(key) ?? 0) + weight);
}

/**
 * What one group says about where the article is: its pick, firmly or as a bare town, plus a share
 * of SPREAD_VOTE over every division its towns could lie in (the "Pineville" of a story could be in
 * four states; each gets a quarter), so that small towns that share a state confirm one another.
 */
function votesOf(group: NameGroup): Votes {
  const votes: Votes = new Map();
  const pick = group.pick;
  if (pick !== null && pick.country !== null) {
    const vote = group.qualified || pick.precision !== 'city' ? FIRM_VOTE : TOWN_VOTE;
    addVote(votes, pick.country, vote);
    if (pick.admin1 !== null) addVote(votes, `${pick.country}|${pick.admin1}`, vote);
  }
  const towns = group.hypotheses.filter((h) => h.precision === 'city' && h.country !== null);
  const countries = new Set(towns.map((h) => h.country!));
  const divisions = new Set(towns.filter((h) => h.admin1 !== null).map((h) => `${h.country}|${h.admin1}`));
  // A name found in a dozen states says nothing; one found in a few says something.
  if (countries.size <= MAX_SPREAD) for (const country of countries) addVote(votes, country, SPREAD_VOTE / countries.size);
  if (divisions.size <= MAX_SPREAD) for (const division of divisions) addVote(votes, division, SPREAD_VOTE / divisions.size);
  return votes;
}

/** The evidence each group sees: every other name's votes (a name never vouches for itself). */
function evidenceFor(groups: readonly NameGroup[], datelineCountry: string | null): ArticleEvidence[] {
  const byName = new Map<string, Votes>();
  const total: Votes = new Map();
  for (const group of groups) {
    let own = byName.get(group.name);
    if (own === undefined) byName.set(group.name, (own = new Map()));
    for (const [key, weight] of votesOf(group)) {
      addVote(own, key, weight);
      addVote(total, key, weight);
    }
  }
  return groups.map((group) => {
    const own = byName.get(group.name)!;
    const strength = (key: string): number => Math.min(1, Math.max(0, (total.get(key) ?? 0) - (own.get(key) ?? 0)));
    return { country: (alpha3) => strength(alpha3), admin1: (alpha3, admin1) => strength(`${alpha3}|${admin1}`), datelineCountry };
  });
}

/** Resolves each candidate; a candidate no reading fits keeps a null hypothesis. */
export function resolveByEvidence(gazetteer: Gazetteer, candidates: readonly PlaceCandidate[], datelineCountry: string | null): ResolvedCandidate[] {
  const groups = groupsOf(gazetteer, candidates);
  for (const group of groups) group.pick = bestHypothesis(group.hypotheses, { ...NO_EVIDENCE, datelineCountry });
  for (let round = 1; round < ROUNDS; round++) {
    const evidence = evidenceFor(groups, datelineCountry);
    const picks = groups.map((group, i) => bestHypothesis(group.hypotheses, evidence[i]!));
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
