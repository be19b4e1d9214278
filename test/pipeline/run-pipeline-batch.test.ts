import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Document } from '../../src/document/document.js';
import type { Component } from '../../src/pipeline/component.js';
import { DEFAULT_LIMITS, runPipeline, runPipelineBatch } from '../../src/pipeline/run-pipeline.js';
import { createSentenceComponent } from '../../src/components/sentences/sentence-component.js';
import { createTimeComponent } from '../../src/components/times/time-component.js';
import { DatelineError } from '../../src/errors.js';

const article = (id: string, text: string): Article => ({
  id, text, title: null, url: null, source: null, published: '2024-02-01', language: null, author: null,
});

/** A stand-in component producing the sentences layer, recording which article it saw, spinning `spinMs[id]`. */
function fake(name: string, calls: string[], spinMs: Record<string, number> = {}, failOn = ''): Component {
  return {
    name, version: 'v1', produces: 'sentences', reads: [],
    run: (doc: Document) => {
      calls.push(`${name}:${doc.meta.id}`);
      if (doc.meta.id === failOn) throw new Error(`${name} failed on ${failOn}`);
      const until = performance.now() + (spinMs[doc.meta.id] ?? 0);
      while (performance.now() < until) { /* a slow component */ }
      return [];
    },
  };
}

const STORIES = [
  article('a', 'The board met on Tuesday, three days after the vote of March 3.'),
  article('b', 'Sales rose 4 percent in the fourth quarter and will rise again next year.'),
  article('c', 'No time at all here.'),
];

test('a batch gives each article the document runPipeline gives it', () => {
  const components = [createSentenceComponent(), createTimeComponent()];
  const outcomes = runPipelineBatch(STORIES, components);
  assert.deepEqual(outcomes, STORIES.map((story) => ({ ok: true, doc: runPipeline(story, components) })));
  const first = outcomes[0]!;
  assert.ok(first.ok && first.doc.layers.times!.some((t) => t.text === 'Tuesday'));
});

test('components run one after the other over the whole batch', () => {
  const calls: string[] = [];
  runPipelineBatch(STORIES.slice(0, 2), [fake('first', calls), fake('second', calls)]);
  assert.deepEqual(calls, ['first:a', 'first:b', 'second:a', 'second:b']);
});

test('an article that fails stops only itself; empty and oversized ones fail as in runPipeline', () => {
  const calls: string[] = [];
  const batch = [...STORIES, article('empty', '   '), article('huge', 'x'.repeat(150))];
  const outcomes = runPipelineBatch(batch, [fake('first', calls, {}, 'b'), fake('second', calls)], { ...DEFAULT_LIMITS, maxChars: 100 });
  assert.deepEqual(outcomes.map((o) => o.ok), [true, false, true, false, false]);
  assert.match(String((outcomes[1] as { error: Error }).error.message), /first failed on b/);
  assert.deepEqual(outcomes.slice(3).map((o) => (o.ok ? null : (o.error as DatelineError).code)), ['EMPTY', 'TOO_LARGE']);
  assert.ok(!calls.includes('second:b'), 'a failed article goes no further');
  assert.ok(calls.includes('second:c'));
});

test('the time budget is each article\'s own, not the batch\'s', () => {
  const calls: string[] = [];
  // "a" and "c" spend 60 ms each within a 100 ms budget (the batch spends more than that); "b" spends 150 ms.
  const spin = { a: 60, b: 150, c: 60 };
  const outcomes = runPipelineBatch(STORIES, [fake('slow', calls, spin), fake('after', calls)], { ...DEFAULT_LIMITS, timeBudgetMs: 100 });
  assert.deepEqual(outcomes.map((o) => o.ok), [true, false, true]);
  const error = (outcomes[1] as { error: DatelineError }).error;
  assert.equal(error.code, 'TIMEOUT');
  assert.match(error.message, /after slow/);
  assert.deepEqual(calls, ['slow:a', 'slow:b', 'slow:c', 'after:a', 'after:c']);
});
