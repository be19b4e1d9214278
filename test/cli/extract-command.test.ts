import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseLayers, runExtract } from '../../src/cli/extract-command.js';
import type { ExtractOptions } from '../../src/cli/extract-command.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/run-pipeline.js';
import { OUTPUT_LAYERS } from '../../src/document/layers.js';
import { collector, tempDir } from '../helpers/collect.js';

const OPTIONS: ExtractOptions = {
  read: { format: 'auto', maxBytes: 1024 * 1024 },
  limits: DEFAULT_LIMITS,
  layers: [...OUTPUT_LAYERS],
  output: 'jsonl',
  jobs: 0,
};

const schema = JSON.parse(readFileSync(new URL('../../docs/output.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const STORY = 'date 2024-03-05 OSLO, March 5. /TASS/. The Norwegian foreign minister met his Danish counterpart on Tuesday.';

async function extractLines(paths: string[], options: ExtractOptions = OPTIONS): Promise<Record<string, unknown>[]> {
  const out = collector();
  await runExtract(paths, options, out.stream);
  return out.text().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

test('every JSONL line yields exactly one record, in input order, bad lines as error records', async () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'First story. It has two sentences.' }),
    '{not json',
    JSON.stringify({ id: 'c', title: 'no text here' }),
    JSON.stringify({ id: 'd', text: STORY }),
  ];
  const dir = tempDir({ 'in.jsonl': `${lines.join('\n')}\n` });
  const records = await extractLines([join(dir, 'in.jsonl')]);
  assert.equal(records.length, 4);
  assert.equal(records[0]!.id, 'a');
  assert.equal((records[1]!.error as { code: string }).code, 'BAD_JSON');
  assert.deepEqual([records[2]!.id, (records[2]!.error as { code: string }).code], ['c', 'BAD_FIELD']);
  assert.equal(records[3]!.id, 'd');
  for (const record of records) assert.ok(validate(record), JSON.stringify(validate.errors));
});

test('the seed-layout header in a JSONL text gives the publication date and leaves the text', async () => {
  const dir = tempDir({ 'one.jsonl': JSON.stringify({ id: 'x', text: STORY }) });
  const [record] = await extractLines([join(dir, 'one.jsonl')]);
  assert.equal(record!.published, '2024-03-05');
  assert.ok((record!.text as string).startsWith('OSLO, March 5.'));
});

test('--output json writes one parseable array; an empty file is one EMPTY record', async () => {
  const dir = tempDir({ 'in.jsonl': `${JSON.stringify({ id: 'a', text: 'One.' })}\n${JSON.stringify({ id: 'b', text: 'Two.' })}\n`, 'empty.jsonl': '' });
  for (const [file, ids] of [['in.jsonl', ['a', 'b']], ['empty.jsonl', ['empty.jsonl']]] as const) {
    const out = collector();
    await runExtract([join(dir, file)], { ...OPTIONS, output: 'json' }, out.stream);
    const parsed = JSON.parse(out.text()) as { id: string; error?: { code: string } }[];
    assert.deepEqual(parsed.map((r) => r.id), ids);
  }
  const out = collector();
  await runExtract([join(dir, 'empty.jsonl')], { ...OPTIONS, output: 'json' }, out.stream);
  assert.equal((JSON.parse(out.text()) as { error: { code: string } }[])[0]!.error.code, 'EMPTY');
});

test('an article over the character limit is an error record and the batch goes on', async () => {
  const lines = [JSON.stringify({ id: 'big', text: 'x'.repeat(5000) }), JSON.stringify({ id: 'small', text: 'Fine.' })];
  const dir = tempDir({ 'in.jsonl': lines.join('\n') });
  const records = await extractLines([join(dir, 'in.jsonl')], { ...OPTIONS, limits: { ...DEFAULT_LIMITS, maxChars: 1000 } });
  assert.equal((records[0]!.error as { code: string }).code, 'TOO_LARGE');
  assert.equal(records[1]!.id, 'small');
  assert.equal(records[1]!.error, undefined);
});

test('layers not selected are present and empty', async () => {
  const dir = tempDir({ 'in.jsonl': JSON.stringify({ id: 'a', text: STORY }) });
  const [record] = await extractLines([join(dir, 'in.jsonl')], { ...OPTIONS, layers: ['times'] });
  assert.equal(record!.dateline, null);
  assert.deepEqual(record!.events, []);
  assert.ok(validate(record), JSON.stringify(validate.errors));
});

test('parseLayers accepts known names and refuses unknown ones', () => {
  assert.deepEqual(parseLayers('dateline, times'), ['dateline', 'times']);
  assert.deepEqual(parseLayers(undefined), [...OUTPUT_LAYERS]);
  assert.throws(() => parseLayers('dateline,tokens'), /Unknown layer\(s\): tokens/);
});

test('with worker threads the records keep input order and match the in-thread run', async () => {
  const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Story number ${i}. It is short.` }));
  lines.splice(5, 0, '{broken');
  const dir = tempDir({ 'many.jsonl': lines.join('\n') });
  const threaded = await extractLines([join(dir, 'many.jsonl')], { ...OPTIONS, jobs: 2 });
  const inline = await extractLines([join(dir, 'many.jsonl')]);
  assert.deepEqual(threaded, inline);
  assert.equal(threaded.length, 13);
});
