/**
 * CPU time and memory of loading the gazetteer (issue #6: under 1.5 s and 400 MB): the load itself,
 * then with the first lookup and the states' centres (built on first use), and the process's RSS
 * before and after. Run it a few times: the figures vary with the machine's load.
 *
 * @example npx tsx scripts/bench-gazetteer-load.ts
 */
import { loadavg } from 'node:os';
import { loadDefaultGazetteer } from '../src/gazetteer/default-gazetteer.js';

const seconds = (usage: NodeJS.CpuUsage): string => ((usage.user + usage.system) / 1e6).toFixed(2);
const rssBefore = process.memoryUsage().rss;
const start = process.cpuUsage();
const gazetteer = loadDefaultGazetteer();
const loaded = process.cpuUsage(start);
gazetteer.places('Springfield');
gazetteer.regionCentre({ name: 'Texas', country: 'USA', admin1: 'TX' });
const used = process.cpuUsage(start);
const rssAfter = process.memoryUsage().rss;
console.log(`gazetteer: load ${seconds(loaded)} s CPU, with first lookups and region centres ${seconds(used)} s CPU; RSS ${(rssBefore / 1e6).toFixed(0)} → ${(rssAfter / 1e6).toFixed(0)} MB; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
