import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLabels } from '../../../src/components/quotes/label-finder.js';
import { quotesIn } from './quote-helpers.js';

test('a headline opening with a name and a colon is that name\'s', () => {
  const text = 'Marek: No outside influence on the bridge inquiry\n\nThe mayor said on Tuesday that she would accept the findings.';
  const [label] = findLabels(text);
  assert.equal(label?.speaker?.text, 'Marek');
  assert.equal(label?.cue?.text, ':');
  assert.equal(text.slice(label!.start, label!.end), 'No outside influence on the bridge inquiry');
  assert.equal(label?.start, text.indexOf('No outside'));
  assert.equal(label?.rule, 'reported.label');
});

test('in the body only a label in capitals counts, as in a transcript', () => {
  const text = 'Partial transcript as follows:\n\nJANE ROE: Mayor Pike released a video on Friday about the flood.\n\nPIKE: I think the town needs to work together now.\n\nNote: the interview was edited for length.';
  const labels = findLabels(text);
  assert.deepEqual(labels.map((l) => l.speaker?.text), ['JANE ROE', 'PIKE']);
});

test('section labels and short or lower-case openings are no speakers', () => {
  for (const text of [
    'The Latest: Vogt to give away an engraved shotgun',
    'Watch: Adler speaks at the harbour',
    'Marek: Yes',
    'Delegate Update: The latest count in the race for the nomination',
    'what happened: a quiet day at the council',
  ]) assert.deepEqual(findLabels(text), [], text);
});

test('a label line in the quotes layer: the inner cues belong to the labelled speaker', () => {
  const text = 'Adler: Voters Will Say No to the Tunnel Plan\n\nBody text here.';
  const quotes = quotesIn(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.speaker?.text, 'Adler');
});

test('a name right before a colon speaks, but not after a preposition', () => {
  const named = quotesIn('The finding does not surprise pollster Daron Shaw: "Voters are tired of the old parties and their games."');
  assert.equal(named[0]?.speaker?.text, 'Daron Shaw');
  const hearer = quotesIn('Jeb Pike explained what was wrong with the image to the Dutch newspaper Het Blad: "What he did was so insensitive."');
  assert.equal(hearer[0]?.speaker?.text, 'Jeb Pike');
  const timed = quotesIn('Lena Vogt gave the technique a whirl in an interview on Tuesday: "You can easily argue that the plan is wrong."');
  assert.equal(timed[0]?.speaker?.text, 'Lena Vogt');
  const dashed = quotesIn('STATES SHIFT RIGHT - Jeffrey Jones: "The analysis finds that 20 states are solidly Republican."');
  assert.equal(dashed[0]?.speaker?.text, 'Jeffrey Jones');
});
