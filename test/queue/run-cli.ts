// The dateline command run from source (under tsx), for tests that start it as a child process:
// `node --import tsx test/queue/run-cli.ts worker --queue ...`. No build needed.
import { main } from '../../src/cli/main.js';

main(process.argv).catch((error: unknown) => {
  process.stderr.write(`dateline: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
