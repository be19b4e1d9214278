import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadQuoteLexicon, parseCues, parseSources, parseSpeakerWords } from '../../../src/components/quotes/quote-lexicon.js';
import { DatelineError } from '../../../src/errors.js';

test('parseCues: forms by first word, longest first, with flags', () => {
  const cues = parseCues('# comment\ncue say : says, said\ncue point_out : pointed out\ncue tell addressee : told\n', 'cues.txt');
  assert.equal(cues.get('said')?.[0]?.id, 'say');
  assert.deepEqual(cues.get('pointed')?.[0]?.words, ['pointed', 'out']);
  assert.equal(cues.get('told')?.[0]?.flags.has('addressee'), true);
});

test('parseCues: every bad line is reported with its line number', () => {
  assert.throws(
    () => parseCues('cue say : says\ncue say nonsense : said\nsay : said\ncue x : Said\ncue y : says\n', 'cues.txt'),
    (error: unknown) => {
      assert.ok(error instanceof DatelineError);
      assert.equal(error.code, 'BAD_FORMAT');
      for (const where of ['cues.txt:2', 'cues.txt:3', 'cues.txt:4', 'cues.txt:5']) assert.ok(error.message.includes(where), where);
      assert.ok(!error.message.includes('cues.txt:1:'));
      return true;
    },
  );
});

test('parseSources: bracketed words become the source, with a run-on', () => {
  const sources = parseSources('reporters : told [reporters]\nsite : as quoted on [...]\nchannel : on [* telegram channel]\n', 's.txt');
  assert.deepEqual(sources.get('told')?.[0], { label: 'reporters', words: ['told', 'reporters'], from: 1, to: 2, runOn: false });
  assert.equal(sources.get('as')?.[0]?.runOn, true);
  assert.deepEqual(sources.get('on')?.[0]?.words, ['on', '*', 'telegram', 'channel']);
});

test('parseSources: missing brackets, a leading wildcard and a stray ... are errors', () => {
  assert.throws(() => parseSources('a : told reporters\nb : [* channel]\nc : in ... [x]\n', 's.txt'), /s\.txt:1.*\n.*s\.txt:2.*\n.*s\.txt:3/);
});

test('parseSpeakerWords: kinds and heads of multi-word roles', () => {
  const words = parseSpeakerWords('pronoun person : he, she\nrole : foreign minister\nunnamed : officials\n', 'w.txt');
  assert.equal(words.personPronouns.has('she'), true);
  assert.equal(words.roles.has('minister'), true);
  assert.equal(words.unnamed.has('officials'), true);
  assert.throws(() => parseSpeakerWords('celebrity : star\n', 'w.txt'), /w\.txt:1/);
});

test('the production lexicons in data/quotes load without errors', () => {
  const lexicon = loadQuoteLexicon();
  assert.equal(lexicon.cues.get('said')?.[0]?.id, 'say');
  assert.ok(lexicon.sources.get('in')?.some((p) => p.label === 'statement'));
  assert.ok(lexicon.speakers.personPronouns.has('he'));
});
