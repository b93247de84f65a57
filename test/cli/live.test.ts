/**
 * `--bootstrap-server` against a real cluster: a single-node KRaft broker started from Kafka's
 * own jars (resolved offline from ~/.m2 by scripts/catalog/maven.mjs) on 127.0.0.1 with free
 * ports, topics created with the client, the built CLI spawned to lint it, the broker stopped.
 * Without Java, Maven or the jars the broker tests are skipped with a notice. The failures
 * (refused, no answer, secrets) need no broker and always run. No mock stands in for the broker.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script, typed by use
import { RELEASES, javaArgs, mavenAvailable, resolveClasspaths } from '../../scripts/catalog/maven.mjs';
import { spawnCli } from './harness.js';
import { clientSecurity, describeFailure, METADATA_VERSION_RELEASES } from '../../src/deploy/live.js';

interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  file?: string;
  message: string;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

function findingsOf(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { messages: JsonFinding[]; filePath: string }[]).flatMap((f) => f.messages.map((m) => ({ ...m, file: f.filePath })));
}

describe('--bootstrap-server failures (no broker needed)', () => {
  it('connection refused is one line on stderr and exit 2', async () => {
    const port = await freePort();
    const r = spawnCli(['--bootstrap-server', `127.0.0.1:${port}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`kafka-lint: cannot connect to 127.0.0.1:${port}: connection refused\n`);
  });

  it('a server that never answers times out after --timeout, one line and exit 2', async () => {
    // The kernel accepts connections into the backlog while spawnSync blocks this process: nothing answers.
    const server: Server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const started = Date.now();
      const r = spawnCli(['--bootstrap-server', `127.0.0.1:${port}`, '--timeout', '1.5']);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^kafka-lint: no answer from 127\.0\.0\.1:\d+ .*--timeout/);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      server.close();
    }
  });

  it('never prints the secrets of --command-config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-live-'));
    try {
      writeFileSync(
        join(dir, 'client.properties'),
        'security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="hunter2-secret";\nssl.truststore.password=truststore-secret\n',
      );
      const port = await freePort();
      const r = spawnCli(['--bootstrap-server', `127.0.0.1:${port}`, '--command-config', 'client.properties'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr + r.stdout).not.toMatch(/hunter2|truststore-secret/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads SASL and TLS settings from the command config, and says what it cannot use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-live-'));
    try {
      writeFileSync(join(dir, 'scram.properties'), 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-256\nsasl.jaas.config=x required username="bob" password="p\\\\w";\n');
      const scram = clientSecurity('scram.properties', dir);
      // As Kafka's JAAS parser (a StreamTokenizer) reads it: a backslash before another letter is dropped.
      expect(scram.sasl).toEqual({ mechanism: 'SCRAM-SHA-256', username: 'bob', password: 'pw' });
      expect(scram.tls).toBeUndefined();
      writeFileSync(join(dir, 'jks.properties'), 'security.protocol=SSL\nssl.truststore.location=/x/truststore.jks\nssl.truststore.password=changeit\n');
      expect(() => clientSecurity('jks.properties', dir)).toThrow(/PEM only, not JKS/);
      writeFileSync(join(dir, 'gssapi.properties'), 'security.protocol=SASL_SSL\nsasl.jaas.config=x required password="zz";\n');
      expect(() => clientSecurity('gssapi.properties', dir)).toThrow(/sasl.mechanism GSSAPI is not supported/);
      expect(() => clientSecurity('missing.properties', dir)).toThrow(/cannot read --command-config missing.properties: ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('words the client failures in one line, secrets scrubbed', () => {
    const security = { secrets: ['topsecret'] };
    const auth = Object.assign(new Error('SASL authentication failed'), { name: 'AuthenticationError' });
    expect(describeFailure(new AggregateError([auth]), 'h:1', security, 'c.properties')).toBe('authentication to h:1 failed; check sasl.mechanism and sasl.jaas.config in c.properties');
    expect(describeFailure(Object.assign(new Error('x'), { apiId: 'CLUSTER_AUTHORIZATION_FAILED' }), 'h:1', security, undefined)).toMatch(/^not authorised to read the cluster at h:1 \(CLUSTER_AUTHORIZATION_FAILED\)/);
    expect(describeFailure(new Error('bad topsecret here\nstack'), 'h:1', security, undefined)).toBe('cannot read the cluster at h:1: bad *** here');
  });

  it('--command-config and --timeout need --bootstrap-server', () => {
    const r = spawnCli(['--timeout', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kafka-lint: --timeout applies to a live cluster: give --bootstrap-server host:port\n');
  });
});

/** Why the broker cannot be started here, or its classpath. */
function kafkaClasspath(): { classpath?: string; why?: string } {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) return { why: 'no java on PATH' };
  if (!mavenAvailable()) return { why: 'no mvn on PATH' };
  try {
    const [classpath] = resolveClasspaths([{ kind: 'kafka', release: RELEASES.kafka['4.4'] }], { offline: true }) as string[];
    return { classpath };
  } catch (err) {
    return { why: `Kafka ${RELEASES.kafka['4.4']}'s jars are not in ~/.m2 (npm run catalog or .ci/run fetches them): ${(err as Error).message.split('\n')[0]}` };
  }
}

