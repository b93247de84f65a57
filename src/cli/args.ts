import type { RuleLevel } from '../engine/finding.js';
import { KAFKA_VERSIONS, isKafkaVersion, type KafkaVersion } from '../core/version.js';
import { FORMAT_NAMES, type FormatName } from '../report/types.js';
import { FILE_KINDS, type FileKind } from '../engine/load.js';
import { didYouMean, lastGiven, parseCommandLine, UsageError, type GivenOption, type OptionSpec } from './command-line.js';

/** One `--format`, and the `--output-file` that follows it (stdout when absent). */
export interface OutputTarget {
  format: FormatName;
  file?: string;
}

/** The options of a lint run, as parsed from the command line. */
export interface LintArgs {
  paths: string[];
  outputs: OutputTarget[];
  config?: string;
  rules: Record<string, RuleLevel>;
  kafkaVersion?: KafkaVersion;
  brokerCount?: number;
  javaVersion?: number;
  zookeeperVersion?: string;
  clusterPerDir: boolean;
  showClusters: boolean;
  stdinFilename?: string;
  type?: FileKind;
  /** `--ignore-pattern` globs, relative to the working directory. */
  ignorePatterns: string[];
  /** False with `--no-error-on-unmatched-pattern`: a path or glob that yields no config file is then no error. */
  errorOnUnmatchedPattern: boolean;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  baseline?: string;
  updateBaseline: boolean;
  inlineConfig: boolean;
  /** The last of `--color` (true) and `--no-color` (false); neither undefined (decided from the terminal). */
  color?: boolean;
  printConfig?: string;
  /** `--bootstrap-server host:port`: also lint the brokers and topics of this running cluster. */
  bootstrapServer?: string;
  /** `--command-config <file>`: the client properties (security.protocol, SASL, TLS) to reach it with. */
  commandConfig?: string;
  /** `--timeout <seconds>` for the whole read of the live cluster, in milliseconds (default 10 s). */
  timeoutMs: number;
  debug: boolean;
  help: boolean;
  version: boolean;
}

const OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o', multiple: true },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'kafka-version': { type: 'string' },
  brokers: { type: 'string' },
  'java-version': { type: 'string' },
  'zookeeper-version': { type: 'string' },
  'cluster-per-dir': { type: 'boolean' },
  'show-clusters': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  type: { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'no-inline-config': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'print-config': { type: 'string' },
  'bootstrap-server': { type: 'string' },
  'command-config': { type: 'string' },
  timeout: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

const LEVELS = ['off', 'info', 'warning', 'error'];

/** How long reading a live cluster may take before kafka-lint gives up (`--timeout`). */
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * `host:port`, `[v6]:port`, or several of them separated by commas, as Kafka's tools take
 * `--bootstrap-server`; the port is required.
 */
function bootstrapServer(text: string): string {
  const servers = text.split(',').map((s) => s.trim());
  for (const s of servers) {
    const m = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(\d{1,5})$/.exec(s);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535) throw new UsageError(`--bootstrap-server ${text}: write host:port (several separated by commas), e.g. localhost:9092`);
  }
  return servers.join(',');
}

