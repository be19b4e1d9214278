/**
 * What the places component's finders propose and its refiners resolve: a span of the text that may
 * name a place, where it came from, and the qualifier written after it ("Paris, Texas").
 */
import type { EntityType, PlacePrecision } from '../../document/layers.js';
import type { Span } from '../../document/span.js';

export interface PlaceCandidate extends Span {
  /** 'entity' when the entities layer typed it a place, 'scan' when the gazetteer scan found it. */
  readonly source: 'entity' | 'scan';
  /** The entities layer's type for an entity candidate, null for a scan candidate. */
  readonly entityType: EntityType | null;
  /** The region or country written right after it, after a comma ("Texas" in "Paris, Texas"). */
  readonly qualifier: Span | null;
  /** Evidence only: a place inside an organisation's name ("Texas Ranger") tells where the article is, but is not output. */
  readonly hidden?: boolean;
  /** The text says it is a state or province ("Washington state", "Utah, Washington and Oregon"). */
  readonly division?: boolean;
  /** The text lists it among counties or parishes ("Barrow, Jackson and Madison counties"): the word it stands for. */
  readonly county?: 'County' | 'Parish';
  /** A country's name the text uses as a town's ("a Palestine man", "Jolly, 60, Lebanon"): see town-use.ts. */
  readonly townUse?: boolean;
}

/** One reading of a name: a country, a division, a town or an area, with what the scorer weighs. */
export interface PlaceHypothesis {
  readonly name: string;
  readonly precision: PlacePrecision;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  /** Inhabitants of a town, 0 otherwise or when unknown. */
  readonly population: number;
  /** GeoNames feature code for a town (PPLC, PPLA, PPL), else ''. */
  readonly featureCode: string;
  /** False when only an alternate name matched ("Philadelphia" for Amman). */
  readonly mainName: boolean;
  /** From the project's own files (places.tsv, areas.tsv). */
  readonly project: boolean;
  /** A town bearing a country's name ("Palestine", Texas): it needs local evidence to beat the country. */
  readonly namesake?: boolean;
}

/** A candidate with the reading chosen for it and the rule that chose it. */
export interface ResolvedCandidate {
  readonly candidate: PlaceCandidate;
  readonly hypothesis: PlaceHypothesis | null;
  readonly rule: string;
}
