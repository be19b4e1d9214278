import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importPetrarchActors, importPetrarchAgents, importPetrarchVerbs } from '../../src/events/petrarch-importer.js';
import { importTabariActors, importTabariVerbs } from '../../src/events/tabari-importer.js';
import { checkImport } from '../../src/events/import-check.js';
import { convertPattern } from '../../src/events/import-pattern.js';
import { buildTriggerIndex } from '../../src/events/trigger-index.js';
import { buildActorLexicon, findDictionaryActors } from '../../src/events/dictionary-actor-finder.js';
import { eventTokens } from '../../src/events/event-tokens.js';
import { codeSentence } from '../../src/events/sentence-coder.js';

// A tiny fictional dictionary in PETRARCH's layout, written for this test.
const PETRARCH_VERBS = `<!-- TEST VERBS -->
&WEAPONS
+CATAPULTS
+SIEGE ENGINES

--- BESIEGE [191] ---
BESIEGE {BESIEGES BESIEGED}  # a comment
+LAY_SIEGE
- * WITH &WEAPONS [194]
- FAILED_TO_* [---]

--- GREET [---] ---
GREET
- $ * + WARMLY [051]
- % * [040:040]
`;

const PETRARCH_ACTORS = `ZENDA [ZEN]
+ZENDAN
RURITANIA_ [RUR]
OLD KING RUDOLF
\t[RURGOV 19000101 - 19101231]
\t[RUR > 19110101]
`;

const PETRARCH_AGENTS = `!GUARD! = GUARD, GUARDS
PALACE_!GUARD! [~MIL]
MINISTER {MINISTERS} [~GOV]
`;

test('PETRARCH verbs become verb, set and forms lines', () => {
  const { lines, warnings } = importPetrarchVerbs(PETRARCH_VERBS, 'v.txt');
  assert.deepEqual(warnings, []);
  assert.ok(lines.includes('set &weapons = catapults | siege engines'));
  assert.ok(lines.includes('forms besiege = besieges besieged'));
  assert.ok(lines.includes('verb besiege => 191'));
  assert.ok(lines.includes('verb *besiege ... with ... &weapons => 194'));
  assert.ok(lines.includes('verb lay siege => 191'), lines.join('\n'));
  assert.ok(lines.includes('verb failed to *besiege => none'));
  assert.ok(lines.includes('verb greet => none'));
  assert.ok(lines.includes('verb SOURCE ... *greet ... TARGET ... warmly => 051'));
});

test('PETRARCH actors keep synonyms and dated codes; agents expand their sets', () => {
  assert.deepEqual(importPetrarchActors(PETRARCH_ACTORS, 'a.txt').lines, [
    'actor zenda => ZEN',
    'actor zendan => ZEN',
    'actor ruritania => RUR',
    'actor old king rudolf => RURGOV 19000101-19101231, RUR >19110101',
  ]);
  assert.deepEqual(importPetrarchAgents(PETRARCH_AGENTS, 'g.txt').lines, [
    'agent palace guard => ~MIL',
    'agent palace guards => ~MIL',
    'agent minister => ~GOV',
    'agent ministers => ~GOV',
  ]);
});

test('TABARI verbs and stemmed actors import too', () => {
  const verbs = importTabariVerbs('<SYNSETS>\n&ARMS\n+SWORDS\n</SYNSETS>\nDUEL [190] ;note\n{ DUELLED DUELLING }\n- * WITH { &ARMS | PISTOLS } [193]\n', 'v.verbs');
  assert.ok(verbs.lines.includes('verb duel => 190'));
  assert.ok(verbs.lines.includes('forms duel = duelled duelling'));
  assert.deepEqual(verbs.warnings.length, 1, 'a synset nested in a choice is reported, not silently dropped');
  const actors = importTabariActors('ZENDA  [ZEN] ;x\nRURIT_  [RUR 950101-991231] [RUX]\n', 'a.actors');
  assert.deepEqual(actors.lines, ['actor zenda* => ZEN', 'actor rurit => RUR 19950101-19991231, RUX']);
});

test('pattern conversion maps slots, connectors and gaps', () => {
  assert.equal(convertPattern('+ HOSTING * TABASKI ^ $', ['celebrate']), 'TARGET ... hosting ... *celebrate ... tabaski ... SOURCE');
  assert.equal(convertPattern('*_OUT', ['act']), '*act out');
  assert.deepEqual(convertPattern('WITH +', ['act']), { problem: 'the pattern has no * for its verb' });
});

test('an imported dictionary codes a sentence through the same matcher', () => {
  const { dictionary } = checkImport({
    lines: [...importPetrarchVerbs(PETRARCH_VERBS, 'v.txt').lines, ...importPetrarchActors(PETRARCH_ACTORS, 'a.txt').lines, ...importPetrarchAgents(PETRARCH_AGENTS, 'g.txt').lines],
    warnings: [],
  }, 'import.dict');
  const index = buildTriggerIndex(dictionary);
  const lexicon = buildActorLexicon(dictionary);
  const code = (text: string, date: string) => {
    const tokens = eventTokens(text);
    return codeSentence(tokens, findDictionaryActors(tokens, lexicon, date), index, { filterUnrealised: false })
      .map((event) => `${event.source?.code ?? '-'}>${event.target?.code ?? '-'}:${event.code}`);
  };
  assert.deepEqual(code('Zenda besieged Ruritania with siege engines.', '19500101'), ['ZEN>RUR:194']);
  assert.deepEqual(code('Zenda besieged Ruritania.', '19500101'), ['ZEN>RUR:191']);
  assert.deepEqual(code('Zenda failed to besiege Ruritania.', '19500101'), []);
  assert.deepEqual(code('The Zenda palace guards besieged Ruritania.', '19500101'), ['ZENMIL>RUR:191']);
  assert.deepEqual(code('Old King Rudolf besieged Zenda.', '19050101'), ['RURGOV>ZEN:191']);
  assert.deepEqual(code('Old King Rudolf besieged Zenda.', '19200101'), ['RUR>ZEN:191']);
  assert.deepEqual(code('Zenda greeted Ruritania warmly.', '19500101'), ['ZEN>RUR:051']);
});
