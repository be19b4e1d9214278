import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSgml, parseReutersSgml, reutersDate } from '../../src/eval/reuters-sgml.js';
import { goldDate, parseGoldDateline } from '../../src/eval/reuters-dateline-gold.js';
import { wireText } from '../../src/eval/reuters-dateline-score.js';

// A hand-made file in the collection's layout (fictional stories).
const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="7">
<DATE> 3-MAR-1987  09:15:05.40</DATE>
<TOPICS><D>earn</D></TOPICS>
<PLACES><D>usa</D><D>west-germany</D></PLACES>
<TEXT>&#2;
<TITLE>ACME &lt;ACM> SPLITS STOCK</TITLE>
<DATELINE>    SPRINGFIELD, Ill., March 3 - </DATELINE><BODY>Acme Corp said its board
approved a split &amp; a dividend.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<DATE>4-MAR-1987 10:00:00.00</DATE>
<PLACES></PLACES>
<TEXT TYPE="BRIEF">&#2;
<TITLE>BRIEF ONLY</TITLE>
&#3;</TEXT>
</REUTERS>`;

test('each <REUTERS> element becomes a story with its date, places, dateline and body', () => {
  const [first, second] = parseReutersSgml(SGML);
  assert.equal(first?.id, '7');
  assert.equal(first?.published, '1987-03-03T09:15:05Z');
  assert.deepEqual(first?.places, ['usa', 'west-germany']);
  assert.equal(first?.dateline, '    SPRINGFIELD, Ill., March 3 - ');
  assert.equal(first?.body, 'Acme Corp said its board\napproved a split & a dividend.\n Reuter\n');
  assert.equal(second?.id, '8');
  assert.equal(second?.dateline, null);
  assert.equal(second?.body, null);
});

test('the wire text puts the dateline back before the body', () => {
  const [story] = parseReutersSgml(SGML);
  assert.ok(story);
  assert.ok(wireText(story).startsWith('SPRINGFIELD, Ill., March 3 - Acme Corp said'));
});

test('entities are decoded and control characters dropped', () => {
  assert.equal(decodeSgml('a &lt;b&gt; &amp; c&#3;&#2;'), 'a <b> & c');
});

test('dates with one or two spaces before the time are read', () => {
  assert.equal(reutersDate('26-FEB-1987 15:17:11.20'), '1987-02-26T15:17:11Z');
  assert.equal(reutersDate(' 3-MAR-1987  09:15:05.40'), '1987-03-03T09:15:05Z');
  assert.equal(reutersDate('sometime'), null);
});

// [gold <DATELINE>, place, month, day]
const GOLD: [string, string, number | null, number | null][] = [
  ['    ROCHESTER, N.Y., Feb 26 - ', 'ROCHESTER, N.Y.', 2, 26],
  ['AMSTERDAM, 2 March -', 'AMSTERDAM', 3, 2],
  ['CHICAGO, March  2 -', 'CHICAGO', 3, 2],
  ['WASHINGTON, March 25, Reuter -', 'WASHINGTON', 3, 25],
  ['RIO DE JANEIRO, Feb 26 - Brazil\'s "Cruzado" anti-', 'RIO DE JANEIRO', 2, 26],
  ['NEW YORK, Narch 2 -', 'NEW YORK', null, null],
  ['WASHINGTON -', 'WASHINGTON', null, null],
  ['****LONDON, March 5 -', 'LONDON', 3, 5],
];

for (const [written, place, month, day] of GOLD) {
  test(`gold ${JSON.stringify(written.trim())} is ${place} ${month}/${day}`, () => {
    assert.deepEqual(parseGoldDateline(written), { place, month, day });
  });
}

test('the gold date takes the year of <DATE>', () => {
  assert.equal(goldDate({ place: 'X', month: 2, day: 6 }, '1987-02-06T10:00:00Z'), '1987-02-06');
  assert.equal(goldDate({ place: 'X', month: null, day: null }, '1987-02-06T10:00:00Z'), null);
});
