// `logIngestMany`: a queue worker's chunk of ledger lines in one statement, on both backends,
// read back in order and exactly as line-by-line `logIngest` writes them.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LedgerEntry } from '../../src/store/store.js';
import { backends } from './store-backends.js';

const AT = new Date('2026-03-04T05:06:07Z');

const ENTRIES: readonly LedgerEntry[] = [
  { runId: 'run-q', item: 'wire-1', status: 'stored', articleId: 'wire-1' },
  { runId: 'run-q', item: 'wire-2', status: 'duplicate', articleId: 'wire-1', matchedBy: 'hash' },
  { runId: 'run-q', item: 'wire-3', status: 'failed', code: 'TIMEOUT', reason: 'Extraction passed the budget.' },
  { runId: 'run-q', item: 'wire-4', status: 'stored', articleId: 'wire-4' },
];

for (const backend of backends()) {
  describe(`ingest ledger, several lines at once: ${backend.name}`, () => {
    after(() => backend.cleanup());

    test('lines written together read back in order, as lines written one by one', async () => {
      const store = await backend.open();
      try {
        await store.logIngestMany!(ENTRIES, AT);
        await store.logIngestMany!([], AT);
        for (const entry of ENTRIES) await store.logIngest({ ...entry, runId: 'run-1' }, AT);
        const together = (await store.findLedger({ runId: 'run-q' })).items;
        const oneByOne = (await store.findLedger({ runId: 'run-1' })).items;
        assert.deepEqual(together.map((line) => line.item), ['wire-1', 'wire-2', 'wire-3', 'wire-4']);
        assert.deepEqual(together, oneByOne.map((line) => ({ ...line, runId: 'run-q' })));
        assert.deepEqual(together[2], { runId: 'run-q', item: 'wire-3', at: together[2]!.at, status: 'failed', code: 'TIMEOUT', reason: 'Extraction passed the budget.' });
      } finally {
        await store.close();
      }
    });

    test('more lines than one statement takes are all written, in order', async () => {
      const store = await backend.open();
      try {
        const many = Array.from({ length: 2_345 }, (_, i): LedgerEntry => ({ runId: 'run-big', item: `item-${i}`, status: 'stored', articleId: `a-${i}` }));
        await store.logIngestMany!(many, AT);
        const page = await store.findLedger({ runId: 'run-big', limit: 100 });
        assert.equal(page.total, 2_345);
        assert.deepEqual(page.items.slice(0, 3).map((line) => line.item), ['item-0', 'item-1', 'item-2']);
      } finally {
        await store.close();
      }
    });
  });
}
