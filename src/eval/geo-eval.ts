/**
 * `dateline eval geo --lgl FILE | --geovirus FILE [--gold-spans] [--half first|second]`: toponym recognition (P/R/F1 by
 * span overlap) and resolution (accuracy within 161 km, mean and median error) of the places layer.
 * With --gold-spans the gold toponyms themselves are resolved, so resolution is measured apart from
 * recognition; a gold span written as a nationality (LGL tags "Russian" as Russia) is then read as
 * its country, which the places layer itself never does.
 *
 * @example dateline eval geo --lgl ../shared/data/geo/lgl/lgl.xml
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { resolveCandidates } from '../components/places/place-component.js';
import type { PlaceCandidate } from '../components/places/place-candidate.js';
import { qualifierAfter } from '../components/places/qualifier-finder.js';
import { localeCountry } from '../components/places/locale-cues.js';
import type { Document } from '../document/document.js';
import { withLayer } from '../document/document.js';
import type { LayerName, Place } from '../document/layers.js';
import { defaultGazetteer } from '../gazetteer/default-gazetteer.js';
import { DatelineError } from '../errors.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { demonymCountries } from './geo-demonyms.js';
import type { GeoArticle, GoldToponym } from './geo-gold.js';
import { addArticle, emptyGeoCounts, formatGeoScores } from './geo-score.js';
import type { PredictedPlace } from './geo-score.js';
import { readGeoVirus } from './geovirus-reader.js';
import { readLgl } from './lgl-reader.js';
import { halfOf } from './polnear-reader.js';
import type { Half } from './polnear-reader.js';

const NEEDED: ReadonlySet<LayerName> = new Set(['sentences', 'entities', 'dateline', 'places']);

function documentOf(article: GeoArticle): Document {
  // The text is used as read, not normalised, so that the gold offsets stay valid.
  return { meta: { id: article.id, title: null, url: null, source: null, published: article.published, language: 'en', author: null }, text: article.text, layers: {} };
}

function runPlaces(article: GeoArticle): readonly Place[] {
  let doc = documentOf(article);
  for (const component of createPipeline()) {
    if (!NEEDED.has(component.produces)) continue;
    doc = withLayer(doc, component.produces, component.run(doc));
  }
  return doc.layers.places ?? [];
}

function resolveGoldSpans(gazetteer: Gazetteer, demonyms: ReadonlyMap<string, string>, article: GeoArticle): readonly Place[] {
  // "Russian" → "Russia": a gold span written as a nationality is read as its country's name.
  const asCountryName = (text: string): string => demonyms.get(text.toLowerCase()) ?? text;
  const candidates: PlaceCandidate[] = article.toponyms.map((toponym) => ({
    start: toponym.start, end: toponym.end, text: asCountryName(toponym.text),
    source: 'entity', entityType: 'LOCATION', qualifier: qualifierAfter(gazetteer, article.text, toponym.end),
  }));
  return resolveCandidates(gazetteer, candidates, null, 'places.v4', localeCountry(article.text));
}

export function buildGeoEvalCommand(): Command {
  return new Command('geo')
    .description('Toponym P/R/F1 and accuracy within 161 km of the places layer against LGL or GeoVirus')
    .option('--lgl <file>', 'LGL corpus (lgl.xml)')
    .option('--geovirus <file>', 'GeoVirus corpus (GeoVirus.xml)')
    .option('--gold-spans', 'resolve the gold toponym spans (resolution alone, without recognition)')
    .option('--misses <n>', 'list the n names most often resolved more than 161 km away', (value) => Number.parseInt(value, 10))
    .option('--limit <n>', 'only the first n articles', (value) => Number.parseInt(value, 10))
    .option('--half <half>', 'only the first or second half of the articles, in file order (develop on the first)')
    .action((options: { lgl?: string; geovirus?: string; goldSpans?: boolean; limit?: number; misses?: number; half?: string }) => {
      if ((options.lgl === undefined) === (options.geovirus === undefined)) {
        throw new DatelineError('BAD_FIELD', 'give exactly one of --lgl FILE or --geovirus FILE (e.g. dateline eval geo --lgl ../shared/data/geo/lgl/lgl.xml)');
      }
      const articles = options.lgl !== undefined ? readLgl(readFileSync(options.lgl, 'utf8')) : readGeoVirus(readFileSync(options.geovirus!, 'utf8'));
      if (options.half !== undefined && options.half !== 'first' && options.half !== 'second') throw new DatelineError('BAD_FIELD', `--half is first or second, not "${options.half}"`);
      const halved = halfOf(articles, options.half as Half | undefined);
      const chosen = options.limit !== undefined ? halved.slice(0, options.limit) : halved;
      const gazetteer = defaultGazetteer();
      const demonyms = demonymCountries();
      const counts = emptyGeoCounts();
      const misses = new Map<string, number>();
      const onMiss = (toponym: GoldToponym, place: PredictedPlace, km: number | null): void => {
        const name = 'name' in place ? ` → ${String(place.name)} ${String((place as Place).country)}` : '';
        const key = `${toponym.text}${name} (${km === null ? 'unplaced' : `${Math.round(km)} km`})`;
        misses.set(key, (misses.get(key) ?? 0) + 1);
      };
      for (const article of chosen) {
        const places = options.goldSpans ? resolveGoldSpans(gazetteer, demonyms, article) : runPlaces(article);
        addArticle(counts, article.toponyms, places, options.misses === undefined ? undefined : onMiss);
      }
      console.log(`${options.lgl !== undefined ? 'LGL' : 'GeoVirus'}: ${chosen.length} articles${options.half !== undefined ? ` (${options.half} half)` : ''}${options.goldSpans ? ' (gold spans)' : ''}`);
      console.log(formatGeoScores(counts, options.goldSpans === true));
      const listed = [...misses].sort((a, b) => b[1] - a[1]).slice(0, options.misses ?? 0);
      for (const [miss, count] of listed) console.log(`  ${String(count).padStart(4)}  ${miss}`);
    });
}
