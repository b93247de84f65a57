/**
 * The run pipeline with stand-in rules: message levels and the rule's own mix, options checked
 * against the rule's schema, errors that rest on assumed facts, secrets kept out of messages,
 * templated values never judged, fixes until nothing changes, and the baseline.
 */
import { describe, it, expect } from 'vitest';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import { lint } from '../../src/engine/lint.js';
import { RuleSettingsError, shiftedSeverity } from '../../src/engine/rule-settings.js';
import { createBaseline } from '../../src/engine/baseline.js';
import { isBrokerRole } from '../../src/model/broker.js';
import { knownNumber } from '../../src/model/settings.js';
import { clusterRedactor } from '../../src/engine/redact.js';
import { loadCluster } from '../../src/engine/load.js';

/** A rule with three messages of three severities, reporting each on its key. */
const mixed = defineRule({
  meta: {
    id: 'test/mixed',
    category: 'advice',
    fileKinds: ['broker'],
    description: 'Reports a, b and c.',
    rationale: 'Test only.',
    fix: 'None.',
    references: [{ title: 'test' }],
    messages: {
      'is-error': { severity: 'error', text: 'The key a is set to {{value}}, which this test calls an error.' },
      'is-warning': { severity: 'warning', text: 'The key b is set to {{value}}, which this test calls a warning.' },
      'is-info': { severity: 'info', text: 'The key c is set to {{value}}, which this test calls an info.' },
    },
    options: (z) => z.strictObject({ limit: z.number().int().min(1).optional() }),
    examples: { bad: [], good: [] },
  },
  check(ctx) {
    for (const b of ctx.cluster.brokers) {
      for (const [key, messageId] of [['a', 'is-error'], ['b', 'is-warning'], ['c', 'is-info']] as const) {
        const read = ctx.setting(b, key);
        if (read.state === 'set') ctx.report({ messageId, data: { value: String(read.value) }, entry: read.entry });
      }
    }
  },
});

const text = 'a=1\nb=2\nc=3\n';
const run = (rules: Record<string, unknown> = {}, ruleSet: Rule[] = [mixed]) =>
  lintFiles([{ file: 'server.properties', text }], { ruleSet, rules: rules as never }).findings.map((f) => `${f.messageId}:${f.severity}`);

describe('rule and message levels', () => {
  it('a rule set to its own default keeps its mix', () => {
    expect(run()).toEqual(['is-error:error', 'is-warning:warning', 'is-info:info']);
    expect(run({ 'test/mixed': 'error' })).toEqual(['is-error:error', 'is-warning:warning', 'is-info:info']);
  });
  it('a rule set lower moves its most serious message there and keeps the distance of the others', () => {
    expect(run({ 'test/mixed': 'warning' })).toEqual(['is-error:warning', 'is-warning:info', 'is-info:info']);
    expect(run({ 'test/mixed': 'info' })).toEqual(['is-error:info', 'is-warning:info', 'is-info:info']);
    expect(shiftedSeverity('info', 'info', 'error')).toBe('error');
  });
  it('one message can be set alone, and wins over its rule', () => {
    expect(run({ 'test/mixed/is-warning': 'off' })).toEqual(['is-error:error', 'is-info:info']);
    expect(run({ 'test/mixed': 'off', 'test/mixed/is-info': 'error' })).toEqual(['is-info:error']);
  });
  it('unknown ids, bad levels and bad options are refused, naming what is wrong', () => {
    expect(() => run({ 'test/nope': 'off' })).toThrow(new RuleSettingsError('rules["test/nope"]: not a kafka-lint rule or message id (`kafka-lint rules` lists them)'));
    expect(() => run({ 'test/mixed/nope': 'off' })).toThrow(/its messages are is-error, is-warning, is-info/);
    expect(() => run({ __proto__: 'off' } as never)).not.toThrow(); // an object literal's __proto__ sets the prototype, not a key
    expect(() => run(JSON.parse('{"__proto__": "off"}'))).toThrow(/rules\["__proto__"\]: not a kafka-lint rule/);
    expect(() => run({ 'test/mixed': 'loud' })).toThrow(/expected "off", "info", "warning" or "error"/);
    expect(() => run({ 'test/mixed': ['warning', { limt: 3 }] })).toThrow(new RuleSettingsError('rules["test/mixed"]: unknown option "limt" (`kafka-lint explain test/mixed` lists its options)'));
    expect(() => run({ 'test/mixed': ['warning', { limit: 'many' }] })).toThrow(/option "limit"/);
    expect(() => run({ 'test/mixed/is-info': ['warning', {}] })).toThrow(/options belong to the rule/);
    expect(run({ 'test/mixed': ['warning', { limit: 3 }] })).toHaveLength(3);
  });
});

