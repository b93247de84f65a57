/**
 * kafka-lint: lint Apache Kafka and ZooKeeper configuration and plan cluster capacity.
 *
 * @example
 * ```ts
 * import { lint, parseServerProperties } from 'kafka-lint';
 * const broker = parseServerProperties(text, { file: 'server.properties' });
 * const { findings, errorCount } = lint(broker, { brokerCount: 3 });
 * ```
 *
 * @packageDocumentation
 */
import { lint as lintWith, type LintInput, type LintOptions } from './engine/lint.js';
import { lintFiles as lintFilesWith, type LintFilesOptions } from './engine/lint-files.js';
import { upgradeCheck as upgradeCheckWith, type UpgradeCheckOptions, type UpgradeReport } from './engine/upgrade.js';
import { loadClusters } from './engine/pipeline.js';
import type { SourceFile } from './engine/load.js';
import type { LintResult } from './engine/finding.js';
import type { RunResult } from './engine/pipeline.js';
import type { Cluster } from './model/types.js';
import { allRules } from '../rules/index.js';

/**
 * Lints a config, a plain object, or a whole cluster with kafka-lint's rules (or `ruleSet`).
 * Synchronous; never throws on config content. Throws `LintInputError` for input that is not a
 * config at all, and `RuleSettingsError` for rule settings naming no rule or giving options the
 * rule refuses.
 *
 * @example
 * ```ts
 * import { lint } from 'kafka-lint';
 * const result = lint({ 'broker.id': 1, 'advertised.listners': 'PLAINTEXT://kafka1:9092' });
 * result.findings[0]?.ruleId; // 'broker/unknown-key'
 * result.clusters[0]?.facts.kafkaVersion; // { judged: '3.9', known: false, origin: { source: 'default', ... } }
 * ```
 */
export function lint(input: LintInput, options: LintOptions = {}): LintResult {
  return lintWith(input, { ruleSet: allRules, ...options });
}

/**
 * Lints files, recognised by name and content, grouped into the clusters they form; with
 * `fix`, applies the safe fixes in memory until nothing more is fixed (the changed files come
 * back in `fixed`, nothing is written). Never throws on file content.
 *
 * @example
 * ```ts
 * import { lintFiles } from 'kafka-lint';
 * const result = lintFiles([{ file: 'zoo.cfg', text: 'clientport=2181\n' }], { fix: true });
 * result.fixed[0]?.after; // 'clientPort=2181\n'
 * ```
 */
export function lintFiles(files: readonly SourceFile[], options: LintFilesOptions = {}, name?: string): RunResult {
  return lintFilesWith(files, { ruleSet: allRules, ...options }, name);
}

/**
 * What would stop or change when a cluster moves to another Kafka version (see
 * docs/upgrade-check.md); the new startup failures are those kafka-lint's rules find.
 *
 * @example
 * ```ts
 * import { loadClusters, upgradeCheck } from 'kafka-lint';
 * for (const cluster of loadClusters(files)) upgradeCheck(cluster, { to: '4.4' }).stopCount;
 * ```
 */
export function upgradeCheck(cluster: Cluster, options: Omit<UpgradeCheckOptions, 'ruleSet'> & Partial<Pick<UpgradeCheckOptions, 'ruleSet'>>): UpgradeReport {
  return upgradeCheckWith(cluster, { ruleSet: allRules, ...options });
}

