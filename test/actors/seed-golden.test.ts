/**
 * The seed article's entity gold (../shared/seed/expected.json): every entity with its country and
 * role, its listed surfaces among its mentions, and every "he" and "the Chinese top diplomat" joined
 * to Wang Yi. Runs the real name model and the shipped knowledge (the entity component resolves
 * actors as its last refiner); the gold is bundled in test/golden/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createEntityComponent } from '../../src/components/entities/entity-component.js';
import { docOf } from './fictional-knowledge.js';

const GOLD = new URL('../golden/seed.expected.json', import.meta.url);
const SEED = new URL('../../examples/tass-2023-11-01-wang-yi-albusaidi.txt', import.meta.url);

interface GoldEntity { name: string; type: string; country: string; role?: string; surface?: string[] }

const stripThe = (s: string): string => s.replace(/^the\s+/i, '').replace(/[’']s$/, '').toLowerCase();

test('the seed article: every gold entity with its country, role and surfaces', () => {
  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { entities: GoldEntity[] }).entities;
  const doc = docOf(readFileSync(SEED, 'utf8'), '2023-11-01');
  const entities = createEntityComponent().run(doc);
  for (const g of gold) {
    const found = entities.find((e) => e.name === g.name);
    assert.ok(found, `no entity named ${g.name}`);
    assert.equal(found.country, g.country, `${g.name}: country`);
    if (g.role) assert.equal(found.role, g.role, `${g.name}: role`);
    const surfaces = found.mentions.map((m) => stripThe(m.text));
    // A titled surface ("Chinese Foreign Minister Wang Yi") is met by its name: titles are read as context, not mentioned.
    for (const surface of g.surface ?? []) {
      const key = stripThe(surface);
      assert.ok(surfaces.some((s) => key === s || key.endsWith(` ${s}`)), `${g.name}: no mention "${surface}" among ${surfaces.join(' | ')}`);
    }
  }
  const wang = entities.find((e) => e.name === 'Wang Yi')!;
  const pronouns = [...doc.text.matchAll(/\bhe said\b/g)].map((m) => m.index);
  assert.deepEqual(wang.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.start), pronouns);
  assert.ok(wang.mentions.some((m) => m.kind === 'nominal' && m.text === 'The Chinese top diplomat'));
});
