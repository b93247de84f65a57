/**
 * One synthetic deployment per cause of false errors measured on deployments kafka-lint had not
 * seen (test/fixtures/unseen-patterns/README.md). Each is linted as a user would (the CLI, JSON
 * format), and must give no error, read each file as the right kind, resolve the facts its files
 * state, and say in an info finding what it could not read.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInProcess, repoRoot } from './cli/harness.js';
import { detectFileKind } from '../src/index.js';
import type { ClusterFacts } from '../src/engine/facts.js';

const root = join(repoRoot, 'test', 'fixtures', 'unseen-patterns');

interface Message { ruleId: string; messageId: string; severity: string; message: string; line: number | null }
interface FileResult { filePath: string; messages: Message[]; cluster: string; facts: ClusterFacts }

/** Lints a fixture folder with the CLI's JSON format. */
async function lint(folder: string, extra: string[] = []): Promise<{ code: number; files: FileResult[]; stderr: string }> {
  const run = await runInProcess([folder, '--format', 'json', ...extra], { cwd: root });
  return { code: run.code, files: JSON.parse(run.stdout) as FileResult[], stderr: run.stderr };
}

/** The files of a folder, relative to the fixtures root. */
function filesOf(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(join(root, folder));
  return out;
}

const kindsOf = (folder: string): Record<string, string | undefined> =>
  Object.fromEntries(filesOf(folder).map((f) => [f, detectFileKind(f, readFileSync(join(root, f), 'latin1'))]));

const messages = (files: FileResult[]): (Message & { file: string })[] => files.flatMap((f) => f.messages.map((m) => ({ ...m, file: f.filePath })));

