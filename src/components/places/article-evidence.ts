/**
 * What the other names of an article say about where it is, as the evidence-refiner weighs it. Each
 * name votes for the country and division of its pick (firmly when the pick is a country, a state, an
 * area or a qualified town; half as firmly when it is a bare town) and spreads a share over every
 * division its towns could lie in; the text's American forms add a vote of their own (locale-cues.ts).
 * A country or division that some other name states counts fully; one that only bare towns and
 * spread readings suggest counts in proportion to the article's leading one, so that two Australian
 * suburbs do not vouch for each other in a story about Minnesota. Where the readings lie is weighed
 * apart (proximity-evidence.ts).
 *
 * @example evidenceFor(groups, null, 'USA')[0]?.admin1('USA', 'MN') // => 1 when another name is "Minnesota"
 */
import type { PlaceHypothesis } from './place-candidate.js';
import type { ArticleEvidence } from './place-scorer.js';
import { indexReadings, nearbySupport } from './proximity-evidence.js';
import type { ProximityIndex } from './proximity-evidence.js';

// A country, division, area or qualified town is firm evidence; a bare town half as firm.
const FIRM_VOTE = 1;
const TOWN_VOTE = 0.5;
const SPREAD_VOTE = 0.5;
// The text's American forms (locale-cues.ts) weigh as one firm name would, but never count as stated.
const LOCALE_VOTE = 1;
const MAX_SPREAD = 5;
const COUNTY_COUNTRY = 'USA';
const PARISH_DIVISION = 'USA|LA';
// Of a name's readings other than its pick, together this much support for a nearby town.
const SPREAD_NEARBY = 0.5;

/** A name of the article, with its readings and its current pick. */
export interface VotingName {
  /** The name's key (placeKey): a name's spellings are one name. */
  readonly name: string;
  readonly qualified: boolean;
  readonly hypotheses: readonly PlaceHypothesis[];
  /** What the name's readings say whatever its pick (see spreadVotes), computed once. */
  readonly spread: Votes;
  pick: PlaceHypothesis | null;
}

/** Every name's votes by key, and the names that state each key. */
interface Tally {
  readonly votes: Votes;
  /** Keys stated firmly, with the names that stated them. */
  readonly statedBy: Map<string, Set<string>>;
}

/** Votes, by "country" and "country|admin1" key. */
export type Votes = Map<string, number>;

function addVote(votes: Votes, key: string, weight: number): void {
  votes.set(key, (votes.get(key) ?? 0) + weight);
}

/**
 * What one group says about where the article is: its pick, firmly or as a bare town, plus a share
 * of SPREAD_VOTE over every division its towns could lie in (the "Pineville" of a story could be in
 * four states; each gets a quarter), so that small towns that share a state confirm one another.
 */
function votesOf(group: VotingName): Votes {
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

export function spreadVotes(hypotheses: readonly PlaceHypothesis[]): Votes {
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

/** The keys a group's pick states firmly: a country, a division or a qualified town says where it is. */
function statedKeys(group: VotingName): string[] {
  const pick = group.pick;
  if (pick === null || pick.country === null || (!group.qualified && pick.precision === 'city')) return [];
  return pick.admin1 === null ? [pick.country] : [pick.country, `${pick.country}|${pick.admin1}`];
}

function tallyOf(groups: readonly VotingName[], localeCountry: string | null): { total: Tally; byName: Map<string, Votes> } {
  const byName = new Map<string, Votes>();
  const total: Tally = { votes: new Map(), statedBy: new Map() };
  // The text's locale (locale-cues.ts) is a vote no name casts, so no name discounts it.
  if (localeCountry !== null) addVote(total.votes, localeCountry, LOCALE_VOTE);
  for (const group of groups) {
    let own = byName.get(group.name);
    if (own === undefined) byName.set(group.name, (own = new Map()));
    for (const [key, weight] of votesOf(group)) {
      addVote(own, key, weight);
      addVote(total.votes, key, weight);
    }
    for (const key of statedKeys(group)) {
      let names = total.statedBy.get(key);
      if (names === undefined) total.statedBy.set(key, (names = new Set()));
      names.add(group.name);
    }
  }
  return { total, byName };
}

/** What one group sees: the other names' votes and readings (a name never vouches for itself). */
class GroupEvidence implements ArticleEvidence {
  readonly datelineCountry: string | null;
  private readonly total: Tally;
  private readonly own: Votes;
  private readonly name: string;
  private readonly readings: ProximityIndex;
  // The leading votes of a country and of a division, found on first need.
  private leading: { country: number; division: number } | null = null;

  constructor(total: Tally, own: Votes, name: string, readings: ProximityIndex, datelineCountry: string | null) {
    this.total = total;
    this.own = own;
    this.name = name;
    this.readings = readings;
    this.datelineCountry = datelineCountry;
  }

  country(alpha3: string): number {
    return this.strength(alpha3);
  }

  admin1(alpha3: string, admin1: string): number {
    return this.strength(`${alpha3}|${admin1}`);
  }

  nearby(hypothesis: PlaceHypothesis): number {
    return nearbySupport(this.readings, hypothesis, this.name);
  }

  private raw(key: string): number {
    return Math.max(0, (this.total.votes.get(key) ?? 0) - (this.own.get(key) ?? 0));
  }

  /** 0..1: a key another name states counts fully; one only suggested, in proportion to the leading key of its kind. */
  private strength(key: string): number {
    const votes = this.raw(key);
    if (votes === 0) return 0;
    const stated = this.total.statedBy.get(key);
    if (stated !== undefined && (stated.size > 1 || !stated.has(this.name))) return Math.min(1, votes);
    return Math.min(1, votes) * Math.min(1, votes / this.leadingOf(key));
  }

  private leadingOf(key: string): number {
    if (this.leading === null) {
      const leading = { country: 1, division: 1 };
      for (const other of this.total.votes.keys()) {
        if (other.includes('|')) leading.division = Math.max(leading.division, this.raw(other));
        else leading.country = Math.max(leading.country, this.raw(other));
      }
      this.leading = leading;
    }
    return key.includes('|') ? this.leading.division : this.leading.country;
  }
}

/** The evidence each group sees; null for a group with one reading, which needs none. */
export function evidenceFor(groups: readonly VotingName[], datelineCountry: string | null, localeCountry: string | null): (ArticleEvidence | null)[] {
  const { total, byName } = tallyOf(groups, localeCountry);
  const readings = indexReadings(groups, SPREAD_NEARBY);
  return groups.map((group) => (group.hypotheses.length > 1 ? new GroupEvidence(total, byName.get(group.name)!, group.name, readings, datelineCountry) : null));
}
