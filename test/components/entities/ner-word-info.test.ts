import { test } from 'node:test';
import assert from 'node:assert/strict';
import { A, WordAttributeCache } from '../../../src/components/entities/ner-word-info.js';
import { hashString, mixHash } from '../../../src/nlp/feature-hash.js';
import { longShape, shortShape } from '../../../src/nlp/word-shape.js';

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

test('word attributes: each slot is the hash of the string it stands for (prefixes and suffixes of 1–4 letters, cluster prefixes)', () => {
  const cache = new WordAttributeCache(clusters);
  const seed = (a: number): number => mixHash(0x811c9dc5, a);
  for (const word of ['Minister', 'Zorvia', 'ox', 'I']) {
    const lower = word.toLowerCase();
    const cluster = clusters.get(lower) ?? '?';
    const attrs = cache.info(word).attrs;
    const expected: [number, string][] = [
      [A.word, word], [A.lower, lower], [A.short, shortShape(word)], [A.long, longShape(word)],
      [A.p1, lower.slice(0, 1)], [A.p2, lower.slice(0, 2)], [A.p3, lower.slice(0, 3)], [A.p4, lower.slice(0, 4)],
      [A.s1, lower.slice(-1)], [A.s2, lower.slice(-2)], [A.s3, lower.slice(-3)], [A.s4, lower.slice(-4)],
      [A.c4, cluster.slice(0, 4)], [A.c6, cluster.slice(0, 6)], [A.c10, cluster.slice(0, 10)], [A.cAll, cluster],
    ];
    for (const [a, text] of expected) assert.equal(attrs[a], hashString(text, seed(a)), `${word} slot ${a} ("${text}")`);
  }
});
