/**
 * `dateline token create`: makes an API token for the write routes of `dateline serve`. The token
 * is printed once; the store keeps only its hash.
 */
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { openStore } from '../store/open-store.js';
import { storeOption } from './store-option.js';

export async function createToken(location: string, name: string, out: Writable, notes: Writable): Promise<string> {
  const store = await openStore(location);
  try {
    const token = await store.createApiToken(name);
    out.write(`${token}\n`);
    notes.write('Keep this token now: it is not stored and cannot be shown again. Send it as "Authorization: Bearer <token>".\n');
    return token;
  } finally {
    await store.close();
  }
}

export function buildTokenCommand(): Command {
  const create = new Command('create')
    .description('Create an API token for POST /articles; printed once')
    .addOption(storeOption())
    .option('--name <name>', 'what the token is for', 'api')
    .action(async (opts: { store: string; name: string }) => {
      await createToken(opts.store, opts.name, process.stdout, process.stderr);
    });
  return new Command('token').description('Manage API tokens').addCommand(create);
}
