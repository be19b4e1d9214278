/**
 * `dateline eval actors --ngec FILE`: country and sector accuracy of the actor resolver on the NGEC
 * actor-resolution test cases (ngec_actor_tests.jsonl). Each case's phrase is resolved on its date
 * ("today" is the --today date, by default the day the tests were written; a case's date is its third
 * argument or its keyword argument query_date); its second argument,
 * when given, is context whose country is used when the phrase has none.
 *
 * NGEC writes "UNO" for United Nations bodies and "EUR" for the European Union; both count as our
 * "IGO". An expected "" means no country (or no sector) and is met by null.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { ActorKnowledge } from '../actors/actor-knowledge.js';
import { defaultActorKnowledge } from '../actors/default-actor-knowledge.js';
import { resolvePhrase } from '../actors/phrase-resolver.js';
import { withPlaces } from '../actors/place-country.js';
import { defaultGazetteer } from '../gazetteer/default-gazetteer.js';

interface Expectation { readonly field: string; readonly op: string; readonly value: unknown }
interface NgecCase {
  readonly test: string; readonly method: string; readonly args: readonly string[];
  readonly kwargs?: { readonly query_date?: string }; readonly expect: readonly Expectation[];
}

export interface ActorScores {
  countryCorrect: number;
  countryTotal: number;
  sectorCorrect: number;
  sectorTotal: number;
  readonly misses: string[];
}

const METHODS = new Set(['agent_to_code', 'short_text_to_agent', 'search_nat']);
const IGO_CODES = new Set(['IGO', 'UNO', 'EUR']);

/** "Today", "", "2022-01-01", "10 May 2015", "October 1, 2021" → ISO date. */
export function caseDate(arg: string | undefined, today: string): string {
  if (!arg || /^today$/i.test(arg.trim())) return today;
  if (/^\d{4}-\d{2}-\d{2}$/.test(arg)) return arg;
  const parsed = new Date(`${arg} UTC`);
  return Number.isNaN(parsed.getTime()) ? today : parsed.toISOString().slice(0, 10);
}

function sameCountry(expected: string, actual: string | null): boolean {
  if (IGO_CODES.has(expected)) return actual === 'IGO';
  return expected === (actual ?? '');
}

function meets(e: Expectation, ok: (value: string) => boolean): boolean {
  if (e.op === 'Eq') return ok(String(e.value ?? ''));
  if (e.op === 'NotEq') return !ok(String(e.value ?? ''));
  if (e.op === 'In' && Array.isArray(e.value)) return e.value.some((v) => ok(String(v)));
  return true;
}

export function scoreNgecCases(lines: readonly string[], kb: ActorKnowledge, today: string): ActorScores {
  const scores: ActorScores = { countryCorrect: 0, countryTotal: 0, sectorCorrect: 0, sectorTotal: 0, misses: [] };
  for (const line of lines) {
    if (line.trim() === '') continue;
    const c = JSON.parse(line) as NgecCase;
    if (!METHODS.has(c.method)) continue;
    // The date is the third argument or the keyword query_date ("Scott Morrison" on 2022-01-01 is the prime minister).
    const date = caseDate(c.kwargs?.query_date ?? c.args[2], today);
    const found = resolvePhrase(c.args[0] ?? '', date, kb);
    const context = c.args[1] ? resolvePhrase(c.args[1], date, kb) : null;
    const country = found.country ?? context?.country ?? null;
    const countryChecks = c.expect.filter((e) => e.field === 'country' || e.field === 'cc');
    const sectorChecks = c.expect.filter((e) => e.field === 'code_1' && e.op !== 'Is');
    if (countryChecks.length > 0) {
      scores.countryTotal++;
      if (countryChecks.every((e) => meets(e, (v) => sameCountry(v, country)))) scores.countryCorrect++;
      else scores.misses.push(`country ${JSON.stringify(c.args[0])}: expected ${countryChecks.map((e) => `${e.op} ${String(e.value)}`).join(', ')}, got ${country ?? '-'}`);
    }
    if (sectorChecks.length > 0) {
      scores.sectorTotal++;
      // Two Eq lines for code_1 (NGEC's "CVL" or "OPP") mean either is right.
      if (sectorChecks.some((e) => meets(e, (v) => v === (found.sector ?? '')))) scores.sectorCorrect++;
      else scores.misses.push(`sector ${JSON.stringify(c.args[0])}: expected ${sectorChecks.map((e) => String(e.value)).join('|')}, got ${found.sector ?? '-'}`);
    }
  }
  return scores;
}

const percent = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

export function buildActorEvalCommand(): Command {
  return new Command('actors')
    .description('Country and sector accuracy of actor resolution on NGEC actor test cases (JSONL).')
    .requiredOption('--ngec <file>', 'ngec_actor_tests.jsonl')
    .option('--today <date>', 'the date "today" stands for in the cases', '2024-05-29')
    .option('--misses', 'list every miss')
    .option('--no-places', 'do not look towns and regions up in the gazetteer')
    .action((options: { ngec: string; today: string; misses?: boolean; places: boolean }) => {
      const lines = readFileSync(options.ngec, 'utf8').split('\n');
      const kb = options.places ? withPlaces(defaultActorKnowledge(), defaultGazetteer()) : defaultActorKnowledge();
      const s = scoreNgecCases(lines, kb, options.today);
      if (options.misses) for (const miss of s.misses) console.log(miss);
      console.log(`country accuracy ${percent(s.countryCorrect, s.countryTotal)} (${s.countryCorrect}/${s.countryTotal})`);
      console.log(`sector accuracy  ${percent(s.sectorCorrect, s.sectorTotal)} (${s.sectorCorrect}/${s.sectorTotal})`);
    });
}
