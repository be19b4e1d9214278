/**
 * The REST API over a store. Every route has schemas (api-routes.ts); writes need a bearer token;
 * bodies are size-limited; each client is rate-limited; every response carries security headers;
 * errors are `{"error": {"code", "message"}}` without stack traces.
 *
 * @example
 *   const app = await buildServer(await openStore('news.sqlite'));
 *   await app.listen({ port: 8080 });
 */
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/store.js';
import { ApiError, handleError, handleNotFound } from './api-errors.js';
import { ROUTES } from './api-routes.js';
import { openApiDocument } from './openapi-document.js';
import { createRateLimiter, createWindowCounter } from './rate-limiter.js';
import type { RateCounter, RateLimitOptions } from './rate-limiter.js';
import { addSecurityHeaders } from './security-headers.js';
import { registerWebApp } from './web-static.js';

export interface ServerOptions {
  /** Largest request body, in bytes; default 4 MiB (an article with its layers). */
  readonly bodyLimit?: number;
  /** Per client address; default 300 requests a minute. */
  readonly rateLimit?: RateLimitOptions;
  /** Where the clients' windows are counted; default in this process (shared-rate-limit.ts shares them). */
  readonly rateCounter?: RateCounter;
  readonly logger?: boolean;
  /** Trust X-Forwarded-For (only behind a proxy you run). */
  readonly trustProxy?: boolean;
  /** The built web app to serve at `/` (scripts/build-web.mjs); default dist/web/, skipped when not built. */
  readonly webDir?: string;
}

export const DEFAULT_SERVER_OPTIONS = Object.freeze({
  bodyLimit: 4 * 1024 * 1024,
  rateLimit: Object.freeze({ max: 300, windowMs: 60_000 }),
});

const VERSION = '0.1.0';

function bearerAuth(store: Store) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (token === '' || !(await store.verifyApiToken(token))) {
      reply.header('WWW-Authenticate', 'Bearer');
      throw new ApiError(401, 'UNAUTHORIZED', 'This route needs an API token: send "Authorization: Bearer <token>"; create one with `dateline token create`.');
    }
  };
}

export async function buildServer(store: Store, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_SERVER_OPTIONS.bodyLimit,
    trustProxy: options.trustProxy ?? false,
    // Article ids can be long (paths, URLs); the route schema caps them at 1000.
    routerOptions: { maxParamLength: 1000 },
    // Errors Fastify raises before routing (over-long or malformed URLs) get the same JSON shape.
    frameworkErrors: handleError,
  });
  const rateLimit = options.rateLimit ?? DEFAULT_SERVER_OPTIONS.rateLimit;
  app.addHook('onRequest', createRateLimiter(rateLimit, Date.now, options.rateCounter ?? createWindowCounter(rateLimit)));
  app.addHook('onSend', addSecurityHeaders);
  // JSON only: a text/plain body is refused with 415 rather than validated as a string.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  const auth = bearerAuth(store);
  for (const route of ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      schema: route.schema,
      // Checked on arrival, before the body is read: a client without a token costs no parsing.
      ...(route.auth ? { onRequest: auth } : {}),
      handler: route.handler(store),
    });
  }
  const document = openApiDocument(ROUTES, VERSION);
  app.get('/openapi.json', async () => document);
  await registerWebApp(app, options.webDir);
  await app.ready();
  return app;
}
