import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesIn } from './quote-helpers.js';

// The speaker phrase of a cue, found in the right clause (quotes.v4): [text, content starts, speaker].
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // A time adjunct between the subject and its verb.
  ['Senator Ruth Adler (D-Ore.) on Saturday criticized the accord, saying the agreement goes “nowhere near far enough.”', 'nowhere', 'Senator Ruth Adler'],
  ['Senate Democrat Lena Vogt last week said the minister was not the author of the emails.', 'the minister', 'Senate Democrat Lena Vogt'],
  ['The State Department less than two weeks ago said for the first time that the files had passed through the server.', 'the files', 'The State Department'],
  // A dateline opens the sentence.
  ['ARDENNE — Senator Ivo Marek (R-Ore.) on Wednesday downplayed the attack and said it is the same thing as before.', 'it is the same', 'Senator Ivo Marek'],
  ['ARDENNE, Dec. 8 (UPI) — In response to the proposal to close the border crossings along the river, Adler’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”', 'We have to', 'Adler’s right-hand woman'],
  // Fronted phrases before a coordinated cue or a participle.
  ['In April, Marek called the plans “an absolute disgrace,” and threatened to impose a tax on imported cars.', 'to impose', 'Marek'],
  ['At a campaign event in Tarn, Ruritania, on Sunday, Mrs. Vogt tried to expand on her statement, saying that the country should lead.', 'the country should', 'Mrs. Vogt'],
  // One-word asides: an age stays with the name, a sentence adverb does not.
  ['Woodrow Pike, 58, who lives outside Tarn, says he did not know much about the senator.', 'he did not', 'Woodrow Pike, 58'],
  ['Adler, meanwhile, who has no such endorsements, said that the count "speaks volumes about the race."', 'speaks volumes', 'Adler'],
  // A description after a name speaks together with it.
  ['Paul Pike, a delegate from Tarn, said the party needed new rules.', 'the party', 'Paul Pike, a delegate from Tarn'],
  // "went on to say": the infinitive takes the clause's subject.
  ['Marek went on to say: “We will not give up the harbour.”', 'We will not', 'Marek'],
];

for (const [text, starts, speaker] of CASES) {
  test(`speaker from the right clause: ${text.slice(0, 60)}`, () => {
    const quote = quotesIn(text).find((q) => q.text.startsWith(starts));
    assert.ok(quote, `a quote starting "${starts}"`);
    assert.equal(quote.speaker?.text, speaker);
    assert.equal(quote.speaker?.start, text.indexOf(speaker));
  });
}
