import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detachedString } from '../../src/util/detached-string.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap growth, in MB, from keeping what `keep` makes of a name cut out of each of 40 one-MB articles. */
function retainedMb(keep: (name: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let k = 0; k < 40; k++) {
    const article = `${'The minister said on Tuesday that talks would resume. '.repeat(18_000)}${k}`;
    kept.push(keep(article.slice(4, 4 + 'minister said on Tuesday'.length)));
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  assert.equal(kept.length, 40);
  return grown;
}

test('a kept slice keeps its article alive; a detached copy does not', () => {
  assert.ok(retainedMb((name) => name) > 20, 'the plain slices should hold the articles (else this test proves nothing)');
  assert.ok(retainedMb(detachedString) < 5);
});

test('the copy is the same text, odd characters included', () => {
  for (const text of ['minister said on Tuesday', 'Zürich’s “Bahnhofstrasse”', 'a lone \ud800 surrogate here', 'short', '']) {
    assert.equal(detachedString(`[${text}]`.slice(1, -1)), text);
  }
});