export { loadClusters };
export { toCluster, LintInputError } from './engine/lint.js';
export type { LintInput, LintOptions, ClusterInput, PlainConfig, NodeInput } from './engine/lint.js';
export type { LintFilesOptions } from './engine/lint-files.js';
export type { RunResult, FixedFile, BaselineUse, LiveContents } from './engine/pipeline.js';
export { RuleSettingsError } from './engine/rule-settings.js';
export type { RuleSetting } from './engine/rule-settings.js';
export type { UpgradeReport, UpgradeItem, UpgradeImpact, UpgradeItemKind, UpgradeCheckOptions } from './engine/upgrade.js';
export { createBaseline, applyBaseline, isBaseline } from './engine/baseline.js';
export type { Baseline, BaselineEntry, BaselineOutcome } from './engine/baseline.js';
export type { ClusterFacts, Fact, FactName, FactOrigin, FactSource, KafkaVersionFact, JavaVersionFact, ZooKeeperVersionFact, BrokerCountFact, EnsembleFact, QuorumFact } from './engine/facts.js';
export { defineRule } from './engine/rule.js';
export type { Rule, RuleMeta, RuleMetaDefinition, RuleDefinition, RuleMessage, RuleOptionsSchema, MessageValue, ConfigNode, RuleContext, Report, RuleCategory, RuleExample, RuleReference } from './engine/rule.js';
export type { SettingRead, SettingValue } from './model/settings.js';
export { SEVERITIES } from './engine/finding.js';
export { KAFKA_VERSIONS, NEWEST_KAFKA_VERSION, isKafkaVersion, compareVersions } from './core/version.js';
export type { KafkaVersion } from './core/version.js';
export type { TextEdit } from './core/text.js';
export type { Finding, LintResult, ClusterResult, Severity, RuleLevel } from './engine/finding.js';
export type { Suppression } from './engine/finding.js';
export { parseProperties } from './parse/properties.js';
export type { PropertiesDocument, PropertyEntry, PropertiesDiagnostic, PropertiesDiagnosticCode, CommentLine, ParsePropertiesOptions, TextEncoding } from './parse/properties.js';
export type { CommentLines, LineComment, EntryLines } from './parse/comments.js';
export { decodeConfigBytes } from './parse/decode.js';
export type { DecodedConfig } from './parse/decode.js';
export type { Span, SourceText } from './parse/source.js';
export { parseServerProperties } from './model/broker.js';
export { hasTemplate } from './parse/template.js';
export type { BrokerConfigOptions } from './model/broker.js';
export { parseZooCfg, parseMyid } from './model/zookeeper.js';
export type { ZooKeeperConfigOptions } from './model/zookeeper.js';
export { detectFileKind, isCandidateFileName, candidateNamePattern, FILE_KINDS } from './engine/load.js';
export type { SourceFile, FileKind } from './engine/load.js';
export type { ConfigEntry, EntrySyntax } from './parse/entry.js';
export type * from './model/types.js';
export { kafkaKey, kafkaKeyNames, removedKafkaKey, zookeeperKey, zookeeperKeyNames, suggestKey } from './catalog/index.js';
export type { KafkaKeyFact, KafkaType, KafkaValidator, KafkaValidatorBound, RemovedKafkaKey, ZooKeeperKeyFact } from './catalog/index.js';
export { planCapacity, CapacityInputError, renderPlanText, renderPlanMarkdown, renderPlanHtml, BROKER_PROFILES } from './capacity/index.js';
export type { CapacityInput, CapacityInputIssue, WriteInput, RetentionInput, TopicInput, BrokerInput, PriceInput, CapacityPlan, Constraint, ConstraintName, ConstraintUnit, StoragePlan, StorageFigures, PartitionPlan, TopicPlan, CatchUpPlan, CostPlan, CostLine, CandidatePlan, ThreadPlan, MemoryPlan, OsLimits, QuorumPlan, ControllerMemory, GrowthPlan, RunsOut, CapacityWarning, BrokerProfile, BlockStorage, LocalStorage, ResolvedCapacityInput, ResolvedWorkload, ResolvedCompaction, ResolvedBroker, ResolvedHeadroom, ResolvedFailures, ResolvedMetadata, ResolvedGrowth, ResolvedPartitionThroughput, ResolvedRecovery, ResolvedCatchUp, ResolvedPrices, Size, Rate, Duration } from './capacity/index.js';
export { parseComposeFile } from './deploy/compose.js';
export type { ComposeOptions } from './deploy/compose.js';
export type { IncludedFile, IncludedFileResolver } from './deploy/include.js';
export { parseSystemdUnit } from './deploy/systemd.js';
export { parseEnvFile } from './deploy/env.js';
export { parseStrimziFile } from './deploy/strimzi.js';
export { allRules } from '../rules/index.js';
