import { test } from 'node:test';
import assert from 'node:assert/strict';
import { induceClusters } from '../../src/nlp/word-cluster-builder.js';
import { readClusterTable } from '../../src/nlp/word-clusters.js';

// Hand-written text where days, animals and verbs each share their contexts.
const TEXT = [
  'the cat sat on monday', 'the dog sat on tuesday', 'the cow sat on friday',
  'a cat ran on friday', 'a dog ran on monday', 'a cow ran on tuesday',
  'the cat ate on tuesday', 'the dog ate on friday', 'the cow ate on monday',
];

test('induceClusters: words used alike share longer bit prefixes than words used differently', () => {
  const table = induceClusters(() => TEXT.map((s) => s.split(' ')), { words: 20, contexts: 12, depth: 6, minLeaf: 1, seed: 3 });
  const shared = (a: string, b: string): number => {
    const x = table.get(a)!;
    const y = table.get(b)!;
    let k = 0;
    while (k < x.length && x[k] === y[k]) k++;
    return k;
  };
  assert.ok(shared('cat', 'dog') > shared('cat', 'monday'), `cat ${table.get('cat')} dog ${table.get('dog')} monday ${table.get('monday')}`);
  assert.ok(shared('monday', 'friday') > shared('monday', 'sat'), `monday ${table.get('monday')} friday ${table.get('friday')} sat ${table.get('sat')}`);
});

test('readClusterTable: reads word<TAB>bits and skips comments', () => {
  assert.deepEqual([...readClusterTable('# clusters\nzorvia\t0110\nkessa\t0111\n')], [['zorvia', '0110'], ['kessa', '0111']]);
});

test('readClusterTable: a bad line is reported with its number', () => {
  assert.throws(() => readClusterTable('zorvia\t0110\nkessa 0111\n'), /line 2/);
});
