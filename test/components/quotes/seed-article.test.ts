import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { splitSeedHeader } from '../../../src/readers/seed-header.js';
import { quotesIn } from './quote-helpers.js';

// The shared seed is optional: without the folder this test skips, and the unit tests still stand.
const SEED_DIR = '/work/shared/seed';
const seedFile = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).find((name) => name.endsWith('.txt')) : undefined;

test('seed article: four direct quotes by one speaker, the first with its source', { skip: seedFile === undefined ? 'no /work/shared/seed' : false }, () => {
  const { text } = splitSeedHeader(readFileSync(`${SEED_DIR}/${seedFile}`, 'utf8'));
  const expected = JSON.parse(readFileSync(`${SEED_DIR}/expected.json`, 'utf8')) as { quotes: { starts: string; speaker: string; cue: string; source?: string }[] };
  const direct = quotesIn(text).filter((q) => q.direct);
  for (const gold of expected.quotes) {
    const quote = direct.find((q) => q.text.startsWith(gold.starts));
    assert.ok(quote, `quote starting "${gold.starts}"`);
    assert.equal(quote.speaker?.name.endsWith(gold.speaker), true, `${quote.speaker?.name} is ${gold.speaker}`);
    assert.equal(quote.cue?.text, gold.cue);
    if (gold.source !== undefined) assert.equal(quote.source?.replace('’', "'"), gold.source);
  }
});
