/**
 * One webhook POST: JSON, a User-Agent naming the project, a delivery id the receiver can use to
 * drop a repeat (a retry after a lost answer), a time limit, and no redirects followed (a webhook
 * that moved must be updated, not guessed). Never throws.
 *
 * @example await sendWebhook('https://hooks.example/in', { type: 'match' }, 'q-1:a1', { timeoutMs: 10_000 })
 */
import { USER_AGENT } from '../feeds/polite-fetcher.js';

export interface WebhookOptions {
  readonly timeoutMs: number;
}

export type WebhookResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export type WebhookSender = (url: string, payload: unknown, deliveryId: string) => Promise<WebhookResult>;

export async function sendWebhook(url: string, payload: unknown, deliveryId: string, options: WebhookOptions): Promise<WebhookResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST', redirect: 'manual', signal, body: JSON.stringify(payload),
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, 'dateline-delivery': deliveryId },
    });
    await response.body?.cancel();
    return response.ok ? { ok: true } : { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, error: signal.aborted ? `no answer within ${options.timeoutMs} ms` : (error as Error).message };
  }
}
