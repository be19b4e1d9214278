/**
 * The timeline: article volume over time for one or several queries overlaid (GET /timeline: raw
 * counts, or normalised as the share of all articles in each bucket), event counts by quad class,
 * and the dated events of an actor. State in the URL: `q` (repeatable), `norm`, `interval`, `actor`.
 */
import { getJson } from './api-client.js';
import type { StoredEvent } from './api-types.js';
import { collectEvents } from './collect-events.js';
import { el, showPage } from './dom-builder.js';
import { eventFocus, hrefFor } from './hash-route.js';
import { lineChart } from './line-chart.js';
import { QUAD_COLORS, QUAD_NAMES } from './quad-classes.js';
import type { VolumeAnswer } from './time-buckets.js';
import { bucketCounts, overlay } from './time-buckets.js';


function form(queries: readonly string[], norm: boolean, actor: string, interval: string): HTMLFormElement {
  const input = el('input', { id: 'timeline-q', name: 'q', value: queries.join(' | '), placeholder: 'ceasefire | "Wang Yi"' });
  const normBox = el('input', { type: 'checkbox', id: 'timeline-norm', name: 'norm' });
  normBox.checked = norm;
  const actorInput = el('input', { id: 'timeline-actor', name: 'actor', value: actor });
  const intervalSelect = el('select', { id: 'timeline-interval', name: 'interval' }, el('option', { value: 'day' }, 'per day'), el('option', { value: 'week' }, 'per week'));
  intervalSelect.value = interval;
  const f = el('form', { class: 'filters', 'aria-label': 'Timeline queries' },
    el('div', { class: 'field wide' }, el('label', { for: 'timeline-q' }, 'Queries, separated by |'), input),
    el('div', { class: 'field' }, el('label', { for: 'timeline-actor' }, 'Events of actor'), actorInput),
    el('div', { class: 'field' }, el('label', { for: 'timeline-interval' }, 'Articles counted'), intervalSelect),
    el('label', { for: 'timeline-norm', class: 'check' }, normBox, ' share of all articles'),
    el('button', { type: 'submit' }, 'Draw'));
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    const qs = input.value.split('|').map((q) => q.trim()).filter(Boolean);
    const params = new URLSearchParams();
    for (const q of qs) params.append('q', q);
    if (normBox.checked) params.set('norm', '1');
    if (intervalSelect.value === 'week') params.set('interval', 'week');
    if (actorInput.value.trim()) params.set('actor', actorInput.value.trim());
    location.hash = `#/timeline${params.size ? `?${params}` : ''}`;
  });
  return f;
}

function eventList(events: readonly StoredEvent[]): HTMLElement {
  const dated = [...events].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return el('ol', { class: 'event-list timeline-events' }, ...dated.map((e) => el('li', { class: 'event-item' },
    el('span', { class: 'date' }, e.date ?? 'undated'), ' · ',
    `${e.source?.name ?? '?'}${e.source?.country ? ` (${e.source.country})` : ''} → ${e.target?.name ?? '?'}${e.target?.country ? ` (${e.target.country})` : ''}`,
    ` · ${e.cameo} ${e.plover} · `,
    el('a', { href: hrefFor('events', { article: e.articleId, focus: eventFocus(e) }) }, 'evidence'))));
}

export async function renderTimeline(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const queries = params.getAll('q').filter(Boolean).slice(0, 6);
  const norm = params.get('norm') === '1';
  const actor = params.get('actor') ?? '';
  const interval = params.get('interval') === 'week' ? 'week' : 'day';
  const volumes = await Promise.all(queries.map((q) => getJson<VolumeAnswer>('/timeline', { q, interval })));
  const events = await collectEvents({ actor });
  const volume = overlay(volumes, norm, interval === 'week' ? 7 : 1);
  const volumeSeries = queries.map((q, i) => ({ name: q, values: volume.values[i] ?? [] }));
  const quads = [1, 2, 3, 4];
  const byQuad = bucketCounts(quads.map((q) => [QUAD_NAMES[q] ?? String(q), events.items.filter((e) => e.quad === q).map((e) => e.date)]));
  const partial = events.partial;
  showPage(main, 'Timeline', form(queries, norm, actor, interval),
    partial ? el('p', { class: 'status' }, `Events: only the first ${events.items.length} of ${events.total} are counted; narrow the actor for complete figures.`) : null,
    queries.length
      ? lineChart('volume', `Articles per ${interval}${norm ? ', as a share of all articles' : ''}`, volume.buckets, volumeSeries)
      : el('p', { class: 'empty' }, 'Type one or more queries to draw their volume over time.'),
    lineChart('quad-classes', `Events per ${byQuad.unit} by quad class${actor ? ` (actor: ${actor})` : ''}`, byQuad.buckets,
      quads.map((q) => ({ name: QUAD_NAMES[q] ?? String(q), values: byQuad.counts.get(QUAD_NAMES[q] ?? '') ?? [], color: QUAD_COLORS[q] ?? '#000' }))),
    el('section', { 'aria-label': 'Dated events' },
      el('h2', {}, `Events${actor ? ` of ${actor}` : ''} by date (${events.items.length})`),
      eventList(events.items)));
}
