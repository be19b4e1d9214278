import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineOf } from './small-context.js';

// Openings that are not datelines: none may yield one.
const NOT_DATELINES = [
  'However, the minister said the talks would go on.',
  'Paris, the French capital, was quiet on Sunday.',
  'Moreover, March 3 - 5 were the busiest days of the year.',
  'London, March 3 - 5 is when the fair runs.',
  'Washington, which has backed Israel, called for restraint.',
  'London has long been a centre of finance.',
  'BREAKING NEWS - Markets fall',
  'US-German carmaker DaimlerChrysler has sold 2.1% more cars',
  'UK-based bank Standard Chartered said',
  'LEAD - Prices of the metal rose',
  'Apple (AAPL) - shares rose after the results',
  'Boeing (BA.N) - The planemaker said',
  'In Beijing, November 1 was a Wednesday.',
  'Chinese Foreign Minister Wang Yi said on Wednesday that China supports a ceasefire.',
  'MARCH 8 -- -- --',
  'The talks (Reuters) - continued',
  '',
  '   ',
  'x'.repeat(5000),
];

for (const opening of NOT_DATELINES) {
  test(`no dateline in ${JSON.stringify(opening.slice(0, 50))}`, () => {
    assert.equal(datelineOf(opening), null);
  });
}

test('a dateline-like line far below the top is not read as the dateline', () => {
  const text = `${'The story begins here and runs on. '.repeat(10)}\nLONDON (Reuters) - Later text`;
  assert.equal(datelineOf(text), null);
});

test('a misspelt town in a sentence, not in wire capitals, is not read as a dateline', () => {
  assert.equal(datelineOf('Wasington, March 13 - the day the fair opened', '1987-03-13'), null);
});

test.todo('a misspelt town two slips away stays unresolved ("STARTFORD, April 1 -" for Stamford or Stratford)');
test.todo('a dash before the date ("KANSAS CITY, Mo. - March 13 -") loses the date');
