/**
 * The golden article: the bundled TASS seed story through the whole pipeline, checked against the
 * hand-written gold in seed.expected.json (what a complete reading must yield). Layers whose gold is
 * not fully met yet stay visible as todo tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { toOutputRecord } from '../../src/output/record.js';
import { splitSeedHeader } from '../../src/readers/seed-header.js';
import { EXAMPLES_DIR } from '../../src/cli/demo-command.js';

interface Gold {
  article: { published: string; dateline: { place: string; country: string; date: string; agency: string } };
  entities: { name: string; type: string; country: string; role?: string; surface?: string[] }[];
  places: { name: string; country: string | null; lat?: number; lon?: number }[];
  times: { text: string; value: string }[];
  quotes: { starts: string; speaker: string; cue: string; source?: string }[];
  events: { id: string; cameo: string; plover: string; source: string; target?: string; date?: string }[];
}

const gold = JSON.parse(readFileSync(new URL('./seed.expected.json', import.meta.url), 'utf8')) as Gold;
const raw = readFileSync(join(EXAMPLES_DIR, 'tass-2023-11-01-wang-yi-albusaidi.txt'), 'utf8');
const { published, text } = splitSeedHeader(raw);
const record = toOutputRecord(runPipeline(
  { id: 'seed', text, published, title: null, url: null, source: null, language: null, author: null },
  createPipeline(),
));

test('seed: the header gives the publication date', () => {
  assert.equal(record.published, gold.article.published);
});

test('seed: every span indexes the text', () => {
  const spans = [
    ...(record.dateline ? [record.dateline] : []),
    ...record.entities.flatMap((e) => e.mentions),
    ...record.times, ...record.places, ...record.quotes, ...record.events,
  ];
  for (const span of spans) assert.equal(record.text.slice(span.start, span.end), span.text);
});

test('seed: dateline reads Beijing, CHN, 2023-11-01, TASS', () => {
  const d = record.dateline;
  assert.ok(d, 'no dateline');
  assert.deepEqual(
    { place: d.place?.name, country: d.place?.country, date: d.date, agency: d.agency },
    gold.article.dateline,
  );
});

const timesDone = record.times.length > 0;
test('seed: every gold time expression with its value', { todo: !timesDone && 'times layer not in the pipeline yet' }, () => {
  for (const time of gold.times) {
    const found = record.times.find((t) => t.text === time.text && t.value === time.value);
    assert.ok(found, `missing ${time.text} = ${time.value}`);
  }
});
