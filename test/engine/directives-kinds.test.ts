/**
 * Inline directives in every file kind that has comments: compose and Strimzi YAML, env files,
 * systemd units and JVM option scripts. Each kind silences a real finding on the next entry,
 * silences a rule in the whole file, reports an unused directive and, with
 * `requireDirectiveReason`, a directive without a reason.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import type { Finding } from '../../src/engine/finding.js';

/** One file kind: a file with a finding of `rule` on `line`, and a line whose entry `rule` does not report. */
interface KindCase {
  kind: string;
  file: string;
  text: string;
  /** Other files of the deployment. */
  others?: { file: string; text: string }[];
  /** The comment marker the case writes directives with. */
  marker: string;
  rule: string;
  /** The line of the finding the directive silences. */
  line: number;
  /** A line whose entry has no finding of `rule`. */
  quietLine: number;
}

const COMPOSE = `services:
  kafka:
    image: apache/kafka:3.9.0
    environment:
      KAFKA_NODE_ID: 1
      KAFKA_ADVERTISED_LISTNERS: PLAINTEXT://kafka:9092
`;

const COMPOSE_WITH_ENV_FILE = `services:
  kafka:
    image: apache/kafka:3.9.0
    env_file: kafka.env
`;

const UNIT = `[Unit]
Description=Kafka

[Service]
User=root
ExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties
`;

const KAFKA_ENV = `#!/bin/bash
export KAFKA_HEAP_OPTS="-Xmx12g -Xms12g"
export KAFKA_JVM_PERFORMANCE_OPTS="-XX:+UseG1GC"
`;

const STRIMZI = `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: c
spec:
  kafka:
    config:
      broker.rack: a
      advertised.listeners: PLAINTEXT://x:9092
      ssl.protocol: TLSv1.3
`;

const CASES: KindCase[] = [
  { kind: 'compose', file: 'docker-compose.yml', text: COMPOSE, marker: '#', rule: 'broker/unknown-key', line: 6, quietLine: 5 },
  {
    kind: '.env (a compose env_file)',
    file: 'kafka.env',
    text: '# the broker\'s settings\nKAFKA_NODE_ID=1\nKAFKA_ADVERTISED_LISTNERS=PLAINTEXT://kafka:9092\n',
    others: [{ file: 'docker-compose.yml', text: COMPOSE_WITH_ENV_FILE }],
    marker: '#',
    rule: 'broker/unknown-key',
    line: 3,
    quietLine: 2,
  },
  { kind: 'systemd unit (; comments)', file: 'kafka.service', text: UNIT, marker: ';', rule: 'systemd/runs-as-root', line: 5, quietLine: 6 },
  { kind: 'systemd unit (# comments)', file: 'kafka.service', text: UNIT, marker: '#', rule: 'systemd/runs-as-root', line: 5, quietLine: 6 },
  { kind: 'JVM options (kafka-env.sh)', file: 'kafka-env.sh', text: KAFKA_ENV, marker: '#', rule: 'jvm/heap-too-large', line: 2, quietLine: 3 },
  { kind: 'Strimzi Kafka YAML', file: 'kafka.yaml', text: STRIMZI, marker: '#', rule: 'strimzi/forbidden-key', line: 8, quietLine: 10 },
];

/** `text` with `comment` inserted above its 1-based `line`, indented as that line. */
function insertAbove(text: string, line: number, comment: string): string {
  const lines = text.split('\n');
  const indent = /^[ \t]*/.exec(lines[line - 1] ?? '')?.[0] ?? '';
  lines.splice(line - 1, 0, indent + comment);
  return lines.join('\n');
}

function run(c: KindCase, text: string, options: { requireDirectiveReason?: boolean } = {}) {
  return lintFiles([{ file: c.file, text }, ...(c.others ?? [])], options);
}

const at = (f: Finding): string => `${f.file}:${f.line}:${f.column} ${f.ruleId}/${f.messageId}`;
const ofRule = (findings: readonly Finding[], c: KindCase): Finding[] => findings.filter((f) => f.ruleId === c.rule && f.file === c.file);
const directiveFindings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.ruleId === 'kafka-lint/unused-directive');

