import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timesIn } from './time-helpers.js';

// Things that look like times but are not; none of them may be found.
const NEGATIVES: [string, string][] = [
  ['May the modal verb', 'May we expect a reply, the envoy asked.'],
  ['may inside a clause', 'Officials said the border may reopen.'],
  ['march the verb', 'Thousands of protesters march through the capital.'],
  ['March after a modal', 'Veterans will March through the town, organisers said.'],
  ['a count of people', 'Officials said 2023 people had been evacuated.'],
  ['more than a count', 'More than 2000 soldiers crossed the border.'],
  ['a phone number', 'Call the hotline on 555-2023 for help.'],
  ['a phone number with area code', 'The embassy number is (202) 555-1998.'],
  ['a football score', 'Madrid won 3-1 at home.'],
  ['a score with a colon', 'The match ended 2:1 after extra time.'],
  ['a song title with a time', 'The band closed with "Saturday Night" to loud cheers.'],
  ['a song title with a clock time', 'The crowd sang along to "3 A.M." with the band.'],
  ['a film title with a weekday', 'He starred in "Friday Night Lights" with his brother.'],
  ['an age', 'The suspect, 52 years old, was arrested.'],
  ['a sum of money', 'The fund paid $2014 to each family.'],
  ['a percentage', 'Support stood at 1998% in the fake poll.'],
  ['a decimal', 'The index fell to 2019.5 points.'],
  ['Sun the newspaper', 'The Sun reported the story first.'],
  ['fall the verb', 'Prices will fall, analysts said.'],
  ['spring the noun', 'The town is built around a hot spring.'],
  ['a generic "that day"', 'You get strong redemptions that day and then go back to normal.'],
  ['an age in decades', 'The minister, in his sixties, stepped down.'],
  ['a part of the day naming a thing', 'The morning newspaper carried the story.'],
  ['"Now," opening an argument', 'Now, he says, the West just wants to destroy Iraq.'],
  ['"Currently," opening a sentence', 'Currently, transplant organs are rationed through a regional system.'],
  ['"the last half" without its year', 'The last half of the film drags.'],
  ['a year inside a name', 'He set up a joint venture called Orion 1980, making space technology.'],
];

for (const [name, text] of NEGATIVES) {
  test(`negative: ${name}`, () => {
    assert.deepEqual(timesIn(text).map((t) => t.text), []);
  });
}

test.todo('negative: "Mar" and "Jan" as names in all-capital headlines');

test('negative: a quoted sentence keeps its time', () => {
  const found = timesIn('"We will meet again on Friday," the envoy said.');
  assert.deepEqual(found.map((t) => t.text), ['Friday']);
});
