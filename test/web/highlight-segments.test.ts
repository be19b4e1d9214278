import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mark } from '../../src/web/highlight-segments.js';
import { segmentText } from '../../src/web/highlight-segments.js';

const text = 'Wang Yi said: "We support Oman." in Beijing';
const mark = (start: number, end: number, layer: string): Mark => ({ start, end, layer, label: layer });

const pieces = (marks: readonly Mark[]) =>
  segmentText(text.length, marks).map((s) => [text.slice(s.start, s.end), s.marks.map((m) => m.layer)]);

test('a name inside a quote becomes flat runs, innermost mark first', () => {
  const quote = mark(text.indexOf('"'), text.indexOf('in Beijing') - 1, 'quote');
  const oman = mark(text.indexOf('Oman'), text.indexOf('Oman') + 4, 'entity-COUNTRY');
  const wang = mark(0, 7, 'entity-PERSON');
  assert.deepEqual(pieces([quote, oman, wang]), [
    ['Wang Yi', ['entity-PERSON']],
    [' said: ', []],
    ['"We support ', ['quote']],
    ['Oman', ['entity-COUNTRY', 'quote']],
    ['."', ['quote']],
    [' in Beijing', []],
  ]);
});

test('the runs cover the text exactly once, in order', () => {
  const marks = [mark(3, 20, 'event'), mark(0, 7, 'entity-PERSON'), mark(5, 12, 'time'), mark(36, 43, 'place')];
  const segments = segmentText(text.length, marks);
  assert.equal(segments.map((s) => text.slice(s.start, s.end)).join(''), text);
  for (let i = 1; i < segments.length; i++) assert.equal(segments[i]?.start, segments[i - 1]?.end);
});

test('two marks on the same span both cover it', () => {
  assert.deepEqual(pieces([mark(36, 43, 'place'), mark(36, 43, 'entity-CITY')]).at(-1), ['Beijing', ['place', 'entity-CITY']]);
});
