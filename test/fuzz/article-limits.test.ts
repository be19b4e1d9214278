// An article over its size limit or its time budget is reported with a code and the batch goes
// on: through the worker pool that `extract` and `ingest` use, where a stuck article's worker is
// stopped rather than waited for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/document/document.js';
import { createWorkerPool } from '../../src/pipeline/worker-pool.js';

const article = (id: string, text: string): Article => ({
  id, text, title: null, url: null, source: null, published: '2024-02-01', language: null, author: null,
});

const codeOf = (record: object): string => ('error' in record ? (record as { error: { code: string } }).error.code : 'ok');

test('over the size limit: TOO_LARGE; over the time budget: TIMEOUT; the articles around them are extracted', { timeout: 180_000 }, async () => {
  // 2 s is far too little for a megabyte of names, and plenty for a sentence once the worker is
  // warm; the first article's grace (for loading data) is generous because the machine may be busy.
  const pool = createWorkerPool({ jobs: 1, layers: ['events'], limits: { maxChars: 2_000_000, timeBudgetMs: 2_000 }, graceMs: 120_000 });
  try {
    const warm = await pool.extract(article('first', 'GENEVA, Feb 1 - The minister met his counterpart on Monday.'));
    assert.equal(codeOf(warm), 'ok', JSON.stringify(warm));
    const oversize = await pool.extract(article('oversize', 'Talks went on. '.repeat(140_000)));
    assert.equal(oversize.id, 'oversize');
    assert.equal(codeOf(oversize), 'TOO_LARGE');
    const slow = await pool.extract(article('slow', 'Anna Kovel met Peter Vasko in Geneva. '.repeat(30_000)));
    assert.equal(slow.id, 'slow');
    assert.equal(codeOf(slow), 'TIMEOUT');
    assert.match((slow as { error: { message: string } }).error.message, /2000 ms budget/);
    const after = await pool.extract(article('after', 'GENEVA, Feb 2 - Talks resumed on Tuesday.'));
    assert.equal(after.id, 'after');
    assert.equal(codeOf(after), 'ok', JSON.stringify(after));
  } finally {
    await pool.close();
  }
});
