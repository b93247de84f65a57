/** Runs the CLI in-process (runCli with a fake CliIo) or as the built executable. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
/** The executable package.json's `bin` points at (the bundle `npm run build` makes). */
export const builtCli = join(repoRoot, (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['kafka-lint'] as string);

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kafka-lint argv` in this process, in `cwd`, with fixed environment and no terminal. */
export async function runInProcess(argv: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? {},
    isTTY: false,
    readStdin: async () => Buffer.from(options.stdin ?? ''),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/**
 * Spawns the built CLI (`npm test` builds first; a missing bundle is built here). The
 * environment has no colour settings, so output is plain unless a test asks otherwise.
 */
export function spawnCli(argv: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): CliRun {
  if (!existsSync(builtCli)) spawnSync('npm', ['run', 'build:cli'], { cwd: repoRoot, stdio: 'ignore' });
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', ...options.env };
  const r = spawnSync(process.execPath, [builtCli, ...argv], {
    cwd: options.cwd ?? repoRoot,
    env,
    input: options.stdin ?? '',
    encoding: 'utf8',
    // Reports of a whole corpus pass spawnSync's 1 MB default.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Whether util-linux `script` is there to give the CLI a terminal. */
export const canSpawnOnTty = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Spawns the built CLI on a pseudo-terminal (through util-linux `script`), as a user at a
 * terminal runs it. stdout and stderr both arrive in `stdout`, with `\r\n` made `\n`.
 */
export function spawnCliOnTty(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  if (!existsSync(builtCli)) spawnSync('npm', ['run', 'build:cli'], { cwd: repoRoot, stdio: 'ignore' });
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, builtCli, ...argv].map(quote).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: options.cwd ?? repoRoot,
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    input: '',
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr };
}
