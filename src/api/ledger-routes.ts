/**
 * The API's ingest-ledger route: what every ingest run read, and whether each item was stored,
 * skipped as a duplicate (and which key matched) or failed (and why), in the order written.
 * Registered with the others through ROUTES (api-routes.ts). It needs a token: the ledger names
 * the files and URLs an operator ingested and the reasons they failed, which are not published data.
 *
 * @example GET /ledger?run=5f0c…&status=failed&limit=50  (Authorization: Bearer <token>)
 */
import type { LedgerFilter } from '../store/store.js';
import type { RouteSpec } from './api-routes.js';
import { errorSchema, obj, pageSchema, str } from './record-schema.js';

const STATUSES = ['stored', 'duplicate', 'failed'] as const;

const ledgerLineSchema = obj({
  runId: str, item: str, status: { type: 'string', enum: [...STATUSES] }, at: str,
  articleId: { type: 'string', description: 'The stored article (stored), or the one already stored that the item duplicates (duplicate).' },
  matchedBy: { type: 'string', enum: ['id', 'url', 'hash'], description: 'Which key found the duplicate.' },
  code: { type: 'string', description: 'Why the item failed: a stable error code.' },
  reason: { type: 'string', description: 'Why the item failed, in words.' },
}, ['runId', 'item', 'status', 'at']);

export const LEDGER_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET', url: '/ledger', summary: 'The ingest ledger: every item ingest runs read and what became of it, oldest first. Needs a token.', auth: true,
    schema: {
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          run: { type: 'string', maxLength: 100, description: 'Only this run (the id `dateline ingest` prints).' },
          status: { type: 'string', enum: [...STATUSES], description: 'Only items with this fate.' },
          limit: { type: 'integer', minimum: 1, maximum: 200, default: 20, description: 'Items per page.' },
          cursor: { type: 'string', maxLength: 2048, description: 'The `next` value of the previous page.' },
        },
      },
      response: { 200: pageSchema(ledgerLineSchema), 400: errorSchema, 401: errorSchema, 429: errorSchema, 500: errorSchema },
    },
    handler: (store) => async (request) => {
      const { run, status, limit, cursor } = request.query as { run?: string; status?: LedgerFilter['status']; limit?: number; cursor?: string };
      return store.findLedger({
        ...(run ? { runId: run } : {}), ...(status ? { status } : {}), ...(limit === undefined ? {} : { limit }), ...(cursor ? { cursor } : {}),
      });
    },
  },
];
