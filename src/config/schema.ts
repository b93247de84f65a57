import * as z from 'zod';
import { KAFKA_VERSIONS } from '../core/version.js';

/** A rule level as the config file and `--rule` accept it. */
const ruleLevelSchema = z.enum(['off', 'info', 'warning', 'error']).meta({
  description: '`off` disables the rule; otherwise the severity its findings get.',
});

/** A rule's setting: a level, or a level and the rule's options. */
const ruleSettingSchema = z.union([
  ruleLevelSchema,
  z.tuple([ruleLevelSchema, z.record(z.string(), z.unknown()).optional()]),
]);

/** Rule ids look like `group/name`; a message of a rule is `group/name/message-id`. */
const RULE_ID = /^[a-z0-9-]+\/[a-z0-9-]+(\/[a-z0-9-]+)?$/;

const kafkaVersionSchema = z.enum(KAFKA_VERSIONS).meta({
  description: 'The Kafka version to judge against; inferred per cluster when absent.',
});

const brokerCountSchema = z.int().min(1).meta({
  description: 'The number of brokers of the cluster, when the files are fewer than the brokers.',
});

const javaVersionSchema = z.int().min(6).max(99).meta({
  description: 'The Java feature release the nodes run on (8, 11, 17, 21, ...); read from image tags or JDK paths, else unknown.',
});

const zookeeperVersionSchema = z.string().regex(/^3\.\d{1,2}$/).meta({
  description: 'The ZooKeeper release the ensemble runs (e.g. "3.8"); read from image tags or paths, else unknown.',
});

/** One cluster named in the config file: the files (globs) that form it. */
const clusterConfigSchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'The name shown in the output.' }),
  files: z
    .array(z.string().min(1))
    .min(1)
    .meta({ description: 'Globs, relative to the config file, of the files that form the cluster.' }),
  kafkaVersion: kafkaVersionSchema.optional(),
  brokerCount: brokerCountSchema.optional(),
  javaVersion: javaVersionSchema.optional(),
  zookeeperVersion: zookeeperVersionSchema.optional(),
});

/**
 * The schema of `kafka-lint.config.json` / `.kafka-lintrc.json`. The package publishes it as a
 * JSON Schema (schema/kafka-lint.config.schema.json) so editors can complete and check it.
 */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema this file follows (for editors).' }),
    kafkaVersion: kafkaVersionSchema.optional(),
    brokerCount: brokerCountSchema.optional(),
    javaVersion: javaVersionSchema.optional(),
    zookeeperVersion: zookeeperVersionSchema.optional(),
    rules: z
      .record(z.string().regex(RULE_ID), ruleSettingSchema)
      .optional()
      .meta({ description: 'Level (and options) per rule id, or level per message id, e.g. { "properties/duplicate-key": "error", "broker/startup-constraints/listener-keystore-missing": "off" }.' }),
    clusters: z
      .array(clusterConfigSchema)
      .optional()
      .meta({ description: 'Clusters named explicitly; files no cluster claims are grouped by path argument.' }),
    ignores: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Globs, relative to the config file, of files and directories never linted.' }),
    requireDirectiveReason: z
      .boolean()
      .optional()
      .meta({ description: 'Report every inline `# kafka-lint-disable…` comment that gives no reason after `--` (kafka-lint/unused-directive/missing-reason). Default false.' }),
  })
  .meta({ title: 'kafka-lint configuration', description: 'Configuration of kafka-lint (kafka-lint.config.json).' });

/** A parsed, valid kafka-lint configuration. */
export type KafkaLintConfig = z.infer<typeof configSchema>;

/** One named cluster of the configuration. */
export type ClusterConfig = z.infer<typeof clusterConfigSchema>;

/**
 * The JSON Schema the package publishes for the config file, generated from {@link configSchema}.
 *
 * @example
 * ```ts
 * writeFileSync('schema/kafka-lint.config.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
 * ```
 */
export function configJsonSchema(): Record<string, unknown> {
  return { $id: 'https://github.com/kafka-lint/kafka-lint/schema/kafka-lint.config.schema.json', ...z.toJSONSchema(configSchema) };
}
