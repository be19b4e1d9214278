/**
 * Refiner: resolves every candidate by the article's own evidence. Names are grouped (one sense per
 * article: every "Gainesville" of a story is the same town), each group's readings are narrowed by
 * its qualifier ("Paris, Texas") or the text calling it a state, and a country name keeps its towns
 * only as namesakes. Then three rounds: each group picks its best reading, the picks vote for their
 * countries and divisions and lie somewhere (proximity-evidence.ts), and every group picks again with
 * the votes and towns of the *other* groups as evidence (a name never vouches for itself).
 *
 * @example resolveByEvidence(gazetteer, candidates, 'ISR') // => [{ candidate, hypothesis: { name: 'Jerusalem', ... }, rule: 'evidence' }]
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { placeKey } from '../../gazetteer/place-key.js';
import type { PlaceCandidate, PlaceHypothesis, ResolvedCandidate } from './place-candidate.js';
import { placeHypotheses } from './place-hypotheses.js';
import { bestHypothesis, NO_EVIDENCE } from './place-scorer.js';
import { indexReadings, nearbySupport } from './proximity-evidence.js';
import type { ArticleEvidence } from './place-scorer.js';

const ROUNDS = 3;
// A country, division, area or qualified town is firm evidence; a bare town half as firm.
const FIRM_VOTE = 1;
const TOWN_VOTE = 0.5;
const SPREAD_VOTE = 0.5;
const MAX_SPREAD = 5;
const COUNTY_COUNTRY = 'USA';
const PARISH_DIVISION = 'USA|LA';
// Of a name's readings other than its pick, together this much support for a nearby town.
const SPREAD_NEARBY = 0.5;

interface NameGroup {
  readonly key: string;
  readonly name: string;
  readonly qualified: boolean;
  readonly hypotheses: readonly PlaceHypothesis[];
  readonly candidates: PlaceCandidate[];
  /** What the name's readings say whatever its pick (see spreadVotes), computed once. */
  readonly spread: Votes;
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

function groupsOf(gazetteer: Gazetteer, candidates: readonly PlaceCandidate[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  for (const candidate of candidates) {
    const name = placeKey(candidate.text);
    const key = `${name}|${candidate.qualifier === null ? '' : placeKey(candidate.qualifier.text)}|${candidate.division === true ? 'division' : ''}`;
    let group = groups.get(key);
    if (group === undefined) {
      const { hypotheses, qualified } = readingsOf(gazetteer, candidate);
      group = { key, name, qualified, hypotheses, candidates: [], spread: spreadVotes(hypotheses), pick: null };
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
  // "X County" with no state is, in English-language news, nearly always American; a parish, Louisianan.
  if (pick !== null && pick.featureCode === 'ADM2' && pick.country === null) {
    addVote(votes, COUNTY_COUNTRY, TOWN_VOTE);
    if (/ Parish$/u.test(pick.name)) addVote(votes, PARISH_DIVISION, TOWN_VOTE);
  }
  if (pick !== null && pick.country !== null) {
    const vote = group.qualified || pick.precision !== 'city' ? FIRM_VOTE : TOWN_VOTE;
    addVote(votes, pick.country, vote);
    if (pick.admin1 !== null) addVote(votes, `${pick.country}|${pick.admin1}`, vote);
  }
  for (const [key, weight] of group.spread) addVote(votes, key, weight);
  return votes;
}

// The spread of a list of readings does not change between rounds or articles: kept per list.
const SPREADS = new WeakMap<readonly PlaceHypothesis[], Votes>();

function spreadVotes(hypotheses: readonly PlaceHypothesis[]): Votes {
  let votes = SPREADS.get(hypotheses);
  if (votes !== undefined) return votes;
  votes = new Map();
  const towns = hypotheses.filter((h) => h.precision === 'city' && h.country !== null);
  const countries = new Set(towns.map((h) => h.country!));
  const divisions = new Set(towns.filter((h) => h.admin1 !== null).map((h) => `${h.country}|${h.admin1}`));
  // A name found in a dozen states says nothing; one found in a few says something.
  if (countries.size <= MAX_SPREAD) for (const country of countries) addVote(votes, country, SPREAD_VOTE / countries.size);
  if (divisions.size <= MAX_SPREAD) for (const division of divisions) addVote(votes, division, SPREAD_VOTE / divisions.size);
  SPREADS.set(hypotheses, votes);
  return votes;
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
  const readings = indexReadings(groups, SPREAD_NEARBY);
  return groups.map((group) => {
    const own = byName.get(group.name)!;
    const strength = (key: string): number => Math.min(1, Math.max(0, (total.get(key) ?? 0) - (own.get(key) ?? 0)));
    return {
      country: (alpha3) => strength(alpha3),
      admin1: (alpha3, admin1) => strength(`${alpha3}|${admin1}`),
      nearby: (h) => nearbySupport(readings, h, group.name),
      datelineCountry,
    };
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
