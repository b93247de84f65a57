/**
 * `kafka-lint upgrade-check --to <version> <paths...>`: what would stop or change when the
 * clusters in these files move to another Kafka version (see docs/upgrade-check.md).
 */
import { parseArgs } from 'node:util';
import type { CliCommand } from '../io.js';
import { KAFKA_VERSIONS, isKafkaVersion, type KafkaVersion } from '../../core/version.js';
import { upgradeCheck, type UpgradeItem, type UpgradeReport } from '../../engine/upgrade.js';
import { loadClusters } from '../../engine/pipeline.js';
import { settingIds } from '../../engine/rule-settings.js';
import { resolveFacts } from '../../engine/context.js';
import { loadConfig } from '../../config/load.js';
import { allRules } from '../../../rules/index.js';
import { collectClusters, type ClusterFiles } from '../inputs.js';

const USAGE = `Usage: kafka-lint upgrade-check --to <version> [--from <version>] [--format text|json] [--cluster-per-dir] [paths...]

Lists what would stop or change when the clusters in [paths] (default: the current directory)
move to Kafka <version>:
ZooKeeper mode and unfinished migrations (gone in 4.0), removed keys and classes, new startup
failures, and changed defaults of keys left unset.

Options:
  --to <version>     the version to move to: ${KAFKA_VERSIONS.join(', ')} (required)
  --from <version>   the version the clusters run now (default: kafkaVersion of the
                     config file, else inferred per cluster)
  --format <format>  text (default) or json
  --cluster-per-dir  each directory holding configs is one cluster
  -h, --help         show this help

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
 * const code = await run(['--to', '4.3', 'config/'], io);
 * ```
 */
export const run: CliCommand = async (argv, io) => {
  let values: Record<string, string | boolean | undefined>;
  let paths: string[];
  try {
    ({ values, positionals: paths } = parseArgs({
      args: argv,
      options: {
        to: { type: 'string' },
        from: { type: 'string' },
        format: { type: 'string' },
        'cluster-per-dir': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    io.stderr(`kafka-lint upgrade-check: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values['help']) {
    io.stdout(USAGE);
    return 0;
  }
  const usage = (message: string) => {
    io.stderr(`kafka-lint upgrade-check: ${message}\n\n${USAGE}`);
    return 2;
  };
  const to = versionOption(values['to'], '--to');
  const from = versionOption(values['from'], '--from');
  const format = (values['format'] as string | undefined) ?? 'text';
  if (to === undefined) return usage('--to is required');
  if (!isKafkaVersion(to)) return usage(to);
  if (from !== undefined && !isKafkaVersion(from)) return usage(from);
  if (format !== 'text' && format !== 'json') return usage(`--format must be text or json, not "${format}"`);

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
    io.stderr(`kafka-lint upgrade-check: ${(e as Error).message}\n`);
    return 2;
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
        if (current !== undefined) return usage(e.message);
        return usage(`${name}: the files do not show which Kafka version this cluster runs (read as ${resolveFacts(cluster).kafkaVersion.judged}, newer than --to ${to}); pass --from <version>`);
      }
    }
  }
  if (reports.length === 0) {
    io.stderr(`kafka-lint upgrade-check: no Kafka broker or controller config found in ${paths.join(', ')}\n`);
    return 2;
  }
  if (format === 'json') io.stdout(`${JSON.stringify({ clusters: reports }, null, 2)}\n`);
  else io.stdout(`${reports.map((r) => renderText(r, reports.length > 1)).join('\n')}\n`);
  return reports.some((r) => r.stopCount > 0) ? 1 : 0;
};
