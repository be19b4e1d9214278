/**
 * JSON schemas of the output record (src/output/record.ts) and of the store's result types, for
 * Fastify's validation and serialisation and for the OpenAPI document. Objects allow extra
 * properties because the record may gain fields (never lose them).
 */

type Schema = Record<string, unknown>;

export const str = { type: 'string' } as const;
export const nstr = { type: ['string', 'null'] } as const;
export const int = { type: 'integer', minimum: 0 } as const;
export const num = { type: 'number' } as const;
export const nnum = { type: ['number', 'null'] } as const;

export function obj(properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties), nullable = false): Schema {
  return { type: nullable ? ['object', 'null'] : 'object', properties, required: [...required], additionalProperties: true };
}

export const arr = (items: Schema, maxItems = 100_000): Schema => ({ type: 'array', items, maxItems });

const span = { start: int, end: int, text: str };
const by = { by: str, rule: str };
const spanBy = (extra: Record<string, Schema>, nullable = false) =>
  obj({ ...span, ...by, ...extra }, ['start', 'end', 'text', 'by', ...Object.keys(extra)], nullable);

export const actorSchema = obj({ entity: nstr, name: str, country: nstr, sector: nstr }, ['name'], true);

export const recordSchema = obj({
  id: { type: 'string', minLength: 1, maxLength: 1000 },
  text: str, published: nstr, title: nstr, url: nstr, source: nstr, language: nstr, author: nstr,
  dateline: spanBy({ place: obj({ name: str, country: nstr, lat: nnum, lon: nnum }, ['name'], true), placeText: nstr, date: nstr, agency: nstr }, true),
  entities: arr(obj({
    id: str, name: str, type: str, country: nstr, sector: nstr, role: nstr,
    mentions: arr(spanBy({ kind: { type: 'string', enum: ['name', 'nominal', 'pronoun'] } })),
  })),
  times: arr(spanBy({ type: { type: 'string', enum: ['DATE', 'TIME', 'DURATION', 'SET'] }, value: str })),
  places: arr(spanBy({ name: str, country: nstr, admin1: nstr, lat: nnum, lon: nnum, geonameid: { type: ['integer', 'null'] } })),
  quotes: arr(spanBy({
    direct: { type: 'boolean' },
    speaker: obj({ ...span, entity: nstr, name: str }, undefined, true),
    cue: obj(span, undefined, true),
    source: nstr,
  })),
  events: arr(spanBy({
    cameo: str, plover: str, mode: nstr, quad: { type: 'integer' }, goldstein: num,
    source: actorSchema, target: actorSchema, date: nstr, place: nstr, confidence: num,
  })),
}, ['id', 'text', 'published', 'title', 'url', 'source', 'language', 'author', 'dateline', 'entities', 'times', 'places', 'quotes', 'events']);

export const ingestSchema = obj({ contentHash: str, canonicalUrl: nstr, firstSeen: str });

export const errorSchema = obj({ error: obj({ code: str, message: str, position: { type: 'integer' } }, ['code', 'message']) });

export function pageSchema(item: Schema): Schema {
  return obj({ items: arr(item, 200), total: { type: 'integer' }, next: nstr });
}

export const hitSchema = obj({ id: str, title: nstr, source: nstr, published: nstr, url: nstr, storyId: str, snippet: str });

export const eventSchema = obj({
  articleId: str, ...span, cameo: str, plover: str, mode: nstr, quad: { type: 'integer' }, goldstein: num,
  source: actorSchema, target: actorSchema, date: nstr, place: nstr, confidence: num,
});

export const quoteSchema = obj({
  articleId: str, ...span, direct: { type: 'boolean' }, speaker: nstr, speakerEntity: nstr, source: nstr, published: nstr,
});

export const entitySchema = obj({ name: str, type: str, country: nstr, articles: { type: 'integer' }, mentions: { type: 'integer' } });

export const statsSchema = obj({
  articles: { type: 'integer' }, entities: { type: 'integer' }, mentions: { type: 'integer' }, quotes: { type: 'integer' },
  events: { type: 'integer' }, places: { type: 'integer' }, times: { type: 'integer' },
});
