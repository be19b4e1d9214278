/**
 * Writes data/actors/office-holders.tsv (heads of state and government) from the CIA World Factbook
 * extract in a factbook-leaders folder. The extract is public domain, which is why its facts may be
 * written into the project; the script checks that the folder's README still says so and refuses
 * otherwise. Nothing is copied: each line is re-derived (name order, dates, country code).
 *
 * Usage: npx tsx scripts/build-leaders.ts /path/to/factbook-leaders [out.tsv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorldCountries } from '../src/gazetteer/world-countries-source.js';
import { placeKey } from '../src/gazetteer/place-key.js';

interface FactbookCountry {
  readonly name: string;
  readonly longName: string | null;
  readonly chiefOfState?: string | null;
  readonly headOfGovernment?: string | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// Words of a title; the first word outside this set starts the person's name.
const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'king', 'queen', 'sultan', 'emir', 'amir', 'premier', 'chancellor', 'interim',
  'supreme', 'leader', 'co-prince', 'crown', 'prince', 'emperor', 'chairman', 'chairperson', 'vice', 'and', 'of',
  'the', 'council', 'federal', 'governor', 'general', 'governor-general', 'gen.', 'grand', 'duke', 'transitional',
  'acting', 'state', 'head', 'chief', 'executive', 'swiss', 'confederation', 'ministers', 'sovereign', 'sheikh',
  'archbishop', 'pope', 'captains', 'regent', 'presidential', 'military', 'junta', 'national', 'sovereignty',
]);

const ROMAN = /^[IVX]+$/;

/** A surname in Factbook style ("PUTIN", "Hoseini-KHAMENEI"); not an initial ("J.") nor a regnal number ("III"). */
function isCapsToken(token: string, index: number): boolean {
  if (token.endsWith('.') || (index > 0 && ROMAN.test(token))) return false;
  return token.split('-').some((part) => part.length >= 2 && part === part.toUpperCase() && /\p{Lu}/u.test(part));
}

function titleCase(token: string, index: number): string {
  if (index > 0 && ROMAN.test(token)) return token;
  return token.split('-').map((part) => (part === part.toUpperCase() ? part.charAt(0) + part.slice(1).toLowerCase() : part)).join('-');
}

function isoDate(text: string): string | null {
  const match = /(\d{1,2}) ([A-Za-z]+) (\d{4})/.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2]!.toLowerCase());
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

interface Holder { readonly name: string; readonly title: string; readonly from: string; readonly variants: string[] }

/** "President Vladimir Vladimirovich PUTIN (since 7 May 2012)" → Vladimir Putin, President, 2012-05-07. */
export function parseHolder(field: string): Holder | null {
  const first = field.split(';')[0]!.trim();
  const open = first.indexOf('(');
  if (open < 0 || first.includes('(vacant)')) return null;
  const from = isoDate(first.slice(open));
  const words = first.slice(0, open).trim().split(/\s+/);
  let split = 0;
  while (split < words.length - 1 && TITLE_WORDS.has(words[split]!.toLowerCase()) && !isCapsToken(words[split]!, 0)) split++;
  const title = words.slice(0, split).join(' ');
  const nameWords = words.slice(split);
  const capsAt = nameWords.findIndex((word, i) => isCapsToken(word, i));
  if (from === null || title === '' || capsAt < 0) return null;
  const full = nameWords.map((word, i) => titleCase(word, i)).join(' ');
  const surname = nameWords.filter((word, i) => isCapsToken(word, i)).map((word) => titleCase(word, 1)).join(' ');
  // Given names first (Western order): keep the first given name and the surname; surname first: keep all.
  const name = capsAt === 0 ? full : `${titleCase(nameWords[0]!, 0)} ${nameWords.slice(capsAt).map((word) => titleCase(word, 1)).join(' ')}`;
  // A surname alone is a variant only when given names come first: a lone given name ("Ibrahim") would match strangers.
  const variants = [...new Set([full, ...(capsAt > 0 ? [surname] : [])].filter((v) => v !== name && v.length >= 4))];
  return { name, title, from, variants };
}

function main(): void {
  const folder = process.argv[2];
  const out = process.argv[3] ?? 'data/actors/office-holders.tsv';
  if (!folder) throw new Error('usage: npx tsx scripts/build-leaders.ts /path/to/factbook-leaders [out.tsv]');
  const readme = readFileSync(join(folder, 'README.md'), 'utf8');
  if (!/license[^\n]*public domain/i.test(readme)) {
    throw new Error(`${folder}/README.md does not state a public-domain licence: its facts may not be written into the project.`);
  }
  const data = JSON.parse(readFileSync(join(folder, 'countries.json'), 'utf8')) as { commit: string; countries: FactbookCountry[] };
  const byName = new Map<string, string>();
  // world-countries writes Kosovo "UNK"; the project writes the common user-assigned "XKX".
  for (const country of loadWorldCountries()) for (const name of country.names) byName.set(placeKey(name), country.alpha3 === 'UNK' ? 'XKX' : country.alpha3);
  const lines = [
    '# Heads of state (HOS) and government (HOG) as of January 2026, generated by scripts/build-leaders.ts from the',
    `# CIA World Factbook (public domain), factbook/factbook.json commit ${data.commit.slice(0, 12)}. Do not edit: rerun the`,
    '# script; add or correct holders in office-holders-added.tsv or an overlay. Format: see README.md.',
    '# name\tcountry\toffice\ttitle\tfrom\tto\tvariants',
  ];
  for (const country of data.countries) {
    if (!country.name) continue;
    const alpha3 = byName.get(placeKey(country.name)) ?? (country.longName ? byName.get(placeKey(country.longName)) : undefined);
    if (!alpha3) continue;
    for (const [office, field] of [['HOS', country.chiefOfState], ['HOG', country.headOfGovernment]] as const) {
      const holder = field ? parseHolder(field) : null;
      if (holder) lines.push([holder.name, alpha3, office, holder.title, holder.from, '-', holder.variants.join(';') || '-'].join('\t'));
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length - 4} office-holders to ${out}`);
}

if (process.argv[1]?.endsWith('build-leaders.ts')) main();
