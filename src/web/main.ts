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
import { renderFeeds } from './feeds-page.js';
import { renderAlerts } from './alerts-page.js';

type Renderer = (main: HTMLElement, params: URLSearchParams) => Promise<void>;

const PAGES: Readonly<Record<string, Renderer>> = {
  search: renderSearch,
  article: renderArticle,
  events: renderEvents,
  entity: renderEntity,
  timeline: renderTimeline,
  network: renderNetwork,
  map: renderMap,
  feeds: renderFeeds,
  alerts: renderAlerts,
};

const NAV: readonly (readonly [string, string])[] = [['search', 'Search'], ['events', 'Events'], ['timeline', 'Timeline'], ['network', 'Network'], ['map', 'Map'], ['feeds', 'Feeds'], ['alerts', 'Alerts']];

function frame(): void {
  const nav = el('nav', { 'aria-label': 'Main' }, el('ul', {}, ...NAV.map(([page, label]) => el('li', {}, el('a', { href: hrefFor(page), 'data-page': page }, label)))));
  const skip = el('a', { href: '#main', class: 'skip-link' }, 'Skip to content');
  // The skip link must not change the route.
  skip.addEventListener('click', (event) => { event.preventDefault(); document.getElementById('main')?.focus(); });
  document.body.replaceChildren(
    skip,
    el('header', { class: 'site-header' }, el('a', { href: hrefFor('search'), class: 'brand' }, 'dateline'), nav),
    newMain(),
    el('footer', {}, 'Extracted by dateline · ', el('a', { href: '/openapi.json' }, 'API')));
}

const newMain = (): HTMLElement => el('main', { id: 'main', tabindex: '-1' });

let generation = 0;

/**
 * Each view is drawn into a fresh, detached <main> that replaces the shown one only if no newer
 * navigation has started meanwhile: a slow answer never overwrites the page the user moved to.
 */
async function route(): Promise<void> {
  const { page, params } = parseHash(location.hash);
  const current = ++generation;
  const shown = document.getElementById('main');
  shown?.setAttribute('aria-busy', 'true');
  const main = newMain();
  const render = PAGES[page];
  try {
    if (!render) showPage(main, 'Not found', el('p', {}, `There is no page "${page}". `, el('a', { href: hrefFor('search') }, 'Search')));
    else await render(main, params);
  } catch (error) {
    showPage(main, 'Something went wrong', el('p', { class: 'error', role: 'alert' }, (error as Error).message));
  }
  if (current !== generation) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.dataset['page'] === page) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  // Which URL the shown page draws: tests wait for it to equal location.hash before reading the page.
  main.dataset['rendered'] = location.hash;
  shown?.replaceWith(main);
  document.title = `${main.dataset['title'] ?? 'dateline'} · dateline`;
  // On later navigations only: a fresh page load starts, as usual, at the top with the skip link.
  if (current > 1) main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  const focused = main.querySelector<HTMLElement>('tr.focused');
  if (focused) focused.scrollIntoView({ block: 'center' }); else window.scrollTo(0, 0);
}

frame();
window.addEventListener('hashchange', () => void route());
void route();
