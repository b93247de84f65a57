import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isCandidateFileName, readSourceFile, type FileKind, type SourceFile } from '../engine/load.js';
import type { TextEncoding } from '../engine/load.js';
import type { ClusterConfig } from '../config/schema.js';
import { readLimitedStdin, readRegularFile, type CliIo } from './io.js';

/** A path argument that cannot be read; the CLI prints the message and exits 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Files above this size are skipped with a notice: no config file is this large. */

/** Directories a walk never enters. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** A config file as read: its path, displayed name, bytes and decoded text. */
export interface InputFile extends SourceFile {
  /** Absolute path; absent for standard input. */
  path?: string;
  bytes: Uint8Array;
  encoding: TextEncoding;
}

/** The files that form one cluster, and what the configuration says about it. */
export interface ClusterFiles {
  name: string;
  files: InputFile[];
  /** From a cluster named in the config file. */
  config?: ClusterConfig;
}

/** What the CLI collects from: path arguments and the options that shape clusters. */
export interface CollectOptions {
  cwd: string;
  /** Path arguments as given; `-` is standard input. */
  paths: string[];
  readStdin: CliIo['readStdin'];
  stdinFilename?: string;
  type?: FileKind;
  clusterPerDir: boolean;
  /** Clusters named in the config file, with globs relative to `configDir`. */
  clusters: ClusterConfig[];
  /** Globs (relative to `configDir`) of files and directories never linted. */
  ignores: string[];
  configDir: string;
  /** `--ignore-pattern` lines: gitignore syntax, relative to `cwd`, after those of `cwd`'s `.kafka-lintignore`. */
  ignorePatterns?: string[];
  /** False to make a path that does not exist a notice rather than an error (`--no-error-on-unmatched-pattern`). */
  errorOnUnmatchedPattern?: boolean;
  /** Receives notices about skipped files. */
  notice: (text: string) => void;
  /** Told the number of config files read so far, after each one (for progress). */
  read?: (count: number) => void;
  /**
   * Receives each path argument that yields no config file: a directory or glob with none, a
   * file that is not one (binary, too large, not a config), and with `errorOnUnmatchedPattern:
   * false` a missing path. An ignored path is not unmatched: it was named, and is left out on purpose.
   */
  unmatched?: (arg: string) => void;
}

/** The ignore file read from the working directory: gitignore syntax. */
export const IGNORE_FILE = '.kafka-lintignore';

/** The lines of the working directory's {@link IGNORE_FILE}; none when there is no such file. */
function ignoreFileLines(cwd: string): string[] {
  try {
    return readFileSync(join(cwd, IGNORE_FILE), 'utf8').split(/\r?\n/);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new InputError(`cannot read ${IGNORE_FILE}: ${code ?? String(err)}`);
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * A path as shown in output: relative to the working directory, with `/`.
 *
 * @example
 * ```ts
 * displayPath('/repo', '/repo/config/zoo.cfg'); // 'config/zoo.cfg'
 * ```
 */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** The part of a glob before its first magic segment: where the walk starts. */
function globBase(glob: string): string {
  const parts = glob.split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    base.push(part);
  }
  return base.length === 0 ? '.' : base.join('/') || '/';
}

/**
 * Every candidate config file under a directory (by name: see `isCandidateFileName`), in a
 * stable order. Symbolic links to directories are followed once: a loop is entered only once.
 */
function walk(dir: string, isIgnored: (abs: string, isDirectory: boolean) => string | undefined, visited: Set<string>, out: string[]): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new InputError(`cannot read directory ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const abs = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(abs);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isIgnored(abs, isDir) !== undefined) continue;
    if (isDir && !SKIPPED_DIRS.has(entry.name)) walk(abs, isIgnored, visited, out);
    else if (isFile && isCandidateFileName(entry.name)) out.push(abs);
  }
}

function readInput(path: string, display: string, explicit: boolean, notice: (t: string) => void): InputFile | undefined {
  let bytes: Buffer;
  try {
    const read = readRegularFile(path);
    if ('refused' in read) {
      notice(`skipped ${display}: ${read.refused}`);
      return undefined;
    }
    bytes = read.bytes;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${display}: ${code === 'ENOENT' ? 'no such file (it disappeared while being read)' : (code ?? String(err))}`);
  }
  return decoded(bytes, display, explicit, notice, path);
}