/** A rule whose error rests on the broker count. */
const countRule = defineRule({
  meta: {
    id: 'test/count',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Replication above the broker count.',
    rationale: 'Test only.',
    fix: 'None.',
    references: [{ title: 'test' }],
    facts: ['brokerCount'],
    messages: { above: { severity: 'error', text: 'default.replication.factor {{rf}} is above the {{count}} brokers.' } },
    examples: { bad: [], good: [] },
  },
  check(ctx) {
    const count = ctx.brokerCount.value;
    if (count === undefined) return;
    for (const b of ctx.cluster.brokers.filter(isBrokerRole)) {
      const rf = knownNumber(ctx.setting(b, 'default.replication.factor'));
      if (rf?.entry && rf.value > count) ctx.report({ messageId: 'above', data: { rf: rf.value, count }, entry: rf.entry });
    }
  },
});

describe('errors only on known facts', () => {
  const two = [
    { file: 'b1/server.properties', text: 'broker.id=1\ndefault.replication.factor=3\n' },
    { file: 'b2/server.properties', text: 'broker.id=2\ndefault.replication.factor=3\n' },
  ];
  it('an error resting on an assumed count is a warning that says what was assumed and how to state it', () => {
    const result = lintFiles(two, { ruleSet: [countRule] });
    expect(result.findings.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'default.replication.factor 3 is above the 2 brokers. kafka-lint counted at least 2 brokers from the files in view; if the cluster has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json.'],
      ['warning', 'default.replication.factor 3 is above the 2 brokers. kafka-lint counted at least 2 brokers from the files in view; if the cluster has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json.'],
    ]);
    expect(result.clusters[0]?.facts.brokerCount).toEqual({ value: 2, atLeast: true, known: false, origin: { source: 'files', detail: '2 broker configs in view' } });
  });
  it('the same finding on a stated count is an error', () => {
    const result = lintFiles(two, { ruleSet: [countRule], brokerCount: 2 });
    expect(result.findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(result.clusters[0]?.facts.brokerCount.origin).toEqual({ source: 'option', detail: 'given with --brokers' });
  });

  /** Errs on a key only Kafka 4.x has a default for, as a version-dependent check would. */
  const versionRule = defineRule({
    meta: {
      id: 'test/version',
      category: 'startup-failure',
      fileKinds: ['broker'],
      description: 'Version-dependent.',
      rationale: 'Test only.',
      fix: 'None.',
      references: [{ title: 'test' }],
      facts: ['kafkaVersion'],
      messages: {
        always: { severity: 'error', text: 'This test rule refuses node.id 7 in every version.' },
        newer: { severity: 'error', text: 'This test rule refuses node.id 7 from Kafka 4.0 on.' },
      },
      examples: { bad: [], good: [] },
    },
    check(ctx) {
      for (const b of ctx.cluster.brokers) {
        const id = ctx.setting(b, 'node.id');
        if (id.state !== 'set' || id.value !== 7) continue;
        ctx.report({ messageId: 'always', entry: id.entry });
        if (ctx.kafkaVersion !== '3.9') ctx.report({ messageId: 'newer', entry: id.entry });
      }
    },
  });
  const kraft = [{ file: 'server.properties', text: 'process.roles=broker\nnode.id=7\n' }];
  it('with the version assumed, an error stays only where every version gives it', () => {
    const result = lintFiles(kraft, { ruleSet: [versionRule] });
    expect(result.findings.map((f) => [f.messageId, f.severity])).toEqual([['newer', 'warning'], ['always', 'error']]);
    expect(result.findings[0]?.message).toBe('This test rule refuses node.id 7 from Kafka 4.0 on. kafka-lint assumed Kafka 4.3 (the newest release kafka-lint knows); state it with --kafka-version or "kafkaVersion" in kafka-lint.config.json.');
  });
  it('with the version read from an image tag, both are errors', () => {
    const compose = 'services:\n  kafka:\n    image: apache/kafka:4.1.0\n    environment:\n      KAFKA_PROCESS_ROLES: broker\n      KAFKA_NODE_ID: 7\n';
    const result = lintFiles([{ file: 'docker-compose.yml', text: compose }], { ruleSet: [versionRule] });
    expect(result.findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(result.clusters[0]?.facts.kafkaVersion).toEqual({
      judged: '4.1', known: true, release: '4.1.0', origin: { source: 'image', detail: 'image apache/kafka:4.1.0 (docker-compose.yml:3)', file: 'docker-compose.yml', line: 3 },
    });
  });
  it('a release older than any kafka-lint knows is judged as the oldest, and its errors say so', () => {
    const compose = 'services:\n  kafka:\n    image: confluentinc/cp-kafka:5.4.1\n    environment:\n      KAFKA_BROKER_ID: 7\n      KAFKA_NODE_ID: 7\n      KAFKA_ZOOKEEPER_CONNECT: zk:2181\n';
    const result = lintFiles([{ file: 'docker-compose.yml', text: compose }], { ruleSet: [versionRule] });
    const facts = result.clusters[0]?.facts.kafkaVersion;
    expect([facts?.judged, facts?.release, facts?.older, facts?.known]).toEqual(['3.9', '2.4', true, false]);
    expect(result.findings.map((f) => [f.messageId, f.severity])).toEqual([['always', 'warning']]);
    expect(result.findings[0]?.message).toContain('This is judged against Kafka 3.9, while image confluentinc/cp-kafka:5.4.1 (docker-compose.yml:3) says 2.4; kafka-lint knows no older release.');
  });
});

