/**
 * The app's routes live in the URL hash (`#/events?actor=China&sort=date`), so every view's state
 * is in its URL and the server only ever serves one page: the API's own paths (/search, /events)
 * stay free of page routes.
 *
 * @example
 *   parseHash('#/article?id=a1') // { page: 'article', params: id=a1 }
 *   hrefFor('entity', { name: 'Wang Yi' }) // '#/entity?name=Wang+Yi'
 */
export interface Route {
  readonly page: string;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const path = body.startsWith('/') ? body.slice(1) : body;
  const q = path.indexOf('?');
  const page = (q < 0 ? path : path.slice(0, q)) || 'search';
  return { page, params: new URLSearchParams(q < 0 ? '' : path.slice(q + 1)) };
}

export function hrefFor(page: string, params: Readonly<Record<string, string | null | undefined>> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  }
  const query = search.toString();
  return `#/${page}${query ? `?${query}` : ''}`;
}

/**
 * An event's key in the events table's `focus=`: its span and code, since one sentence often holds
 * several events (same start, or even the same span with another code).
 *
 * @example
 *   eventFocus({ start: 136, end: 249, cameo: '041' }) // '136-249-041'
 */
export function eventFocus(event: { readonly start: number; readonly end: number; readonly cameo: string }): string {
  return `${event.start}-${event.end}-${event.cameo}`;
}
