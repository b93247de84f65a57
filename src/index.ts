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
export { lint, toCluster, inferKafkaVersion } from './engine/lint.js';
export type { LintInput, LintOptions, ClusterInput, PlainConfig, NodeInput, RuleSetting } from './engine/lint.js';
export { lintFiles } from './engine/lint-files.js';
export { upgradeCheck } from './engine/upgrade.js';
export type { UpgradeReport, UpgradeItem, UpgradeImpact, UpgradeItemKind, UpgradeCheckOptions } from './engine/upgrade.js';
export { defineRule } from './engine/rule.js';
export type { Rule, RuleMeta, RuleContext, Report, RuleCategory, RuleExample, RuleReference } from './engine/rule.js';
export { KAFKA_VERSIONS, NEWEST_KAFKA_VERSION, SEVERITIES, isKafkaVersion, compareVersions } from './engine/finding.js';
export type { Finding, LintResult, Severity, RuleLevel, KafkaVersion, TextEdit } from './engine/finding.js';
export type { Suppression } from './engine/finding.js';
export { parseProperties } from './parse/properties.js';
export type { PropertiesDocument, PropertyEntry, PropertiesDiagnostic, PropertiesDiagnosticCode, CommentLine, ParsePropertiesOptions, TextEncoding } from './parse/properties.js';
export { decodeConfigBytes } from './parse/decode.js';
export type { DecodedConfig } from './parse/decode.js';
export type { Span } from './parse/source.js';
export { SourceText } from './parse/source.js';
export { parseServerProperties, buildBrokerConfig } from './model/broker.js';
export { effectiveSetting, hasUnresolvedTemplate } from './model/broker.js';
export type { EffectiveSetting } from './model/broker.js';
export { parseListener, parseListeners, parseSecurityProtocolMap, effectiveSecurityProtocolMap, controllerListenerNames } from './model/listeners.js';
export { parseZookeeperConnect, splitZookeeperConnect, chrootError } from './model/zookeeper-connect.js';
export type { ConnectStringParts, ConnectHostPart } from './model/zookeeper-connect.js';
export type { BrokerConfigOptions } from './model/broker.js';
export { parseZooCfg, parseMyid, buildZooKeeperConfig } from './model/zookeeper.js';
export type { ZooKeeperConfigOptions } from './model/zookeeper.js';
export { loadCluster, detectFileKind, isCandidateFileName, candidateNamePattern, FILE_KINDS } from './model/load.js';
export type { SourceFile, FileKind } from './model/load.js';
export type { ConfigEntry, EntrySyntax } from './model/entry.js';
export type * from './model/types.js';
export { kafkaKey, kafkaKeyNames, isKnownKafkaKey, kafkaKeyPrefix, removedKafkaKey, removedKafkaClass, deprecatedKafkaKey, clientOnlyKey, zookeeperKey, zookeeperKeyPrefix, zookeeperKeyNames, suggestKey } from './catalog/index.js';
export type { KafkaKeyFact, KafkaType, KafkaValidator, KafkaValidatorBound, KafkaPrefixMatch, RemovedKafkaKey, RemovedKafkaClass, DeprecatedKafkaKey, ZooKeeperKeyFact } from './catalog/index.js';
export { coerceKafkaValue, coerceZooKeeperValue } from './model/coerce.js';
export { planCapacity, CapacityInputError, renderPlanText, renderPlanMarkdown } from './capacity/index.js';
export type { CapacityInput, CapacityInputIssue, CapacityPlan, Constraint, ConstraintName, ConstraintUnit, StoragePlan, StorageFigures, PartitionPlan, ThreadPlan, MemoryPlan, OsLimits, QuorumPlan, GrowthPlan, RunsOut, CapacityWarning, ResolvedCapacityInput, ResolvedBroker, ResolvedHeadroom, ResolvedFailures, ResolvedMetadata, ResolvedGrowth, ResolvedPartitionThroughput, Size, Rate, Duration } from './capacity/index.js';
export { parseComposeFile } from './deploy/compose.js';
export type { ComposeOptions } from './deploy/compose.js';
export { parseSystemdUnit, tokenizeUnit } from './deploy/systemd.js';
export { parseEnvFile, parseEnvAssignments } from './deploy/env.js';
export { parseStrimziFile } from './deploy/strimzi.js';
export { parseJvmOptions, parseJvmSize, jvmNodes } from './deploy/jvm.js';
export type { JvmNode } from './deploy/jvm.js';
export { imageFamily, envToKey, keyToEnv } from './deploy/images.js';
export type { VariableMapping } from './deploy/images.js';
export { includedFileResolver } from './deploy/include.js';
export type { IncludedFile, IncludedFileResolver } from './deploy/include.js';
export { allRules } from '../rules/index.js';
