import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, decodeSignature, encodeSignature, NEAR_TEXT_THRESHOLD, similarity, storyTitleKey, textSignature } from '../../src/store/near-duplicate.js';

const TITLES: [string | null, string | null][] = [
  ['Veldora and Ostrava Minor resume border talks - The Daily Courier', 'veldora and ostrava minor resume border talks'],
  ['Veldora and Ostrava Minor resume border talks | Reuters', 'veldora and ostrava minor resume border talks'],
  ['Veldora, Ostrava Minor resume border talks — BBC News', 'veldora ostrava minor resume border talks'],
  ['VELDORA AND OSTRAVA MINOR RESUME BORDER TALKS', 'veldora and ostrava minor resume border talks'],
  // A long tail after the dash is part of the headline, not an outlet.
  ['Talks collapse - ministers walk out of the Lindgrad meeting after six hours', 'talks collapse ministers walk out of the lindgrad meeting after six hours'],
];
const TOO_SHORT: (string | null)[] = [null, 'Update', 'World news - Reuters', 'Markets wrap | Courier'];

for (const [title, key] of TITLES) {
  test(`title key of ${JSON.stringify(title)}`, () => assert.equal(storyTitleKey(title), key));
}
for (const title of TOO_SHORT) {
  test(`title ${JSON.stringify(title)} is too short to group on`, () => assert.equal(storyTitleKey(title), null));
}

// An attribution tail is written after a dash by one outlet and after a colon or comma by another:
// the keys must agree, whichever form, with or without an outlet suffix after it.
const SAME_STORY: [string, string][] = [
  ['Lindgrad clinic closes its wards, two patients die - Veldora health ministry', 'Lindgrad clinic closes its wards, two patients die: Veldora health ministry'],
  ['Hundreds of Ostravan pupils moved to camps in the north - Marren university study', 'Hundreds of Ostravan pupils moved to camps in the north: Marren university study'],
  ['Veldora reports first case of swine fever, to cull 3,000 pigs - VBC', 'Veldora reports first case of swine fever; to cull 3,000 pigs: VBC'],
  ['Former Veldoran leader honoured by family and old rivals — including his successor', 'Former Veldoran leader honoured by family and old rivals, including his successor'],
  ['Shelling cuts power to three Ostravan border towns, officials say', 'Shelling cuts power to three Ostravan border towns - officials'],
  ['Lindgrad clinic closes its wards, two patients die: Veldora health ministry - The Daily Courier', 'Lindgrad clinic closes its wards, two patients die - Veldora health ministry'],
];
for (const [a, b] of SAME_STORY) {
  test(`one title key for ${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => {
    assert.notEqual(storyTitleKey(a), null);
    assert.equal(storyTitleKey(a), storyTitleKey(b));
  });
}

// Near misses: a shared head with a different tail that is no attribution is a different story.
const DIFFERENT_STORIES: [string, string][] = [
  // A short topic before a colon is a label, not a headline.
  ['Veldora election: turnout hits record', 'Veldora election: opposition concedes defeat'],
  // Episodes of a series: the tail opens with an article; the head opens with a question word.
  ['Letters from the Ostravan northern front lines: A night patrol', 'Letters from the Ostravan northern front lines: An abandoned school'],
  ['What the Lindgrad city council needs to know: flood risk', 'What the Lindgrad city council needs to know: budget cuts'],
  // A list after a comma, and a second clause after a comma, are part of the news.
  ['Veldora says its jets struck militant camps in Ostrava, Marren', 'Veldora says its jets struck militant camps in Ostrava, Tesland'],
  ['Fire in Lindgrad apartment block kills five, injures ten', 'Fire in Lindgrad apartment block kills five, school closed'],
  // A quotation after the colon is what was said, not who said it.
  ['Veldoran minister resigns over the port contract scandal: "I was misled"', 'Veldoran minister resigns over the port contract scandal: "I did nothing wrong"'],
];
for (const [a, b] of DIFFERENT_STORIES) {
  test(`different title keys for ${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => {
    assert.notEqual(storyTitleKey(a), storyTitleKey(b));
  });
}

test('an attribution tail is dropped only after a headline of six words or more', () => {
  assert.equal(storyTitleKey('Lindgrad clinic closes its wards: Veldora health ministry'), 'lindgrad clinic closes its wards veldora health ministry');
  assert.equal(storyTitleKey('Lindgrad clinic closes all its wards: Veldora health ministry'), 'lindgrad clinic closes all its wards');
});

const WIRE = 'LINDGRAD, Oct 5 - Veldora and Ostrava Minor resumed talks on Thursday over the disputed river border, '
  + 'officials from both sides said, after a pause of nearly two years. The talks in Lindgrad are expected to last three days '
  + 'and will cover fishing rights, the ferry crossing and the return of seized boats, a foreign ministry spokesman said.';
const EDITED = WIRE.replace('nearly two years', 'almost two years').replace('three days', 'two days');
const OTHER = 'Farmers in northern Veldora blocked three highways on Friday to protest against a rise in diesel prices, '
  + 'police said, and vowed to stay until the government in Lindgrad reverses the increase announced last week.';

test('a lightly edited wire copy is near the original; an unrelated report is not', () => {
  const original = textSignature(WIRE)!;
  const edited = textSignature(EDITED)!;
  const other = textSignature(OTHER)!;
  assert.ok(similarity(original, edited) >= NEAR_TEXT_THRESHOLD, `edited: ${similarity(original, edited)}`);
  assert.ok(similarity(original, other) < 0.3, `other: ${similarity(original, other)}`);
  assert.equal(similarity(original, textSignature(WIRE)!), 1);
  assert.ok(bandKeys(original).some((key) => bandKeys(edited).includes(key)));
});

test('only the first ~1,000 characters count', () => {
  const tail = ` ${'Unrelated closing words about weather and sport follow here. '.repeat(30)}`;
  assert.deepEqual(textSignature(WIRE.padEnd(1000, ' ') + tail), textSignature(WIRE.padEnd(1000, ' ') + tail.toUpperCase()));
});

test('an opening too short to compare has no signature', () => {
  assert.equal(textSignature('Talks resumed on Thursday.'), null);
});

test('signatures survive encoding; a malformed one decodes to null', () => {
  const signature = textSignature(WIRE)!;
  assert.deepEqual(decodeSignature(encodeSignature(signature)), signature);
  assert.equal(decodeSignature('1.2.3'), null);
  assert.equal(decodeSignature(null), null);
});
