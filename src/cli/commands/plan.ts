/**
 * `kafka-lint plan`: size a cluster from flags and/or an input file (JSON or YAML) and print
 * the plan as a table, JSON or Markdown.
 */
import { resolve } from 'node:path';
import { readLimitedStdin, readRegularFile, type CliCommand, type CliIo } from '../io.js';
import { didYouMean, parseCommandLine, type OptionSpec } from '../command-line.js';
import { CapacityInputError } from '../../capacity/input.js';
import type { CapacityInput, CapacityInputIssue } from '../../capacity/input.js';
import { planCapacity } from '../../capacity/plan.js';
import { renderPlanMarkdown, renderPlanText } from '../../capacity/render.js';
import { renderPlanHtml } from '../../capacity/render-html.js';
import { formatRate, parseByteRate } from '../../capacity/units.js';
import { topicWorkloads } from '../../engine/load.js';
import { collectClusters, InputError } from '../inputs.js';

/**
 * How a flag's text becomes an input value: a plain number, a number-or-unit string, a string
 * that must carry its unit (the NIC, where a bare number once meant bits to some and bytes to
 * others), or text.
 */
type FlagKind = 'number' | 'quantity' | 'unit' | 'text' | 'list' | 'switch';

/** Each flag, the input field it sets, and its help line. */
const FLAGS: readonly { flag: string; path: string; kind: FlagKind; help: string }[] = [
  { flag: 'write-avg', path: 'write.avgBytesPerSec', kind: 'quantity', help: 'average write rate before compression, e.g. "50 MB/s"' },
  { flag: 'write-peak', path: 'write.peakBytesPerSec', kind: 'quantity', help: 'peak write rate, e.g. "150 MB/s"' },
  { flag: 'messages-per-sec', path: 'write.messagesPerSec', kind: 'number', help: 'average messages per second (with --message-bytes)' },
  { flag: 'peak-messages-per-sec', path: 'write.peakMessagesPerSec', kind: 'number', help: 'peak messages per second' },
  { flag: 'message-bytes', path: 'write.messageBytes', kind: 'quantity', help: 'average message size, e.g. "1 kB"' },
  { flag: 'compression-ratio', path: 'compressionRatio', kind: 'number', help: 'stored / raw bytes, e.g. 0.5 (default 1)' },
  { flag: 'fanout', path: 'readFanout', kind: 'number', help: 'consumer groups reading every message (default 1)' },
  { flag: 'lag-read-share', path: 'lagReadShare', kind: 'number', help: 'share of reads from disk (default 0.25)' },
  { flag: 'retention', path: 'retention.ms', kind: 'quantity', help: 'retention.ms, e.g. "7d"' },
  { flag: 'retention-bytes', path: 'retention.bytesPerPartition', kind: 'quantity', help: 'retention.bytes per partition, e.g. "1 GB"' },
  { flag: 'local-retention', path: 'tiered.localRetentionMs', kind: 'quantity', help: 'tiered storage: local retention, e.g. "1d"' },
  { flag: 'rf', path: 'replicationFactor', kind: 'number', help: 'replication factor' },
  { flag: 'min-isr', path: 'minInsyncReplicas', kind: 'number', help: 'min.insync.replicas' },
  { flag: 'partitions', path: 'partitions', kind: 'number', help: 'partitions in total' },
  { flag: 'partition-produce', path: 'partitionThroughput.producerBytesPerSec', kind: 'quantity', help: 'measured produce throughput of one partition' },
  { flag: 'partition-consume', path: 'partitionThroughput.consumerBytesPerSec', kind: 'quantity', help: 'measured consume throughput of one partition' },
  { flag: 'broker', path: 'broker.profile', kind: 'text', help: 'a hardware profile, e.g. m7g.2xlarge or kafka.m7g.2xlarge (docs/capacity.md lists them)' },
  { flag: 'candidates', path: 'candidates', kind: 'list', help: 'profiles to choose from, comma-separated: the cheapest that fits wins' },
  { flag: 'disk', path: 'broker.diskBytes', kind: 'quantity', help: 'disk per broker, e.g. "4 TB" (a block-storage profile sizes it)' },
  { flag: 'log-dirs', path: 'broker.logDirs', kind: 'number', help: 'log.dirs per broker (default 1)' },
  { flag: 'disk-throughput', path: 'broker.diskThroughputBytesPerSec', kind: 'quantity', help: 'disk throughput per broker (default 250 MiB/s)' },
  { flag: 'nic', path: 'broker.nicBitsPerSec', kind: 'unit', help: 'NIC speed with its unit, e.g. "10 Gbit/s" or "25 Gbps"' },
  { flag: 'cores', path: 'broker.cores', kind: 'number', help: 'cores per broker (enables the CPU constraint)' },
  { flag: 'memory', path: 'broker.memoryBytes', kind: 'quantity', help: 'RAM per broker, e.g. "64 GiB"' },
  { flag: 'max-partitions', path: 'broker.maxPartitions', kind: 'number', help: 'partition replicas per broker (default 4000)' },
  { flag: 'listeners', path: 'broker.listeners', kind: 'number', help: 'listeners per broker (default 1)' },
  { flag: 'racks', path: 'racks', kind: 'number', help: 'racks or zones; brokers are a multiple (default 1)' },
  { flag: 'tolerate-broker-failures', path: 'tolerate.brokerFailures', kind: 'number', help: 'broker failures to carry full traffic through (default 1)' },
  { flag: 'tolerate-zone-failures', path: 'tolerate.zoneFailures', kind: 'number', help: 'zone failures to carry full traffic through' },
  { flag: 'recovery-within', path: 'recovery.within', kind: 'quantity', help: 'refill a lost broker within, e.g. "12h" (default 24h)' },
  { flag: 'catch-up-backlog', path: 'catchUp.backlog', kind: 'quantity', help: 'consumer backlog to read back, e.g. "2h"' },
  { flag: 'catch-up-within', path: 'catchUp.within', kind: 'quantity', help: 'time to read it back, e.g. "15min"' },
  { flag: 'follower-fetching', path: 'followerFetching', kind: 'switch', help: 'consumers fetch from their own zone (KIP-392)' },
  { flag: 'metadata', path: 'metadata.mode', kind: 'text', help: 'zookeeper or kraft (default kraft)' },
  { flag: 'metadata-rps', path: 'metadata.requestsPerSec', kind: 'number', help: 'ZooKeeper requests per second' },
  { flag: 'growth', path: 'growth.monthlyRate', kind: 'number', help: 'monthly traffic growth, e.g. 0.05 or 5%' },
];

