/** Builds the web app into a fresh temporary folder, so parallel test files never share one. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function buildWebInto(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'dateline-web-')), 'web');
  const result = spawnSync(process.execPath, ['scripts/build-web.mjs', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build-web failed: ${result.stderr}`);
  return dir;
}
