/**
 * A webhook address must be an absolute http(s) URL without credentials, at most 2000 characters.
 *
 * @example checkWebhookUrl('https://hooks.example/in') // 'https://hooks.example/in'
 */
export class WebhookUrlError extends Error {
  readonly code = 'BAD_WEBHOOK';
}

export function checkWebhookUrl(raw: string): string {
  let url: URL;
  try { url = new URL(raw); } catch { throw new WebhookUrlError(`"${raw.slice(0, 100)}" is not a URL; give an http(s) address.`); }
  if (raw.length > 2000 || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    throw new WebhookUrlError('A webhook must be an http(s) URL without user or password, at most 2000 characters.');
  }
  return url.href;
}
