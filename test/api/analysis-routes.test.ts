import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestMetaFor } from '../../src/store/ingest-meta.js';
import { actor, makeRecord } from '../store/store-fixtures.js';
import type { Harness } from './api-fixtures.js';
import { harness } from './api-fixtures.js';

/** A fourth article whose events happen in Lindgrad, a located place. */
function located() {
  const record = makeRecord({
    id: 'a4', title: 'Veldora condemns Lindgrad crackdown', published: '2023-10-16T09:00:00Z', source: 'Daily Courier',
    text: 'Veldora condemned the crackdown in Lindgrad on Monday, and Anna Kovel said Ostrava Minor must free the protesters.',
    entities: [{ name: 'Veldora', type: 'COUNTRY', country: 'VLD' }, { name: 'Anna Kovel', type: 'PERSON', country: 'VLD' }],
    places: [{ name: 'Lindgrad', country: 'OSM', lat: 48.1, lon: 17.1 }],
    quotes: [{ words: 'Ostrava Minor must free the protesters', speaker: 'Anna Kovel', direct: false }],
    events: [{ trigger: 'condemned', cameo: '122', plover: 'DISAPPROVE', source: actor('Veldora', 'VLD'), target: actor('Ostrava Minor', 'OSM'), date: '2023-10-16' }],
  });
  return { ...record, events: record.events.map((event) => ({ ...event, place: 'Lindgrad', quad: 3 })) };
}

