/**
 * Terraform `kafka_topic` resources (the Mongey/kafka provider): recognised as topic files, read
 * with kafka-lint's scanner of HCL's native syntax with the position of every field; variables
 * and interpolations are unknown; HCL Terraform refuses is a syntax notice; time linear in the
 * file's size, valid or not.
 */
import { describe, it, expect } from 'vitest';
import { detectFileKind, loadCluster } from '../../src/engine/load.js';
import { topicsOf } from '../../src/deploy/load.js';
import { parseTopicsFile } from '../../src/deploy/topics.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import underReplicated from '../../rules/topic/under-replicated.js';
import { fixtureFiles } from '../fixture-files.js';
import { expectLinearGrowth } from '../hardening/timing.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('Terraform kafka_topic (Mongey/kafka provider)', () => {
  it('is the topics kind for a .tf file with a kafka_topic resource only', () => {
    expect(detectFileKind('infra/kafka_topics.tf', 'resource "kafka_topic" "o" {\n}\n')).toBe('topics');
    expect(detectFileKind('infra/main.tf', 'resource "aws_instance" "x" {\n}\n')).toBeUndefined();
  });

  it('reads name, partitions, replication_factor and the config map at their positions; variables and interpolations are unknown', () => {
    const topics = topicsOf(loadCluster(fixtureFiles('topics/terraform')));
    expect(
      topics.map((t) => ({
        source: t.source,
        name: t.name,
        nameAt: [t.nameEntry.valueSpan?.line, t.nameEntry.valueSpan?.column],
        partitions: t.partitionCount,
        partitionsAt: t.partitions?.valueSpan?.line,
        rf: t.replicationFactor,
        replicas: t.replicas?.value,
        configs: t.configs.map((e) => `${e.key}=${e.value}:${e.keySpan?.line}:${e.keySpan?.column}`),
      })),
    ).toEqual([
      { source: 'terraform', name: 'orders', nameAt: [11, 25], partitions: 4, partitionsAt: 13, rf: 3, replicas: '3', configs: ['retention.ms=604800000:16:5', 'cleanup.policy=compact:17:5'] },
      { source: 'terraform', name: '${var.env}-events', nameAt: [22, 25], partitions: 12, partitionsAt: 24, rf: undefined, replicas: '${var.replication_factor}', configs: ['log.retention.ms=86400000:26:5'] },
    ]);
  });

  it('HCL Terraform cannot parse is a syntax notice, and what can be read is read', () => {
    const file = parseTopicsFile('resource "kafka_topic" "o" {\n  name = "orders"\n  partitions = = 3\n}\n', 'kafka.tf');
    expect(file.notices[0]).toMatchObject({ code: 'syntax', reason: 'hcl-error', span: { line: 3 } });
    expect(file.topics[0]?.name).toBe('orders');
  });

  it('reads the rest of HCL\'s syntax around the fields: heredocs, block comments, nested blocks, escapes, multi-line expressions', () => {
    const tf = [
      '/* topics of the shop',
      '   resource "kafka_topic" "commented" { name = "no" } */',
      'resource "kafka_topic" "orders" {',
      '  count       = var.enabled ? 1 : 0',
      '  name        = "orders" # the topic',
      '  description = <<-EOT',
      '    Orders, see http://wiki/orders // not a comment',
      '    name = "inside-a-heredoc"',
      '    EOT',
      '  partitions  = 6',
      '  config = { "cleanup.policy" = "compact", "retention.ms" = "-1",',
      '    "message.timestamp.type" = "Log\u0041ppendTime"',
      '    segment_note = "a } and a # and $${literal}"',
      '    "max.message.bytes" = local.max_bytes',
      '  }',
      '  tags = [for k, v in {',
      '    a = 1',
      '  } : "${k}=${v}"]',
      '  lifecycle {',
      '    prevent_destroy = true',
      '  }',
      '}',
      '',
    ].join('\n');
    const file = parseTopicsFile(tf, 'kafka.tf');
    expect(file.notices).toEqual([]);
    expect(file.topics.map((t) => [t.name, t.partitionCount, t.configs.map((c) => `${c.key}=${c.value}@${c.keySpan?.line}`)])).toEqual([
      ['orders', 6, ['cleanup.policy=compact@11', 'retention.ms=-1@11', 'message.timestamp.type=LogAppendTime@12', 'segment_note=a } and a # and $${literal}@13', 'max.message.bytes=${local.max_bytes}@14']],
    ]);
  });

  it('many resources in one file are all read (a Lezer grammar lost those after about 140 kB and reported valid HCL as broken)', () => {
    const one = (i: number) => `# Topic ${i}: 6 partitions.\nresource "kafka_topic" "t${i}" {\n  name               = "\${var.env}-topic-${i}"\n  replication_factor = var.replication_factor\n  partitions         = 6\n  config = {\n    "retention.ms" = "86400000"\n  }\n}\n`;
    const file = parseTopicsFile(Array.from({ length: 3000 }, (_, i) => one(i)).join('\n'), 'kafka.tf');
    expect(file.notices).toEqual([]);
    expect(file.topics).toHaveLength(3000);
    expect(file.topics.at(-1)?.partitions?.valueSpan?.line).toBe(3000 * 10 - 5);
  });

  it('takes time linear in the size of valid and of broken files', () => {
    const valid = 'resource "kafka_topic" "t" {\n  name = "orders"\n  config = { "a" = "${var.x}" }\n}\n';
    const broken = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'cluster', 'kafka1', 'server.properties'), 'utf8');
    for (const [label, unit] of [['valid HCL', valid], ['server.properties as HCL', broken]] as const) {
      expectLinearGrowth(label, [100, 400, 1600], (n) => unit.repeat(n), (text) => parseTopicsFile(text, 'kafka.tf'));
    }
  });

  it('where the text stops being HCL: an unclosed string, a stray brace, an unclosed block', () => {
    const at = (tf: string) => parseTopicsFile(tf, 'kafka.tf').notices.map((n) => n.span?.line);
    expect(at('resource "kafka_topic" "o" {\n  name = "orders\n}\n')).toEqual([2]);
    expect(at('}\nresource "kafka_topic" "o" {\n  name = "orders"\n}\n')).toEqual([1]);
    expect(at('resource "kafka_topic" "o" {\n  name = "orders"\n')).toEqual([3]);
    expect(parseTopicsFile('}\nresource "kafka_topic" "o" {\n  name = "orders"\n}\n', 'kafka.tf').topics.map((t) => t.name)).toEqual(['orders']);
  });

  it('# and // comments carry inline directives', () => {
    const tf = 'resource "kafka_topic" "o" {\n  name = "orders"\n  # kafka-lint-disable-next-line topic/under-replicated -- a scratch topic\n  replication_factor = 1\n}\nresource "kafka_topic" "p" {\n  name = "payments"\n  // kafka-lint-disable-next-line topic/under-replicated -- also scratch\n  replication_factor = 1\n}\n';
    const result = lintFiles([{ file: 'kafka.tf', text: tf }], { ruleSet: [underReplicated] });
    expect(result.findings).toEqual([]);
    expect(result.clusters[0]?.suppressed.map((f) => `${f.file}:${f.line}`)).toEqual(['kafka.tf:4', 'kafka.tf:9']);
  });

  it('a # line inside a heredoc is text, not a directive', () => {
    const tf = 'resource "kafka_topic" "o" {\n  name = "orders"\n  description = <<EOT\n# kafka-lint-disable-next-line topic/under-replicated -- text\nEOT\n  replication_factor = 1\n}\n';
    expect(lintFiles([{ file: 'kafka.tf', text: tf }], { ruleSet: [underReplicated] }).findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['topic/under-replicated:6']);
  });
});
