/**
 * Reads every event a filter matches, page by page, up to a bound, for the views that draw them
 * all (timeline, network, map). The bound keeps a huge store from freezing the page; the views
 * say when they show only part.
 */
import type { Page } from './api-client.js';
import { getJson } from './api-client.js';
import type { StoredEvent } from './api-types.js';

export interface Collected<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** True when the bound stopped the reading before the last page. */
  readonly partial: boolean;
}

export const MAX_PAGES = 10;

export async function collectPages<T>(path: string, params: Readonly<Record<string, string | null | undefined>>, maxPages = MAX_PAGES): Promise<Collected<T>> {
  const items: T[] = [];
  let cursor: string | null = null;
  let total = 0;
  for (let page = 0; page < maxPages; page++) {
    const result: Page<T> = await getJson<Page<T>>(path, { ...params, limit: '200', cursor });
    items.push(...result.items);
    total = result.total;
    cursor = result.next;
    if (cursor === null) return { items, total, partial: false };
  }
  return { items, total, partial: true };
}

export const collectEvents = (filter: Readonly<Record<string, string | null | undefined>>) => collectPages<StoredEvent>('/events', filter);
