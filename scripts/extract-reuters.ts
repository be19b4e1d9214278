/**
 * Runs the pipeline over the first stories of Reuters-21578 and writes every layer (sentences
 * included) as JSON Lines, with the time each component took: the check that a speed change left
 * the output byte for byte the same, and where the time goes. CPU time is printed beside wall
 * time because the development machine is shared (the load average is printed too).
 *
 * @example npx tsx scripts/extract-reuters.ts ../shared/data/corpora/reuters21578 /tmp/out.jsonl --limit 2000
 */
import { createWriteStream } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseLayers } from '../src/cli/extract-command.js';
import { readReutersArticles } from '../src/eval/reuters-articles.js';
import { timedComponents } from '../src/cli/bench-command.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { runPipeline, selectComponents, warmUp } from '../src/pipeline/run-pipeline.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string', default: '2000' }, layers: { type: 'string', default: 'all' } },
});
const [reutersDir, outPath] = positionals;
if (!reutersDir || !outPath) throw new Error('usage: extract-reuters.ts REUTERS_DIR OUT.jsonl [--limit N] [--layers L]');

const componentMs = new Map<string, number>();
const components = timedComponents(selectComponents(createPipeline(), parseLayers(values.layers)), componentMs);
warmUp(components);
componentMs.clear();
const out = createWriteStream(outPath);
const limit = Number.parseInt(values.limit!, 10);
let articles = 0;
let chars = 0;
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
for (const item of readReutersArticles(reutersDir)) {
  if (articles >= limit) break;
  if (!item.ok) continue;
  articles++;
  chars += item.article.text.length;
  const doc = runPipeline(item.article, components);
  out.write(`${JSON.stringify({ id: doc.meta.id, layers: doc.layers })}\n`);
}
out.end();
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const wallSeconds = (performance.now() - wallStart) / 1000;
const megabytes = chars / 1e6;
console.log(`${articles} articles, ${megabytes.toFixed(2)} MB; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`wall ${wallSeconds.toFixed(2)} s (${(megabytes / wallSeconds).toFixed(2)} MB/s), CPU ${cpuSeconds.toFixed(2)} s (${(megabytes / cpuSeconds).toFixed(2)} MB/s), reading and writing included`);
for (const [name, ms] of componentMs) console.log(`  ${name.padEnd(12)} ${(ms / 1000).toFixed(2)} s wall`);