describe('templates', () => {
  it('a templated value is never judged, and a control line is not a setting', () => {
    const files = [{ file: 'roles/kafka/templates/server.properties.j2', text: '{% if ssl %}\na=9\n{% endif %}\nb={{ b_value }}\nc=3\n' }];
    const result = lintFiles(files, { ruleSet: [mixed] });
    expect(result.findings.map((f) => [f.messageId, f.line, f.message])).toEqual([
      ['is-info', 5, 'The key c is set to 3, which this test calls an info. (Judged in a template: what its variables fill in was not checked.)'],
    ]);
  });
});

describe('secrets', () => {
  const echo = defineRule({
    meta: {
      id: 'test/echo',
      category: 'advice',
      fileKinds: ['broker'],
      description: 'Echoes values.',
      rationale: 'Test only.',
      fix: 'None.',
      references: [{ title: 'test' }],
      messages: { echo: { severity: 'warning', text: "The key {{key}} holds '{{value}}'." } },
      examples: { bad: [], good: [] },
    },
    check(ctx) {
      for (const b of ctx.cluster.brokers) for (const e of b.entries) ctx.report({ messageId: 'echo', data: { key: e.key, value: e.value.slice(0, 12) }, entry: e });
    },
  });
  it('no message shows any part of a secret, whatever the rule puts in its data', () => {
    const text = 'ssl.keystore.passwrod=Sup3rS3cretValue!\nKAFKA_OPTS=-Djavax.net.ssl.keyStorePassword=an0therSecret -Xmx1g\nlog.dirs=/data\n';
    const messages = lintFiles([{ file: 'server.properties', text }], { ruleSet: [echo] }).findings.map((f) => f.message);
    expect(messages).toEqual([
      "The key ssl.keystore.passwrod holds '(hidden)'.",
      "The key KAFKA_OPTS holds '-Djavax.net.'.",
      "The key log.dirs holds '/data'.",
    ]);
    for (const m of messages) for (const secret of ['Sup3rS', 'an0the']) expect(m).not.toContain(secret);
  });
});