describe('unseen deployment patterns: no error, the right kinds, and a word where nothing was read', () => {
  it('java8-image: Java 8 and Kafka 2.4 come from the Confluent Platform 5.4 images, and no Java 11 flag rule fires', async () => {
    const { code, files } = await lint('java8-image');
    expect(code).toBe(0);
    const facts = files[0]!.facts;
    expect(facts.javaVersion).toMatchObject({ value: 8, known: true });
    expect(facts.kafkaVersion).toMatchObject({ judged: '3.9', release: '2.4', older: true, known: false });
    expect(messages(files).filter((m) => m.ruleId.startsWith('jvm/'))).toEqual([]);
    expect(kindsOf('java8-image')).toEqual({ 'java8-image/docker-compose.yml': 'compose' });
  });

  it('zookeeper-only-packer: a ZooKeeper machine gets one JVM warning naming the Java releases, not errors for a Kafka it does not run', async () => {
    const { code, files } = await lint('zookeeper-only-packer');
    expect(code).toBe(0);
    const jvm = messages(files).filter((m) => m.ruleId.startsWith('jvm/'));
    expect(jvm.map((m) => `${m.severity} ${m.ruleId} ${m.file}:${m.line}`)).toEqual(['warning jvm/obsolete-flags zookeeper-only-packer/zookeeper.service:9']);
    expect(jvm[0]!.message).toMatch(/^This file passes JVM flags that newer Java releases refuse: -XX:\+UseConcMarkSweepGC \(refused from Java 15\)/);
    expect(messages(files).some((m) => /Kafka 4\.\d/.test(m.message))).toBe(false);
    expect(kindsOf('zookeeper-only-packer')).toEqual({
      'zookeeper-only-packer/myid': 'myid',
      'zookeeper-only-packer/zoo.cfg': 'zookeeper',
      'zookeeper-only-packer/zookeeper.service': 'systemd',
    });
  });

  it.each([
    ['image-tags/apache', '3.8.0', 'image apache/kafka:3.8.0'],
    ['image-tags/bitnami', '3.6', 'image bitnami/kafka:3.6'],
    ['image-tags/confluent', '3.4', 'image confluentinc/cp-kafka:7.4.0'],
    ['image-tags/strimzi', '3.7.0', 'spec.kafka.version of Kafka events'],
  ])('%s: the release comes from %s', async (folder, release, evidence) => {
    const { code, files } = await lint(folder);
    expect(code).toBe(0);
    const v = files[0]!.facts.kafkaVersion;
    expect(v).toMatchObject({ judged: '3.9', release, older: true, known: false });
    expect(v.origin.detail).toContain(evidence);
  });

  it('quickstart-copies: two broker files are "at least 2 brokers", never an error on the count', async () => {
    const { code, files } = await lint('quickstart-copies');
    expect(code).toBe(0);
    expect(files[0]!.facts.brokerCount).toMatchObject({ value: 2, atLeast: true, known: false });
    const counted = messages(files).filter((m) => m.ruleId === 'broker/replication-factor-exceeds-brokers');
    expect(counted.map((m) => m.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    for (const m of counted) expect(m.message).toContain('only 2 broker configs are in view (kafka-lint assumed they are the whole cluster; if it has more, state the count with --brokers');
  });

  it('single-zookeeper: a one-server ZooKeeper is no-fault-tolerance\'s, not a partial zookeeper.connect', async () => {
    const { code, files } = await lint('single-zookeeper');
    expect(code).toBe(0);
    const ids = messages(files).map((m) => m.ruleId);
    expect(ids).toContain('zookeeper/no-fault-tolerance');
    expect(ids).not.toContain('broker/partial-zookeeper-connect');
  });

  it('ansible-templates: .j2 and .tpl files are read as the kind beneath, Jinja lines are not config, and values from variables are not judged', async () => {
    expect(kindsOf('ansible-templates')).toEqual({
      'ansible-templates/templates/kafka-env.sh.tpl': 'env',
      'ansible-templates/templates/kafka.service.j2': 'systemd',
      'ansible-templates/templates/myid.j2': 'myid',
      'ansible-templates/templates/server.properties.j2': 'broker',
      'ansible-templates/templates/zoo.cfg.j2': 'zookeeper',
    });
    const { code, files } = await lint('ansible-templates');
    expect(code).toBe(0);
    const all = messages(files);
    // Lines 8 and 10 of kafka.service.j2 are {% if %} and {% endif %}.
    expect(all.filter((m) => m.file.endsWith('kafka.service.j2') && (m.line === 8 || m.line === 10))).toEqual([]);
    for (const m of all) expect(m.message).toContain('(Judged in a template: what its variables fill in was not checked.)');
    const notRead = all.filter((m) => m.ruleId === 'deploy/not-read');
    expect(notRead.map((m) => `${m.severity} ${m.file}:${m.line}`)).toEqual([
      'info ansible-templates/templates/kafka-env.sh.tpl:1',
      'info ansible-templates/templates/kafka-env.sh.tpl:2',
      'info ansible-templates/templates/kafka.service.j2:9',
      'info ansible-templates/templates/kafka.service.j2:11',
    ]);
  });

  it('install-script-placeholders: @VAR@ and %VAR% spans are templated, so nothing judges them', async () => {
    const { code, files } = await lint('install-script-placeholders');
    expect(code).toBe(0);
    expect(messages(files).map((m) => `${m.ruleId} ${m.line}`)).toEqual(['broker/auto-create-topics 1']);
  });

  it('image-merged-properties: a file the apache/kafka image merges with its environment is not told it lacks node.id', async () => {
    const { code, files } = await lint('image-merged-properties');
    expect(code).toBe(0);
    expect(kindsOf('image-merged-properties')).toEqual({
      'image-merged-properties/docker-compose.yml': 'compose',
      'image-merged-properties/server.properties': 'broker',
    });
    expect(messages(files).filter((m) => m.file.endsWith('server.properties'))).toEqual([]);
    expect(files[0]!.facts.kafkaVersion).toMatchObject({ judged: '3.9', release: '3.9.0', known: true });
  });

  it('unresolved-images: unset variables become empty strings with a notice, and images kafka-lint cannot map get an info naming them', async () => {
    const { code, files } = await lint('unresolved-images');
    expect(code).toBe(0);
    const infos = messages(files).filter((m) => m.severity === 'info');
    const text = infos.map((m) => m.message).join('\n');
    for (const variable of ['REPOSITORY', 'CP_VERSION', 'DOCKER_REGISTRY', 'DEBEZIUM_VERSION']) expect(text).toContain(`Compose replaces \${${variable}}`);
    expect(text).toContain("kafka-lint read the image as 'confluentinc/cp-server'");
    expect(text).toContain("Service 'connect-kafka' (quay.io/debezium/kafka) runs an image kafka-lint does not know");
    expect(text).toContain("Service 'custom' is built from .");
    // The cp-server broker is read: its typo-free settings are judged like any cp-kafka broker's.
    expect(messages(files).some((m) => m.ruleId === 'broker/internal-topics-under-replicated' && m.line === 13)).toBe(true);
  });

  it('two-compose-stacks: lint and upgrade-check see the same two clusters', async () => {
    const { code, files } = await lint('two-compose-stacks');
    expect(code).toBe(0);
    const clusters = [...new Set(files.map((f) => f.cluster))].sort();
    expect(clusters).toEqual([
      'two-compose-stacks (two-compose-stacks/docker-compose.multi.yml)',
      'two-compose-stacks (two-compose-stacks/docker-compose.single.yml)',
    ]);
    expect(files.map((f) => [f.filePath, f.facts.brokerCount.value])).toEqual([
      ['two-compose-stacks/docker-compose.multi.yml', 3],
      ['two-compose-stacks/docker-compose.single.yml', 1],
    ]);
    const upgrade = await runInProcess(['upgrade-check', '--to', '4.4', '--format', 'json', 'two-compose-stacks'], { cwd: root });
    const upgraded = (JSON.parse(upgrade.stdout) as { clusters: { name: string }[] }).clusters.map((c) => c.name).sort();
    expect(upgraded).toEqual(clusters);
  });

  it('covers every folder of the fixtures', () => {
    const folders = readdirSync(root).filter((n) => statSync(join(root, n)).isDirectory()).sort();
    expect(folders).toEqual([
      'ansible-templates', 'image-merged-properties', 'image-tags', 'install-script-placeholders', 'java8-image',
      'quickstart-copies', 'single-zookeeper', 'two-compose-stacks', 'unresolved-images', 'zookeeper-only-packer',
    ]);
  });
});