function decoded(bytes: Uint8Array, display: string, explicit: boolean, notice: (t: string) => void, path?: string, kind?: FileKind): InputFile | undefined {
  const read = readSourceFile(display, bytes, kind);
  if (read.status === 'binary') {
    if (explicit) notice(`skipped ${display}: a binary file, not a config`);
    return undefined;
  }
  if (read.status === 'unknown-kind') {
    if (explicit) notice(`skipped ${display}: not a Kafka or ZooKeeper config file kafka-lint recognises (use --type for standard input)`);
    return undefined;
  }
  const file: InputFile = { ...read.file };
  if (path !== undefined) file.path = path;
  return file;
}

/**
 * What says a file or directory is not linted: an `--ignore-pattern`, the working directory's
 * {@link IGNORE_FILE} (both gitignore syntax, relative to `cwd`), or the config file's `ignores`
 * (globs relative to `configDir`). The matchers load only when there is something to match.
 *
 * @example
 * ```ts
 * const why = await ignoredPaths({ cwd, configDir, ignores: [], ignorePatterns: ['build/'] });
 * why('/repo/build', true); // 'an --ignore-pattern'
 * ```
 */
export async function ignoredPaths(options: Pick<CollectOptions, 'cwd' | 'configDir' | 'ignores' | 'ignorePatterns'>): Promise<(abs: string, isDirectory: boolean) => string | undefined> {
  const { cwd, configDir } = options;
  const fileLines = ignoreFileLines(cwd);
  const patternLines = options.ignorePatterns ?? [];
  const { ignoreMatcher } = fileLines.length > 0 || patternLines.length > 0 ? await import('./ignore.js') : { ignoreMatcher: undefined };
  const byPattern = patternLines.length > 0 ? ignoreMatcher?.(patternLines) : undefined;
  const byFile = fileLines.length > 0 ? ignoreMatcher?.(fileLines) : undefined;
  const byConfig = options.ignores.length > 0 ? (await import('picomatch')).default(options.ignores, { dot: true }) : undefined;
  if (!byPattern && !byFile && !byConfig) return () => undefined;
  return (abs, isDirectory) => {
    const rel = displayPath(cwd, abs);
    if (byPattern?.(rel, isDirectory)) return 'an --ignore-pattern';
    if (byFile?.(rel, isDirectory)) return IGNORE_FILE;
    const relConfig = relative(configDir, abs).split(sep).join('/');
    return byConfig && !relConfig.startsWith('..') && byConfig(relConfig) ? 'the "ignores" of the config file' : undefined;
  };
}

/**
 * Reads the path arguments into clusters: each argument (a file, a directory walked
 * recursively, a glob, or `-` for standard input) is one cluster, or with `clusterPerDir` each
 * directory that directly holds configs; files that match a cluster named in the config file
 * go to that cluster instead. Files that are not configs are skipped; a missing path throws
 * {@link InputError}.
 *
 * @example
 * ```ts
 * const clusters = await collectClusters({ cwd, paths: ['examples/'], readStdin, clusterPerDir: false, clusters: [], ignores: [], configDir: cwd, notice: console.warn });
 * ```
 */
