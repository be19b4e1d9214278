/**
 * The OpenAPI 3.1 document, written from the route list (api-routes.ts). OpenAPI 3.1 uses JSON
 * Schema itself, so the route schemas go in unchanged.
 */
import type { RouteSpec } from './api-routes.js';

type Json = Record<string, unknown>;

function parametersOf(route: RouteSpec): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [['path', route.schema.params], ['query', route.schema.querystring]] as const) {
    if (!schema) continue;
    const properties = (schema['properties'] ?? {}) as Record<string, Json>;
    const required = new Set((schema['required'] ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: rest, ...(description ? { description } : {}) });
    }
  }
  return out;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 400: 'Bad request', 401: 'Missing or unknown API token', 404: 'Not found',
  413: 'Request body too large', 429: 'Rate limit exceeded; see Retry-After', 500: 'Unexpected failure',
};

function operationOf(route: RouteSpec): Json {
  const responses: Json = {};
  for (const [status, schema] of Object.entries(route.schema.response)) {
    const types = status === '200' && route.produces ? route.produces : ['application/json'];
    responses[status] = { description: STATUS_TEXT[Number(status)] ?? 'Response', content: Object.fromEntries(types.map((type) => [type, { schema }])) };
  }
  return {
    summary: route.summary,
    parameters: parametersOf(route),
    ...(route.schema.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.schema.body } } } } : {}),
    ...(route.auth ? { security: [{ bearerToken: [] }] } : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly RouteSpec[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operationOf(route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'dateline', version, description: 'Articles as data: datelines, entities, times, places, quotes and political events, with offsets.' },
    paths,
    components: { securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: 'A token from `dateline token create`.' } } },
  };
}
