/**
 * `kafka-lint upgrade-check --to <version> <paths...>`: what would stop or change when the
 * clusters in these files move to another Kafka version (see docs/upgrade-check.md).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeParentDirectories, type CliCommand, type CliIo } from '../io.js';
import { didYouMean, parseCommandLine } from '../command-line.js';
import type { Finding } from '../../engine/finding.js';
import { KAFKA_VERSIONS, isKafkaVersion, type KafkaVersion } from '../../core/version.js';
import { upgradeCheck, type UpgradeItem, type UpgradeReport } from '../../engine/upgrade.js';
import { loadClusters } from '../../engine/pipeline.js';
import { settingIds } from '../../engine/rule-settings.js';
import { resolveFacts } from '../../engine/context.js';
import { loadConfig } from '../../config/load.js';
import { allRules } from '../../../rules/index.js';
import { collectClusters, type ClusterFiles } from '../inputs.js';

const USAGE = `Usage: kafka-lint upgrade-check --to <version> [--from <version>] [-f text|json|github] [-o file] [--cluster-per-dir] [paths...]

Lists what would stop or change when the clusters in [paths] (default: the current directory)
move to Kafka <version>:
ZooKeeper mode and unfinished migrations (gone in 4.0), removed keys and classes, new startup
failures, and changed defaults of keys left unset.

Options:
  --to <version>            the version to move to: ${KAFKA_VERSIONS.join(', ')} (required)
  --from <version>          the version the clusters run now (default: kafkaVersion of the
                            config file, else inferred per cluster)
  -f, --format <format>     text (default), json, or github (workflow annotations: what
                            would stop a cluster is an error, a change a warning)
  -o, --output-file <file>  write the report to <file> instead of stdout
  --cluster-per-dir         each directory holding configs is one cluster
  --color, --no-color       accepted as in a lint run; this report has no colour
  -h, --help                show this help

Exit code: 1 when anything would stop a cluster, 0 otherwise, 2 for a usage or read error.
`;

/** A cluster's report, with the name the CLI grouped its files under. */
interface NamedReport extends UpgradeReport {
  name: string;
}

function where(item: UpgradeItem): string {
  if (item.file === undefined) return `(unset in ${(item.files ?? []).join(', ')})`;
  return [item.file, item.line, item.column].filter((p) => p !== undefined).join(':');
}

function renderItems(title: string, items: UpgradeItem[]): string[] {
  if (items.length === 0) return [];
  const lines = [`${title}:`];
  for (const item of items) {
    const head = [where(item), item.key, item.ruleId && `(${item.ruleId})`].filter(Boolean).join('  ');
    lines.push(`  ${head}`, `    ${item.message}`);
  }
  return [...lines, ''];
}

/** The text report of one cluster. */
function renderText(report: NamedReport, showName: boolean): string {
  const from = `Kafka ${report.from}${report.fromInferred ? ' (inferred)' : ''}`;
  const counts =
    report.items.length === 0
      ? 'nothing would stop or change.'
      : `${report.stopCount} would stop the cluster, ${report.changeCount} would change.`;
  return [
    `${showName ? `${report.name}: ` : ''}${from} to ${report.to}: ${counts}`,
    '',
    ...renderItems('Would stop the cluster', report.items.filter((i) => i.impact === 'stop')),
    ...renderItems('Would change', report.items.filter((i) => i.impact === 'change')),
  ].join('\n');
}

const FORMATS = ['text', 'json', 'github'];

/** An item as a finding, for the github format: what would stop a cluster is an error. */
function itemFinding(item: UpgradeItem): Finding {
  const finding: Finding = { ruleId: item.ruleId ?? `upgrade-check/${item.kind}`, messageId: item.kind, severity: item.impact === 'stop' ? 'error' : 'warning', message: item.message };
  if (item.file !== undefined) finding.file = item.file;
  if (item.line !== undefined) finding.line = item.line;
  if (item.column !== undefined) finding.column = item.column;
  if (item.key !== undefined) finding.key = item.key;
  return finding;
}

/** The reports as GitHub workflow annotations, through the lint run's github format. */
async function renderGithub(reports: NamedReport[], io: CliIo): Promise<string> {
  const { github } = await import('../../report/github.js');
  const clusters = reports.map((r) => ({
    name: r.name,
    files: [...new Set(r.items.flatMap((i) => (i.file !== undefined ? [i.file] : [])))],
    // Upgrade items carry their versions in their words; the summary line of a lint run is not wanted.
    facts: resolveFacts({ brokers: [], zookeeper: [], myids: [] }, { kafkaVersion: { value: r.to, source: 'option' } }),
    hasKafka: false,
    findings: r.items.map(itemFinding),
    suppressed: [],
  }));
  return github({ clusters, rules: [], toolVersion: '' }, { color: false, warningsFail: false, env: io.env, cwd: io.cwd });
}

