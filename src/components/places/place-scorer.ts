/**
 * Scores one reading of a place name against the article's own evidence. The weights, in one table:
 *
 * | weight | what it rewards |
 * |---|---|
 * | country 8 | a country name is the country, never a town that bears it (the towns are dropped, unless qualified) |
 * | area 7.5, admin1 7 | a written territory, region or sea; a state or province ("Georgia" the state needs the article's American evidence to beat the country) |
 * | county 5 | "Laurel County": placed later by its state |
 * | town: 1 a tenfold of population, +1 national capital, +0.5 first-level seat, +1.5 project place, -2 alternate name only, -3 a country's namesake | "pick the most populous", with capitals and known spellings ahead |
 * | articleCountry 3, articleAdmin1 2.5 | the other places of the article lie in this country / this state (a thousandfold and a three-hundredfold of population) |
 * | datelineCountry 2 | the dateline names this country |
 * | nearby 2 a name, at most 2 names | other names of the article have a town within 40 km (less out to 160 km): local news names neighbouring towns |
 * | qualifier 20 | "Paris, Texas": the written region or country contains it |
 *
 * @example scoreHypothesis(town, evidence) // larger is likelier
 */
import type { PlaceHypothesis } from './place-candidate.js';

export const PLACE_WEIGHTS = {
  country: 8,
  area: 7.5,
  admin1: 7,
  county: 5,
  populationDecade: 1,
  capital: 1,
  admin1Seat: 0.5,
  projectTown: 1.5,
  alternateOnly: -2,
  namesake: -3,
  articleCountry: 3,
  articleAdmin1: 2.5,
  datelineCountry: 2,
  nearby: 2,
  nearbyNames: 2,
  qualifier: 20,
} as const;

/** What the rest of the article says: how strongly each country and division is attested (0..1). */
export interface ArticleEvidence {
  country(alpha3: string): number;
  admin1(alpha3: string, admin1: string): number;
  /** How many of the article's other names have a reading near this one (see proximity-evidence.ts). */
  nearby(hypothesis: PlaceHypothesis): number;
  readonly datelineCountry: string | null;
}

export const NO_EVIDENCE: ArticleEvidence = { country: () => 0, admin1: () => 0, nearby: () => 0, datelineCountry: null };

function priorOf(hypothesis: PlaceHypothesis): number {
  const w = PLACE_WEIGHTS;
  switch (hypothesis.precision) {
    case 'country': return w.country;
    case 'admin1': return w.admin1;
    case 'region': return hypothesis.featureCode === 'ADM2' ? w.county : w.area;
    case 'point': return w.area;
    case 'city': {
      let score = w.populationDecade * Math.log10(hypothesis.population + 10);
      if (hypothesis.featureCode === 'PPLC') score += w.capital;
      else if (hypothesis.featureCode === 'PPLA') score += w.admin1Seat;
      if (hypothesis.project) score += w.projectTown;
      if (!hypothesis.mainName) score += w.alternateOnly;
      if (hypothesis.namesake === true) score += w.namesake;
      return score;
    }
  }
}

/** The score without the nearby towns (which cost the most to weigh, and add at most NEARBY_MOST). */
function baseScore(hypothesis: PlaceHypothesis, evidence: ArticleEvidence): number {
  let score = priorOf(hypothesis);
  const country = hypothesis.country;
  if (country !== null) {
    score += PLACE_WEIGHTS.articleCountry * evidence.country(country);
    if (hypothesis.admin1 !== null && hypothesis.precision !== 'country') score += PLACE_WEIGHTS.articleAdmin1 * evidence.admin1(country, hypothesis.admin1);
    if (country === evidence.datelineCountry) score += PLACE_WEIGHTS.datelineCountry;
  }
  return score;
}

const NEARBY_MOST = PLACE_WEIGHTS.nearby * PLACE_WEIGHTS.nearbyNames;

function nearbyScore(hypothesis: PlaceHypothesis, evidence: ArticleEvidence): number {
  return PLACE_WEIGHTS.nearby * Math.min(PLACE_WEIGHTS.nearbyNames, evidence.nearby(hypothesis));
}

export function scoreHypothesis(hypothesis: PlaceHypothesis, evidence: ArticleEvidence): number {
  return baseScore(hypothesis, evidence) + nearbyScore(hypothesis, evidence);
}

/** The best-scoring reading; ties keep the earlier one. */
export function bestHypothesis(hypotheses: readonly PlaceHypothesis[], evidence: ArticleEvidence): PlaceHypothesis | null {
  // A name with one reading needs no weighing (most names: scoring is the costly part).
  if (hypotheses.length <= 1) return hypotheses[0] ?? null;
  const bases = hypotheses.map((hypothesis) => baseScore(hypothesis, evidence));
  const leading = Math.max(...bases);
  let best: PlaceHypothesis | null = null;
  let bestScore = -Infinity;
  hypotheses.forEach((hypothesis, i) => {
    // A reading that could not reach the leading base score even with every nearby town is not weighed further.
    const base = bases[i]!;
    if (base + NEARBY_MOST < leading) return;
    const score = base + nearbyScore(hypothesis, evidence);
    if (score > bestScore) {
      best = hypothesis;
      bestScore = score;
    }
  });
  return best;
}
