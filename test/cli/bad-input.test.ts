/**
 * A batch of broken inputs beside good ones: each broken one becomes an error record with a clear
 * code, in input order, and the good ones are extracted as usual.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runExtract } from '../../src/cli/extract-command.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/run-pipeline.js';
import { collector, tempDir } from '../helpers/collect.js';

const GOOD = 'KYIV, March 3 (Reuters) - Ukraine and Poland held talks on grain transit on Sunday.';

test('one broken input never stops the batch: every file gets its record, in order', async () => {
  const dir = tempDir({
    '1-good.txt': GOOD,
    '2-empty.txt': '',
    '3-binary.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]),
    '4-latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e, 0xff, 0xfe, 0x41]),
    '5-lines.jsonl': `${JSON.stringify({ id: 'j1', text: GOOD })}\n{"id": "j2", "text": \n${JSON.stringify({ id: 'j3', text: 42 })}\n`,
    '6-big.txt': 'word '.repeat(30_000),
    '7-broken.xml': '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Unclosed',
  });
  const out = collector();
  const summary = await runExtract([dir], {
    read: { format: 'auto', maxBytes: 100_000 },
    limits: DEFAULT_LIMITS,
    layers: ['dateline'],
    output: 'jsonl',
    jobs: 0,
  }, out.stream);
  const records = out.text().trim().split('\n').map((line) => JSON.parse(line) as { id: string; error?: { code: string; message: string } });
  const codes = records.map((r) => r.error?.code ?? 'ok');
  assert.deepEqual(codes, ['ok', 'EMPTY', 'BINARY', 'BAD_ENCODING', 'ok', 'BAD_JSON', 'BAD_FIELD', 'TOO_LARGE', 'BAD_FEED']);
  assert.equal(summary.read, 9);
  assert.equal(summary.failed, 7);
  for (const record of records) if (record.error) assert.ok(record.error.message.length > 10, `unclear message for ${record.id}`);
});
