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

function readingsOf(gazetteer: Gazetteer, candidate: PlaceCandidate): { hypotheses: PlaceHypothesis[]; qualified: boolean } {
  const all = placeHypotheses(gazetteer, candidate.text);
  if (candidate.qualifier !== null) {
    const outer = placeHypotheses(gazetteer, candidate.qualifier.text, true).filter((h) => h.precision === 'country' || h.precision === 'admin1');
    const inside = all.filter((h) => outer.some((o) => contains(o, h)));
    if (inside.length > 0) return { hypotheses: inside, qualified: true };
  }
  // A country name is the country: its towns ("Lebanon, Ohio") are reached only through a qualifier.
  if (all.some((h) => h.precision === 'country')) return { hypotheses: all.filter((h) => h.precision !== 'city'), qualified: false };
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

function evidenceExcept(groups: readonly NameGroup[], self: NameGroup, datelineCountry: string | null): ArticleEvidence {
  const countries = new Map<string, number>();
  const admin1s = new Map<string, number>();
  for (const group of groups) {
    const pick = group.pick;
    if (group.name === self.name || pick === null || pick.country === null) continue;
    const vote = group.qualified || pick.precision !== 'city' ? FIRM_VOTE : TOWN_VOTE;
    countries.set(pick.country, (countries.get(pick.country) ?? 0) + vote);
    if (pick.admin1 !== null) admin1s.set(`${pick.country}|${pick.admin1}`, (admin1s.get(`${pick.country}|${pick.admin1}`) ?? 0) + vote);
  }
  return {
    country: (alpha3) => Math.min(1, countries.get(alpha3) ?? 0),
    admin1: (alpha3, admin1) => Math.min(1, admin1s.get(`${alpha3}|${admin1}`) ?? 0),
    datelineCountry,
  };
}

/** Resolves each candidate; a candidate no reading fits keeps a null hypothesis. */
export function resolveByEvidence(gazetteer: Gazetteer, candidates: readonly PlaceCandidate[], datelineCountry: string | null): ResolvedCandidate[] {
  const groups = groupsOf(gazetteer, candidates);
  for (const group of groups) group.pick = bestHypothesis(group.hypotheses, { ...NO_EVIDENCE, datelineCountry });
  for (let round = 1; round < ROUNDS; round++) {
    const picks = groups.map((group) => bestHypothesis(group.hypotheses, evidenceExcept(groups, group, datelineCountry)));
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
