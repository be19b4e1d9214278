/**
 * `dateline eval datelines --tass DIR [--gold DIR] | --reuters DIR`: the dateline component measured
 * on the TASS sample in the seed's layout (each file's own dateline paragraph is its gold, and the
 * hand-written gold files, where given, fix the place, country, date and agency) and on
 * Reuters-21578 (see reuters-dateline-score.ts).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { Dateline } from '../document/layers.js';
import { normaliseText } from '../document/normalise.js';
import type { Document } from '../document/document.js';
import { createDatelineComponent } from '../components/dateline/dateline-component.js';
import { defaultGazetteer } from '../gazetteer/default-gazetteer.js';
import { placeKey } from '../gazetteer/place-key.js';
import { splitSeedHeader } from '../readers/seed-header.js';
import { parseReutersSgml } from './reuters-sgml.js';
import { emptyCounts, scoreStory, wireText } from './reuters-dateline-score.js';
import type { ReutersDatelineCounts } from './reuters-dateline-score.js';

const TASS_DATELINE = /^(.+?), ([A-Za-z]+) (\d{1,2})\. \/TASS\/\./;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface GoldFile { article?: { dateline?: { place?: string; country?: string; date?: string; agency?: string } } }

function documentOf(id: string, text: string, published: string | null): Document {
  const meta = { id, title: null, url: null, source: null, published, language: 'en', author: null };
  return { meta, text: normaliseText(text), layers: {} };
}

function describe(found: Dateline | null): string {
  if (found === null) return 'no dateline';
  const where = found.place ? `${found.place.name}/${found.place.country} (${found.place.lat?.toFixed(2)}, ${found.place.lon?.toFixed(2)})` : 'no place';
  return `${found.placeText} → ${where} ${found.date} ${found.agency}`;
}

/** What is wrong with one TASS file's reading; empty when it reads right. */
function tassProblems(text: string, published: string | null, found: Dateline | null, gold: GoldFile | null): string[] {
  const written = TASS_DATELINE.exec(text);
  if (!written) return ['the file has no TASS dateline paragraph to grade against'];
  if (found === null) return ['no dateline found'];
  const problems: string[] = [];
  const month = String(MONTHS.indexOf(written[2]!.toLowerCase()) + 1).padStart(2, '0');
  const date = published === null ? null : `${published.slice(0, 4)}-${month}-${written[3]!.padStart(2, '0')}`;
  if (placeKey(found.placeText ?? '') !== placeKey(written[1]!)) problems.push(`place text "${found.placeText}", expected "${written[1]}"`);
  if (found.place === null || found.place.lat === null) problems.push('place not resolved to coordinates');
  if (found.date !== date) problems.push(`date ${found.date}, expected ${date}`);
  if (found.agency !== 'TASS') problems.push(`agency ${found.agency}, expected TASS`);
  const expected = gold?.article?.dateline;
  if (expected?.place && placeKey(expected.place) !== placeKey(found.place?.name ?? '')) problems.push(`place ${found.place?.name}, gold ${expected.place}`);
  if (expected?.country && expected.country !== found.place?.country) problems.push(`country ${found.place?.country}, gold ${expected.country}`);
  if (expected?.date && expected.date !== found.date) problems.push(`date ${found.date}, gold ${expected.date}`);
  return problems;
}

async function evaluateTass(dir: string, goldDir: string | undefined): Promise<void> {
  const component = createDatelineComponent();
  let right = 0, total = 0, withGold = 0;
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort()) {
    const { published, text } = splitSeedHeader(await readFile(join(dir, name), 'utf8'));
    const doc = documentOf(name, text, published);
    const found = component.run(doc);
    const goldPath = goldDir === undefined ? null : join(goldDir, `${basename(name, '.txt')}.json`);
    const gold = goldPath !== null && existsSync(goldPath) ? JSON.parse(await readFile(goldPath, 'utf8')) as GoldFile : null;
    if (gold) withGold++;
    const problems = tassProblems(doc.text, published, found, gold);
    total++;
    if (problems.length === 0) right++;
    process.stdout.write(`${name}  ${describe(found)}  ${problems.length === 0 ? 'ok' : `WRONG: ${problems.join('; ')}`}${gold ? ' (gold file)' : ''}\n`);
  }
  process.stdout.write(`\nTASS: ${right} of ${total} datelines read right (place, country, coordinates, date, agency); ${withGold} also checked against gold files\n`);
}

async function evaluateReuters(dir: string, keep: number): Promise<ReutersDatelineCounts & { stories: number; ms: number }> {
  const component = createDatelineComponent();
  const gazetteer = defaultGazetteer();
  const counts = emptyCounts();
  let stories = 0, ms = 0;
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.sgm')).sort()) {
    for (const story of parseReutersSgml(await readFile(join(dir, name), 'latin1'))) {
      stories++;
      if (story.dateline === null || story.dateline.trim() === '') continue;
      const doc = documentOf(story.id, wireText(story), story.published);
      const started = performance.now();
      const found = component.run(doc);
      ms += performance.now() - started;
      scoreStory(counts, story, found, gazetteer, keep);
    }
  }
  return { ...counts, stories, ms };
}

function printReuters(result: ReutersDatelineCounts & { stories: number; ms: number }): void {
  const pct = (part: number, whole: number) => `${part} (${whole === 0 ? '0.00' : ((100 * part) / whole).toFixed(2)}%)`;
  const n = result.withDateline;
  process.stdout.write(
    `stories ${result.stories}, with a gold dateline ${n}\n` +
    `found            ${pct(result.found, n)}\n` +
    `place text right ${pct(result.placeTextRight, n)}\n` +
    `place right      ${pct(result.placeRight, n)}  (text right and resolved in the gazetteer)\n` +
    `date right       ${pct(result.dateRight, n)}\n` +
    `place and date right ${pct(result.placeAndDateRight, n)}\n` +
    `country in <PLACES> ${pct(result.countryInPlaces, result.countryChecked)} of stories with a resolved place and <PLACES> tags\n` +
    `${(result.ms / Math.max(1, n)).toFixed(3)} ms per story (dateline component; gazetteer load included)\n\nerrors by kind:\n`,
  );
  for (const [kind, { count, examples }] of [...result.errors].sort((a, b) => b[1].count - a[1].count)) {
    process.stdout.write(`  ${kind}: ${count}\n${examples.map((example) => `    ${example}\n`).join('')}`);
  }
}

function nonNegativeInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number');
  return parsed;
}

export function buildDatelineEvalCommand(): Command {
  return new Command('datelines')
    .description('Datelines: place, country, date and agency against the TASS sample (seed layout) or Reuters-21578 <DATELINE> gold.')
    .option('--tass <dir>', 'folder of TASS stories in the seed layout (tass-politics-sample/seed-layout)')
    .option('--gold <dir>', 'with --tass: folder of <name>.json gold files in the seed expected.json format')
    .option('--reuters <dir>', 'folder of Reuters-21578 reut2-NNN.sgm files')
    .option('--examples <n>', 'with --reuters: examples shown per error kind', nonNegativeInt, 5)
    .action(async (opts: { tass?: string; gold?: string; reuters?: string; examples: number }) => {
      if (opts.tass === undefined && opts.reuters === undefined) throw new InvalidArgumentError('give --tass DIR or --reuters DIR');
      if (opts.tass !== undefined) await evaluateTass(opts.tass, opts.gold);
      if (opts.reuters !== undefined) printReuters(await evaluateReuters(opts.reuters, opts.examples));
    });
}
