/**
 * A voice that carries on: a direct quote with no cue and no speaker of its own, standing just
 * after an attribution (direct or reported: `Carter said that ... \n\n“That’s because ...”`),
 * continues it and takes its speaker. The chain breaks on a paragraph of narration or on more
 * than a couple of sentences in between.
 *
 * @example '... Lenz said the talks failed.\n\n“We will not sign.”' → the second quote's speaker is "Lenz"
 */
import type { QuoteCandidate } from './quote-candidate.js';

/** The longest gap, in characters, over which an uncued quote continues the previous one. */
const MAX_CARRY_GAP = 400;
/** Sentence ends allowed in that gap: the previous frame's own, and one sentence about the speaker. */
const MAX_CARRY_ENDS = 2;

const OPENING_MARKS = /["“'‘«]/g;

/** A full stop after a title or an initial ("Mrs.", "Sen.", "B.") ends no sentence. */
function afterTitle(text: string, dot: number): boolean {
  return text[dot] === '.' && /(?:^|[\s(])\p{Lu}\p{Ll}{0,3}$/u.test(text.slice(Math.max(0, dot - 6), dot));
}

/**
 * True when little but the previous attribution's own frame lies between it and the next quote:
 * at most two sentence ends (`," he said. He paused. "...`) and no new paragraph of narration,
 * so a stretch of narration breaks the chain.
 */
export function continues(text: string, from: number, to: number): boolean {
  if (from < 0 || to - from > MAX_CARRY_GAP) return false;
  // A paragraph of narration in between (`...\n\nThe prime minister offered talks. "..."`) ends the voice.
  const paragraph = text.lastIndexOf('\n', to);
  // The quote's own opening mark, which its span leaves out, is no narration.
  if (paragraph > from && text.slice(paragraph, to).replace(OPENING_MARKS, '').trim() !== '') return false;
  let ends = 0;
  for (let i = from; i < to; i++) {
    if ((text[i] === '.' || text[i] === '!' || text[i] === '?') && /\s/.test(text[i + 1] ?? ' ') && !afterTitle(text, i)) ends++;
  }
  return ends <= MAX_CARRY_ENDS;
}

/** Rules of quotes inside a sentence that is not theirs to frame. */
const MID_SENTENCE = new Set(['direct.partial', 'direct.subject']);

/** Candidates in text order; speakerless uncued direct quotes take the speaker of the attribution before them. */
export function carrySpeakers(text: string, candidates: readonly QuoteCandidate[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  let voice: QuoteCandidate | null = null;
  for (const c of candidates) {
    if (c.direct && c.cue === null && c.speaker === null && voice !== null && continues(text, voice.end, c.start)) {
      const carried: QuoteCandidate = { ...c, speaker: voice.speaker, rule: 'direct.continued' };
      out.push(carried);
      voice = carried;
      continue;
    }
    out.push(c);
    // A partial quote inside someone's sentence is not a voice that carries on.
    if (c.speaker !== null && !MID_SENTENCE.has(c.rule) && c.end > (voice?.end ?? -1)) voice = c;
  }
  return out;
}
