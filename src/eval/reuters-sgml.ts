/**
 * Reads the Reuters-21578 SGML files (`reut2-NNN.sgm`): one `<REUTERS>` element per story with
 * `<DATE>`, `<PLACES>` and `<TEXT>` holding `<DATELINE>` and `<BODY>`. The files are not well-formed
 * XML (stray `<` in text, control-character entities), so elements are cut out by their tags.
 * Files are ASCII with a few latin1 bytes: read them as latin1.
 *
 * @example parseReutersSgml('<REUTERS NEWID="9"><DATE>26-FEB-1987 15:17:11.20</DATE>...</REUTERS>')
 *   // => [{ id: '9', published: '1987-02-26T15:17:11Z', dateline: ..., body: ..., places: [...] }]
 */
export interface ReutersStory {
  readonly id: string;
  /** ISO date-time from `<DATE>`, or null when it cannot be read. */
  readonly published: string | null;
  /** `<DATELINE>` as written, entities decoded, e.g. "    ROCHESTER, N.Y., Feb 26 - ". */
  readonly dateline: string | null;
  readonly body: string | null;
  /** `<PLACES>` codes ("usa", "west-germany"). */
  readonly places: readonly string[];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const SGML_DATE = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})/;

/** "26-FEB-1987 15:17:11.20" → "1987-02-26T15:17:11Z" */
export function reutersDate(written: string): string | null {
  const match = SGML_DATE.exec(written);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2]!) + 1;
  if (month === 0) return null;
  const pad = (value: string | number) => String(value).padStart(2, '0');
  return `${match[3]}-${pad(month)}-${pad(match[1]!)}T${match[4]}:${match[5]}:${match[6]}Z`;
}

/** Decodes the entities the collection uses; control characters (&#2; &#3; ...) become nothing. */
export function decodeSgml(text: string): string {
  return text.replace(/&(lt|gt|amp|#\d{1,5});/g, (_entity, name: string) => {
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'amp') return '&';
    const code = Number(name.slice(1));
    return code < 32 && code !== 10 ? '' : String.fromCharCode(code);
  });
}

function element(story: string, tag: string): string | null {
  const open = story.indexOf(`<${tag}>`);
  if (open < 0) return null;
  const from = open + tag.length + 2;
  const close = story.indexOf(`</${tag}>`, from);
  return close < 0 ? null : story.slice(from, close);
}

function parseStory(story: string): ReutersStory {
  const id = /NEWID="(\d+)"/.exec(story)?.[1] ?? '';
  const date = element(story, 'DATE');
  const dateline = element(story, 'DATELINE');
  const body = element(story, 'BODY');
  const places = [...(element(story, 'PLACES') ?? '').matchAll(/<D>([^<]*)<\/D>/g)].map((match) => match[1]!);
  return {
    id,
    published: date === null ? null : reutersDate(date),
    dateline: dateline === null ? null : decodeSgml(dateline),
    body: body === null ? null : decodeSgml(body),
    places,
  };
}

/** Every story in one .sgm file's text. */
export function parseReutersSgml(text: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  let at = text.indexOf('<REUTERS');
  while (at >= 0) {
    const end = text.indexOf('</REUTERS>', at);
    if (end < 0) break;
    stories.push(parseStory(text.slice(at, end)));
    at = text.indexOf('<REUTERS', end);
  }
  return stories;
}