describe('analysis routes', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
    const record = located();
    await h.store.saveArticle(record, ingestMetaFor(record, new Date('2026-01-01T00:00:00Z')));
  });
  after(() => h.close());

  test('GET /entities/:id gathers the entity across articles', async () => {
    const res = await h.app.inject({ url: '/entities/anna%20kovel' });
    assert.equal(res.statusCode, 200);
    const page = res.json();
    assert.deepEqual([page.id, page.name, page.type, page.articles, page.country], ['anna kovel', 'Anna Kovel', 'PERSON', 2, 'VLD']);
    assert.deepEqual(page.aliases, ['Anna Kovel']);
    assert.equal(page.quotesBy.total, 1);
    assert.equal(page.quotesBy.items[0].text, 'Ostrava Minor must free the protesters');
    assert.deepEqual(page.coActors.map((a: { name: string }) => a.name), ['Veldora']);
    assert.deepEqual(page.places.map((p: { name: string }) => p.name), ['Lindgrad', 'PORT MIRREN']);
    const veldora = (await h.app.inject({ url: '/entities/Veldora' })).json();
    assert.deepEqual(veldora.timeline.map((t: { day: string; asSource: number }) => [t.day, t.asSource]), [['2023-10-05', 1], ['2023-10-16', 1]]);
    assert.equal((await h.app.inject({ url: '/entities/Nobody%20Here' })).statusCode, 404);
  });

  test('GET /timeline counts matching articles per bucket, raw and normalised', async () => {
    const days = (await h.app.inject({ url: '/timeline?q=border' })).json();
    assert.equal(days.interval, 'day');
    assert.deepEqual(days.buckets.map((b: { start: string; count: number; total: number }) => [b.start, b.count, b.total]),
      [['2023-10-05', 1, 1], ['2023-10-14', 1, 1], ['2023-10-16', 0, 1], ['2023-11-20', 1, 1]]);
    const weeks = (await h.app.inject({ url: '/timeline?q=border&interval=week' })).json();
    // 14 Oct 2023 was a Saturday (week of Monday 9 Oct); 16 Oct a Monday.
    assert.deepEqual(weeks.buckets.map((b: { start: string; count: number; share: number }) => [b.start, b.count, b.share]),
      [['2023-10-02', 1, 1], ['2023-10-09', 1, 1], ['2023-10-16', 0, 0], ['2023-11-20', 1, 1]]);
    assert.equal((await h.app.inject({ url: '/timeline?interval=month' })).statusCode, 400);
  });

  test('GET /network: nodes, edges with counts, quad split and evidence', async () => {
    const net = (await h.app.inject({ url: '/network?country=VLD' })).json();
    assert.deepEqual(net.nodes.map((n: { id: string; mentions: number }) => [n.id, n.mentions]), [['ostrava minor', 2], ['veldora', 2]]);
    assert.equal(net.edges.length, 1);
    assert.deepEqual(net.edges[0], { source: 'veldora', target: 'ostrava minor', events: 2, quad: { 1: 1, 2: 0, 3: 1, 4: 0 }, evidence: ['a1#0', 'a4#0'] });
    const narrowed = (await h.app.inject({ url: '/network?q=crackdown' })).json();
    assert.deepEqual(narrowed.edges.map((e: { evidence: string[] }) => e.evidence), [['a4#0']]);
  });

  test('GeoJSON: places, located events, and the bbox filter on events', async () => {
    const places = await h.app.inject({ url: '/places.geojson' });
    assert.match(places.headers['content-type'] as string, /geo\+json/);
    const features = places.json().features;
    assert.deepEqual(features.map((f: { properties: { name: string; articles: number } }) => [f.properties.name, f.properties.articles]), [['Lindgrad', 2], ['PORT MIRREN', 1]]);
    assert.deepEqual(features[0].geometry, { type: 'Point', coordinates: [17.1, 48.1] });
    const events = (await h.app.inject({ url: '/events.geojson' })).json();
    assert.deepEqual(events.features.map((f: { properties: { id: string } }) => f.properties.id), ['a4#0']);
    const inBox = (await h.app.inject({ url: '/events?bbox=17,48,18,49' })).json();
    assert.deepEqual(inBox.items.map((e: { articleId: string }) => e.articleId), ['a4']);
    assert.equal((await h.app.inject({ url: '/events?bbox=0,0,1,1' })).json().total, 0);
    assert.equal((await h.app.inject({ url: '/events?bbox=18,48,17,49' })).statusCode, 400);
    assert.equal((await h.app.inject({ url: '/events?bbox=north' })).statusCode, 400);
  });

  test('exports: events as CSV, JSONL, GDELT and GeoJSON; the network as GraphML', async () => {
    const csv = await h.app.inject({ url: '/export/events?format=csv&code=12' });
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.headers['content-disposition'] as string, /events\.csv/);
    const lines = csv.body.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /a4/);
    const jsonl = (await h.app.inject({ url: '/export/events?format=jsonl' })).body.trim().split('\n');
    assert.equal(jsonl.length, 3);
    const gdelt = (await h.app.inject({ url: '/export/events?format=gdelt&from=2023-10-16' })).body.trim().split('\n');
    assert.equal(gdelt.length, 1);
    assert.ok(gdelt[0]!.split('\t').includes('122'));
    const geo = JSON.parse((await h.app.inject({ url: '/export/events?format=geojson' })).body);
    assert.equal(geo.features.length, 1);
    const graphml = await h.app.inject({ url: '/export/network' });
    assert.match(graphml.body, /<node id="veldora"><data key="name">Veldora<\/data>/);
    assert.match(graphml.body, /<edge source="veldora" target="ostrava minor"><data key="events">2<\/data>/);
    assert.equal((await h.app.inject({ url: '/export/events?format=xml' })).statusCode, 400);
  });

  test('/openapi.json documents every new route', async () => {
    const doc = (await h.app.inject({ url: '/openapi.json' })).json();
    const paths = Object.keys(doc.paths);
    assert.deepEqual(Object.keys(doc.paths['/export/network'].get.responses['200'].content), ['application/graphml+xml', 'application/json']);
    assert.ok(doc.paths['/events'].get.parameters.some((p: { name: string }) => p.name === 'bbox'));
    for (const path of ['/entities/{id}', '/timeline', '/network', '/places.geojson', '/events.geojson', '/export/events', '/export/network']) {
      assert.ok(paths.includes(path), path);
    }
  });
});
