/**
 * The app's entry: the header and navigation, and the router that draws the page named in the
 * URL hash. Each page reads its whole state from the hash, so links and reloads show the same view.
 */
import './app.css';
import { renderArticle } from './article-page.js';
import { el, showPage } from './dom-builder.js';
import { renderEntity } from './entity-page.js';
import { renderEvents } from './events-page.js';
import { hrefFor, parseHash } from './hash-route.js';
import { renderMap } from './map-page.js';
import { renderNetwork } from './network-page.js';
import { renderSearch } from './search-page.js';
import { renderTimeline } from './timeline-page.js';

type Renderer = (main: HTMLElement, params: URLSearchParams) => Promise<void>;

const PAGES: Readonly<Record<string, Renderer>> = {
  search: renderSearch,
  article: renderArticle,
  events: renderEvents,
  entity: renderEntity,
  timeline: renderTimeline,
  network: renderNetwork,
  map: renderMap,
};

const NAV: readonly (readonly [string, string])[] = [['search', 'Search'], ['events', 'Events'], ['timeline', 'Timeline'], ['network', 'Network'], ['map', 'Map']];

function frame(): HTMLElement {
  const main = el('main', { id: 'main', tabindex: '-1' });
  const nav = el('nav', { 'aria-label': 'Main' }, el('ul', {}, ...NAV.map(([page, label]) => el('li', {}, el('a', { href: hrefFor(page), 'data-page': page }, label)))));
  document.body.replaceChildren(
    el('a', { href: '#main', class: 'skip-link' }, 'Skip to content'),
    el('header', { class: 'site-header' }, el('a', { href: hrefFor('search'), class: 'brand' }, 'dateline'), nav),
    main,
    el('footer', {}, 'Extracted by dateline · ', el('a', { href: '/openapi.json' }, 'API')));
  // The skip link must not change the route.
  document.querySelector('.skip-link')?.addEventListener('click', (event) => { event.preventDefault(); main.focus(); });
  return main;
}

let generation = 0;

async function route(main: HTMLElement): Promise<void> {
  const { page, params } = parseHash(location.hash);
  const current = ++generation;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.dataset['page'] === page) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  const render = PAGES[page];
  main.setAttribute('aria-busy', 'true');
  try {
    if (!render) showPage(main, 'Not found', el('p', {}, `There is no page "${page}". `, el('a', { href: hrefFor('search') }, 'Search')));
    else await render(main, params);
  } catch (error) {
    if (current === generation) showPage(main, 'Something went wrong', el('p', { class: 'error', role: 'alert' }, (error as Error).message));
  } finally {
    if (current === generation) main.removeAttribute('aria-busy');
  }
}

const main = frame();
window.addEventListener('hashchange', () => void route(main));
void route(main);
