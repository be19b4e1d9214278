#!/usr/bin/env node
// The installed entry point: the CLI is compiled to dist/ by `npm install` (the prepare script).
import { main } from '../dist/cli/main.js';

main(process.argv).catch((error) => {
  process.stderr.write(`dateline: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