describe.each(CASES)('inline directives in $kind', (c) => {
  it('the file has the finding without a directive', () => {
    expect(ofRule(run(c, c.text).findings, c).map((f) => f.line)).toContain(c.line);
  });

  it('disable-next-line silences the finding on the next entry, with its reason', () => {
    const before = ofRule(run(c, c.text).findings, c);
    const result = run(c, insertAbove(c.text, c.line, `${c.marker} kafka-lint-disable-next-line ${c.rule} -- reviewed`));
    // Every line at or below the directive moved down by one.
    const shifted = (line: number | undefined) => ((line ?? 0) >= c.line ? (line ?? 0) + 1 : line);
    const expected = before.filter((f) => f.line !== c.line).map((f) => shifted(f.line));
    expect(ofRule(result.findings, c).map((f) => f.line)).toEqual(expected);
    const suppressed = ofRule(result.suppressed, c);
    expect(suppressed.map((f) => f.line)).toEqual([c.line + 1]);
    expect(suppressed[0]?.suppression).toEqual({ kind: 'inSource', justification: 'reviewed' });
    expect(directiveFindings(result.findings)).toEqual([]);
  });

  it('a file-wide directive silences the rule in the whole file', () => {
    const count = ofRule(run(c, c.text).findings, c).length;
    const result = run(c, `${c.text}${c.marker} kafka-lint-disable ${c.rule} -- generated file\n`);
    expect(ofRule(result.findings, c)).toEqual([]);
    expect(ofRule(result.suppressed, c)).toHaveLength(count);
    expect(directiveFindings(result.findings)).toEqual([]);
  });

  it('a directive that silences nothing is reported with its rule id, line and message', () => {
    const result = run(c, insertAbove(c.text, c.quietLine, `${c.marker} kafka-lint-disable-next-line ${c.rule} -- old`));
    const column = (/^[ \t]*/.exec(c.text.split('\n')[c.quietLine - 1] ?? '')?.[0].length ?? 0) + 1;
    const reported = directiveFindings(result.findings);
    expect(reported.map(at)).toEqual([`${c.file}:${c.quietLine}:${column} kafka-lint/unused-directive/silences-nothing`]);
    expect(reported[0]?.severity).toBe('warning');
    expect(reported[0]?.message).toBe(
      `'# kafka-lint-disable-next-line ${c.rule}' silences nothing: ${c.rule} reports no finding on line ${c.quietLine + 1}. Delete it, so it cannot hide a future finding.`,
    );
  });

  it('a file-wide directive of a rule that reports nothing in the file is reported', () => {
    const result = run(c, `${c.text}${c.marker} kafka-lint-disable compose/port-mapping -- old\n`);
    const line = c.text.split('\n').length;
    expect(directiveFindings(result.findings).map((f) => `${f.line} ${f.messageId} ${f.message}`)).toEqual([
      `${line} silences-nothing '# kafka-lint-disable compose/port-mapping' silences nothing: compose/port-mapping reports no finding in this file. Delete it, so it cannot hide a future finding.`,
    ]);
  });

  it('a directive without a reason is reported when the config asks for reasons, and still silences', () => {
    const text = insertAbove(c.text, c.line, `${c.marker} kafka-lint-disable-next-line ${c.rule}`);
    const column = (/^[ \t]*/.exec(c.text.split('\n')[c.line - 1] ?? '')?.[0].length ?? 0) + 1;
    const required = run(c, text, { requireDirectiveReason: true });
    expect(ofRule(required.suppressed, c).map((f) => f.line)).toEqual([c.line + 1]);
    const reported = directiveFindings(required.findings);
    expect(reported.map(at)).toEqual([`${c.file}:${c.line}:${column} kafka-lint/unused-directive/missing-reason`]);
    expect(reported[0]?.message).toBe(
      `'# kafka-lint-disable-next-line ${c.rule}' gives no reason, and the config file asks for one (requireDirectiveReason). Say why after ' -- ': '# kafka-lint-disable-next-line ${c.rule} -- why it is safe here'.`,
    );
    // Not asked for: no report; with a reason: no report.
    expect(directiveFindings(run(c, text).findings)).toEqual([]);
    const reasoned = insertAbove(c.text, c.line, `${c.marker} kafka-lint-disable-next-line ${c.rule} -- reviewed`);
    expect(directiveFindings(run(c, reasoned, { requireDirectiveReason: true }).findings)).toEqual([]);
  });

  it('inlineConfig: false ignores the directives', () => {
    const text = insertAbove(c.text, c.line, `${c.marker} kafka-lint-disable-next-line ${c.rule} -- reviewed`);
    const result = lintFiles([{ file: c.file, text }, ...(c.others ?? [])], { inlineConfig: false });
    expect(ofRule(result.findings, c).map((f) => f.line)).toContain(c.line + 1);
    expect(result.suppressed).toEqual([]);
  });
});

