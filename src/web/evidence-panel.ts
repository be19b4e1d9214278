/**
 * The evidence of one network link: each of its events (ids `articleId#index` from GET /network)
 * with its sentence, date, codes and actors, read from the articles' records, and links to the
 * article and to the event's row in the events table. At most MAX_ARTICLES articles are read.
 *
 * @example
 *   await evidencePanel(edge, '#/network?country=CHN') // <section> listing the edge's events
 */
import { getJson } from './api-client.js';
import type { ArticleRecord, RecordEvent } from './api-types.js';
import { el } from './dom-builder.js';
import { eventFocus, hrefFor } from './hash-route.js';
import type { NetworkEdge } from './network-graph.js';
import { QUAD_NAMES } from './quad-classes.js';

export const MAX_ARTICLES = 10;

/** `articleId#index` split at its last `#` (an article id may itself hold one). */
export function parseEvidenceId(id: string): { articleId: string; index: number } | null {
  const hash = id.lastIndexOf('#');
  const index = Number(id.slice(hash + 1));
  return hash > 0 && Number.isInteger(index) && index >= 0 ? { articleId: id.slice(0, hash), index } : null;
}

function eventItem(articleId: string, title: string, e: RecordEvent): HTMLElement {
  return el('li', { class: 'event-item' },
    el('span', { class: 'date' }, e.date ?? 'undated'),
    ` · ${e.source?.name ?? '?'} → ${e.target?.name ?? '?'} · ${e.cameo} ${e.plover} · ${QUAD_NAMES[e.quad] ?? `quad ${e.quad}`}`,
    el('blockquote', {}, e.text),
    el('p', { class: 'meta' }, el('a', { href: hrefFor('article', { id: articleId }) }, title), ' · ',
      el('a', { href: hrefFor('events', { article: articleId, focus: eventFocus(e) }) }, 'in the events table')));
}

export async function evidencePanel(edge: NetworkEdge, closeHref: string): Promise<HTMLElement> {
  const ids = edge.evidence.map(parseEvidenceId).filter((id) => id !== null);
  const articleIds = [...new Set(ids.map((id) => id.articleId))];
  const read = articleIds.slice(0, MAX_ARTICLES);
  const records = new Map(await Promise.all(read.map(async (id) =>
    [id, (await getJson<{ record: ArticleRecord }>(`/articles/${encodeURIComponent(id)}`)).record] as const)));
  const items = ids.flatMap(({ articleId, index }) => {
    const record = records.get(articleId);
    const event = record?.events[index];
    return record && event ? [eventItem(articleId, record.title ?? articleId, event)] : [];
  });
  const partial = articleIds.length > read.length ? ` — the events of the first ${read.length} of ${articleIds.length} articles` : '';
  return el('section', { class: 'evidence', 'aria-labelledby': 'evidence-title' },
    el('h2', { id: 'evidence-title' }, `Evidence: ${edge.sourceName} → ${edge.targetName} (${edge.events} event${edge.events === 1 ? '' : 's'})${partial}`),
    el('ol', { class: 'event-list evidence-list' }, ...items),
    el('p', {}, el('a', { href: hrefFor('events', { source: edge.sourceName, target: edge.targetName }) }, 'Events of these actors in the table'),
      ' · ', el('a', { href: closeHref }, 'Close the evidence')));
}
