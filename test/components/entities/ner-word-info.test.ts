import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordAttributeCache } from '../../../src/components/entities/ner-word-info.js';

const clusters = new Map([['zorvia', '0110'], ['minister', '10111']]);

test('word attributes: words sharing one buffer keep their own attributes, the same as when described alone', () => {
  const shared = new WordAttributeCache(clusters);
  // More words than one attribute buffer holds, each also described by a cache of its own.
  const words = Array.from({ length: 2500 }, (_, i) => (i % 3 === 0 ? `Zorvia${i}` : i % 3 === 1 ? `minister-${i}` : String(i)));
  const infos = words.map((w) => shared.info(w));
  words.forEach((word, i) => {
    assert.deepEqual(Array.from(infos[i]!.attrs), Array.from(new WordAttributeCache(clusters).info(word).attrs), word);
  });
  assert.equal(new Set(infos.map((info) => info.attrs.join(','))).size, words.length);
  assert.equal(shared.info(words[1234]!), infos[1234], 'a word seen before is handed out again, not described anew');
});

test('word attributes: spellings of one word share their lower-case form, other words do not', () => {
  const cache = new WordAttributeCache(clusters);
  assert.equal(cache.info('Zorvia').form, cache.info('ZORVIA').form);
  assert.equal(cache.info('zorvia').form, cache.info('Zorvia').form);
  assert.notEqual(cache.info('Zorvia').form, cache.info('Zorvian').form);
  assert.notDeepEqual(Array.from(cache.info('Zorvia').attrs), Array.from(cache.info('ZORVIA').attrs));
});