describe('YAML directives apply to a node and its lines', () => {
  it('a directive above a mapping key silences findings anywhere in its value', () => {
    const text = insertAbove(STRIMZI, 7, '# kafka-lint-disable-next-line strimzi/forbidden-key -- the operator version we run allows them');
    const result = lintFiles([{ file: 'kafka.yaml', text }]);
    expect(result.findings.filter((f) => f.ruleId === 'strimzi/forbidden-key')).toEqual([]);
    expect(result.suppressed.filter((f) => f.ruleId === 'strimzi/forbidden-key').map((f) => f.line)).toEqual([9, 10]);
  });

  it('a directive above a sequence item silences that item only', () => {
    const compose = `services:
  kafka:
    image: apache/kafka:3.9.0
    environment:
      - KAFKA_NODE_ID=1
      # kafka-lint-disable-next-line broker/unknown-key -- read by our wrapper script
      - KAFKA_ADVERTISED_LISTNERS=PLAINTEXT://kafka:9092
      - KAFKA_LISTNERS=PLAINTEXT://:9092
`;
    const result = lintFiles([{ file: 'docker-compose.yml', text: compose }]);
    expect(result.findings.filter((f) => f.ruleId === 'broker/unknown-key').map((f) => f.line)).toEqual([8]);
    expect(result.suppressed.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['broker/unknown-key:7']);
  });

  it('a `#` line inside a block scalar is text, not a directive', () => {
    const compose = `services:
  kafka:
    image: apache/kafka:3.9.0
    command: |
      # kafka-lint-disable broker/unknown-key
      /etc/kafka/docker/run
    environment:
      KAFKA_ADVERTISED_LISTNERS: PLAINTEXT://kafka:9092
`;
    const result = lintFiles([{ file: 'docker-compose.yml', text: compose }]);
    expect(result.findings.filter((f) => f.ruleId === 'broker/unknown-key').map((f) => f.line)).toEqual([8]);
    expect(result.suppressed).toEqual([]);
  });

  it('a directive in a later document of a multi-document Strimzi file', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\n${STRIMZI.replace('      broker.rack: a\n', '      # kafka-lint-disable-next-line strimzi/forbidden-key -- set by the node pool\n      broker.rack: a\n')}`;
    const result = lintFiles([{ file: 'kafka.yaml', text }]);
    expect(result.findings.filter((f) => f.ruleId === 'strimzi/forbidden-key').map((f) => f.line)).toEqual([15]);
    expect(result.suppressed.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['strimzi/forbidden-key:14']);
  });
});

describe('directives in line-based deployment files', () => {
  it('a template of a unit reads directives with the same syntax', () => {
    const text = UNIT.replace('User=root', '; kafka-lint-disable-next-line systemd/runs-as-root -- {{ kafka_user }} is root only in the lab\nUser=root');
    const result = lintFiles([{ file: 'templates/kafka.service.j2', text }]);
    expect(result.findings.filter((f) => f.ruleId === 'systemd/runs-as-root')).toEqual([]);
    expect(result.suppressed.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['systemd/runs-as-root:6']);
  });

  it('a `#` line inside a quoted multi-line env value is not a directive', () => {
    const text = 'export KAFKA_OPTS="-Dx=1\n# kafka-lint-disable jvm/heap-too-large\n"\nexport KAFKA_HEAP_OPTS="-Xmx12g -Xms12g"\n';
    const result = lintFiles([{ file: 'kafka-env.sh', text }]);
    expect(result.findings.filter((f) => f.ruleId === 'jvm/heap-too-large').map((f) => f.line)).toEqual([4]);
    expect(result.findings.filter((f) => f.ruleId === 'kafka-lint/unused-directive')).toEqual([]);
  });

  it('a directive above a continued unit line covers the whole command', () => {
    const unit = '[Service]\nUser=kafka\n# kafka-lint-disable-next-line broker/unknown-key -- our patched broker reads it\nExecStart=/opt/kafka/bin/kafka-server-start.sh \\\n  /opt/kafka/config/server.properties \\\n  --override advertised.listners=PLAINTEXT://x:9092\n';
    const files = [
      { file: 'kafka.service', text: unit },
      { file: 'opt/kafka/config/server.properties', text: 'broker.id=1\nzookeeper.connect=zk:2181\n' },
    ];
    const result = lintFiles(files);
    expect(result.findings.filter((f) => f.ruleId === 'broker/unknown-key' || f.ruleId === 'kafka-lint/unused-directive')).toEqual([]);
    expect(result.suppressed.map((f) => `${f.file}:${f.ruleId}:${f.line}-${f.endLine}`)).toEqual(['kafka.service:broker/unknown-key:4-6']);
  });

  it('an env file in two clusters: a directive one cluster uses is not reported by the other', () => {
    const env = '# kafka-lint-disable-next-line broker/unknown-key -- read by our wrapper\nKAFKA_ADVERTISED_LISTNERS=PLAINTEXT://kafka:9092\n';
    const files = [
      { file: 'docker-compose.yml', text: COMPOSE_WITH_ENV_FILE },
      { file: 'kafka.env', text: env },
      { file: 'broker/server.properties', text: 'broker.id=1\nzookeeper.connect=zk:2181\nlog.dirs=/var/lib/kafka\n' },
    ];
    const result = lintFiles(files);
    expect(result.clusters.length).toBe(2);
    expect(result.findings.filter((f) => f.ruleId === 'kafka-lint/unused-directive')).toEqual([]);
    expect(result.suppressed.map((f) => `${f.file}:${f.ruleId}:${f.line}`)).toEqual(['kafka.env:broker/unknown-key:2']);
  });
});