function positiveInt(flag: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${flag} takes a whole number${min > 0 ? ' of at least 1' : ' (0 or more)'}, not '${text}'`);
  return Number(text);
}

/**
 * Pairs each `--output-file` with the `--format` before it, in command-line order; a format
 * with no file of its own writes to stdout (at most one may).
 */
function outputTargets(given: readonly GivenOption[]): OutputTarget[] {
  const outputs: OutputTarget[] = [];
  for (const t of given) {
    if (t.name === 'format') {
      const format = t.value as FormatName;
      if (!FORMAT_NAMES.includes(format)) throw new UsageError(`--format ${t.value}: expected one of ${FORMAT_NAMES.join(', ')}${didYouMean(t.value ?? '', FORMAT_NAMES)}`);
      outputs.push({ format });
    } else if (t.name === 'output-file') {
      const last = outputs[outputs.length - 1];
      if (last && last.file === undefined) last.file = t.value as string;
      else if (outputs.length === 0) outputs.push({ format: 'stylish', file: t.value as string });
      else throw new UsageError(`--output-file ${t.value} has no --format before it; write --format X --output-file FILE for each file`);
    }
  }
  if (outputs.length === 0) outputs.push({ format: 'stylish' });
  if (outputs.filter((o) => o.file === undefined).length > 1) {
    throw new UsageError('only one --format can write to stdout; give the others an --output-file');
  }
  return outputs;
}

/**
 * Parses the arguments of a lint run. Throws {@link UsageError} with a one-line message for
 * unknown options and bad values.
 *
 * @example
 * ```ts
 * const args = parseLintArgs(['--format', 'sarif', '--output-file', 'out.sarif', '--format', 'stylish', 'config/']);
 * args.outputs; // [{ format: 'sarif', file: 'out.sarif' }, { format: 'stylish' }]
 * ```
 */
export function parseLintArgs(argv: string[]): LintArgs {
  const parsed = parseCommandLine(argv, OPTIONS, 'kafka-lint');
  const v = parsed.values as Record<string, string | boolean | undefined> & { rule?: string[]; 'ignore-pattern'?: string[] };
  const rules: Record<string, RuleLevel> = {};
  for (const r of v.rule ?? []) {
    const eq = r.lastIndexOf('=');
    const id = r.slice(0, eq);
    const level = r.slice(eq + 1);
    if (eq <= 0 || !LEVELS.includes(level)) throw new UsageError(`--rule ${r}: write --rule rule-id=off|info|warning|error`);
    rules[id] = level as RuleLevel;
  }
  const args: LintArgs = {
    paths: parsed.positionals,
    outputs: outputTargets(parsed.given),
    rules,
    clusterPerDir: v['cluster-per-dir'] === true,
    showClusters: v['show-clusters'] === true,
    ignorePatterns: v['ignore-pattern'] ?? [],
    errorOnUnmatchedPattern: v['no-error-on-unmatched-pattern'] !== true,
    quiet: v.quiet === true,
    fix: v.fix === true,
    fixDryRun: v['fix-dry-run'] === true,
    updateBaseline: v['update-baseline'] === true,
    inlineConfig: v['no-inline-config'] !== true,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    debug: v.debug === true,
    help: v.help === true,
    version: v.version === true,
  };
  const text = (name: string): string | undefined => v[name] as string | undefined;
  const config = text('config');
  if (config !== undefined) args.config = config;
  const kv = text('kafka-version');
  if (kv !== undefined) {
    if (!isKafkaVersion(kv)) throw new UsageError(`--kafka-version ${kv}: kafka-lint knows ${KAFKA_VERSIONS.join(', ')}`);
    args.kafkaVersion = kv;
  }
  const brokers = text('brokers');
  if (brokers !== undefined) args.brokerCount = positiveInt('--brokers', brokers, 1);
  const java = text('java-version');
  if (java !== undefined) {
    // `1.8` is how Java 8 names itself.
    const feature = java === '1.8' ? 8 : /^\d{1,2}$/.test(java) ? Number(java) : undefined;
    if (feature === undefined || feature < 6) throw new UsageError(`--java-version ${java}: write the Java feature release, e.g. 8, 11, 17 or 21`);
    args.javaVersion = feature;
  }
  const zk = text('zookeeper-version');
  if (zk !== undefined) {
    if (!/^3\.\d{1,2}$/.test(zk)) throw new UsageError(`--zookeeper-version ${zk}: write the ZooKeeper release, e.g. 3.8`);
    args.zookeeperVersion = zk;
  }
  const maxWarnings = text('max-warnings');
  if (maxWarnings !== undefined) args.maxWarnings = positiveInt('--max-warnings', maxWarnings, 0);
  const stdinFilename = text('stdin-filename');
  if (stdinFilename !== undefined) args.stdinFilename = stdinFilename;
  const type = text('type');
  if (type !== undefined) {
    if (!(FILE_KINDS as readonly string[]).includes(type)) throw new UsageError(`--type ${type}: expected one of ${FILE_KINDS.join(', ')}${didYouMean(type, FILE_KINDS)}`);
    args.type = type as FileKind;
  }
  const baseline = text('baseline');
  if (baseline !== undefined) args.baseline = baseline;
  const color = lastGiven(parsed.given, ['color', 'no-color']);
  if (color !== undefined) args.color = color === 'color';
  const printConfig = text('print-config');
  if (printConfig !== undefined) args.printConfig = printConfig;
  const bootstrap = text('bootstrap-server');
  if (bootstrap !== undefined) args.bootstrapServer = bootstrapServer(bootstrap);
  const commandConfig = text('command-config');
  if (commandConfig !== undefined) args.commandConfig = commandConfig;
  const timeout = text('timeout');
  if (timeout !== undefined) {
    if (!/^\d{1,6}(\.\d{1,3})?$/.test(timeout) || Number(timeout) <= 0) throw new UsageError(`--timeout takes seconds, e.g. 10 or 2.5, not '${timeout}'`);
    args.timeoutMs = Math.round(Number(timeout) * 1000);
  }
  if (args.bootstrapServer === undefined && (commandConfig !== undefined || timeout !== undefined)) {
    throw new UsageError(`--${commandConfig !== undefined ? 'command-config' : 'timeout'} applies to a live cluster: give --bootstrap-server host:port`);
  }
  if (args.bootstrapServer !== undefined && args.paths.includes('-')) throw new UsageError('--bootstrap-server cannot be combined with standard input (-); name the files');
  if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run contradict each other: pick one');
  if (args.fix && args.paths.includes('-')) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the fixes as a diff');
  if ((args.stdinFilename !== undefined || args.type !== undefined) && !args.paths.includes('-')) {
    throw new UsageError('--stdin-filename and --type apply to standard input: pass - as a path');
  }
  return args;
}
