import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timesIn } from './time-helpers.js';

// A wire story in the seed article's shape, written for this test; dated Wednesday 1 November 2023.
const STORY = [
  'BEIJING, November 1. /TASS/. The foreign minister told his counterpart during a phone call on Wednesday that a conference was needed.',
  'He noted that China is assuming the presidency of the Security Council in November and that it plans to work with all parties.',
  'Tensions flared after militants attacked on October 7, when many people were killed.',
  'On October 27, a military spokesman said ground operations were expanding.',
].join('\n\n');

const EXPECTED: [string, string][] = [
  ['November 1', '2023-11-01'],
  ['Wednesday', '2023-11-01'],
  ['November', '2023-11'],
  ['October 7', '2023-10-07'],
  ['October 27', '2023-10-27'],
];

test('seed: each time in the story, with its value and position', () => {
  const found = timesIn(STORY, '2023-11-01');
  let from = 0;
  for (const [text, value] of EXPECTED) {
    const start = STORY.indexOf(text === 'November' ? 'in November' : text, from) + (text === 'November' ? 3 : 0);
    const hit = found.find((t) => t.start === start);
    assert.ok(hit, `"${text}" at ${start} not found in ${JSON.stringify(found.map((t) => [t.text, t.start]))}`);
    assert.equal(hit.text, text);
    assert.equal(hit.value, value);
    from = start + text.length;
  }
  assert.equal(found.length, EXPECTED.length, JSON.stringify(found.map((t) => t.text)));
});
