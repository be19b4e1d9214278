/**
 * The seed layout: a first token `date YYYY-MM-DD`, then the story. The header gives the
 * publication date and is not part of the story's text.
 *
 * @example splitSeedHeader(' date 2023-11-01 BEIJING, November 1. /TASS/. ...')
 *   // => { published: '2023-11-01', text: 'BEIJING, November 1. /TASS/. ...' }
 */
const SEED_HEADER = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s)\s*/;

export function splitSeedHeader(text: string): { published: string | null; text: string } {
  const match = SEED_HEADER.exec(text);
  if (!match || !isCalendarDate(match[1]!)) return { published: null, text };
  return { published: match[1]!, text: text.slice(match[0].length) };
}

/** True for a real YYYY-MM-DD day (not 2023-02-30). */
export function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}
