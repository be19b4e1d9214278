import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWorkerPool } from '../../src/pipeline/worker-pool.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/run-pipeline.js';
import type { Article } from '../../src/document/document.js';

const article = (id: string, text: string): Article => ({
  id, text, title: null, url: null, source: null, published: '2024-02-01', language: null, author: null,
});

test('an article that passes its time budget is stopped, reported as TIMEOUT, and the pool goes on', async () => {
  // A 1 ms budget with no grace: the worker cannot even start in time, as a stuck component would not finish.
  const pool = createWorkerPool({ jobs: 1, layers: ['dateline'], limits: { ...DEFAULT_LIMITS, timeBudgetMs: 1 }, graceMs: 0 });
  try {
    const first = await pool.extract(article('stuck', 'Some text.'));
    assert.equal(first.id, 'stuck');
    assert.ok('error' in first && first.error.code === 'TIMEOUT', JSON.stringify(first));
    const second = await pool.extract(article('next', 'More text.'));
    assert.equal(second.id, 'next');
  } finally {
    await pool.close();
  }
});

test('a pool of two workers answers every article with its own record', async () => {
  const pool = createWorkerPool({ jobs: 2, layers: ['dateline'], limits: DEFAULT_LIMITS });
  try {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const records = await Promise.all(ids.map((id) => pool.extract(article(id, `Story ${id}. Short.`))));
    assert.deepEqual(records.map((r) => r.id), ids);
    for (const record of records) assert.ok(!('error' in record), JSON.stringify(record));
  } finally {
    await pool.close();
  }
});

test('articles queued together run as one batch, each with its own record or error', async () => {
  const pool = createWorkerPool({ jobs: 1, layers: ['dateline'], limits: DEFAULT_LIMITS, batch: 8 });
  try {
    const texts: [string, string][] = [['a', 'ARDEN, March 3 - Talks resumed.'], ['empty', '   '], ['b', 'VELMAR, May 2 - Talks ended.']];
    const records = await Promise.all(texts.map(([id, text]) => pool.extract(article(id, text))));
    assert.deepEqual(records.map((r) => r.id), ['a', 'empty', 'b']);
    assert.ok('error' in records[1]! && records[1].error.code === 'EMPTY', JSON.stringify(records[1]));
    assert.ok(!('error' in records[0]!) && !('error' in records[2]!));
  } finally {
    await pool.close();
  }
});

test('a batch that passes the budget is run again one article at a time, so each gets its own outcome', async () => {
  const pool = createWorkerPool({ jobs: 1, layers: ['dateline'], limits: { ...DEFAULT_LIMITS, timeBudgetMs: 1 }, graceMs: 0, batch: 8 });
  try {
    const ids = ['x', 'y', 'z'];
    const records = await Promise.all(ids.map((id) => pool.extract(article(id, 'Some text.'))));
    assert.deepEqual(records.map((r) => r.id), ids);
    for (const record of records) assert.ok('error' in record && record.error.code === 'TIMEOUT', JSON.stringify(record));
  } finally {
    await pool.close();
  }
});
