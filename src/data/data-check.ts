/**
 * Runs every loader of the shipped data once, so that a broken edit to a file in data/ is caught
 * with its file and line before it reaches a user. `dateline data check` and the test suite call it.
 */
import { defaultAgencies } from '../components/dateline/agency-table.js';
import { DEFAULT_NER_MODEL } from '../components/entities/entity-component.js';
import { loadNerModel } from '../components/entities/ner-model-file.js';
import { loadQuoteLexicon } from '../components/quotes/quote-lexicon.js';
import { loadLexicon } from '../components/times/time-lexicon.js';
import { loadCameoToPlover } from '../events/code-map.js';
import { loadCodeTable } from '../events/code-table.js';
import { loadNewsDictionary } from '../events/dictionary-parser.js';
import { loadStatementDictionary } from '../events/statement-content.js';
import { loadFipsTable } from '../events/exports/fips-table.js';
import { loadDefaultGazetteer } from '../gazetteer/default-gazetteer.js';
import { loadActorKnowledge } from '../actors/default-actor-knowledge.js';

export interface DataCheck {
  readonly name: string;
  readonly files: string;
  readonly load: () => unknown;
}

/** Every shipped data set and its loader. */
export const DATA_CHECKS: readonly DataCheck[] = [
  { name: 'agencies', files: 'data/agencies/', load: defaultAgencies },
  { name: 'gazetteer', files: 'data/gazetteer/ + world-countries + GeoNames cities', load: loadDefaultGazetteer },
  { name: 'time lexicon', files: 'data/times/', load: () => loadLexicon() },
  { name: 'quote lexicon', files: 'data/quotes/', load: () => loadQuoteLexicon() },
  { name: 'CAMEO codes', files: 'data/codes/cameo.tsv', load: () => loadCodeTable('cameo') },
  { name: 'PLOVER codes', files: 'data/codes/plover.tsv', load: () => loadCodeTable('plover') },
  { name: 'CAMEO to PLOVER', files: 'data/codes/cameo-to-plover.tsv', load: loadCameoToPlover },
  { name: 'ISO to FIPS', files: 'data/codes/iso-fips.tsv', load: loadFipsTable },
  { name: 'event dictionary', files: 'data/events/news.dict', load: () => loadNewsDictionary() },
  { name: 'statement patterns', files: 'data/events/statements.dict', load: loadStatementDictionary },
  { name: 'name model', files: 'data/models/ner/', load: () => loadNerModel(DEFAULT_NER_MODEL) },
  { name: 'actor knowledge', files: 'data/actors/', load: () => loadActorKnowledge() },
];

export interface DataCheckResult {
  readonly name: string;
  readonly files: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly error: string | null;
}

export function runDataChecks(checks: readonly DataCheck[] = DATA_CHECKS): DataCheckResult[] {
  return checks.map((check) => {
    const start = performance.now();
    try {
      check.load();
      return { name: check.name, files: check.files, ok: true, ms: performance.now() - start, error: null };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { name: check.name, files: check.files, ok: false, ms: performance.now() - start, error: message };
    }
  });
}
