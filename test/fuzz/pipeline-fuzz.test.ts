// Every component, through the pipeline and its limits, on random and adversarial text: the run
// ends with a record whose every span is true of its text, or with a coded error (EMPTY,
// TOO_LARGE, TIMEOUT); nothing else is thrown. Each layer is fuzzed alone (with the layers it
// reads) on random text; the worst cases (megabytes) go through the whole pipeline in a worker
// thread, where a component that never returns shows as the test's timeout or as the pool having
// to stop it, never as a pass.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findFalseSpan } from '../../src/api/record-check.js';
import type { Article } from '../../src/document/document.js';
import { OUTPUT_LAYERS } from '../../src/document/layers.js';
import type { OutputLayerName } from '../../src/document/layers.js';
import { DatelineError } from '../../src/errors.js';
import { toOutputRecord } from '../../src/output/record.js';
import type { Component } from '../../src/pipeline/component.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { DEFAULT_LIMITS, runPipeline, selectComponents, warmUp } from '../../src/pipeline/run-pipeline.js';
import { createWorkerPool } from '../../src/pipeline/worker-pool.js';
import { HOSTILE_TEXTS, hostileText } from './hostile-text.js';

const PIPELINE = createPipeline();
warmUp(PIPELINE);
/** The default size limit, and a shorter budget than the default so that a slow case ends sooner. */
const LIMITS = { ...DEFAULT_LIMITS, timeBudgetMs: 5_000 };
const EXPECTED_CODES = new Set(['EMPTY', 'TOO_LARGE', 'TIMEOUT']);

const article = (text: string, published: string | null, title: string | null = null): Article => ({
  id: 'fuzz', text, title, url: null, source: null, published, language: null, author: null,
});

/** Runs the components; returns the outcome: `ok` or the error's code. Fails on anything else. */
function outcome(input: Article, components: readonly Component[], layers: readonly OutputLayerName[]): string {
  try {
    const record = toOutputRecord(runPipeline(input, components, LIMITS), layers);
    assert.equal(findFalseSpan(record), null);
    return 'ok';
  } catch (error) {
    if (error instanceof DatelineError && EXPECTED_CODES.has(error.code)) return error.code;
    throw error;
  }
}

for (const layer of OUTPUT_LAYERS) {
  test(`the ${layer} layer (with what it reads) on random hostile text`, { timeout: 120_000 }, () => {
    const components = selectComponents(PIPELINE, [layer]);
    const published = fc.constantFrom('2023-10-07', '1999-12-31T23:59:59Z', null, 'not a date', '0000-00-00');
    fc.assert(fc.property(hostileText, published, fc.option(hostileText), (text, date, title) => {
      outcome(article(text, date, title), components, [layer]);
    }), { numRuns: 60 });
  });
}

// The budget is checked between components; the pool stops a worker only when a component has not
// returned a second after it. Every case here takes under 10 s on an idle machine, so a generous
// budget leaves room for a busy one, and being stopped means a component is stuck.
const pool = createWorkerPool({ jobs: 1, layers: OUTPUT_LAYERS, limits: { ...DEFAULT_LIMITS, timeBudgetMs: 100_000 }, graceMs: 120_000 });
after(() => pool.close());

for (const [name, text] of HOSTILE_TEXTS) {
  test(`the whole pipeline on ${name}`, { timeout: 240_000 }, async (t) => {
    const started = performance.now();
    const record = await pool.extract(article(text, '2023-10-07', text.slice(0, 300)));
    if ('error' in record) {
      assert.ok(EXPECTED_CODES.has(record.error.code), JSON.stringify(record.error));
      assert.doesNotMatch(record.error.message, /was stopped/, 'a component never returned');
    } else {
      assert.equal(findFalseSpan(record), null);
    }
    t.diagnostic(`${'error' in record ? record.error.code : 'ok'} after ${Math.round(performance.now() - started)} ms`);
  });
}

test('a text over the size limit is TOO_LARGE before any component runs', () => {
  const limits = { ...DEFAULT_LIMITS, maxChars: 1_000 };
  assert.throws(() => runPipeline(article('a'.repeat(1_001), null), PIPELINE, limits), (e: unknown) => e instanceof DatelineError && e.code === 'TOO_LARGE');
  assert.doesNotThrow(() => runPipeline(article('a'.repeat(1_000), null), PIPELINE, limits));
});
