/**
 * The API's analysis routes: an entity's page, timelines, the actor network, GeoJSON, and
 * exports. Registered with the others through ROUTES (api-routes.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { exportEvents } from '../events/exports/event-exporter.js';
import type { ExportFormat } from '../events/exports/event-exporter.js';
import type { EventFilter, EventScope } from '../store/store.js';
import { ApiError } from './api-errors.js';
import type { RouteSpec } from './api-routes.js';
import { exportInputs, networkGraphml } from './export-files.js';
import { arr, errorSchema, int, nnum, nstr, num, obj, str } from './record-schema.js';

type Json = Record<string, unknown>;
const text = (maxLength: number, description: string) => ({ type: 'string', maxLength, description });
const day = (description: string) => ({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });
const errors = { 400: errorSchema, 429: errorSchema, 500: errorSchema };
const BBOX = '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$';

/** The event filters every event route takes (also used by GET /events). */
export const EVENT_FILTERS: Json = {
  actor: text(200, 'Source or target actor name contains these words.'),
  source: text(200, 'Source actor name contains these words.'),
  target: text(200, 'Target actor name contains these words.'),
  country: text(3, 'Source or target actor country, ISO 3166-1 alpha-3.'),
  code: text(40, 'CAMEO code prefix (`04`) or PLOVER type (`PROTEST`).'),
  from: day('First day, inclusive.'), to: day('Last day, inclusive.'),
  article: text(1000, 'Only events of this article.'),
  bbox: { type: 'string', pattern: BBOX, maxLength: 200, description: 'Only events whose place lies in minLon,minLat,maxLon,maxLat (degrees).' },
};
const scopeQuery = (extra: Json = {}): Json => ({
  type: 'object', additionalProperties: false,
  properties: { q: text(2000, 'Only events of articles matching this search.'), ...EVENT_FILTERS, ...extra },
});

type RawFilter = Omit<EventFilter, 'bbox' | 'articleId'> & { article?: string; bbox?: string; q?: string };

/** Query parameters to an event scope: empty values dropped, `bbox` parsed, `article` renamed. */
export function scopeOf(raw: RawFilter): EventScope {
  const { article, bbox, q, ...rest } = raw;
  const kept = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== '')) as EventScope;
  const box = bbox ? bbox.split(',').map(Number) as [number, number, number, number] : undefined;
  return { ...kept, ...(article ? { articleId: article } : {}), ...(box ? { bbox: box } : {}), ...(q ? { query: q } : {}) };
}

const point = obj({ type: str, coordinates: arr(num, 2) });
const geoSchema = obj({ type: { type: 'string', enum: ['FeatureCollection'] }, features: arr(obj({ type: str, geometry: point, properties: obj({}, []) })) });
const quoteList = obj({ total: int, items: arr(obj({ articleId: str, start: int, end: int, text: str, speaker: nstr, published: nstr })) });
const networkSchema = obj({
  nodes: arr(obj({ id: str, name: str, country: nstr, mentions: int })),
  edges: arr(obj({ source: str, target: str, events: int, quad: obj({ 1: int, 2: int, 3: int, 4: int }), evidence: arr(str) })),
});
const FORMAT_TYPES: Record<string, string> = {
  gdelt: 'text/tab-separated-values; charset=utf-8', plover: 'application/x-ndjson; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json', graphml: 'application/graphml+xml; charset=utf-8', json: 'application/json',
};

function download(reply: FastifyReply, name: string, format: string, body: string): FastifyReply {
  return reply.type(FORMAT_TYPES[format] ?? 'application/octet-stream').header('Content-Disposition', `attachment; filename="${name}.${format === 'plover' ? 'jsonl' : format}"`).send(body);
}

