import { type Finding } from './finding.js';
import { compareText } from '../core/text.js';
import { compareVersions, type KafkaVersion } from '../core/version.js';
import { lint } from './lint.js';
import { resolveFacts } from './context.js';
import type { Rule } from './rule.js';
import type { BrokerConfig, Cluster } from '../model/types.js';
import type { ConfigEntry } from '../parse/entry.js';
import { isSetTrue } from '../model/kraft.js';
import { displayValue } from '../model/secrets.js';
import { coerceKafkaValue } from '../model/coerce.js';
import { kafkaKey, kafkaKeyNames, removedKafkaClass, removedKafkaKey } from '../catalog/index.js';

/**
 * What an upgrade does to the cluster: `stop`, a node would not start (or the cluster could not
 * run) under the target version; `change`, it starts but behaves differently.
 */
export type UpgradeImpact = 'stop' | 'change';

/** What kind of difference an upgrade item is. */
export type UpgradeItemKind =
  | 'zookeeper-mode'
  | 'unfinished-migration'
  | 'new-failure'
  | 'removed-key'
  | 'removed-class'
  | 'changed-default';

/** One thing that would stop or change when the cluster moves to the target version. */
export interface UpgradeItem {
  /** Whether the node stops or only behaves differently. */
  impact: UpgradeImpact;
  /** What kind of change it is. */
  kind: UpgradeItemKind;
  /** What happens, why, and what to write instead. */
  message: string;
  /** The key it is about. */
  key?: string;
  /** Where the key is set (absent for defaults of keys no node sets). */
  file?: string;
  /** The 1-based line where the key is set. */
  line?: number;
  /** The 1-based column, with `line`. */
  column?: number;
  /** For `new-failure`: the rule that finds it under the target version. */
  ruleId?: string;
  /** For `changed-default`: the files of the nodes that leave the key unset. */
  files?: string[];
}

/** The result of {@link upgradeCheck}. */
export interface UpgradeReport {
  /** The version the cluster runs, as given or inferred. */
  from: KafkaVersion;
  /** Whether `from` was inferred from the configs. */
  fromInferred: boolean;
  /** The version to move to. */
  to: KafkaVersion;
  /** Stops first, then changes; each by file and line. */
  items: UpgradeItem[];
  /** How many items stop a node from starting. */
  stopCount: number;
  /** How many items change behaviour without stopping a node. */
  changeCount: number;
}

/** Options of {@link upgradeCheck}. */
export interface UpgradeCheckOptions {
  /** The version the cluster runs now; inferred from the configs when absent. */
  from?: KafkaVersion;
  /** The version to move to. */
  to: KafkaVersion;
  /** The rules whose new startup failures are listed. */
  ruleSet: readonly Rule[];
}

const MIGRATION = 'zookeeper.metadata.migration.enable';

/**
 * Defaults whose text changed while their meaning did not: the same assignors, written as the
 * aliases 4.0 introduced (KIP-848), and a null list that became the empty list (4.2).
 */
const SAME_DEFAULT = new Map<string, [string | null, string | null]>([
  ['group.consumer.assignors', ['org.apache.kafka.coordinator.group.assignor.UniformAssignor,org.apache.kafka.coordinator.group.assignor.RangeAssignor', 'uniform,range']],
  ['sasl.oauthbearer.expected.audience', [null, '']],
]);

function at(entry: ConfigEntry | undefined): Pick<UpgradeItem, 'file' | 'line' | 'column' | 'key'> {
  if (!entry) return {};
  const place: Pick<UpgradeItem, 'file' | 'line' | 'column' | 'key'> = { key: entry.key };
  if (entry.file !== undefined) place.file = entry.file;
  if (entry.keySpan) {
    place.line = entry.keySpan.line;
    place.column = entry.keySpan.column;
  }
  return place;
}

/** ZooKeeper mode and unfinished migrations: nothing else matters for these nodes until they are KRaft. */
function modeItems(zkNodes: BrokerConfig[], kraftNodes: BrokerConfig[], to: KafkaVersion): UpgradeItem[] {
  const items: UpgradeItem[] = [];
  for (const node of zkNodes) {
    items.push({
      impact: 'stop',
      kind: 'zookeeper-mode',
      ...at(node.settings.get('zookeeper.connect')),
      file: node.file,
      message: `This broker runs in ZooKeeper mode, which Kafka 4.0 removed: Kafka ${to} refuses to start it (process.roles is required). Migrate the cluster to KRaft on 3.9 first (ZooKeeper to KRaft migration), then upgrade; the items marked "after the migration" below still apply to it then, and its new KRaft settings need a check of their own.`,
    });
  }
  for (const node of kraftNodes) {
    if (!isSetTrue(node, MIGRATION)) continue;
    items.push({
      impact: 'stop',
      kind: 'unfinished-migration',
      ...at(node.settings.get(MIGRATION)),
      file: node.file,
      message: `This node still takes part in a ZooKeeper-to-KRaft migration (${MIGRATION}=true), which Kafka 4.0 cannot run or finish. Finalize the migration on 3.9 (remove ${MIGRATION} and zookeeper.connect from every node), then upgrade to ${to}.`,
    });
  }
  return items;
}

