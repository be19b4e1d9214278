/**
 * Finders: each proposes datelines of one style at a line start, from the pattern alone. Whether the
 * place, date and agency are real is decided afterwards (dateline-refiners.ts).
 *
 * Every pattern is anchored (sticky) and built from bounded parts: a place is at most five words of
 * letters joined by single spaces, a qualifier at most 40 characters, so no match can backtrack far.
 */
import { MONTH_PATTERN } from './month-names.js';

/** A proposed dateline: offsets into the document's text. */
export interface DatelineCandidate {
  readonly start: number;
  readonly end: number;
  /** The place as written, qualifier included ("IGORA /Leningrad Region/"). */
  readonly placeStart: number;
  readonly placeEnd: number;
  /** The town alone ("IGORA") and its qualifier ("Leningrad Region"), if any. */
  readonly city: string;
  readonly qualifier: string | null;
  readonly month: string | null;
  readonly day: string | null;
  readonly agency: string | null;
  /** The date is misspelt ("Mach 4", "Apri 13"): `month` holds the word as written. */
  readonly oddDate: boolean;
  /** A number follows the dash ("March 3 - 5"). */
  readonly numberAfter: boolean;
  readonly rule: string;
}

export type DatelineFinder = (text: string, lineStart: number) => DatelineCandidate | null;

const WORD = String.raw`[\p{L}][\p{L}\p{M}.'’\-]*`;
// Up to five words; "KYIV/MOSCOW" datelines name several towns, the first is the dateline's.
const PLACE = String.raw`(?<place>(?<city>${WORD}(?: ${WORD}){0,4})(?:/${WORD}(?: ${WORD}){0,3}){0,2})`;
// Wire copy is typed in a hurry: "OAKLAND , N.J.", "PARIS,March 16", "March  2".
const COMMA = String.raw`[ \t]?,[ \t]*`;
const SLASH_QUALIFIER = String.raw` /(?<slashQualifier>[^/\n]{1,40})/`;
const COMMA_QUALIFIER = String.raw`${COMMA}(?<commaQualifier>${WORD}(?: ${WORD}){0,3})`;
const DATE = String.raw`(?:(?<month>${MONTH_PATTERN})\.?[ \t]*(?<day>\d{1,2})|(?<dayFirst>\d{1,2})[ \t]+(?<monthAfter>${MONTH_PATTERN}))(?![\p{L}\d])`;
// A misspelt month ("Marhc 3", "Apri l7") still marks a dateline; its date is read from the word's
// first letters when they name a month (see misspeltMonthNumber), else it is unknown.
const ODD_DATE = String.raw`(?<oddMonth>\p{L}{3,9})\.?[ \t]*\p{L}?(?<oddDay>\d{1,3})`;
// "WASHINGTON, March 25, Reuter -": the agency after the date, as 1987 copy sometimes has it.
const AGENCY_AFTER = String.raw`(?:,[ \t]*(?<agencyAfter>\p{L}{2,20}))?,?`;
// After a space the dash may touch the next word ("March 2 -The", "March 31 -qtr"); an em dash may
// touch both ("(AP)—The"); a hyphen touching both is a compound ("US-German"). A number after it is
// noted: it may make a range ("March 3 - 5") rather than a dateline.
const DASH = String.raw`(?:[ \t]+(?:-{1,3}|—|–|_)(?![-—–])|(?:-{1,3}|_)(?=\s|$)|[—–](?=\s|$|[\p{Lu}"'“‘(<]))(?=(?<numberAfter>[ \t]*\d)?)`;

function sticky(source: string): RegExp {
  return new RegExp(source, 'uy');
}

/** `BEIJING, November 1. /TASS/.` and `IGORA /Leningrad Region/, December 26. /TASS/.` */
const SLASH_AGENCY = sticky(String.raw`${PLACE}(?:${SLASH_QUALIFIER})?(?:${COMMA_QUALIFIER})?(?:${COMMA}${DATE})?\.? /(?<agency>[^/\n]{1,30})/\.?`);
/** `LONDON (Reuters) -`, `MOSCOW, Nov 1 (Reuters) -`, `PORTLAND, Maine (AP) —`, `BEIJING, Nov. 1 (Xinhua) --` */
const PAREN_AGENCY = sticky(String.raw`${PLACE}(?:${SLASH_QUALIFIER})?(?:${COMMA_QUALIFIER})?(?:(?:${COMMA}|[ \t]+)${DATE})? \((?<agency>[^()\n]{1,40})\)(?:${DASH}|:)?`);
/** `WASHINGTON, March 3 -`, `ROCHESTER, N.Y., Feb 26 -`, `RICHMOND, Va. Feb 26 -` (Reuters 1987) */
const DATE_DASH = sticky(String.raw`${PLACE}(?:${COMMA_QUALIFIER})?(?:${COMMA}|[ \t]+)${DATE}${AGENCY_AFTER}${DASH}`);
/** `RENO, Nev., Mach 4 -`, `TORONTO, Apri 13 -`: the Reuters 1987 style with a misspelt month. */
const ODD_DATE_DASH = sticky(String.raw`${PLACE}(?:${COMMA_QUALIFIER})?(?:${COMMA}|[ \t]+)${ODD_DATE}${AGENCY_AFTER}${DASH}`);
/** `WASHINGTON -`, `FORT WORTH, Texas, -`: a place alone before a dash. */
const PLACE_DASH = sticky(String.raw`${PLACE}(?:${COMMA_QUALIFIER})?,?${DASH}`);

function finderFor(pattern: RegExp, rule: string): DatelineFinder {
  return (text, lineStart) => {
    pattern.lastIndex = lineStart;
    const match = pattern.exec(text);
    if (!match?.groups) return null;
    const g = match.groups;
    const place = g.place!;
    const qualifier = g.slashQualifier ?? g.commaQualifier ?? null;
    const placeEnd = qualifier === null ? lineStart + place.length : placeEndOf(match[0], place.length, qualifier, lineStart);
    return {
      start: lineStart,
      end: lineStart + match[0].length,
      placeStart: lineStart,
      placeEnd,
      city: g.city!,
      qualifier: qualifier?.trim() ?? null,
      month: g.month ?? g.monthAfter ?? g.oddMonth ?? null,
      day: g.day ?? g.dayFirst ?? g.oddDay ?? null,
      agency: (g.agency ?? g.agencyAfter)?.trim() ?? null,
      oddDate: g.oddMonth !== undefined,
      numberAfter: g.numberAfter !== undefined,
      rule,
    };
  };
}

/** The end of the written place: after the qualifier, with its closing slash when it has one. */
function placeEndOf(matched: string, after: number, qualifier: string, lineStart: number): number {
  const at = matched.indexOf(qualifier, after) + qualifier.length;
  return lineStart + (matched[at] === '/' ? at + 1 : at);
}

/** The finders in order of preference: an agency is the strongest sign of a dateline. */
export const DATELINE_FINDERS: readonly DatelineFinder[] = [
  finderFor(SLASH_AGENCY, 'slash-agency'),
  finderFor(PAREN_AGENCY, 'paren-agency'),
  finderFor(DATE_DASH, 'date-dash'),
  finderFor(ODD_DATE_DASH, 'odd-date-dash'),
  finderFor(PLACE_DASH, 'place-dash'),
];