export async function collectClusters(options: CollectOptions): Promise<ClusterFiles[]> {
  const { cwd, configDir, notice } = options;
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  // picomatch is loaded only when some glob is in play: most runs have none.
  const needsGlobs = options.clusters.length > 0 || paths.some((p) => GLOB_CHARS.test(p));
  const picomatch = needsGlobs ? (await import('picomatch')).default : () => () => false;
  const isIgnored = await ignoredPaths(options);
  const relToConfig = (abs: string): string => relative(configDir, abs).split(sep).join('/');
  const named = options.clusters.map((c) => ({ config: c, match: picomatch(c.files, { dot: true }) }));
  const groups = new Map<string, ClusterFiles>();
  const seen = new Set<string>();
  const add = (groupName: string, file: InputFile, config?: ClusterConfig): void => {
    const id = config ? `config:${config.name}` : `path:${groupName}`;
    let group = groups.get(id);
    if (!group) {
      group = { name: config ? config.name : groupName, files: [] };
      if (config) group.config = config;
      groups.set(id, group);
    }
    group.files.push(file);
    options.read?.(seen.size);
  };
  /** Adds a file to its cluster; false when an earlier path argument already had it. */
  const place = (argName: string, file: InputFile): boolean => {
    if (file.path !== undefined) {
      if (seen.has(file.path)) return false;
      seen.add(file.path);
      const rel = relToConfig(file.path);
      const claimed = rel.startsWith('..') ? undefined : named.find((n) => n.match(rel));
      if (claimed) {
        add(claimed.config.name, file, claimed.config);
        return true;
      }
    }
    add(options.clusterPerDir && file.path !== undefined ? displayPath(cwd, dirname(file.path)) : argName, file);
    return true;
  };

  for (const arg of paths) {
    if (arg === '-') {
      const display = options.stdinFilename ?? '<stdin>';
      const stdin = await readLimitedStdin({ readStdin: options.readStdin });
      if ('refused' in stdin) throw new InputError(`cannot read standard input: ${stdin.refused}`);
      const file = decoded(stdin.bytes, display, true, notice, undefined, options.type);
      if (!file && options.type === undefined && options.stdinFilename === undefined) {
        throw new InputError('cannot tell what kind of config standard input holds: pass --stdin-filename NAME or --type broker|zookeeper|myid');
      }
      if (file) place(display, file);
      continue;
    }
    const abs = resolve(cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(abs).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && GLOB_CHARS.test(arg)) {
        const glob = arg.split(sep).join('/').replace(/^(\.\/)+/, '');
        const base = resolve(cwd, globBase(glob));
        const pattern = picomatch(glob, { dot: true });
        const found: string[] = [];
        try {
          if (statSync(base).isDirectory()) walk(base, isIgnored, new Set(), found);
        } catch {
          // The glob's base does not exist: it matches nothing.
        }
        const matches = found.filter((f) => pattern(isAbsolute(glob) ? f.split(sep).join('/') : displayPath(cwd, f)));
        if (matches.length === 0) notice(`no config file matches ${arg}`);
        let placed = false;
        for (const f of matches) {
          const file = readInput(f, displayPath(cwd, f), false, notice);
          if (file) placed = place(arg, file) || placed;
        }
        if (!placed) options.unmatched?.(arg);
        continue;
      }
      const problem = `cannot read ${arg}: ${code === 'ENOENT' ? 'no such file or directory' : (code ?? String(err))}`;
      if (code !== 'ENOENT' || options.errorOnUnmatchedPattern !== false) throw new InputError(problem);
      notice(problem);
      options.unmatched?.(arg);
      continue;
    }
    const argName = displayPath(cwd, abs);
    const ignoredBy = abs === cwd ? undefined : isIgnored(abs, isDirectory);
    if (ignoredBy !== undefined) {
      // Named on the command line (as lint-staged names staged files), an ignored path is no error.
      notice(`skipped ${arg}: ignored by ${ignoredBy}`);
    } else if (isDirectory) {
      const found: string[] = [];
      walk(abs, isIgnored, new Set(), found);
      let placed = false;
      for (const f of found) {
        const file = readInput(f, displayPath(cwd, f), false, notice);
        if (file) placed = place(argName, file) || placed;
      }
      if (!placed) options.unmatched?.(arg);
    } else {
      const file = readInput(abs, argName, true, notice);
      if (file) place(argName, file);
      else options.unmatched?.(arg);
    }
  }
  return [...groups.values()];
}