describe('fixes and the baseline', () => {
  const fixer = defineRule({
    meta: {
      id: 'test/lower',
      category: 'misread',
      fileKinds: ['broker'],
      description: 'Lower-case keys.',
      rationale: 'Test only.',
      fix: 'None.',
      references: [{ title: 'test' }],
      messages: { upper: { severity: 'error', text: "The key '{{key}}' has capitals." } },
      examples: { bad: [], good: [] },
      fixable: true,
    },
    check(ctx) {
      for (const b of ctx.cluster.brokers) {
        const e = b.entries.find((x) => x.key !== x.key.toLowerCase() && x.keySpan);
        if (e?.keySpan && e.file) ctx.report({ messageId: 'upper', data: { key: e.key }, entry: e, fix: [{ file: e.file, start: e.keySpan.start, end: e.keySpan.end, text: e.key.toLowerCase() }] });
      }
    },
  });
  it('fixes are applied until nothing changes, and come back as files; nothing is written', () => {
    const result = lintFiles([{ file: 'server.properties', text: 'A=1\nB=2\nc=3\n' }], { ruleSet: [fixer], fix: true });
    expect(result.findings).toEqual([]);
    expect(result.fixed.map((f) => [f.file, f.after, f.fixes])).toEqual([['server.properties', 'a=1\nb=2\nc=3\n', 2]]);
  });
  it('the baseline matches by rule, message id and line content, not by line number or words', () => {
    const before = lintFiles([{ file: 'server.properties', text: 'A=1\n' }], { ruleSet: [fixer] });
    const baseline = createBaseline(before.findings, (f) => f);
    const moved = lintFiles([{ file: 'server.properties', text: '# a comment\n\nA=1\n' }], { ruleSet: [fixer], baseline: { baseline, fileOf: (f) => f } });
    expect(moved.findings).toEqual([]);
    expect(moved.suppressed.map((f) => f.suppression)).toEqual([{ kind: 'external', justification: 'recorded in the baseline' }]);
    const fixed = lintFiles([{ file: 'server.properties', text: 'a=1\n' }], { ruleSet: [fixer], baseline: { baseline, fileOf: (f) => f } });
    expect(fixed.staleBaseline.map((e) => [e.ruleId, e.messageId, e.count])).toEqual([['test/lower', 'upper', 1]]);
  });
});

describe('lint() input', () => {
  const options = { ruleSet: [mixed] };
  it.each([
    [null, 'the input is null; lint() takes a config object, a parsed document or { brokers, zookeeper, myids }'],
    [42, 'the input is a number; lint() takes a config object, a parsed document or { brokers, zookeeper, myids }'],
    [[1], 'the input is an array; lint() takes a config object, a parsed document or { brokers, zookeeper, myids }'],
    [{ brokers: [null] }, 'brokers[0] is null; lint() takes a config object, a parsed document or { brokers, zookeeper, myids }'],
    [{ brokers: [{ config: { a: 1 }, jvm: 5 }] }, 'brokers[0].jvm is a number; give the JVM flags as one string or a list of strings'],
    [{ a: { nested: true } }, 'the input["a"] is an object; a config value must be a string, number or boolean'],
    [{ brokers: [{}], zookeeper: {} }, 'zookeeper is an object; it must be a list'],
  ])('%j is refused with a clear LintInputError', (input, message) => {
    expect(() => lint(input as never, options)).toThrow(expect.objectContaining({ name: 'LintInputError', message }));
  });
  it('jvm: null is no JVM options', () => {
    expect(lint({ brokers: [{ config: { a: 1 }, jvm: null as never }] }, options).findings.map((f) => f.messageId)).toEqual(['is-error']);
  });
});

describe('the redactor', () => {
  it('hides fragments of secrets but never a config key that shares text with one', () => {
    const redactor = clusterRedactor(loadCluster([{ file: 'server.properties', text: 'ssl.key.password=password\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="Zx9!kLm2Qw";\n' }]));
    expect(redactor.scrub('ssl.key.password is set in plain text')).toBe('ssl.key.password is set in plain text');
    expect(redactor.scrub("the value 'password' is weak")).toBe("the value '(hidden)' is weak");
    expect(redactor.scrub('quorum.auth.learnerRequireSasl is required')).toBe('quorum.auth.learnerRequireSasl is required');
    expect(redactor.scrub('it holds Zx9!kLm2Qw')).toBe('it holds (hidden)');
    expect(redactor.scrub('PlainLoginModule required username="admin"')).toBe('(hidden)');
  });
});
