import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timesIn } from './time-helpers.js';

// Times whose value hangs on what the story said before them, not on the story's date alone.
// The reference date is Wednesday 1 November 2023 throughout.

function valueOf(text: string, expression: string, nth = 0): string | undefined {
  return timesIn(text).filter((t) => t.text === expression)[nth]?.value;
}

test('anchoring: in an earnings story, "the quarter" and "a year earlier" follow the quarter the lead names', () => {
  const story = 'Delta earnings soared in the fiscal first quarter. Revenue rose to $2.2 billion from $1.9 billion a year earlier. During the quarter, Delta issued shares.';
  assert.equal(valueOf(story, 'a year earlier'), '2022-Q1');
  assert.equal(valueOf(story, 'the quarter'), '2023-Q1');
});

test('anchoring: a quarter named later, as an outlook, does not move the reported one', () => {
  const story = 'Third-quarter profit rose 11%. The insurer expects a fourth-quarter charge. In the latest quarter, claims fell.';
  assert.equal(valueOf(story, 'the latest quarter'), '2023-Q3');
});

test('anchoring: a quarter of another year does not become the reported one', () => {
  const story = 'Profit in the third quarter of 1984 was a record. Net income rose to $68 million from $66 million a year ago.';
  assert.equal(valueOf(story, 'a year ago'), '2022-Q3');
});

test('anchoring: a clock time with no day in its sentence falls on the last day the story named', () => {
  const story = 'The doctor was killed on Oct. 23 by a sniper. He was shot at 10 p.m. in his kitchen.';
  assert.equal(valueOf(story, '10 p.m.'), '2023-10-23T22:00');
});

test('anchoring: a clock time falls on the story\'s date when no day was named', () => {
  assert.equal(valueOf('The blast happened at 3 p.m. near the market.', '3 p.m.'), '2023-11-01T15:00');
});

test('anchoring: "in the morning" falls on the day under discussion', () => {
  const story = 'Shares dropped sharply on Friday. Dealers placed heavy buy orders in the morning.';
  const found = timesIn(story).find((t) => t.text === 'the morning');
  assert.deepEqual([found?.type, found?.value], ['TIME', '2023-10-27TMO']);
});

test('anchoring: "the previous Friday" is a week before the Friday just named', () => {
  const story = 'London shares closed Friday at 2082.1, down 4.5% from the previous Friday.';
  assert.equal(valueOf(story, 'Friday'), '2023-10-27');
  assert.equal(valueOf(story, 'the previous Friday'), '2023-10-20');
});

test('anchoring: "the following Monday" counts from the date just given', () => {
  assert.equal(valueOf('He arrived on Oct. 3 and left the following Monday.', 'the following Monday'), '2023-10-09');
});

test('anchoring: "the next morning" and "the day after" count from the day just named', () => {
  assert.equal(valueOf('He was arrested on Oct. 20 and appeared in court the next morning.', 'the next morning'), '2023-10-21');
  assert.equal(valueOf('The doctor was shot on Oct. 23. Two men came to his house the day after his death.', 'the day after'), '2023-10-24');
});

test('anchoring: without a day named before, "the day before" counts from the story\'s date', () => {
  assert.equal(valueOf('His deputy had quit the day before.', 'the day before'), '2023-10-31');
});
