/**
 * `dateline eval quotes --polnear DIR`: the quotes layer against PolNeAR's attributions (brat
 * standoff): content P/R/F1 by overlap and exact span, the same for direct quotes only (leniently,
 * partial quotes inside gold mixed attributions left out, and strictly), and speaker accuracy on
 * matched attributions (paired same cue first; `--overlap-matching` by overlap alone); `--half
 * first|second` scores one half of the articles; `--errors FILE` writes every error for grouping by cause
 * (src/eval/polnear-errors.ts). `--tass-gold DIR --tass-texts DIR` also checks the hand-made TASS
 * gold (`quotes[]` with `starts`, `speaker`, `cue`), printing each quote right or wrong.
 *
 * @example dateline eval quotes --polnear ../shared/data/quotes/polnear/train --errors /tmp/quote-errors.tsv
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { Document } from '../document/document.js';
import { withLayer } from '../document/document.js';
import type { Quote } from '../document/layers.js';
import { selectComponents } from '../pipeline/run-pipeline.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { splitSeedHeader } from '../readers/seed-header.js';
import type { ErrorKind } from './polnear-errors.js';
import { ERROR_KINDS, errorLines } from './polnear-errors.js';
import type { GoldArticle } from './polnear-reader.js';
import type { Half } from './polnear-reader.js';
import { halfOf, readPolnear } from './polnear-reader.js';
import type { Counts, MatchRule } from './polnear-score.js';
import { emptyCounts, figures, scoreArticle } from './polnear-score.js';

/**
 * Runs the components the quotes layer needs over `text` as it is: gold offsets index the raw
 * text, so it is not normalised (normalising could shift them).
 */
export function quotesOf(id: string, text: string, withEntities = true): readonly Quote[] {
  let doc: Document = { meta: { id, title: null, url: null, source: null, published: null, language: null, author: null }, text, layers: {} };
  for (const component of selectComponents(createPipeline(), ['quotes'])) {
    if (withEntities || component.produces !== 'entities') doc = withLayer(doc, component.produces, component.run(doc));
  }
  return doc.layers.quotes ?? [];
}

export interface QuoteEvalResult {
  readonly articles: number;
  readonly all: Counts;
  /** Direct quotes; a predicted quote inside a gold mixed attribution is neither right nor wrong. */
  readonly direct: Counts;
  /** Direct quotes, every unmatched prediction wrong (partial quotes inside mixed ones included). */
  readonly directStrict: Counts;
  readonly quoted: Counts;
  readonly charsPerSecond: number;
}

export interface PolnearTally {
  readonly all: Counts;
  readonly direct: Counts;
  readonly directStrict: Counts;
  readonly quoted: Counts;
}

export function emptyTally(): PolnearTally {
  return { all: emptyCounts(), direct: emptyCounts(), directStrict: emptyCounts(), quoted: emptyCounts() };
}

/**
 * Scores one article's quotes into `tally`; returns its error lines (`all` and `direct` rows).
 * PolNeAR has no label for a partial quote inside reported speech ("said it was “a disgrace”"):
 * it annotates the whole mixed attribution, which does not open with a mark. The direct row
 * therefore leaves such a prediction out (don't care) when it lies inside a gold mixed attribution;
 * `directStrict` counts it wrong.
 */
export function scorePolnearArticle(article: GoldArticle, quotes: readonly Quote[], tally: PolnearTally, kinds?: ReadonlySet<ErrorKind>, rule: MatchRule = 'cue-first'): string[] {
  const { text, attributions } = article;
  const directQuotes = quotes.filter((q) => q.direct);
  const directGold = attributions.filter((a) => a.direct);
  const mixedGold = attributions.filter((a) => a.quoted && !a.direct);
  const all = scoreArticle(text, quotes, attributions, tally.all, [], rule);
  const direct = scoreArticle(text, directQuotes, directGold, tally.direct, mixedGold, rule);
  scoreArticle(text, directQuotes, directGold, tally.directStrict, [], rule);
  scoreArticle(text, directQuotes, attributions.filter((a) => a.quoted), tally.quoted, [], rule);
  if (kinds === undefined) return [];
  return [
    ...errorLines(article.id, text, all, attributions, kinds).map((line) => `all\t${line}`),
    ...errorLines(article.id, text, direct, directGold, kinds, mixedGold).map((line) => `direct\t${line}`),
  ];
}

export async function evaluatePolnear(dir: string, limit = Infinity, withEntities = true, errors?: string[], half?: Half, rule: MatchRule = 'cue-first'): Promise<QuoteEvalResult> {
  const tally = emptyTally();
  let chars = 0;
  let ms = 0;
  const articles = halfOf(await readPolnear(dir, limit), half);
  const kinds = errors === undefined ? undefined : new Set(ERROR_KINDS);
  for (const article of articles) {
    const started = performance.now();
    const quotes = quotesOf(article.id, article.text, withEntities);
    ms += performance.now() - started;
    chars += article.text.length;
    const lines = scorePolnearArticle(article, quotes, tally, kinds, rule);
    errors?.push(...lines);
  }
  return { articles: articles.length, ...tally, charsPerSecond: ms > 0 ? (chars / ms) * 1000 : 0 };
}

