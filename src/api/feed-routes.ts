/**
 * The API's feed and alert routes: each feed's ledger, a feed's items, saved queries (create,
 * list, read, delete; writes need a token) and each saved query as an Atom feed. Registered with
 * the others through ROUTES (api-routes.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { queryFeedAtom } from '../alerts/query-feed.js';
import { checkWebhookUrl, WebhookUrlError } from '../alerts/webhook-url.js';
import { feedStatuses } from '../feeds/feed-status.js';
import { parseFeedList } from '../feeds/feed-list.js';
import type { Store } from '../store/store.js';
import type { SavedQuery } from '../store/watch-types.js';
import { ApiError } from './api-errors.js';
import type { RouteSpec } from './api-routes.js';
import { arr, errorSchema, int, nnum, nstr, obj, str } from './record-schema.js';

const text = (maxLength: number, description: string) => ({ type: 'string', maxLength, description });
const errors = { 400: errorSchema, 429: errorSchema, 500: errorSchema };
const authErrors = { 401: errorSchema, ...errors };
const idParams = { type: 'object', properties: { id: text(40, 'Saved query id.') }, required: ['id'] };

const itemSchema = obj({
  feedUrl: str, itemKey: str, status: str, attempts: int, articleId: nstr, firstSeen: str, published: nstr,
  publishedSource: nstr, code: nstr, reason: nstr,
});
const feedSchema = obj({
  url: str, title: nstr, addedAt: str, etag: nstr, lastModified: nstr, lastPolled: nstr, lastStatus: nstr, lastCode: nstr,
  lastReason: nstr, nextPoll: nstr, errorsInRow: int, polls: int, notModified: int, failures: int, itemsSeen: int,
  itemsNew: int, stored: int, skipped: int, failed: int, failedItems: arr(itemSchema),
});
const savedSchema = obj({ id: str, name: str, query: str, webhook: nstr, createdAt: str });
const matchSchema = obj({ articleId: str, title: nstr, url: nstr, matchedAt: str, status: str, attempts: int, lastError: nstr });
const burstSchema = obj({ windowStart: str, windowEnd: str, count: int, baseline: nnum, status: str });

/** Webhook URLs often carry a secret in their path: public answers show only where they go. */
function publicView(saved: SavedQuery): SavedQuery {
  return { ...saved, webhook: saved.webhook === null ? null : `${new URL(saved.webhook).origin}/…` };
}

async function savedOr404(store: Store, id: string) {
  const saved = await store.watch.getSavedQuery(id);
  if (!saved) throw new ApiError(404, 'NOT_FOUND', `No saved query ${JSON.stringify(id)}; see GET /queries.`);
  return saved;
}

