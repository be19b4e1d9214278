import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { exampleFiles, runDemo } from '../../src/cli/demo-command.js';
import { collector, tempDir } from '../helpers/collect.js';

const dir = tempDir({});
after(() => rmSync(dir, { recursive: true, force: true }));

test('demo stores the examples once, serves them, and prints the address to open', { timeout: 120_000 }, async () => {
  const store = join(dir, 'demo.sqlite');
  const out = collector();
  const demo = await runDemo({ store, port: 0, host: '127.0.0.1', serve: true }, out.stream);
  let stored: number;
  try {
    assert.match(demo.address ?? '', /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.ok(out.text().includes(`Open ${demo.address}`));
    const match = /Stored in .*: read (\d+) · stored (\d+) · duplicates 0 · failed 0/.exec(out.text());
    assert.ok(match, out.text());
    stored = Number(match[2]);
    assert.ok(stored >= exampleFiles().length, `stored ${stored}`);
    const page = await (await fetch(`${demo.address}search?q=&limit=200`)).json() as { total: number };
    assert.equal(page.total, stored);
  } finally { await demo.close(); }
  const again = collector();
  const second = await runDemo({ store, port: 0, host: '127.0.0.1', serve: false }, again.stream);
  await second.close();
  assert.equal(second.address, null);
  assert.match(again.text(), new RegExp(`stored 0 · duplicates ${stored} · failed 0`));
});
