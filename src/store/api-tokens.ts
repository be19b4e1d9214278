/**
 * API tokens for writes. A token is 32 random bytes; the store keeps only its SHA-256, so a leaked
 * database does not leak usable tokens. (A slow hash is not needed: the token is not guessable.)
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from './schema-types.js';
import { StoreError } from './store-errors.js';

const PREFIX = 'dl_';

function hashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createApiToken(db: Kysely<Schema>, name: string, now: Date = new Date()): Promise<string> {
  if (name.trim() === '' || name.length > 200) throw new StoreError('BAD_FILTER', 'A token name must be 1 to 200 characters.');
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  await db.insertInto('api_tokens').values({ name, token_hash: hashOf(token), created_at: now.toISOString() }).execute();
  return token;
}

export async function verifyApiToken(db: Kysely<Schema>, token: string): Promise<boolean> {
  if (!token.startsWith(PREFIX) || token.length > 200) return false;
  const row = await db.selectFrom('api_tokens').select('id').where('token_hash', '=', hashOf(token)).executeTakeFirst();
  return row !== undefined;
}
