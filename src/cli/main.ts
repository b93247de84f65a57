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
  readStdin: async (limit) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      // Enough to tell it is too long: stop reading (a pipe from /dev/zero never ends).
      if (size > limit) {
        process.stdin.destroy();
        break;
      }
    }
    return Buffer.concat(chunks).subarray(0, limit + 1);
  },
};

// A reader that stops early (`kafka-lint | head`) closes the pipe: stop quietly, as Unix tools do.
// Any other write error (a full disk) is one line and exit 2, as every I/O error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`kafka-lint: cannot write to standard output: ${err.code ?? err.message}\n`);
  process.exit(2);
});

process.exitCode = await runCli(process.argv.slice(2), io);
