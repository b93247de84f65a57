import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** What a CLI command may touch of the outside world; tests pass fakes. */
export interface CliIo {
  /** Writes text, or bytes as they are (a patch keeps the bytes of a Latin-1 file). */
  stdout: (text: string | Uint8Array) => void;
  /** Writes text or bytes to standard error. */
  stderr: (text: string | Uint8Array) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour only then). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress only then). */
  stderrIsTTY?: boolean;
  /**
   * Reads standard input, at most `limit` bytes and one more (so a caller can tell it was longer);
   * it stops reading there.
   */
  readStdin: (limit: number) => Promise<Buffer>;
}

/** The most bytes kafka-lint reads from one file or from standard input. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Creates the missing directories above `file`, one level at a time from the nearest one that
 * exists: Node's recursive mkdir loops forever under /proc, where mkdir answers ENOENT.
 *
 * @throws the first error of a mkdir, with its code (ENOENT, EACCES, ENOTDIR, ...)
 */
export function makeParentDirectories(file: string): void {
  const missing: string[] = [];
  let dir = dirname(file);
  while (!existsSync(dir) && dirname(dir) !== dir) {
    missing.unshift(dir);
    dir = dirname(dir);
  }
  for (const d of missing) mkdirSync(d);
}

/**
 * A subcommand of `kafka-lint` (`plan`, `upgrade-check`, ...), loaded only when it is used.
 * Returns the process exit code: 0 success, 1 findings or failed checks, 2 usage or I/O error.
 */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Reads a file kafka-lint was asked to read, with the checks every read gets: a FIFO, socket or
 * device is refused (reading it would block or never end), and so is a file above
 * {@link MAX_INPUT_BYTES}. Errors of the file system (ENOENT, EACCES) are thrown as they are.
 *
 * @example
 * ```ts
 * const read = readRegularFile('/dev/zero'); // { refused: 'not a regular file (a FIFO, socket or device), so not read' }
 * ```
 */
export function readRegularFile(path: string): { bytes: Buffer } | { refused: string } {
  const st = statSync(path);
  if (!st.isFile()) return { refused: 'not a regular file (a FIFO, socket or device), so not read' };
  if (st.size > MAX_INPUT_BYTES) return { refused: `${st.size} bytes is above the ${MAX_INPUT_BYTES}-byte limit for a config file` };
  return { bytes: readFileSync(path) };
}

/** Reads standard input within {@link MAX_INPUT_BYTES}, or says why not. */
export async function readLimitedStdin(io: Pick<CliIo, 'readStdin'>): Promise<{ bytes: Buffer } | { refused: string }> {
  const bytes = await io.readStdin(MAX_INPUT_BYTES);
  return bytes.length > MAX_INPUT_BYTES ? { refused: `it is above the ${MAX_INPUT_BYTES}-byte limit for a config file` } : { bytes };
}
