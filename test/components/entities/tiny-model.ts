/**
 * A tiny name model trained inside the tests on hand-written fictional sentences, with a
 * fictional gazetteer, so that no test depends on the shipped weights or the world-countries data.
 */
import type { CountryGazetteer, GazetteerEntry } from '../../../src/components/entities/country-gazetteer.js';
import type { FeatureResources } from '../../../src/components/entities/ner-features.js';
import { documentFeatures, WordAttributeCache } from '../../../src/components/entities/ner-features.js';
import type { TokenSpan } from '../../../src/components/entities/ner-tags.js';
import { createTagSet, spansToTags } from '../../../src/components/entities/ner-tags.js';
import type { TrainedModel } from '../../../src/components/entities/perceptron-trainer.js';
import { trainPerceptron } from '../../../src/components/entities/perceptron-trainer.js';

const entry = (kind: GazetteerEntry['kind'], country: string, countryName: string): GazetteerEntry => ({ kind, country, countryName });

export const FICTIONAL_GAZETTEER: CountryGazetteer = {
  phrases: new Map([
    ['zorvia', entry('country', 'ZRV', 'Zorvia')],
    ['zorvian', entry('demonym', 'ZRV', 'Zorvia')],
    ['north quell', entry('country', 'NQL', 'North Quell')],
    ['quellish', entry('demonym', 'NQL', 'North Quell')],
    ['port amber', entry('capital', 'ZRV', 'Zorvia')],
    ['drevish', entry('demonym', 'DRV', 'Drevish Republic')],
  ]),
  prefixes: new Set(['north', 'port']),
  maxTokens: 2,
  countryOrPeople: new Map([['drevish', 'DRV']]),
};

/** Sentences with their names, written as "Word/TYPE" for name words ("Tam/B-PER Okafor/I-PER"). */
const TRAINING = [
  'Foreign/O Minister/O Tam/B-PER Okafor/I-PER visited/O Zorvia/B-LOC on/O Monday/O ./O',
  'Minister/O Lio/B-PER Brandt/I-PER said/O the/O talks/O were/O useful/O ./O',
  'The/O Zorvian/B-MISC envoy/O met/O Hana/B-PER Voss/I-PER in/O Port/B-LOC Amber/I-LOC ./O',
  'Blixcorp/B-ORG shares/O rose/O after/O Mira/B-PER Santel/I-PER spoke/O ./O',
  'President/O Odo/B-PER Kallan/I-PER of/O North/B-LOC Quell/I-LOC said/O he/O would/O visit/O ./O',
  'The/O Quellish/B-MISC army/O left/O Zorvia/B-LOC on/O Friday/O ./O',
  'Spokesman/O Pell/B-PER Arun/I-PER said/O Trevco/B-ORG Bank/I-ORG would/O pay/O ./O',
  'Minister/O Sava/B-PER Orlen/I-PER told/O the/O Zorvian/B-MISC parliament/O ./O',
  'the/O bank/O said/O prices/O rose/O in/O Port/B-LOC Amber/I-LOC ./O',
  'Blixcorp/B-ORG said/O Minister/O Dara/B-PER Imre/I-PER would/O resign/O ./O',
  'Officials/O in/O North/B-LOC Quell/I-LOC said/O talks/O with/O Trevco/B-ORG Bank/I-ORG failed/O ./O',
  'Envoy/O Rin/B-PER Taslo/I-PER arrived/O in/O Zorvia/B-LOC ./O',
];

function parseLine(line: string): { words: string[]; names: TokenSpan[] } {
  const pairs = line.split(' ').map((p) => p.split('/') as [string, string]);
  const words = pairs.map(([w]) => w);
  const names: TokenSpan[] = [];
  pairs.forEach(([, tag], i) => {
    if (tag.startsWith('B-')) names.push({ start: i, end: i + 1, type: tag.slice(2) });
    else if (tag.startsWith('I-')) names[names.length - 1] = { ...names[names.length - 1]!, end: i + 1 };
  });
  return { words, names };
}

export function trainTinyModel(): TrainedModel {
  const tagSet = createTagSet(['PER', 'ORG', 'LOC', 'MISC']);
  const resources: FeatureResources = { clusters: new Map(), gazetteer: FICTIONAL_GAZETTEER };
  const cache = new WordAttributeCache(resources.clusters);
  const data = TRAINING.map(parseLine).map((s) => ({
    features: documentFeatures([s.words], resources, cache)[0]!,
    gold: spansToTags(tagSet, s.words.length, s.names),
  }));
  return trainPerceptron(tagSet, resources, data, { epochs: 15, hashBits: 14, seed: 7 });
}
