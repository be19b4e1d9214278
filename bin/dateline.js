#!/usr/bin/env node
// The installed entry point: the CLI is compiled to dist/ by `npm install` (the prepare script).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`dateline extract ... | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv).catch((error) => {
  process.stderr.write(`dateline: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
