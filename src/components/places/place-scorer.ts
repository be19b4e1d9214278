/**
 * Scores one reading of a place name against the article's own evidence. The weights, in one table:
 *
 * | weight | what it rewards |
 * |---|---|
 * | country 8 | a country name is the country, never a town that bears it (the towns are dropped, unless qualified) |
 * | area 7.5, admin1 7 | a written territory, region or sea; a state or province ("Georgia" the state needs the article's American evidence to beat the country) |
 * | county 5 | "Laurel County": placed later by its state |
 * | town: 1 a tenfold of population, +1 national capital, +0.5 first-level seat, +1.5 project place, -2 alternate name only | "pick the most populous", with capitals and known spellings ahead |
 * | articleCountry 3, articleAdmin1 2.5 | the other places of the article lie in this country / this state (a thousandfold and a three-hundredfold of population) |
 * | datelineCountry 2 | the dateline names this country |
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
  articleCountry: 3,
  articleAdmin1: 2.5,
  datelineCountry: 2,
  qualifier: 20,
} as const;

/** What the rest of the article says: how strongly each country and division is attested (0..1). */
export interface ArticleEvidence {
  country(alpha3: string): number;
  admin1(alpha3: string, admin1: string): number;
  readonly datelineCountry: string | null;
}

export const NO_EVIDENCE: ArticleEvidence = { country: () => 0, admin1: () => 0, datelineCountry: null };

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
      return score;
    }
  }
}

export function scoreHypothesis(hypothesis: PlaceHypothesis, evidence: ArticleEvidence): number {
  let score = priorOf(hypothesis);
  const country = hypothesis.country;
  if (country !== null) {
    score += PLACE_WEIGHTS.articleCountry * evidence.country(country);
    if (hypothesis.admin1 !== null && hypothesis.precision !== 'country') score += PLACE_WEIGHTS.articleAdmin1 * evidence.admin1(country, hypothesis.admin1);
    if (country === evidence.datelineCountry) score += PLACE_WEIGHTS.datelineCountry;
  }
  return score;
}

/** The best-scoring reading; ties keep the earlier one. */
export function bestHypothesis(hypotheses: readonly PlaceHypothesis[], evidence: ArticleEvidence): PlaceHypothesis | null {
  let best: PlaceHypothesis | null = null;
  let bestScore = -Infinity;
  for (const hypothesis of hypotheses) {
    const score = scoreHypothesis(hypothesis, evidence);
    if (score > bestScore) {
      best = hypothesis;
      bestScore = score;
    }
  }
  return best;
}