export const FEED_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET', url: '/feeds', summary: "Each watched feed's ledger: last poll, items seen, new, stored, skipped and failed, with the latest failures and their reasons.", auth: false,
    schema: { response: { 200: obj({ feeds: arr(feedSchema) }), ...errors } },
    handler: (store) => async () => ({ feeds: await feedStatuses(store) }),
  },
  {
    method: 'GET', url: '/feeds/items', summary: "A feed's items, failures first then newest: status, article, first seen, publication date and where it came from.", auth: false,
    schema: {
      querystring: { type: 'object', additionalProperties: false, required: ['url'], properties: { url: text(2000, 'The feed URL.'), limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 } } },
      response: { 200: obj({ items: arr(itemSchema) }), ...errors },
    },
    handler: (store) => async (request) => {
      const { url, limit } = request.query as { url: string; limit: number };
      return { items: await store.watch.feedItems(url, limit) };
    },
  },
  {
    method: 'POST', url: '/feeds', summary: 'Watch a feed (RSS or Atom URL). Needs a token.', auth: true,
    schema: {
      body: { type: 'object', additionalProperties: false, required: ['url'], properties: { url: text(2000, 'The feed URL, http(s).'), title: text(300, 'A name for it.') } },
      response: { 201: obj({ url: str, added: { type: 'boolean' } }), ...authErrors },
    },
    handler: (store) => async (request, reply) => {
      const { url, title } = request.body as { url: string; title?: string };
      let checked: string;
      try { [checked] = parseFeedList(url) as [string]; } catch (error) { throw new ApiError(400, 'BAD_URL', (error as Error).message); }
      if (!checked) throw new ApiError(400, 'BAD_URL', 'Give the feed\'s http(s) URL.');
      return reply.status(201).send({ url: checked, added: await store.watch.addFeed(checked, new Date(), title ?? null) });
    },
  },
  {
    method: 'GET', url: '/queries', summary: 'Saved queries (webhooks shown by their origin only).', auth: false,
    schema: { response: { 200: obj({ queries: arr(savedSchema) }), ...errors } },
    handler: (store) => async () => ({ queries: (await store.watch.listSavedQueries()).map(publicView) }),
  },
  {
    method: 'POST', url: '/queries', summary: 'Save a search; its new matches become alerts (webhook POST, the query\'s Atom feed, the UI). Needs a token.', auth: true,
    schema: {
      body: {
        type: 'object', additionalProperties: false, required: ['name', 'query'],
        properties: { name: text(200, 'What the query is for.'), query: text(2000, 'Search syntax, filters included.'), webhook: text(2000, 'POST each new match here (JSON).') },
      },
      response: { 201: savedSchema, ...authErrors },
    },
    handler: (store) => async (request, reply) => {
      const { name, query, webhook } = request.body as { name: string; query: string; webhook?: string };
      let hook: string | null = null;
      try { hook = webhook ? checkWebhookUrl(webhook) : null; } catch (error) {
        if (error instanceof WebhookUrlError) throw new ApiError(400, error.code, error.message);
        throw error;
      }
      return reply.status(201).send(await store.watch.createSavedQuery({ name, query, webhook: hook }, new Date()));
    },
  },
  {
    method: 'GET', url: '/queries/:id', summary: 'A saved query with its newest matches (and their alert state) and bursts.', auth: false,
    schema: { params: idParams, response: { 200: obj({ query: savedSchema, matches: arr(matchSchema), bursts: arr(burstSchema) }), 404: errorSchema, ...errors } },
    handler: (store) => async (request) => {
      const saved = await savedOr404(store, (request.params as { id: string }).id);
      const [deliveries, bursts] = await Promise.all([store.watch.recentMatches(saved.id, 50), store.watch.listBursts(saved.id, 20)]);
      const matches = await Promise.all(deliveries.map(async (d) => {
        const article = await store.getArticle(d.key);
        return { articleId: d.key, title: article?.record.title ?? null, url: article?.record.url ?? null, matchedAt: d.matchedAt, status: d.status, attempts: d.attempts, lastError: d.lastError };
      }));
      return { query: publicView(saved), matches, bursts };
    },
  },
  {
    method: 'DELETE', url: '/queries/:id', summary: 'Delete a saved query and its alerts. Needs a token.', auth: true,
    schema: { params: idParams, response: { 200: obj({ deleted: str }), 404: errorSchema, ...authErrors } },
    handler: (store) => async (request) => {
      const { id } = request.params as { id: string };
      if (!(await store.watch.deleteSavedQuery(id))) throw new ApiError(404, 'NOT_FOUND', `No saved query ${JSON.stringify(id)}.`);
      return { deleted: id };
    },
  },
  {
    method: 'GET', url: '/queries/:id/feed.atom', summary: "A saved query's newest matching articles as an Atom feed.", auth: false, produces: ['application/atom+xml'],
    schema: { params: idParams, response: { 200: str, 404: errorSchema, ...errors } },
    handler: (store) => async (request: FastifyRequest, reply: FastifyReply) => {
      const saved = await savedOr404(store, (request.params as { id: string }).id);
      const page = await store.findArticles({ query: saved.query, limit: 50 });
      const self = `${request.protocol}://${request.host}${request.url.split('?')[0]}`;
      return reply.type('application/atom+xml; charset=utf-8').send(queryFeedAtom(saved, page.items, self, new Date()));
    },
  },
];
