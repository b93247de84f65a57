/**
 * A topic definition as every topic reader builds it (KafkaTopic YAML, JulieOps, Terraform): its
 * fields as written, with the counts read from them.
 */
import type { ConfigEntry } from '../parse/entry.js';
import type { TopicDefinition } from '../model/types.js';
import { hasTemplate } from '../parse/template.js';

/** A count as a whole number, unless a template fills it in or it is not one (then the rules leave it). */
function wholeNumber(entry: ConfigEntry | undefined): number | undefined {
  if (!entry || hasTemplate(entry.value)) return undefined;
  const text = entry.value.trim();
  return /^-?\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/**
 * A topic definition from its fields, with the partition count and replication factor read from
 * their entries when they are whole numbers (templates and other text leave them unset).
 *
 * @example
 * ```ts
 * topic({ name: 'orders', nameEntry, source: 'terraform', file: 'kafka.tf', configs: [], partitions }).partitionCount; // 4
 * ```
 */
export function topic(fields: Omit<TopicDefinition, 'partitionCount' | 'replicationFactor'>): TopicDefinition {
  const out: TopicDefinition = { ...fields };
  const partitions = wholeNumber(fields.partitions);
  const replicas = wholeNumber(fields.replicas);
  if (partitions !== undefined) out.partitionCount = partitions;
  if (replicas !== undefined) out.replicationFactor = replicas;
  return out;
}
