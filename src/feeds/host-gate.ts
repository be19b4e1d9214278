/**
 * Per-host politeness: robots.txt (fetched once per host per day, through the same limits) and
 * the gap between two requests to one host. Requests reserve their slot before waiting, so
 * concurrent polls of one host still queue one interval apart.
 *
 * @example const gate = createHostGate(options, fetchOnce); if (await gate.allowed(url)) await gate.wait(url);
 */
import { readBody } from '../ingest/url-fetcher.js';
import type { Clock } from './clock.js';
import type { RobotsRules } from './robots-txt.js';
import { ALLOW_ALL, DISALLOW_ALL, MAX_ROBOTS_BYTES, parseRobots } from './robots-txt.js';

const ROBOTS_TTL_MS = 24 * 3600_000;
/** A robots.txt that could not be fetched (5xx, timeout) disallows for this long, then is tried again. */
const ROBOTS_RETRY_MS = 600_000;
/** Crawl-delay is honoured up to this; a larger one would stall a feed for good. */
const MAX_CRAWL_DELAY_MS = 60_000;

export interface HostGate {
  allowed(url: URL): Promise<boolean>;
  wait(url: URL): Promise<void>;
}

interface GateOptions { readonly userAgent: string; readonly hostIntervalMs: number; readonly clock: Clock }

export function createHostGate(options: GateOptions, fetchOnce: (url: URL) => Promise<Response | unknown>): HostGate {
  const robots = new Map<string, { rules: RobotsRules; until: number }>();
  const nextSlot = new Map<string, number>();
  const agent = options.userAgent.split('/')[0]!;

  async function wait(url: URL): Promise<void> {
    const now = options.clock.now();
    const delay = Math.min(robots.get(url.origin)?.rules.crawlDelayMs ?? 0, MAX_CRAWL_DELAY_MS);
    const slot = Math.max(now, nextSlot.get(url.host) ?? 0);
    nextSlot.set(url.host, slot + Math.max(options.hostIntervalMs, delay));
    if (slot > now) await options.clock.sleep(slot - now);
  }

  async function load(origin: string): Promise<{ rules: RobotsRules; until: number }> {
    const url = new URL('/robots.txt', origin);
    await wait(url);
    const response = await fetchOnce(url);
    const now = options.clock.now();
    if (!(response instanceof Response) || response.status >= 500) return { rules: DISALLOW_ALL, until: now + ROBOTS_RETRY_MS };
    // 4xx (and redirects, which we do not follow for robots.txt) mean no rules: everything is allowed.
    if (!response.ok) {
      await response.body?.cancel();
      return { rules: ALLOW_ALL, until: now + ROBOTS_TTL_MS };
    }
    const bytes = await readBody(response, MAX_ROBOTS_BYTES).catch(() => null);
    return { rules: bytes ? parseRobots(Buffer.from(bytes).toString('utf8'), agent) : ALLOW_ALL, until: now + ROBOTS_TTL_MS };
  }

  async function allowed(url: URL): Promise<boolean> {
    let entry = robots.get(url.origin);
    if (!entry || entry.until <= options.clock.now()) {
      entry = await load(url.origin);
      robots.set(url.origin, entry);
    }
    return entry.rules.allows(url.pathname + url.search);
  }

  return { allowed, wait };
}
