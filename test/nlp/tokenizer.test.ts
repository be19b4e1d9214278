import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenizer.js';

// [input, expected tokens as "text@start"]
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['Wang Yi told his Omani counterpart.', ['Wang@0', 'Yi@5', 'told@8', 'his@13', 'Omani@17', 'counterpart@23', '.@34']],
  ["Oman's envoy", ['Oman@0', "'s@4", 'envoy@7']],
  ['China’s top diplomat', ['China@0', '’s@5', 'top@8', 'diplomat@12']],
  ['the U.S. and U.K. said', ['the@0', 'U.S.@4', 'and@9', 'U.K.@13', 'said@18']],
  ['Mr. Hagari spoke', ['Mr.@0', 'Hagari@4', 'spoke@11']],
  ['George W. Bush', ['George@0', 'W.@7', 'Bush@10']],
  ['more than 1,400.5 people on 1996-08-22 at 10:30', ['more@0', 'than@5', '1,400.5@10', 'people@18', 'on@25', '1996-08-22@28', 'at@39', '10:30@42']],
  ['“We are ready,” he said.', ['“@0', 'We@1', 'are@4', 'ready@8', ',@13', '”@14', 'he@16', 'said@19', '.@23']],
  ['al-Qaeda and O\'Neill', ['al-Qaeda@0', 'and@9', "O'Neill@13"]],
  ['a 38-year-old man', ['a@0', '38-year-old@2', 'man@14']],
  ['AT&T (New York) -- shares', ['AT&T@0', '(@5', 'New@6', 'York@10', ')@14', '--@16', 'shares@19']],
  ['wait... what', ['wait@0', '...@4', 'what@8']],
  ['Zürich-based Société Générale', ['Zürich-based@0', 'Société@13', 'Générale@21']],
  ['ministers\' talks', ['ministers@0', "'@9", 'talks@11']],
  ['end.', ['end@0', '.@3']],
];

for (const [input, expected] of CASES) {
  test(`tokenize: ${input}`, () => {
    const tokens = tokenize(input);
    assert.deepEqual(tokens.map((t) => `${t.text}@${t.start}`), expected);
    for (const t of tokens) assert.equal(input.slice(t.start, t.end), t.text);
  });
}

test('tokenize: a range of the text keeps document offsets', () => {
  const text = 'Beijing said. Moscow agreed.';
  assert.deepEqual(tokenize(text, 14, 28).map((t) => `${t.text}@${t.start}`), ['Moscow@14', 'agreed@21', '.@27']);
});

test('tokenize: whitespace only gives no tokens', () => {
  assert.deepEqual(tokenize(' \n\t '), []);
});

test("tokenize: clitics split off, also after a space (as in CoNLL's own text)", () => {
  assert.deepEqual(tokenize("I'm sure we'll see Oman 's role").map((t) => t.text), ['I', "'m", 'sure', 'we', "'ll", 'see', 'Oman', "'s", 'role']);
});

test('a long token kept after its article is gone does not keep the article\'s text alive', async () => {
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  // What a word cache does: keep one long word of each of 40 one-megabyte articles.
  const kept: string[] = [];
  for (let k = 0; k < 40; k++) {
    const article = `Telecommunications ministers met. ${'The talks would resume on Tuesday. '.repeat(30_000)}${k}`;
    kept.push(tokenize(article, 0, 40)[0]!.text);
  }
  gc();
  assert.deepEqual(new Set(kept), new Set(['Telecommunications']));
  assert.ok((process.memoryUsage().heapUsed - before) / 1e6 < 5, 'the 40 MB of articles were freed');
});
