import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, entity, quotesIn } from './quote-helpers.js';

// A seed-shaped article with fictional people: a lead with reported speech, four quotes by one man.
const ARTICLE = [
  'Ruritania has urged the world to hold a peace conference, Ruritanian Foreign Minister Ivo Marek told his Bolgravian counterpart Petr Lenz during a phone call on Monday.',
  '"The special session of the assembly passed a resolution calling for a truce, and that reflected the voice of the world," said Ivo Marek, as quoted on the Ruritanian Foreign Ministry’s website.',
  '"Ruritania calls for a credible peace conference to put the issue back on track," he said.',
  'The Ruritanian top diplomat pointed out that the situation in the valley "is deteriorating with each passing day and the number of victims is growing."',
  '"No responsible country can allow this tragedy to go on," he said.',
].join('\n\n');

test('pronoun speakers: without entities, he and the role description resolve to the named speaker', () => {
  const direct = quotesIn(ARTICLE).filter((q) => q.direct);
  assert.equal(direct.length, 4);
  assert.deepEqual(direct.map((q) => q.speaker?.name), ['Ivo Marek', 'Ivo Marek', 'Ivo Marek', 'Ivo Marek']);
  assert.deepEqual(direct.map((q) => q.speaker?.text), ['Ivo Marek', 'he', 'The Ruritanian top diplomat', 'he']);
  assert.deepEqual(direct.map((q) => q.cue?.text), ['said', 'said', 'pointed out', 'said']);
  assert.equal(direct[0]!.source, 'the Ruritanian Foreign Ministry’s website');
  assert.equal(direct[2]!.text.startsWith('is deteriorating'), true);
  for (const q of direct) assert.equal(ARTICLE.slice(q.speaker!.start, q.speaker!.end), q.speaker!.text);
});

test('pronoun speakers: with an entities layer every quote and the lead resolve to the entity', () => {
  const marek = entity(ARTICLE, 'e1', 'Ivo Marek', 'PERSON', ['Foreign Minister Ivo Marek', 'said Ivo Marek']);
  const fixed = { ...marek, mentions: marek.mentions.map((m) => (m.text.startsWith('said ') ? { ...m, start: m.start + 5, text: 'Ivo Marek' } : m)) };
  const quotes = quotesIn(ARTICLE, [fixed]);
  assert.equal(quotes.length, 5);
  assert.ok(quotes.every((q) => q.speaker?.entity === 'e1' && q.speaker.name === 'Ivo Marek'));
  const lead = quotes[0]!;
  assert.equal(lead.direct, false);
  assert.equal(lead.text, 'Ruritania has urged the world to hold a peace conference');
  assert.equal(lead.cue?.start, at(ARTICLE, 'told'));
  assert.equal(lead.speaker?.text, 'Ruritanian Foreign Minister Ivo Marek');
  assert.equal(lead.addressee?.text, 'his Bolgravian counterpart Petr Lenz');
});

test('pronoun speakers: a pronoun takes the person named as the subject of an earlier sentence', () => {
  const text = 'Petr Lenz arrived in the capital on Monday. "The talks will be difficult," he said.';
  const lenz = entity(text, 'p1', 'Petr Lenz', 'PERSON', ['Petr Lenz']);
  const [quote] = quotesIn(text, [lenz]);
  assert.equal(quote?.speaker?.text, 'he');
  assert.equal(quote?.speaker?.start, at(text, 'he said'));
  assert.equal(quote?.speaker?.entity, 'p1');
});

test('pronoun speakers: a pronoun with nobody before it stays as written', () => {
  const [quote] = quotesIn('"We are leaving," she said.');
  assert.equal(quote?.speaker?.name, 'she');
  assert.equal(quote?.speaker?.entity, null);
});

test('unnamed speakers stay unresolved, even when they mention an entity', () => {
  const text = 'A source in the ministry said the minister would resign. Officials said the vote was delayed.';
  const ministry = entity(text, 'o1', 'Ministry of Defence', 'ORG', ['the ministry']);
  const quotes = quotesIn(text, [ministry]);
  assert.deepEqual(quotes.map((q) => [q.speaker?.name, q.speaker?.entity]), [['A source in the ministry', null], ['Officials', null]]);
});