const EXAMPLE = 'kafka-lint plan --write-avg "50 MB/s" --write-peak "150 MB/s" --fanout 3 --retention 7d --rf 3 --disk "8 TB" --racks 3';

const USAGE = `Usage: kafka-lint plan [options]

Sizes a Kafka cluster from traffic, retention and replication, and says which constraint decides.
Numbers are bytes, bytes/s and ms; units are parsed strictly (MB = 10^6 B, MiB = 2^20 B, Gbit/s in bits).

Options:
${[
  ['--input FILE', 'all inputs from a JSON or YAML file (- for stdin); flags override it'],
  ['--topics PATH', 'plan for the topics defined in PATH (KafkaTopic resources, JulieOps topologies, Terraform kafka_topic resources): their partitions, replication, retention and compaction; rates from --input topics[].write by name, else an equal share of --write-avg'],
  ['-f, --format FORMAT', 'table (default), json, markdown, or html (one self-contained page)'],
  ...FLAGS.map((f) => [`--${f.flag}${f.kind === 'switch' ? '' : f.kind === 'number' ? ' N' : f.kind === 'unit' ? ' RATE' : f.kind === 'list' ? ' A,B,...' : ' VALUE'}`, f.help]),
  ['-h, --help', 'this help'],
]
  .map(([name, help]) => `  ${name!.padEnd(34)}${help}`)
  .join('\n')}

Example:
  ${EXAMPLE}
`;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Flag text to an input value; text the schema must judge is passed through unchanged. */
function flagValue(text: string, kind: FlagKind): unknown {
  if (kind === 'text' || kind === 'unit') return text;
  if (kind === 'list') return text.split(',').map((x) => x.trim()).filter((x) => x !== '');
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t);
  if (kind === 'number' && /^\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  return text;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    // A broker given as a profile name in the input file keeps it when a flag sets a field.
    if (key === 'broker' && typeof next === 'string') node[key] = { profile: next };
    else if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

async function readInputFile(name: string, io: CliIo): Promise<unknown> {
  const read = name === '-' ? await readLimitedStdin(io) : readRegularFile(resolve(io.cwd, name));
  if ('refused' in read) throw new Error(read.refused);
  const text = read.bytes.toString('utf8');
  if (/\.json$/i.test(name)) return JSON.parse(text);
  if (/\.ya?ml$/i.test(name) || name === '-') {
    // YAML is a superset of JSON, so stdin may be either.
    const { parse } = await import('yaml');
    return parse(text);
  }
  return JSON.parse(text);
}

/** A flag to write for each part of the input no flag or file gave (the planner's words name fields). */
const MISSING: Record<string, string> = {
  write: 'missing: --write-avg (e.g. "50 MB/s"), or --messages-per-sec with --message-bytes',
  retention: 'missing: --retention (e.g. "7d") and/or --retention-bytes',
  replicationFactor: 'missing: --rf (e.g. 3)',
  broker: 'missing: --disk, the disk per broker (e.g. "4 TB"), or --broker with a hardware profile',
};

function invalidInput(issues: readonly CapacityInputIssue[], input: Record<string, unknown>, fromFile: boolean): string {
  return `kafka-lint plan: invalid input (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => issueLine(i, input, fromFile)).join('\n')}\n`;
}

/** One invalid field; with flags only (no --input file), a part left out is named by its flags. */
function issueLine(issue: CapacityInputIssue, input: Record<string, unknown>, fromFile: boolean): string {
  const missing = fromFile || input[issue.path] !== undefined ? undefined : MISSING[issue.path];
  if (missing !== undefined) return `  ${issue.path}: ${missing}`;
  const flag = FLAGS.find((f) => f.path === issue.path);
  return `  ${issue.path || '(input)'}${flag ? ` (--${flag.flag})` : ''}: ${issue.message}`;
}

/**
 * Runs `kafka-lint plan`. Exit code 0 with a plan, 2 for bad flags, an unreadable file or
 * invalid input (every invalid field is listed on stderr).
 *
 * @example
 * ```ts
 * const code = await run(['--write-avg', '50 MB/s', '--retention', '7d', '--rf', '3', '--disk', '8 TB'], io);
 * ```
 */
export const run: CliCommand = async (argv, io) => {
  const options: Record<string, OptionSpec> = {
    input: { type: 'string' },
    topics: { type: 'string' },
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const f of FLAGS) options[f.flag] = { type: f.kind === 'switch' ? 'boolean' : 'string' };
  let values: Record<string, unknown>;
  try {
    ({ values } = parseCommandLine(argv, options, 'kafka-lint plan', false));
  } catch (e) {
    if ((e as Error).name !== 'UsageError') throw e;
    io.stderr(`kafka-lint plan: ${(e as Error).message}\n`);
    return 2;
  }
  if (values['help']) {
    io.stdout(USAGE);
    return 0;
  }
  if (argv.length === 0) {
    io.stderr(`kafka-lint plan: give at least the write rate, retention, replication factor and disk per broker, e.g.\n  ${EXAMPLE}\n(see kafka-lint plan --help)\n`);
    return 2;
  }
  const format = (values['format'] as string | undefined) ?? 'table';
  if (!['table', 'json', 'markdown', 'html'].includes(format)) {
    io.stderr(`kafka-lint plan: --format must be table, json, markdown or html, not "${format}"${didYouMean(format, ['table', 'json', 'markdown', 'html'])}\n`);
    return 2;
  }
  let input: Record<string, unknown> = {};
  const file = values['input'] as string | undefined;
  if (file !== undefined) {
    try {
      const loaded = await readInputFile(file, io);
      if (typeof loaded !== 'object' || loaded === null || Array.isArray(loaded)) {
        io.stderr(`kafka-lint plan: ${file} must hold an object of inputs (write, retention, replicationFactor, broker, ...)\n`);
        return 2;
      }
      input = loaded as Record<string, unknown>;
    } catch (e) {
      io.stderr(`kafka-lint plan: cannot read ${file}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const flagIssues: CapacityInputIssue[] = [];
  for (const f of FLAGS) {
    const text = values[f.flag];
    if (f.kind === 'switch' && text === true) setPath(input, f.path, true);
    if (typeof text !== 'string') continue;
    if (f.kind === 'unit' && NUMBER.test(text.trim())) flagIssues.push({ path: f.path, message: `"${text}" has no unit; write the NIC speed with its unit, e.g. "10 Gbit/s"` });
    else setPath(input, f.path, flagValue(text, f.kind));
  }
  if (flagIssues.length > 0) {
    io.stderr(invalidInput(flagIssues, input, true));
    return 2;
  }
  const topicsPath = values['topics'] as string | undefined;
  if (topicsPath !== undefined) {
    const failure = await addTopicsFrom(topicsPath, input, io);
    if (failure !== undefined) {
      io.stderr(`kafka-lint plan: ${failure}\n`);
      return 2;
    }
  }
  let plan;
  try {
    plan = planCapacity(input as unknown as CapacityInput);
  } catch (e) {
    if (!(e instanceof CapacityInputError)) throw e;
    io.stderr(invalidInput(e.issues, input, file !== undefined));
    return 2;
  }
  if (format === 'json') io.stdout(`${JSON.stringify(plan, (_k, v: unknown) => (v === Infinity ? null : v), 2)}\n`);
  else if (format === 'html') io.stdout(renderPlanHtml(plan));
  else io.stdout(`${format === 'markdown' ? renderPlanMarkdown(plan) : renderPlanText(plan)}\n`);
  return 0;
};

/**
 * Adds the topics defined under `path` to the planner input: each as its file says (partitions,
 * replication factor, retention, compaction, tiering), merged by name with `topics` of the input
 * (which wins). A topic with no rate of its own gets an equal share of the aggregate write rate,
 * said on stderr; returns the reason when the topics cannot be planned.
 */
async function addTopicsFrom(path: string, input: Record<string, unknown>, io: CliIo): Promise<string | undefined> {
  let groups;
  try {
    groups = await collectClusters({ cwd: io.cwd, paths: [path], readStdin: io.readStdin, clusterPerDir: false, clusters: [], ignores: [], configDir: io.cwd, notice: (text) => io.stderr(`kafka-lint plan: ${text}\n`) });
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  const { workloads: defined, templatedNames } = topicWorkloads(groups.flatMap((g) => g.files));
  if (templatedNames.length > 0) {
    io.stderr(`kafka-lint plan: left out ${templatedNames.length === 1 ? 'a topic whose name a template fills in' : `${templatedNames.length} topics whose names templates fill in`}: ${templatedNames.join(', ')}; give it in --input topics[] by its real name\n`);
  }
  if (defined.length === 0) return `no topic definitions in ${path} (KafkaTopic resources of Strimzi or Confluent for Kubernetes, JulieOps topologies, Terraform kafka_topic resources)`;
  const given = Array.isArray(input['topics']) ? (input['topics'] as Record<string, unknown>[]) : [];
  const byName = new Map(given.map((t) => [t['name'], t]));
  const seen = new Set<string>();
  const topics: Record<string, unknown>[] = [];
  for (const topic of defined) {
    if (seen.has(topic.name)) continue;
    seen.add(topic.name);
    topics.push({ ...topic, ...(byName.get(topic.name) ?? {}) });
  }
  for (const t of given) if (!seen.has(t['name'] as string)) topics.push(t);
  const withoutRate = topics.filter((t) => t['write'] === undefined);
  const write = input['write'] as Record<string, unknown> | undefined;
  if (withoutRate.length > 0) {
    const avg = write?.['avgBytesPerSec'];
    if (avg === undefined) return `${withoutRate.length} of the topics in ${path} have no write rate: give --write-avg (shared equally among them) or topics[].write by name in --input`;
    let share: number;
    let peakShare: number | undefined;
    try {
      share = (typeof avg === 'number' ? avg : parseByteRate(String(avg))) / withoutRate.length;
      const peak = write?.['peakBytesPerSec'];
      if (peak !== undefined) peakShare = (typeof peak === 'number' ? peak : parseByteRate(String(peak))) / withoutRate.length;
    } catch (e) {
      return `--write-avg: ${(e as Error).message}`;
    }
    for (const t of withoutRate) t['write'] = { avgBytesPerSec: share, ...(peakShare !== undefined ? { peakBytesPerSec: peakShare } : {}) };
    delete input['write'];
    io.stderr(`kafka-lint plan: ${withoutRate.length === 1 ? 'the topic' : `the ${withoutRate.length} topics`} of ${path} with no rate in --input ${withoutRate.length === 1 ? 'takes' : 'share'} the write rate equally (assumed: ${formatRate(share)} each); give topics[].write by name in --input for their real rates\n`);
  }
  input['topics'] = topics;
  return undefined;
}
