#!/usr/bin/env node
/**
 * The `kafka-lint` executable: runs {@link runCli} with the process's arguments and streams.
 * It sets `process.exitCode` rather than calling `process.exit()`, so piped output is flushed.
 */
import { runCli } from './run.js';
import type { CliIo } from './io.js';

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

// A reader that stops early (`kafka-lint | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), io);
