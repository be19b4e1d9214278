/**
 * The article view: the text with its layers highlighted (toggles in the URL as `hide=`), and a
 * side panel listing every layer, and the record as JSON to download. Built from offsets as text
 * nodes and spans, never as HTML.
 */
import { getJson } from './api-client.js';
import type { ArticleRecord } from './api-types.js';
import { articleMarks, layerNames } from './article-marks.js';
import { downloadButton } from './download-button.js';
import { el, safeExternalUrl, showPage } from './dom-builder.js';
import { eventFocus, hrefFor } from './hash-route.js';
import type { Mark } from './highlight-segments.js';
import { segmentText } from './highlight-segments.js';

function drawText(text: string, marks: readonly Mark[], hidden: ReadonlySet<string>): HTMLElement {
  const body = el('div', { class: 'article-text', id: 'article-text' });
  const visible = marks.filter((m) => !hidden.has(m.layer));
  for (const seg of segmentText(text.length, visible)) {
    const chunk = text.slice(seg.start, seg.end);
    if (seg.marks.length === 0) { body.appendChild(document.createTextNode(chunk)); continue; }
    const target = seg.marks.find((m) => m.href !== undefined);
    const classes = ['mark', ...new Set(seg.marks.map((m) => `layer-${m.layer}`))].join(' ');
    const title = seg.marks.map((m) => m.label).join('\n');
    body.appendChild(target?.href
      ? el('a', { class: classes, title, href: target.href }, chunk)
      : el('span', { class: classes, title }, chunk));
  }
  return body;
}

function toggles(marks: readonly Mark[], hidden: Set<string>, redraw: () => void): HTMLElement {
  const boxes = layerNames(marks).map(({ layer, label }) => {
    const box = el('input', { type: 'checkbox', id: `toggle-${layer}`, 'data-layer': layer });
    box.checked = !hidden.has(layer);
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(layer); else hidden.add(layer);
      redraw();
    });
    return el('label', { for: `toggle-${layer}`, class: `toggle layer-${layer}` }, box, ` ${label}`);
  });
  return el('fieldset', { class: 'toggles' }, el('legend', {}, 'Highlight'), ...boxes);
}

function section(title: string, items: readonly HTMLElement[]): HTMLElement {
  return el('section', { 'aria-label': title },
    el('h2', {}, `${title} (${items.length})`),
    items.length > 0 ? el('ul', { class: 'layer-list' }, ...items) : el('p', { class: 'empty' }, 'None found.'));
}

function sidePanel(r: ArticleRecord): HTMLElement {
  const entityLink = (name: string) => el('a', { href: hrefFor('entity', { name }) }, name);
  return el('aside', { class: 'side-panel', 'aria-label': 'Layers' },
    section('Quotes', r.quotes.map((q) => el('li', { class: 'quote-item', 'data-direct': String(q.direct) },
      el('span', { class: 'speaker' }, q.speaker ? entityLink(q.speaker.name) : 'unattributed'),
      el('span', { class: 'kind' }, q.direct ? ' (direct): ' : ' (indirect): '), el('q', {}, q.text)))),
    section('Events', r.events.map((e) => el('li', { class: 'event-item' },
      el('a', { href: hrefFor('events', { article: r.id, focus: eventFocus(e) }) }, `${e.source?.name ?? '?'} → ${e.target?.name ?? '?'}`),
      ` · ${e.cameo} ${e.plover}${e.date ? ` · ${e.date}` : ''}`))),
    section('Entities', r.entities.map((e) => el('li', { class: `entity-item layer-entity-${e.type}` },
      entityLink(e.name), ` · ${e.type}${e.country ? ` · ${e.country}` : ''} · ${e.mentions.length}×`))),
    section('Times', r.times.map((t) => el('li', {}, `${t.text} = ${t.value}`))),
    section('Places', r.places.map((p) => el('li', {}, `${p.name}${p.country ? ` (${p.country})` : ''}`))));
}

export async function renderArticle(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const id = params.get('id') ?? '';
  const { record } = await getJson<{ record: ArticleRecord }>(`/articles/${encodeURIComponent(id)}`);
  const marks = articleMarks(record);
  const hidden = new Set((params.get('hide') ?? '').split(',').filter(Boolean));
  const holder = el('div', { class: 'text-holder' });
  const redraw = () => {
    holder.replaceChildren(drawText(record.text, marks, hidden));
    const next = new URLSearchParams(params);
    if (hidden.size > 0) next.set('hide', [...hidden].sort().join(',')); else next.delete('hide');
    history.replaceState(null, '', hrefFor('article', Object.fromEntries(next)));
    const main = holder.closest('main');
    if (main) main.dataset['rendered'] = location.hash;
  };
  redraw();
  const url = safeExternalUrl(record.url);
  const meta = el('p', { class: 'meta' }, [record.source, record.published?.slice(0, 10), record.language].filter(Boolean).join(' · '));
  if (url) meta.append(' · ', el('a', { href: url, rel: 'noopener noreferrer' }, 'original'));
  showPage(main, record.title ?? record.id, meta,
    el('div', { class: 'article-layout' },
      el('article', { 'aria-label': 'Article text' }, toggles(marks, hidden, redraw), holder),
      sidePanel(record)),
    el('div', { class: 'downloads' },
      downloadButton('Download JSON', `${record.id}.json`, 'application/json', () => `${JSON.stringify(record, null, 2)}\n`)));
}
