import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNewsDictionary, mergeDictionaries, parseDictionary } from '../../src/events/dictionary-parser.js';
import { loadCodeTable } from '../../src/events/code-table.js';

test('a pattern line splits at its trigger and keeps code, mode and origin', () => {
  const [pattern] = parseDictionary('\n\nverb fail to *take hostage => 181 mode=abduct # note\n', 'a.dict').patterns;
  assert.equal(pattern?.trigger, 'take');
  assert.equal(pattern?.before.length, 2);
  assert.equal(pattern?.after.length, 1);
  assert.equal(pattern?.code, '181');
  assert.equal(pattern?.mode, 'abduct');
  assert.equal(pattern?.origin, 'a.dict:3');
});

test('a noun pattern triggers on its head word', () => {
  const [pattern] = parseDictionary('noun ground operation => 190\n', 'a.dict').patterns;
  assert.equal(pattern?.trigger, 'operation');
  assert.equal(pattern?.before.length, 1);
});

const BROKEN: Array<[string, RegExp]> = [
  ['verb attack 190', /a\.dict:2: a pattern line reads/],
  ['verb attack => 19x0y0z0q', /a\.dict:2: "19x0y0z0q" is not a code/],
  ['verb *attack *strike => 190', /only one word may carry the trigger mark/],
  ['verb attack &nothing => 190', /synset &nothing is not defined/],
  ['verb attack => 190 loudly', /unknown option "loudly"/],
  ['shout attack => 190', /a line starts with verb, noun, set, forms, actor or agent/],
  ['actor gondor => GON 1995', /"1995" is not <YYYYMMDD/],
  ['agent police => POL', /an agent line reads/],
];

for (const [line, message] of BROKEN) {
  test(`refuses "${line}" with its line number`, () => {
    assert.throws(() => parseDictionary(`# first line\n${line}\n`, 'a.dict'), (error: Error) => message.test(error.message) && /a\.dict:2/.test(error.message));
  });
}

test('an overlay replaces a pattern with the same text and adds new ones', () => {
  const base = parseDictionary('verb attack => 190\nverb strike => 190\n', 'base.dict');
  const overlay = parseDictionary('verb attack => none\nverb shell => 194\n', 'user.dict');
  const merged = mergeDictionaries(base, overlay);
  assert.deepEqual(merged.patterns.map((pattern) => `${pattern.trigger}:${pattern.code}`), ['strike:190', 'attack:null', 'shell:194']);
});

test('every code of the shipped news dictionary is a CAMEO code', () => {
  const cameo = loadCodeTable('cameo');
  const dictionary = loadNewsDictionary();
  assert.ok(dictionary.patterns.length > 100);
  for (const pattern of dictionary.patterns) {
    for (const code of [pattern.code, pattern.reverse]) if (code !== null) assert.ok(cameo.get(code), `${pattern.origin}: ${code}`);
  }
});
