import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSeedHeader } from '../../../src/readers/seed-header.js';
import { EXAMPLES_DIR } from '../../../src/cli/demo-command.js';
import { quotesIn } from './quote-helpers.js';

// The seed article is bundled in examples/ and its gold in test/golden/.
const SEED_FILE = join(EXAMPLES_DIR, 'tass-2023-11-01-wang-yi-albusaidi.txt');
const GOLD_FILE = new URL('../../golden/seed.expected.json', import.meta.url);

test('seed article: four direct quotes by one speaker, the first with its source', () => {
  const { text } = splitSeedHeader(readFileSync(SEED_FILE, 'utf8'));
  const expected = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as { quotes: { starts: string; speaker: string; cue: string; source?: string }[] };
  const direct = quotesIn(text).filter((q) => q.direct);
  assert.equal(expected.quotes.length, 4);
  for (const gold of expected.quotes) {
    const quote = direct.find((q) => q.text.startsWith(gold.starts));
    assert.ok(quote, `quote starting "${gold.starts}"`);
    assert.equal(quote.speaker?.name.endsWith(gold.speaker), true, `${quote.speaker?.name} is ${gold.speaker}`);
    assert.equal(quote.cue?.text, gold.cue);
    if (gold.source !== undefined) assert.equal(quote.source?.replace('’', "'"), gold.source);
  }
});
