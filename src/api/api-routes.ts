/**
 * The API's routes, as data: each with its schemas, whether it needs a token, and its handler.
 * The server (build-server.ts) registers them and the OpenAPI document (openapi-document.ts) is
 * written from the same list, so the two cannot disagree.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OutputRecord } from '../output/record.js';
import { ingestMetaFor } from '../store/ingest-meta.js';
import type { EntityFilter, EventFilter, QuoteFilter, Store } from '../store/store.js';
import { ApiError } from './api-errors.js';
import { ANALYSIS_ROUTES, EVENT_FILTERS, scopeOf } from './analysis-routes.js';
import { LEDGER_ROUTES } from './ledger-routes.js';
import { FEED_ROUTES } from './feed-routes.js';
import { FACET_ROUTES } from './facet-routes.js';
import { findFalseSpan } from './record-check.js';
import {
  entitySchema, errorSchema, eventSchema, hitSchema, ingestSchema, obj, pageSchema, quoteSchema, recordSchema, statsSchema, str,
} from './record-schema.js';

type Json = Record<string, unknown>;

export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly url: string;
  readonly summary: string;
  readonly auth: boolean;
  /** Media types of the 200 answer when not JSON (exports, GeoJSON). */
  readonly produces?: readonly string[];
  readonly schema: { params?: Json; querystring?: Json; body?: Json; response: Record<number, Json> };
  readonly handler: (store: Store) => (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

const text = (maxLength: number, description: string) => ({ type: 'string', maxLength, description });
const day = (description: string) => ({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });
const paging = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 20, description: 'Items per page.' },
  cursor: text(2048, 'The `next` value of the previous page.'),
};
const query = (properties: Json): Json => ({ type: 'object', properties: { ...properties, ...paging }, additionalProperties: false });
const errors = { 400: errorSchema, 429: errorSchema, 500: errorSchema };

/** Drops absent and empty query parameters, so `?actor=` means no filter. */
function present<T extends object>(raw: T): T {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== '')) as T;
}

export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET', url: '/articles/:id', summary: 'An article with all its layers and its ingest metadata.', auth: false,
    schema: {
      params: { type: 'object', properties: { id: text(1000, 'Article id.') }, required: ['id'] },
      response: { 200: obj({ record: recordSchema, ingest: ingestSchema, story: obj({ id: str, reason: str }) }), 404: errorSchema, ...errors },
    },
    handler: (store) => async (request) => {
      const { id } = request.params as { id: string };
      const article = await store.getArticle(id);
      if (!article) throw new ApiError(404, 'NOT_FOUND', `No article with id ${JSON.stringify(id)}.`);
      return article;
    },
  },
  {
    method: 'POST', url: '/articles', summary: 'Store an extracted record (the output of `dateline extract`). Needs a token.', auth: true,
    schema: {
      body: recordSchema,
      response: {
        200: obj({ status: { type: 'string', enum: ['duplicate'] }, id: str, matchedBy: { type: 'string', enum: ['id', 'url', 'hash'] } }),
        201: obj({ status: { type: 'string', enum: ['created'] }, id: str }),
        401: errorSchema, 413: errorSchema, ...errors,
      },
    },
    handler: (store) => async (request, reply) => {
      const record = request.body as OutputRecord;
      const falseSpan = findFalseSpan(record);
      if (falseSpan) throw new ApiError(400, 'BAD_RECORD', falseSpan);
      const result = await store.saveArticle(record, ingestMetaFor(record, new Date()));
      return reply.status(result.status === 'created' ? 201 : 200).send(result);
    },
  },
  {
    method: 'GET', url: '/search', summary: 'Search articles: words, "phrases", AND/OR/NOT/-, NEAR/n, field filters, date ranges.', auth: false,
    schema: {
      querystring: query({
        q: text(2000, 'The query, e.g. `ceasefire source:reuters date:2023-10`. Empty matches every article.'),
        order: { type: 'string', enum: ['date', 'relevance'], default: 'date' },
      }),
      response: { 200: pageSchema(hitSchema), ...errors },
    },
    handler: (store) => async (request) => {
      const { q, order, limit, cursor } = request.query as { q?: string; order?: 'date' | 'relevance'; limit?: number; cursor?: string };
      return store.findArticles({ query: q ?? '', ...present({ order, limit, cursor }) });
    },
  },
  {
    method: 'GET', url: '/events', summary: 'Political events, newest first.', auth: false,
    schema: {
      querystring: query(EVENT_FILTERS),
      response: { 200: pageSchema(eventSchema), ...errors },
    },
    handler: (store) => async (request) => {
      const { limit, cursor, ...rest } = request.query as Parameters<typeof scopeOf>[0] & { limit?: number; cursor?: string };
      return store.findEvents({ ...scopeOf(rest), ...present({ limit, cursor }) });
    },
  },
  {
    method: 'GET', url: '/quotes', summary: 'Quotes, newest first.', auth: false,
    schema: {
      querystring: query({
        speaker: text(200, 'Speaker name contains these words.'),
        text: text(500, 'Quote text contains this.'),
        article: text(1000, 'Only quotes of this article.'),
      }),
      response: { 200: pageSchema(quoteSchema), ...errors },
    },
    handler: (store) => async (request) => {
      const { article, ...rest } = request.query as QuoteFilter & { article?: string };
      return store.findQuotes(present({ ...rest, articleId: article }));
    },
  },
  {
    method: 'GET', url: '/entities', summary: 'Entities across articles, most widely reported first.', auth: false,
    schema: {
      querystring: query({
        name: text(200, 'Name contains this.'),
        type: { type: 'string', enum: ['PERSON', 'ORG', 'COUNTRY', 'CITY', 'REGION', 'LOCATION', 'FACILITY', 'NORP', 'EVENT', 'MISC'] },
        country: text(3, 'ISO 3166-1 alpha-3.'),
      }),
      response: { 200: pageSchema(entitySchema), ...errors },
    },
    handler: (store) => async (request) => store.findEntities(present(request.query as EntityFilter)),
  },
  {
    method: 'GET', url: '/stats', summary: 'How many articles and layer items the store holds.', auth: false,
    schema: { response: { 200: statsSchema, ...errors } },
    handler: (store) => async () => store.stats(),
  },
  ...ANALYSIS_ROUTES,
  ...LEDGER_ROUTES,
  ...FEED_ROUTES,
  ...FACET_ROUTES,
];
