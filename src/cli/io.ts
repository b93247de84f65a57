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
  /** Reads all of standard input. */
  readStdin: () => Promise<Buffer>;
}

/**
 * A subcommand of `kafka-lint` (`plan`, `upgrade-check`, ...), loaded only when it is used.
 * Returns the process exit code: 0 success, 1 findings or failed checks, 2 usage or I/O error.
 */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;
