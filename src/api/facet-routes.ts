/**
 * The search facets route: for the articles a query matches, the most frequent sources,
 * countries, actors, PLOVER event types and languages, each with its article count. Registered
 * with the others through ROUTES (api-routes.ts).
 *
 * @example
 *   GET /facets?q=ceasefire&limit=5
 *   // {"total": 12, "source": [{"field": "dateline", "value": "tass", "label": "TASS (dateline)", "count": 4}, …], "country": […], …}
 */
import type { FastifyRequest } from 'fastify';
import type { RouteSpec } from './api-routes.js';
import { arr, errorSchema, int, obj, str } from './record-schema.js';

const facetList = arr(obj({ field: { type: 'string', enum: ['source', 'dateline', 'country', 'actor', 'event', 'lang'] }, value: str, label: str, count: int }), 50);

export const FACET_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET', url: '/facets', auth: false,
    summary: 'Facets of a search: the top sources, countries, actors, event types (PLOVER) and languages of the matching articles, with counts. '
      + 'Each count equals the `total` of GET /search with `field:value` added to the query.',
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: {
        q: { type: 'string', maxLength: 2000, description: 'The search, as for GET /search; empty counts every article.' },
        limit: { type: 'integer', minimum: 1, maximum: 50, default: 10, description: 'Values per facet.' },
      } },
      response: {
        200: obj({ total: int, source: facetList, country: facetList, actor: facetList, event: facetList, lang: facetList }),
        400: errorSchema, 429: errorSchema, 500: errorSchema,
      },
    },
    handler: (store) => async (request: FastifyRequest) => {
      const { q, limit } = request.query as { q?: string; limit?: number };
      return store.facets({ query: q ?? '', ...(limit === undefined ? {} : { limit }) });
    },
  },
];
