import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimeml } from '../../src/eval/timeml-reader.js';
import { f1, scoreDocument } from '../../src/eval/timeml-score.js';
import type { TimeExpression } from '../../src/document/layers.js';

const TML = `<?xml version="1.0" ?>
<TimeML><DOCID>FAKE1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">20010203</TIMEX3></DCT>
<TEXT>
Ministers <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-02-02">Friday</TIMEX3> &amp; talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.
</TEXT></TimeML>`;

test('parseTimeml: creation time, tag-free text and gold offsets', () => {
  const doc = parseTimeml(TML, 'fallback');
  assert.equal(doc.id, 'FAKE1');
  assert.equal(doc.creationTime, '2001-02-03');
  assert.equal(doc.text, '\nMinisters met Friday & talked for three hours.\n');
  assert.deepEqual(doc.timexes.map((t) => [t.text, doc.text.slice(t.start, t.end), t.type, t.value]), [
    ['Friday', 'Friday', 'DATE', '2001-02-02'],
    ['three hours', 'three hours', 'DURATION', 'PT3H'],
  ]);
});

function sys(text: string, start: number, end: number, type: TimeExpression['type'], value: string): TimeExpression {
  return { start, end, text: text.slice(start, end), type, value, by: 'test' };
}

test('scoreDocument: strict, relaxed, type and value counts', () => {
  const doc = parseTimeml(TML, 'x');
  const friday = doc.text.indexOf('Friday');
  const hours = doc.text.indexOf('three hours');
  const system = [
    sys(doc.text, friday, friday + 6, 'DATE', '2001-02-02'),
    sys(doc.text, hours - 4, hours + 11, 'DURATION', 'PT2H'),
    sys(doc.text, 1, 10, 'DATE', 'PRESENT_REF'),
  ];
  const errors: unknown[] = [];
  const counts = scoreDocument(doc.timexes, system, errors as never);
  assert.deepEqual(counts, { system: 3, gold: 2, strict: 1, relaxed: 2, typeCorrect: 2, valueCorrect: 1 });
  assert.equal(errors.length, 2);
  assert.deepEqual(f1(1, 3, 2), { p: 1 / 3, r: 0.5, f: 0.4 });
});
