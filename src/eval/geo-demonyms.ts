/**
 * Nationality words as the geo gold sets tag them (LGL marks "Russian" and "Americans" as Russia and
 * the United States): demonym → country name, from `world-countries`. Where several countries share
 * a demonym ("American": the United States and the Northern Mariana Islands) the largest by area
 * takes it. Used only to resolve gold spans; the places layer never reads a nationality as a place.
 *
 * @example demonymCountries().get('russian') // => 'Russia'
 */
import { createRequire } from 'node:module';

interface RawCountry {
  readonly name: { readonly common: string };
  readonly area: number;
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

/** Lower-case demonym (and its plural) → the country's common name. */
export function demonymCountries(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as RawCountry[];
  const best = new Map<string, RawCountry>();
  for (const country of countries) {
    const eng = country.demonyms?.eng;
    if (eng === undefined) continue;
    for (const word of [eng.m, eng.f]) {
      for (const form of [word.toLowerCase(), `${word.toLowerCase()}s`]) {
        const held = best.get(form);
        if (held === undefined || country.area > held.area) best.set(form, country);
      }
    }
  }
  return new Map([...best].map(([word, country]) => [word, country.name.common]));
}
