import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaredCharset, decodeBytes, looksBinary } from '../../src/readers/bytes-decoder.js';

const CHARSETS: [string, string | null][] = [
  ['<html><head><meta charset="windows-1252">', 'windows-1252'],
  ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'iso-8859-1'],
  ["<?xml version='1.0' encoding='ISO-8859-15'?><rss>", 'iso-8859-15'],
  ['<?xml version="1.0"?><rss><description>encoding="koi8-r" is only text here</description>', null],
  ['Plain text that mentions charset=utf-16 in passing.', null],
];

for (const [head, expected] of CHARSETS) {
  test(`declared charset of ${JSON.stringify(head.slice(0, 40))} is ${expected}`, () => {
    assert.equal(declaredCharset(Buffer.from(head, 'latin1')), expected);
  });
}

test('a Latin-1 feed that declares its encoding is decoded with it', () => {
  const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Caf\xe9</title></item></channel></rss>', 'latin1');
  const decoded = decodeBytes(bytes, 'feed');
  assert.ok(decoded.ok && decoded.text.includes('Café'));
});

test('Latin-1 text that declares nothing is BAD_ENCODING, not silently guessed', () => {
  const decoded = decodeBytes(Buffer.from('Caf\xe9 au port.', 'latin1'), 'note');
  assert.equal(!decoded.ok && decoded.code, 'BAD_ENCODING');
});

test('text with tabs, form feeds and escape codes is not binary; NUL or mostly control bytes are', () => {
  assert.equal(looksBinary(Buffer.from('Column\tvalue\f\u001b[1mbold\u001b[0m\r\n')), false);
  assert.equal(looksBinary(Buffer.from('ok\u0000')), true);
  assert.equal(looksBinary(Buffer.from('\u0001\u0002\u0003\u0004abcdefghijkl')), true);
});
