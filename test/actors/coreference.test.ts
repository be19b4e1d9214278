import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEntities } from '../../src/actors/entity-resolver.js';
import { quotedRanges } from '../../src/actors/coreference.js';
import type { Entity } from '../../src/document/layers.js';
import { docOf, entitiesOf, fictionalKnowledge } from './fictional-knowledge.js';

const kb = fictionalKnowledge();
const spans = (e: Entity | undefined): string[] => (e?.mentions ?? []).map((m) => `${m.text}@${m.start}:${m.kind}`);

test('pronouns and a description join the most recent compatible person', () => {
  const text = 'Freedonian Foreign Minister Chicolini Ravelli met Gloria Teasdale. "We agree," he said. The Freedonian top diplomat left.';
  const entities = resolveEntities(entitiesOf(text, [['Freedonian', 'NORP', 'FRD'], ['Chicolini Ravelli', 'PERSON'], ['Gloria Teasdale', 'PERSON']]), docOf(text), kb);
  const ravelli = entities.find((e) => e.name === 'Chicolini Ravelli');
  const teasdale = entities.find((e) => e.name === 'Gloria Teasdale');
  // "he" goes to the most recent person (Teasdale); the description matches Ravelli's office.
  assert.deepEqual(spans(teasdale), ['Gloria Teasdale@50:name', 'he@79:pronoun']);
  assert.deepEqual(spans(ravelli), ['Chicolini Ravelli@28:name', 'The Freedonian top diplomat@88:nominal']);
});

test('a description with no antecedent names the office-holder on the article date', () => {
  const text = 'The talks stalled. The Freedonian president rejected the plan.';
  const in2023 = resolveEntities([], docOf(text, '2023-05-01'), kb);
  const in2025 = resolveEntities([], docOf(text, '2025-05-01'), kb);
  assert.deepEqual(in2023.map((e) => [e.name, e.role, ...spans(e)]), [['Rufus Firefly', 'President', 'The Freedonian president@19:nominal']]);
  assert.deepEqual(in2025.map((e) => e.name), ['Gloria Teasdale']);
});

test('"they" joins the most recent organisation in the same or previous sentence', () => {
  const text = 'The FLF fired rockets. They said more would follow.';
  const [front] = resolveEntities(entitiesOf(text, [['FLF', 'ORG']]), docOf(text), kb);
  assert.deepEqual(spans(front), ['FLF@4:name', 'They@23:pronoun']);
});

test('quoted ranges close at the paragraph end when a quote is left open', () => {
  assert.deepEqual(quotedRanges('a "b" c\n"d\ne'), [[2, 5], [8, 10]]);
});

// Known limits, kept visible: pronouns do not yet check gender or number beyond person/organisation.
test.todo('"she" skips the most recent person when that person is known to be a man');