/** Said of the items of ZooKeeper-mode nodes: they apply once the node runs in KRaft mode. */
const AFTER_MIGRATION = 'After the migration to KRaft: ';

/** Keys and class names the target version no longer has. */
function removalItems(nodes: BrokerConfig[], from: KafkaVersion, to: KafkaVersion, afterMigration = false): UpgradeItem[] {
  const items: UpgradeItem[] = [];
  const lead = afterMigration ? AFTER_MIGRATION : '';
  for (const node of nodes) {
    for (const entry of node.settings.values()) {
      const removed = removedKafkaKey(entry.key, to);
      // The migration itself removes ZooKeeper's own keys; the others still need the user's hand.
      if (removed && afterMigration && (removed.category === 'zookeeper-only' || removed.category === 'zookeeper-migration')) continue;
      if (removed && kafkaKey(entry.key, from)) {
        const instead = removed.replacement.length > 0 ? `use ${removed.replacement.join(' and ')} instead` : 'delete it';
        items.push({
          impact: 'change',
          kind: 'removed-key',
          ...at(entry),
          file: node.file,
          message: `${lead}'${entry.key}' is removed in Kafka ${removed.removedIn}, so Kafka ${to} ignores it and its value ${displayValue(entry)} no longer applies; ${instead}.`,
        });
        continue;
      }
      const className = entry.value.trim();
      const removedClass = removedKafkaClass(entry.key, className, to);
      if (removedClass && !removedKafkaClass(entry.key, className, from)) {
        const instead = removedClass.replacement.kraft ?? (afterMigration ? undefined : removedClass.replacement.zookeeper);
        items.push({
          impact: 'stop',
          kind: 'removed-class',
          ...at(entry),
          file: node.file,
          message: `${lead}${className} is removed in Kafka ${removedClass.removedIn}: Kafka ${to} cannot load it and does not start.${instead ? ` Set ${entry.key}=${instead}.` : ''}`,
        });
      }
    }
  }
  return items;
}

function findingId(f: Finding): string {
  return [f.ruleId, f.file ?? '', f.line ?? '', f.column ?? '', f.key ?? ''].join('\u0000');
}

/** The rules whose new findings on a ZooKeeper-mode node still hold after its migration: value checks. */
const VALUE_RULES = new Set(['broker/invalid-value']);

/** Errors the target version's rules find that the current version's do not. */
function newFailureItems(nodes: BrokerConfig[], from: KafkaVersion, to: KafkaVersion, ruleSet: readonly Rule[], afterMigration = false): UpgradeItem[] {
  if (nodes.length === 0) return [];
  // Removed keys and classes are listed from the catalog above, with the version they went in.
  // A ZooKeeper-mode node lacks every KRaft key until it is migrated: only its values are judged.
  const rules = ruleSet.filter((r) => r.meta.id !== 'broker/removed-key' && r.meta.id !== 'broker/unknown-key' && (!afterMigration || VALUE_RULES.has(r.meta.id)));
  const categories = new Map(rules.map((r) => [r.meta.id, r.meta.category]));
  const cluster: Cluster = { brokers: nodes, zookeeper: [], myids: [] };
  const before = new Set(lint(cluster, { kafkaVersion: from, ruleSet: rules }).findings.map(findingId));
  const items: UpgradeItem[] = [];
  for (const f of lint(cluster, { kafkaVersion: to, ruleSet: rules }).findings) {
    // Only the rules' own findings: not unused-directive notes or internal failures.
    if (f.severity !== 'error' || !categories.has(f.ruleId) || before.has(findingId(f))) continue;
    const item: UpgradeItem = {
      impact: categories.get(f.ruleId) === 'startup-failure' ? 'stop' : 'change',
      kind: 'new-failure',
      ruleId: f.ruleId,
      message: afterMigration ? `${AFTER_MIGRATION}${f.message}` : f.message,
    };
    if (f.key !== undefined) item.key = f.key;
    if (f.file !== undefined) item.file = f.file;
    if (f.line !== undefined) item.line = f.line;
    if (f.column !== undefined) item.column = f.column;
    items.push(item);
  }
  return items;
}