const jars = kafkaClasspath();
if (jars.why) console.warn(`test/cli/live.test.ts: skipping the live broker tests: ${jars.why}`);

describe.skipIf(jars.classpath === undefined)('the release a broker runs, by its newest metadata.version', () => {
  it('METADATA_VERSION_RELEASES holds each release\'s MetadataVersion.latestProduction()', () => {
    const lines = Object.keys(RELEASES.kafka) as string[];
    const classpaths = resolveClasspaths(lines.map((line) => ({ kind: 'kafka', release: RELEASES.kafka[line] })), { offline: true }) as string[];
    const found: Record<number, string> = {};
    lines.forEach((line, i) => {
      const run = spawnSync('java', javaArgs([join(import.meta.dirname, 'live', 'LatestMetadataVersion.java')], classpaths[i], ''), { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      found[Number(run.stdout.trim())] = line;
    });
    expect(found).toEqual(METADATA_VERSION_RELEASES);
  });
});

describe.skipIf(jars.classpath === undefined)('--bootstrap-server against a single-node KRaft broker', () => {
  let dir: string;
  let broker: ChildProcess | undefined;
  let server: string;
  /** A SASL_PLAINTEXT listener (PLAIN, user admin) of the same broker. */
  let saslServer: string;

  async function admin() {
    const { polyfillWithResolvers } = await import('../../src/deploy/live.js');
    polyfillWithResolvers();
    const { Admin } = await import('@platformatic/kafka');
    return new Admin({ clientId: 'kafka-lint-test', bootstrapBrokers: [server], retries: 0, timeout: 5000 });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-lint-broker-'));
    const [port, controllerPort, saslPort] = [await freePort(), await freePort(), await freePort()];
    server = `127.0.0.1:${port}`;
    saslServer = `127.0.0.1:${saslPort}`;
    const props = join(dir, 'server.properties');
    writeFileSync(
      props,
      [
        'process.roles=broker,controller',
        'node.id=1',
        `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
        `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort},SASL_PLAINTEXT://127.0.0.1:${saslPort}`,
        `advertised.listeners=PLAINTEXT://127.0.0.1:${port},SASL_PLAINTEXT://127.0.0.1:${saslPort}`,
        'controller.listener.names=CONTROLLER',
        'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
        'sasl.enabled.mechanisms=PLAIN',
        'listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-pw-1" user_admin="admin-pw-1" user_reader="reader-pw-3";',
        // ACLs: the PLAINTEXT and controller listeners (ANONYMOUS) and admin may do anything, reader nothing.
        'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
        'super.users=User:ANONYMOUS;User:admin',
        'inter.broker.listener.name=PLAINTEXT',
        `log.dirs=${join(dir, 'data')}`,
        'offsets.topic.replication.factor=1',
        'transaction.state.log.replication.factor=1',
        'transaction.state.log.min.isr=1',
        'broker.rack=rack-a',
        'num.partitions=1',
        // Static and sensitive: DescribeConfigs sends it without its value.
        'ssl.keystore.password=static-secret-in-server-properties',
        '',
      ].join('\n'),
    );
    const java = ['-Xmx384m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', jars.classpath as string];
    const format = spawnSync('java', [...java, 'kafka.tools.StorageTool', 'format', '-t', 'a2Fma2EtbGludC10ZXN0MQ', '-c', props], { encoding: 'utf8' });
    if (format.status !== 0) throw new Error(`StorageTool format failed: ${format.stdout}${format.stderr}`);
    const log = join(dir, 'broker.log');
    writeFileSync(log, '');
    broker = spawn('java', [...java, 'kafka.Kafka', props], { stdio: ['ignore', 'ignore', 'ignore'] });
    // Ready once the client can read the cluster's metadata.
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (broker.exitCode !== null) throw new Error(`the broker exited with ${broker.exitCode}`);
      const a = await admin();
      try {
        const md = await a.metadata({ topics: [] });
        if (md.brokers.size === 1) break;
      } catch {
        // not up yet
      } finally {
        await a.close().catch(() => undefined);
      }
      if (Date.now() > deadline) throw new Error('the broker did not start within 90 s');
      await new Promise((r) => setTimeout(r, 500));
    }
    const a = await admin();
    try {
      await a.createTopics({ topics: ['orders'], partitions: 3, replicas: 1, configs: [{ name: 'min.insync.replicas', value: '2' }] });
      await a.createTopics({ topics: ['payments'], partitions: 2, replicas: 1, configs: [{ name: 'retention.ms', value: '86400000' }] });
    } finally {
      await a.close();
    }
  }, 150_000);

  afterAll(async () => {
    if (broker && broker.exitCode === null) {
      const exited = new Promise((r) => broker?.once('exit', r));
      broker.kill('SIGTERM');
      const timer = setTimeout(() => broker?.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('judges the topics at topic:<name> with the broker count the cluster lists', () => {
    const r = spawnCli(['--bootstrap-server', server, '--format', 'json', '--show-clusters']);
    expect(r.stderr).toContain(`brokerCount: 1, known (the brokers the cluster at ${server} lists)`);
    expect(r.stderr).toContain(`kafkaVersion: 4.4, known (the broker at ${server} supports metadata.version level 33, the newest of Kafka 4.4)`);
    expect(r.stderr).toContain('  broker:1\n');
    expect(r.stderr).toContain('  topic:orders\n');
    const findings = findingsOf(r.stdout);
    const minIsr = findings.find((f) => f.ruleId === 'topic/min-insync-replicas');
    expect(minIsr).toMatchObject({ file: 'topic:orders', messageId: 'above-replication-factor', severity: 'error' });
    expect(minIsr?.message).toContain("Topic 'orders' sets min.insync.replicas=2 with replication factor 1");
    // One broker: a replication factor of 1 is all it can have.
    expect(findings.filter((f) => f.ruleId === 'topic/under-replicated')).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('writes every format with the findings at broker:<id> and topic:<name>', () => {
    for (const format of ['stylish', 'sarif', 'github', 'junit']) {
      const r = spawnCli(['--bootstrap-server', server, '--format', format]);
      expect([format, r.code, r.stderr]).toEqual([format, 1, '']);
      // GitHub's workflow commands escape ':' in a property.
      expect(r.stdout).toContain(format === 'github' ? 'file=topic%3Aorders' : 'topic:orders');
      expect(r.stdout).not.toContain('static-secret');
      if (process.env['KAFKA_LINT_SHOW_LIVE']) console.log(r.stdout);
    }
  });

  it('authenticates with SASL from --command-config; a wrong password is one line, exit 2, never printed', () => {
    const config = (password: string): string =>
      `security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${password}";\n`;
    writeFileSync(join(dir, 'good.properties'), config('admin-pw-1'));
    writeFileSync(join(dir, 'bad.properties'), config('wrong-pw-2'));
    const good = spawnCli(['--bootstrap-server', saslServer, '--command-config', 'good.properties', '--format', 'json'], { cwd: dir });
    expect(good.stderr).toBe('');
    expect(findingsOf(good.stdout).some((f) => f.file === 'topic:orders' && f.ruleId === 'topic/min-insync-replicas')).toBe(true);
    expect(good.stdout).not.toContain('admin-pw-1');
    const bad = spawnCli(['--bootstrap-server', saslServer, '--command-config', 'bad.properties'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`kafka-lint: authentication to ${saslServer} failed; check sasl.mechanism and sasl.jaas.config in bad.properties\n`);
  });

  it('a principal without Describe and DescribeConfigs is one line naming what is needed, exit 2', () => {
    writeFileSync(join(dir, 'reader.properties'), 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="reader" password="reader-pw-3";\n');
    const r = spawnCli(['--bootstrap-server', saslServer, '--command-config', 'reader.properties'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^kafka-lint: not authorised to read the cluster at ${saslServer.replaceAll('.', '\\.')} \\([A-Z_]+AUTHORIZATION_FAILED\\): kafka-lint needs Describe on the cluster and topics and DescribeConfigs on the brokers and topics\n$`));
    expect(r.stderr).not.toContain('reader-pw-3');
  });

  it('states the broker count with --brokers over the count the cluster lists', () => {
    const r = spawnCli(['--bootstrap-server', server, '--format', 'json', '--brokers', '3']);
    const under = findingsOf(r.stdout).filter((f) => f.ruleId === 'topic/under-replicated');
    expect(under.map((f) => f.file).sort()).toEqual(['topic:orders', 'topic:payments']);
    expect(under[0]?.messageId).toBe('single-replica');
  });

  it('reads the broker configs, static and dynamic, as broker:<id>', async () => {
    const a = await admin();
    try {
      // A dynamic per-broker config, as kafka-configs --alter --entity-type brokers --entity-name 1 sets it.
      await a.incrementalAlterConfigs({ resources: [{ resourceType: 4, resourceName: '1', configs: [{ name: 'log.retention.ms', configOperation: 0, value: '-1' }] }] } as never);
    } finally {
      await a.close();
    }
    const { readLiveCluster } = await import('../../src/deploy/live.js');
    const live = await readLiveCluster({ server, cwd: dir, timeoutMs: 10_000 });
    expect(live.brokerCount).toBe(1);
    const b = live.brokers[0];
    expect(b?.file).toBe('broker:1');
    expect(b?.nodeId).toBe(1);
    expect(b?.mode).toBe('kraft');
    expect(b?.settings.get('broker.rack')?.value).toBe('rack-a');
    expect(b?.settings.get('log.retention.ms')?.value).toBe('-1');
    expect(b?.settings.has('log.segment.bytes')).toBe(false); // Kafka's default, not set
    expect(b?.settings.get('ssl.keystore.password')?.value).toBe('<sensitive>');
    // Kafka reports broker.id = node.id as static on a KRaft node; the server.properties has no broker.id.
    expect(b?.settings.has('broker.id')).toBe(false);
    expect(live.topics.map((t) => [t.name, t.partitionCount, t.replicationFactor, t.configs.map((c) => `${c.key}=${c.value}`)])).toEqual([
      ['orders', 3, 1, ['min.insync.replicas=2']],
      ['payments', 2, 1, ['retention.ms=86400000']],
    ]);
    // Files and the cluster together: a topic file is judged against the cluster's one broker.
    writeFileSync(join(dir, 'topics.yaml'), 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: audit\nspec:\n  partitions: 4\n  replicas: 2\n');
    const r = spawnCli(['--bootstrap-server', server, '--format', 'json', 'topics.yaml'], { cwd: dir });
    const findings = findingsOf(r.stdout);
    expect(findings.find((f) => f.ruleId === 'topic/replication-factor-exceeds-brokers')?.file).toBe('topics.yaml');
    expect(findings.some((f) => f.ruleId === 'broker/retention' || f.file === 'broker:1')).toBe(true);
    expect(readFileSync(join(dir, 'topics.yaml'), 'utf8')).toContain('audit');
  });
});