function versionOption(value: unknown, flag: string): KafkaVersion | string | undefined {
  if (value === undefined) return undefined;
  return isKafkaVersion(value) ? value : `${flag} must be one of ${KAFKA_VERSIONS.join(', ')}, not "${String(value)}"`;
}

/**
 * Runs `kafka-lint upgrade-check`. Exit code 1 when anything would stop a cluster, 0 otherwise,
 * 2 for bad options, no readable file, or a downgrade.
 *
 * @example
 * ```ts
 * const code = await run(['--to', '4.4', 'config/'], io);
 * ```
 */
export const run: CliCommand = async (argv, io) => {
  let values: Record<string, unknown>;
  let paths: string[];
  const fail = (message: string) => {
    io.stderr(`kafka-lint upgrade-check: ${message}\n`);
    return 2;
  };
  try {
    ({ values, positionals: paths } = parseCommandLine(
      argv,
      {
        to: { type: 'string' },
        from: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'cluster-per-dir': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      'kafka-lint upgrade-check',
    ));
  } catch (e) {
    if ((e as Error).name !== 'UsageError') throw e;
    return fail((e as Error).message);
  }
  if (values['help']) {
    io.stdout(USAGE);
    return 0;
  }
  const usage = (message: string) => fail(`${message} (see kafka-lint upgrade-check --help)`);
  const to = versionOption(values['to'], '--to');
  const from = versionOption(values['from'], '--from');
  const format = (values['format'] as string | undefined) ?? 'text';
  const outputFile = values['output-file'] as string | undefined;
  if (to === undefined) return usage('--to is required');
  if (!isKafkaVersion(to)) return usage(to);
  if (from !== undefined && !isKafkaVersion(from)) return usage(from);
  if (!FORMATS.includes(format)) return usage(`--format must be text, json or github, not "${format}"${didYouMean(format, FORMATS)}`);

  let groups: ClusterFiles[];
  let configVersion: KafkaVersion | undefined;
  try {
    const config = await loadConfig(undefined, io.cwd, settingIds(allRules));
    configVersion = config.config.kafkaVersion;
    groups = await collectClusters({
      cwd: io.cwd,
      paths,
      readStdin: io.readStdin,
      clusterPerDir: values['cluster-per-dir'] === true,
      clusters: config.config.clusters ?? [],
      ignores: config.config.ignores ?? [],
      configDir: config.dir,
      notice: (text) => io.stderr(`kafka-lint upgrade-check: ${text}\n`),
    });
  } catch (e) {
    // Unreadable paths and a bad config file are the user's to fix; anything else is a bug.
    if ((e as Error).name !== 'InputError' && (e as Error).name !== 'ConfigError') throw e;
    return fail((e as Error).message);
  }
  const reports: NamedReport[] = [];
  // The same clusters a lint run judges: the pipeline groups the files.
  for (const group of groups) {
    for (const cluster of loadClusters(group.files, group.name)) {
      if (cluster.brokers.length === 0) continue;
      const current = from ?? group.config?.kafkaVersion ?? configVersion;
      const name = cluster.name ?? group.name;
      try {
        reports.push({ name, ...upgradeCheck(cluster, current === undefined ? { to, ruleSet: allRules } : { from: current, to, ruleSet: allRules }) });
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        if (current !== undefined) return fail(e.message);
        return fail(`${name}: the files do not show which Kafka version this cluster runs (read as ${resolveFacts(cluster).kafkaVersion.judged}, newer than --to ${to}); pass --from <version>`);
      }
    }
  }
  if (reports.length === 0) return fail(`no Kafka broker or controller config found in ${paths.length > 0 ? paths.join(', ') : 'the current directory'}`);
  const text =
    format === 'json'
      ? `${JSON.stringify({ clusters: reports }, null, 2)}\n`
      : format === 'github'
        ? await renderGithub(reports, io)
        : `${reports.map((r) => renderText(r, reports.length > 1)).join('\n')}\n`;
  if (outputFile === undefined) io.stdout(text);
  else {
    try {
      const out = resolve(io.cwd, outputFile);
      makeParentDirectories(out);
      writeFileSync(out, text);
    } catch (e) {
      return fail(`cannot write ${outputFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  return reports.some((r) => r.stopCount > 0) ? 1 : 0;
};
