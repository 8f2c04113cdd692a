#!/usr/bin/env node
// The CLI is compiled to dist/ on `npm install` (the `prepare` script).
import module from 'node:module';

// Node 22.1+ can keep V8's compiled code of these modules between runs; Node 20 has no such cache
// (the call is skipped there). Enabled before the CLI's modules are imported, so they use it.
module.enableCompileCache?.();

// A reader that stops early (`duban export … | head`) closes the pipe: that is no error of ours, so
// stop quietly instead of printing Node's stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