function report(name: string, c: Counts): string {
  const f = (v: number) => v.toFixed(3);
  const overlap = figures(c.overlap, c.predicted, c.gold);
  const exact = figures(c.exact, c.predicted, c.gold);
  const share = (n: number) => (c.speakerJudged > 0 ? n / c.speakerJudged : 0);
  const speaker = share(c.speakerRight);
  return `${name}: predicted ${c.predicted}  gold ${c.gold}\n` +
    `  overlap  P ${f(overlap.precision)}  R ${f(overlap.recall)}  F1 ${f(overlap.f1)}\n` +
    `  exact    P ${f(exact.precision)}  R ${f(exact.recall)}  F1 ${f(exact.f1)}\n` +
    `  speaker accuracy ${f(speaker)} (${c.speakerRight}/${c.speakerJudged} matched with a gold source)` +
    `  exact words ${f(share(c.speakerExact))}  relative pronoun = antecedent ${f(share(c.speakerRelative))}\n`;
}

interface TassGoldQuote {
  readonly starts: string;
  readonly speaker: string | null;
  readonly cue: string | null;
}

/** One line per gold quote of each TASS gold file: right when a quote covers its start, by that speaker and cue. */
export async function checkTassGold(goldDir: string, textDir: string): Promise<string[]> {
  const lines: string[] = [];
  for (const name of (await readdir(goldDir)).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(await readFile(join(goldDir, name), 'utf8')) as { quotes?: TassGoldQuote[] };
    const { text } = splitSeedHeader(await readFile(join(textDir, name.replace(/\.json$/, '.txt')), 'utf8'));
    const quotes = quotesOf(name, text);
    for (const g of gold.quotes ?? []) {
      const at = text.indexOf(g.starts);
      const q = quotes.find((x) => at >= 0 && x.start <= at + 2 && x.end > at);
      const speaker = q?.speaker?.name ?? null;
      const speakerOk = g.speaker === null ? true : speaker !== null && (speaker.includes(g.speaker) || g.speaker.includes(speaker));
      // "has told" in the gold and "told" here are the same cue.
      const ours = q?.cue?.text.toLowerCase() ?? '';
      const cueOk = g.cue === null || (ours !== '' && (g.cue.toLowerCase().includes(ours) || ours.includes(g.cue.toLowerCase())));
      const verdict = q === undefined ? 'MISSED' : speakerOk && cueOk ? 'right' : 'WRONG';
      lines.push(`${verdict}\t${name}\t"${g.starts.slice(0, 40)}"\tgold ${g.speaker}/${g.cue}\tours ${speaker}/${q?.cue?.text ?? null}`);
    }
  }
  return lines;
}

function parseHalf(value: string): Half {
  if (value !== 'first' && value !== 'second') throw new InvalidArgumentError('--half is "first" or "second"');
  return value;
}

export function buildQuoteEvalCommand(): Command {
  return new Command('quotes')
    .description('Quotes and reported speech against PolNeAR attributions (and optionally the TASS gold).')
    .option('--polnear <dir>', 'a PolNeAR compartment folder with text/ and attributions/')
    .option('--limit <n>', 'score only the first n articles', (v) => Number.parseInt(v, 10))
    .option('--half <first|second>', 'score only the first or second half of the articles, in name order (develop on one, check on the other)', parseHalf)
    .option('--tass-gold <dir>', 'folder of TASS gold JSON files (with quotes[])')
    .option('--tass-texts <dir>', 'folder of the matching seed-layout .txt files')
    .option('--json', 'print the PolNeAR figures as JSON')
    .option('--errors <file>', 'write every PolNeAR error (FP, FN, SPEAKER, SPAN; rows all and direct) to <file>, one tab-separated line each')
    .option('--overlap-matching', 'pair predictions with gold attributions by character overlap alone, not same cue first (the scorer before quotes.v4)')
    .option('--no-entities', 'leave the entities layer out (speakers then resolve by the quote rules alone)')
    .action(async (opts: { polnear?: string; limit?: number; half?: Half; overlapMatching?: boolean; tassGold?: string; tassTexts?: string; json?: boolean; errors?: string; entities: boolean }) => {
      if (opts.polnear !== undefined) {
        const errors: string[] | undefined = opts.errors === undefined ? undefined : [];
        const result = await evaluatePolnear(opts.polnear, opts.limit ?? Infinity, opts.entities, errors, opts.half, opts.overlapMatching ? 'overlap' : 'cue-first');
        if (opts.errors !== undefined) await writeFile(opts.errors, `${(errors ?? []).join('\n')}\n`);
        if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else process.stdout.write(`articles ${result.articles}  speed ${(result.charsPerSecond / 1e6).toFixed(2)} M chars/s (wall clock, with the components quotes reads)\n${report('all attributions', result.all)}${report('direct quotes (gold: content opens with a quotation mark; partial quotes inside gold mixed ones not counted)', result.direct)}${report('direct quotes, strict (every unmatched prediction wrong)', result.directStrict)}${report('direct quotes (gold: content holds a quotation mark, so mixed quotes count)', result.quoted)}`);
      }
      if (opts.tassGold !== undefined && opts.tassTexts !== undefined) {
        const lines = await checkTassGold(opts.tassGold, opts.tassTexts);
        process.stdout.write(`${lines.join('\n')}\nTASS gold: ${lines.filter((l) => l.startsWith('right')).length}/${lines.length} right\n`);
      }
    });
}