export const ANALYSIS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET', url: '/entities/:id', summary: "An entity's page: aliases, country, role, events per day as source and target, quotes by and about it, co-occurring actors and places. The id is the entity's name (case-insensitive).", auth: false,
    schema: {
      params: { type: 'object', properties: { id: text(200, 'Entity name.') }, required: ['id'] },
      response: {
        200: obj({
          id: str, name: str, type: str, articles: int, country: nstr, role: nstr, aliases: arr(str),
          timeline: arr(obj({ day: str, asSource: int, asTarget: int })), quotesBy: quoteList, quotesAbout: quoteList,
          coActors: arr(obj({ name: str, type: str, articles: int })),
          places: arr(obj({ name: str, country: nstr, lat: nnum, lon: nnum, articles: int })),
        }),
        404: errorSchema, ...errors,
      },
    },
    handler: (store) => async (request: FastifyRequest) => {
      const { id } = request.params as { id: string };
      const page = await store.entityPage(id);
      if (!page) throw new ApiError(404, 'NOT_FOUND', `No stored article names an entity ${JSON.stringify(id)}; try GET /entities?name=.`);
      return page;
    },
  },
  {
    method: 'GET', url: '/timeline', summary: 'Articles matching a search per day or week: raw counts, all articles in the bucket, and the share.', auth: false,
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: {
        q: text(2000, 'The search; empty counts every article.'), interval: { type: 'string', enum: ['day', 'week'], default: 'day' },
      } },
      response: { 200: obj({ interval: str, buckets: arr(obj({ start: str, count: int, total: int, share: num })) }), ...errors },
    },
    handler: (store) => async (request: FastifyRequest) => {
      const { q, interval } = request.query as { q?: string; interval?: 'day' | 'week' };
      return store.timeline(q ?? '', interval ?? 'day');
    },
  },
  {
    method: 'GET', url: '/network', summary: 'The actor network of matching events: nodes with mention counts, edges with event counts, quad class split and evidence event ids (`articleId#index`).', auth: false,
    schema: { querystring: scopeQuery(), response: { 200: networkSchema, ...errors } },
    handler: (store) => async (request: FastifyRequest) => store.network(scopeOf(request.query as RawFilter)),
  },
  {
    method: 'GET', url: '/places.geojson', summary: 'Located places as GeoJSON points, with how many articles name each.', auth: false,
    produces: ['application/geo+json'],
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { country: text(3, 'ISO 3166-1 alpha-3.') } }, response: { 200: geoSchema, ...errors } },
    handler: (store) => async (request: FastifyRequest, reply: FastifyReply) => {
      const { country } = request.query as { country?: string };
      return reply.type('application/geo+json').send(await store.placesGeo(country || undefined));
    },
  },
  {
    method: 'GET', url: '/events.geojson', summary: 'Matching events whose place has coordinates, as GeoJSON points.', auth: false,
    produces: ['application/geo+json'],
    schema: { querystring: scopeQuery(), response: { 200: geoSchema, ...errors } },
    handler: (store) => async (request: FastifyRequest, reply: FastifyReply) =>
      reply.type('application/geo+json').send(await store.eventsGeo(scopeOf(request.query as RawFilter))),
  },
  {
    method: 'GET', url: '/export/events', summary: 'Matching events as a file: GDELT 2.0 TSV, PLOVER JSON Lines, flat JSONL, CSV, or GeoJSON. At most 20,000 events (400 TOO_MANY beyond).', auth: false,
    produces: ['text/tab-separated-values', 'application/x-ndjson', 'text/csv', 'application/geo+json'],
    schema: {
      querystring: scopeQuery({ format: { type: 'string', enum: ['gdelt', 'plover', 'jsonl', 'csv', 'geojson'], default: 'jsonl' } }),
      response: { 200: { type: 'string', description: 'The file.' }, ...errors },
    },
    handler: (store) => async (request: FastifyRequest, reply: FastifyReply) => {
      const { format = 'jsonl', q, ...rest } = request.query as RawFilter & { format?: ExportFormat | 'geojson' };
      if (format === 'geojson') return download(reply, 'events', format, JSON.stringify(await store.eventsGeo(scopeOf({ ...rest, ...(q ? { q } : {}) }))));
      if (q) throw new ApiError(400, 'BAD_FILTER', 'q (article search) applies to geojson exports only; use the event filters.');
      const { query: _query, ...filter } = scopeOf(rest);
      return download(reply, 'events', format, exportEvents(format, await exportInputs(store, filter), { addedAt: new Date() }));
    },
  },
  {
    method: 'GET', url: '/export/network', summary: 'The actor network of matching events as GraphML (or JSON).', auth: false,
    produces: ['application/graphml+xml', 'application/json'],
    schema: {
      querystring: scopeQuery({ format: { type: 'string', enum: ['graphml', 'json'], default: 'graphml' } }),
      response: { 200: { type: 'string', description: 'The file.' }, ...errors },
    },
    handler: (store) => async (request: FastifyRequest, reply: FastifyReply) => {
      const { format = 'graphml', ...rest } = request.query as RawFilter & { format?: 'graphml' | 'json' };
      const graph = await store.network(scopeOf(rest));
      return download(reply, 'network', format, format === 'graphml' ? networkGraphml(graph) : JSON.stringify(graph));
    },
  },
];
