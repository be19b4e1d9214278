/**
 * Serves the built web app (dist/web/, made by scripts/build-web.mjs) at `/`: hashed assets under
 * /assets/ cached for a year as immutable, index.html revalidated on every visit. The app routes in
 * the URL hash, so `/` is its only page and the API's paths stay the API's.
 *
 * The API's Content-Security-Policy forbids everything; these routes get one that lets the app run
 * its own script and style and call the API, and nothing else (no inline script, nothing from
 * another origin).
 *
 * @example
 *   await registerWebApp(app); // before app.ready(); does nothing when the app is not built
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-errors.js';

/** dist/web/ from both src/api/ (run by tsx) and dist/api/ (built). */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export const WEB_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const IMMUTABLE = 'public, max-age=31536000, immutable';
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png', '.woff2': 'font/woff2',
};

interface Asset { readonly body: Buffer; readonly type: string }

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const assetsDir = join(dir, 'assets');
  if (!existsSync(assetsDir)) return assets;
  for (const name of readdirSync(assetsDir)) {
    const type = CONTENT_TYPES[extname(name)];
    if (type) assets.set(name, { body: readFileSync(join(assetsDir, name)), type });
  }
  return assets;
}

/** Runs after the server-wide security headers, so it replaces their CSP and Cache-Control. */
async function webHeaders<T>(request: FastifyRequest, reply: FastifyReply, payload: T): Promise<T> {
  reply.header('Content-Security-Policy', WEB_CSP);
  const hashed = request.url.startsWith('/assets/') && reply.statusCode === 200;
  reply.header('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
  return payload;
}

export async function registerWebApp(app: FastifyInstance, dir: string = WEB_DIR): Promise<void> {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) return;
  // Read once at start: the files are immutable between builds, and a request never touches the disk.
  const index = readFileSync(indexPath);
  const assets = loadAssets(dir);
  await app.register(async (web) => {
    web.addHook('onSend', webHeaders);
    const sendIndex = async (_request: FastifyRequest, reply: FastifyReply) => reply.type('text/html; charset=utf-8').send(index);
    web.get('/', sendIndex);
    web.get('/index.html', sendIndex);
    web.get('/assets/:file', async (request, reply) => {
      const { file } = request.params as { file: string };
      const asset = assets.get(file);
      if (!asset) throw new ApiError(404, 'NOT_FOUND', `No asset ${JSON.stringify(file)}; rebuild the app with \`npm run build\`.`);
      return reply.type(asset.type).send(asset.body);
    });
  });
}
