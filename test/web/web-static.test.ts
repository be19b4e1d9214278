import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildServer } from '../../src/api/build-server.js';
import { WEB_CSP } from '../../src/api/web-static.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import type { FastifyInstance } from 'fastify';
import { buildWebInto } from './web-build.js';

let webDir = '';
let storeDir = '';
let store: Store;
let app: FastifyInstance;

before(async () => {
  webDir = buildWebInto();
  storeDir = mkdtempSync(join(tmpdir(), 'dateline-web-store-'));
  store = await openStore(join(storeDir, 'web.sqlite'));
  app = await buildServer(store, { webDir });
});

after(async () => {
  await app.close();
  await store.close();
  rmSync(storeDir, { recursive: true, force: true });
  rmSync(dirname(webDir), { recursive: true, force: true });
});

const assetNames = () => readdirSync(join(webDir, 'assets'));

test('the build writes content-hashed script and style files', () => {
  const names = assetNames();
  assert.ok(names.some((n) => /^main-[A-Z0-9]{8}\.js$/.test(n)), names.join(','));
  assert.ok(names.some((n) => /^main-[A-Z0-9]{8}\.css$/.test(n)), names.join(','));
});

test('index.html names the hashed files, is revalidated, and carries the app CSP', async () => {
  const response = await app.inject({ method: 'GET', url: '/' });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^text\/html/);
  assert.equal(response.headers['cache-control'], 'no-cache');
  assert.equal(response.headers['content-security-policy'], WEB_CSP);
  for (const name of assetNames()) assert.ok(response.body.includes(`/assets/${name}`), name);
  assert.ok(!/<script>/.test(response.body), 'no inline script');
});

test('hashed assets are immutable for a year, with their types', async () => {
  for (const name of assetNames()) {
    const response = await app.inject({ method: 'GET', url: `/assets/${name}` });
    assert.equal(response.statusCode, 200, name);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(response.headers['content-type']), name.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
  }
});

test('an unknown asset is a JSON 404 that is not cached as immutable', async () => {
  const response = await app.inject({ method: 'GET', url: '/assets/main-NOTTHERE.js' });
  assert.equal(response.statusCode, 404);
  assert.equal(response.json().error.code, 'NOT_FOUND');
  assert.equal(response.headers['cache-control'], 'no-cache');
});

test('the app CSP allows only same-origin script, style and fetch', () => {
  assert.match(WEB_CSP, /script-src 'self'(;|$)/);
  assert.match(WEB_CSP, /style-src 'self'(;|$)/);
  assert.match(WEB_CSP, /connect-src 'self'(;|$)/);
  assert.doesNotMatch(WEB_CSP, /unsafe-inline|unsafe-eval|https?:|\*/);
});

test('API responses keep the API CSP and no-store', async () => {
  const response = await app.inject({ method: 'GET', url: '/stats' });
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  assert.equal(response.headers['cache-control'], 'no-store');
});

test('a server without a built app serves no page at /', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'dateline-noweb-'));
  const bare = await buildServer(store, { webDir: empty });
  try {
    assert.equal((await bare.inject({ method: 'GET', url: '/' })).statusCode, 404);
  } finally {
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
  }
});
