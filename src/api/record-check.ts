/**
 * Checks what a JSON schema cannot: that every span of a posted record is true of its text
 * (`text === record.text.slice(start, end)`). A record whose offsets lie is refused, so the store
 * never holds evidence that points at the wrong words.
 */
import type { Span } from '../document/span.js';
import type { OutputRecord } from '../output/record.js';

function spansOf(record: OutputRecord): [string, Span][] {
  const out: [string, Span][] = [];
  if (record.dateline) out.push(['dateline', record.dateline]);
  record.entities.forEach((e, i) => e.mentions.forEach((m, j) => out.push([`entities[${i}].mentions[${j}]`, m])));
  record.times.forEach((t, i) => out.push([`times[${i}]`, t]));
  record.places.forEach((p, i) => out.push([`places[${i}]`, p]));
  record.quotes.forEach((q, i) => {
    out.push([`quotes[${i}]`, q]);
    if (q.speaker) out.push([`quotes[${i}].speaker`, q.speaker]);
    if (q.cue) out.push([`quotes[${i}].cue`, q.cue]);
  });
  record.events.forEach((e, i) => out.push([`events[${i}]`, e]));
  return out;
}

/** The first span that does not match the text, described for the user, or null when all do. */
export function findFalseSpan(record: OutputRecord): string | null {
  for (const [where, span] of spansOf(record)) {
    if (span.end < span.start || span.end > record.text.length || record.text.slice(span.start, span.end) !== span.text) {
      return `${where}: text ${JSON.stringify(span.text.slice(0, 40))} is not at ${span.start}..${span.end} of the article text`;
    }
  }
  return null;
}
