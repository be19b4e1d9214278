/**
 * The alert loop, run after each watcher cycle (or on its own): for every saved query, record its
 * matches among newly stored articles and check for a burst; then POST every due alert to its
 * query's webhook. A delivery is claimed before it is sent (so two dispatchers never both send
 * it), marked delivered on a 2xx, and otherwise retried with exponential back-off until it gives
 * up; its row is keyed by (query, article), so each new matching article is delivered once.
 *
 * @example
 *   const alerts = createAlertDispatcher({ store, clock: SYSTEM_CLOCK, send: defaultSender() });
 *   await alerts.runOnce(); // { matched: 3, bursts: 0, delivered: 3, retrying: 0, failed: 0 }
 */
import type { Clock } from '../feeds/clock.js';
import type { Store } from '../store/store.js';
import type { AlertDelivery, SavedQuery } from '../store/watch-types.js';
import { burstPayload, matchPayload } from './alert-payload.js';
import type { BurstRule } from './burst-rule.js';
import { burstWindows, DEFAULT_BURST_RULE, isBurst } from './burst-rule.js';
import type { WebhookSender } from './webhook-sender.js';
import { sendWebhook } from './webhook-sender.js';

export interface RetryPolicy {
  /** Wait before the second attempt; doubled for each further one. */
  readonly baseMs: number;
  readonly maxAttempts: number;
  /** How long a claimed delivery stays claimed before another dispatcher may take it over. */
  readonly leaseMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({ baseMs: 30_000, maxAttempts: 6, leaseMs: 120_000 });

export interface DispatcherOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly send: WebhookSender;
  readonly retry?: RetryPolicy;
  readonly burst?: BurstRule;
  /** Matches recorded per query per run, and deliveries sent per run. */
  readonly batch?: number;
}

export interface DispatchSummary {
  readonly matched: number;
  readonly bursts: number;
  readonly delivered: number;
  readonly retrying: number;
  readonly failed: number;
}

export function defaultSender(timeoutMs = 10_000): WebhookSender {
  return (url, payload, id) => sendWebhook(url, payload, id, { timeoutMs });
}

export function createAlertDispatcher(options: DispatcherOptions) {
  const { store, clock } = options;
  const retry = options.retry ?? DEFAULT_RETRY;
  const rule = options.burst ?? DEFAULT_BURST_RULE;
  const batch = options.batch ?? 500;
  const iso = (ms: number) => new Date(ms).toISOString();

  async function checkBurst(query: SavedQuery): Promise<boolean> {
    const { latest, baseline } = burstWindows(clock.now(), rule);
    const count = await store.watch.countMatches(query.id, ...latest);
    if (count < rule.minCount) return false;
    const counts = await Promise.all(baseline.map(([from, to]) => store.watch.countMatches(query.id, from, to)));
    const verdict = isBurst(count, counts, rule);
    if (!verdict.burst) return false;
    return store.watch.addBurst({ queryId: query.id, windowStart: latest[0], windowEnd: latest[1], count, baseline: verdict.baseline }, new Date(clock.now()), query.webhook !== null);
  }

  async function payloadOf(delivery: AlertDelivery, query: SavedQuery): Promise<unknown> {
    if (delivery.kind === 'match') return matchPayload(query, delivery.key, await store.getArticle(delivery.key));
    const burst = (await store.watch.listBursts(query.id, 1000)).find((b) => b.windowStart === delivery.key);
    return burstPayload(query, burst ?? { windowStart: delivery.key, windowEnd: delivery.key, count: 0, baseline: 0 });
  }

  /** Sends one due alert; returns what became of it. */
  async function deliver(delivery: AlertDelivery, query: SavedQuery | null): Promise<'delivered' | 'retrying' | 'failed' | 'skipped'> {
    const now = clock.now();
    const attempts = delivery.attempts + 1;
    const claimed = { status: 'sending', attempts, nextAttempt: iso(now + retry.leaseMs), lastError: delivery.lastError, deliveredAt: null } as const;
    if (!(await store.watch.updateDelivery(delivery, claimed))) return 'skipped';
    const held: AlertDelivery = { ...delivery, ...claimed };
    if (!query?.webhook) {
      await store.watch.updateDelivery(held, { ...claimed, status: 'listed', nextAttempt: null });
      return 'skipped';
    }
    const result = await options.send(query.webhook, await payloadOf(delivery, query), `${delivery.kind}:${query.id}:${delivery.key}`);
    const at = clock.now();
    if (result.ok) {
      await store.watch.updateDelivery(held, { status: 'delivered', attempts, nextAttempt: null, lastError: null, deliveredAt: iso(at) });
      return 'delivered';
    }
    const giveUp = attempts >= retry.maxAttempts;
    await store.watch.updateDelivery(held, {
      status: giveUp ? 'failed' : 'pending', attempts, lastError: result.error, deliveredAt: null,
      nextAttempt: giveUp ? null : iso(at + retry.baseMs * 2 ** (attempts - 1)),
    });
    return giveUp ? 'failed' : 'retrying';
  }

  async function runOnce(): Promise<DispatchSummary> {
    const counts = { matched: 0, bursts: 0, delivered: 0, retrying: 0, failed: 0 };
    const queries = await store.watch.listSavedQueries();
    for (const query of queries) {
      counts.matched += await store.watch.collectMatches(query.id, new Date(clock.now()), batch);
      if (await checkBurst(query)) counts.bursts++;
    }
    const byId = new Map(queries.map((query) => [query.id, query]));
    for (const delivery of await store.watch.dueDeliveries(new Date(clock.now()), batch)) {
      const fate = await deliver(delivery, byId.get(delivery.queryId) ?? null);
      if (fate !== 'skipped') counts[fate]++;
    }
    return counts;
  }

  return { runOnce };
}

export type AlertDispatcher = ReturnType<typeof createAlertDispatcher>;