/** Keys whose default differs between the versions, for the nodes that leave them unset. */
function defaultItems(nodes: BrokerConfig[], from: KafkaVersion, to: KafkaVersion, afterMigration = false): UpgradeItem[] {
  if (nodes.length === 0) return [];
  const items: UpgradeItem[] = [];
  for (const key of kafkaKeyNames(to)) {
    const now = kafkaKey(key, from);
    const next = kafkaKey(key, to);
    // A key that lost its default is now required: the rules' new failures say so.
    if (!now || !next || next.internal || next.required || now.default === next.default) continue;
    const same = SAME_DEFAULT.get(key);
    if (same && same[0] === now.default && same[1] === next.default) continue;
    const unset = nodes.filter((n) => !n.settings.has(key));
    if (unset.length === 0) continue;
    const show = (v: string | null) => (v === null ? 'null' : v === '' ? '(empty)' : v);
    // The old default is advice only where the target version still accepts it.
    const keep = now.default !== null && coerceKafkaValue({ key, value: now.default, syntax: 'object' }, next).error === undefined;
    items.push({
      impact: 'change',
      kind: 'changed-default',
      key,
      files: unset.map((n) => n.file),
      message: `${afterMigration ? AFTER_MIGRATION : ''}The default of ${key} changes from ${show(now.default)} (Kafka ${from}) to ${show(next.default)} (Kafka ${to}), and ${unset.length === nodes.length ? 'no node sets it' : `${unset.length} of ${nodes.length} nodes leave it unset`}. ${keep ? `Set ${key}=${now.default} to keep today's behaviour, or accept the new default.` : `Kafka ${to} no longer accepts the old value; check that the new default suits this cluster.`}`,
    });
  }
  return items;
}

function compareItems(a: UpgradeItem, b: UpgradeItem): number {
  return (
    (a.impact === b.impact ? 0 : a.impact === 'stop' ? -1 : 1) ||
    compareText(a.file ?? '\uffff', b.file ?? '\uffff') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.key ?? '', b.key ?? '')
  );
}

/**
 * Lists everything that would stop or change when a cluster moves from its current Kafka
 * version to `to`: ZooKeeper mode and unfinished migrations (gone in 4.0), keys and class names
 * the target removed, startup failures the target's rules find that the current version's do not
 * (new requirements and stricter values), and changed defaults of keys the nodes leave unset.
 * ZooKeeper-mode nodes get a stop each (they must be migrated first), then the removed keys,
 * stricter values and changed defaults that will apply to them after the migration.
 *
 * @example
 * ```ts
 * import { loadClusters, upgradeCheck } from 'kafka-lint';
 * const report = upgradeCheck(loadClusters(files)[0]!, { to: '4.4' });
 * report.stopCount; // nodes or settings that would keep the cluster from starting
 * report.items[0]?.message;
 * ```
 */
export function upgradeCheck(cluster: Cluster, options: UpgradeCheckOptions): UpgradeReport {
  const version = resolveFacts(cluster).kafkaVersion;
  const fromInferred = options.from === undefined && !version.known;
  const from = options.from ?? version.judged;
  const { to } = options;
  if (compareVersions(to, from) < 0) throw new RangeError(`Cannot check a downgrade from Kafka ${from} to ${to}.`);
  const crossesZooKeeperRemoval = compareVersions(from, '4.0') < 0 && compareVersions(to, '4.0') >= 0;
  const zkNodes = crossesZooKeeperRemoval ? cluster.brokers.filter((b) => b.mode === 'zookeeper') : [];
  const nodes = cluster.brokers.filter((b) => !zkNodes.includes(b));
  const items =
    from === to
      ? []
      : [
          ...(crossesZooKeeperRemoval ? modeItems(zkNodes, nodes, to) : []),
          ...removalItems(nodes, from, to),
          ...newFailureItems(nodes, from, to, options.ruleSet),
          ...defaultItems(nodes, from, to),
          // What else changes for the ZooKeeper-mode nodes, once they are migrated.
          ...removalItems(zkNodes, from, to, true),
          ...newFailureItems(zkNodes, from, to, options.ruleSet, true),
          ...defaultItems(zkNodes, from, to, true),
        ].sort(compareItems);
  const stopCount = items.filter((i) => i.impact === 'stop').length;
  return { from, fromInferred, to, items, stopCount, changeCount: items.length - stopCount };
}
