/**
 * The article's locale from how it is written: American local news names its home implicitly ("the
 * Dublin City Council", "a Lebanon woman") but writes American institutions and forms while doing
 * so: a county sheriff's office, a township, a superior or circuit court, a state representative
 * ("Rep. Smith", "D-Oakland"), an interstate or county road, a street address ("400 S. Locust St."),
 * a North American telephone number. Such a text votes for the United States as one more name would:
 * it tips an ambiguous town toward its American namesake, and a country another name states still
 * counts fully beside it (article-evidence.ts).
 * Dollar amounts and miles are not cues: wire services write them about every country. Nor are a
 * city council or a bare sheriff: British, Irish and Scottish local news has both.
 *
 * @example localeCountry("Deputies of the Walker County Sheriff's Office said ...") // => 'USA'
 */

// One alternation of literal cues; each branch is anchored by literal words, so matching is linear.
const AMERICAN_CUES = new RegExp([
  String.raw`\bSheriff(?:'s|’s) (?:Office|Department)\b`,
  String.raw`\bCounty Sheriff\b`,
  String.raw`\bTownship\b`,
  String.raw`\b(?:Superior|Circuit) Court\b`,
  String.raw`\b(?:Rep|Sen)\. \p{Lu}`,
  String.raw`\b[RD]-\p{Lu}\p{Ll}`,
  String.raw`\b(?:Interstate \d|I-\d|State Route \d|County Road \d)`,
  String.raw`\b\d+ (?:[NSEW]\. )?\p{Lu}\p{Ll}+ (?:St|Ave|Blvd|Rd)\.`,
  String.raw`(?:\b|\()\d{3}(?:\) ?|-)\d{3}-\d{4}\b`,
  String.raw`\b(?:school district|School District|Police Department)\b`,
].join('|'), 'u');

/** 'USA' when the text is written as American local news is, else null. */
export function localeCountry(text: string): string | null {
  return AMERICAN_CUES.test(text) ? 'USA' : null;
}
