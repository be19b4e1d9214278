/**
 * Codes a sentence with the shipped news dictionary and three fictional countries (Arnor, Gondor,
 * Rohan), as `SOURCE>TARGET:CODE` strings: what the dictionary's table tests compare.
 */
import { loadNewsDictionary, parseDictionary } from '../../src/events/dictionary-parser.js';
import { buildTriggerIndex } from '../../src/events/trigger-index.js';
import { buildActorLexicon, findDictionaryActors } from '../../src/events/dictionary-actor-finder.js';
import { eventTokens } from '../../src/events/event-tokens.js';
import { codeSentence } from '../../src/events/sentence-coder.js';

const INDEX = buildTriggerIndex(loadNewsDictionary());
const LEXICON = buildActorLexicon(parseDictionary('actor arnor => ARN\nactor gondor => GON\nactor rohan => ROH\n', 'actors.dict'));

export function codeNews(text: string): string[] {
  const tokens = eventTokens(text);
  return codeSentence(tokens, findDictionaryActors(tokens, LEXICON, '20000101'), INDEX, { filterUnrealised: true })
    .map((event) => `${event.source?.code ?? '-'}>${event.target?.code ?? '-'}:${event.code}`);
}
