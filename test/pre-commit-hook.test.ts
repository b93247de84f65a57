/**
 * The pre-commit hook's `files` pattern is the one generated from the names kafka-lint reads
 * (scripts/pre-commit-pattern.mjs), and it matches each kind's typical file names and every
 * corpus file kafka-lint recognises, read by Python's `re` as pre-commit reads it.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { candidateNamePattern, detectFileKind, FILE_KINDS, type FileKind } from '../src/engine/load.js';

const root = join(import.meta.dirname, '..');
const corpus = join(root, '..', 'shared', 'corpus');
if (!existsSync(corpus)) console.warn(`pre-commit hook test: the corpus check is skipped, ${corpus} is absent`);
const hasPython = spawnSync('python3', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasPython) console.warn('pre-commit hook test: the check with Python\'s re is skipped, python3 is not installed');

const hook = (parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; files: string }[])[0] as { files: string };

/** Each kind's typical names: the ones the issue found the hook skipping first. */
const TYPICAL: Record<FileKind, string[]> = {
  env: ['config/kafka-env.sh', 'conf/java.env', '.env', 'deploy/kafka.env', 'etc/sysconfig/kafka', 'etc/default/zookeeper', 'ansible/templates/kafka-env.sh.tpl'],
  strimzi: ['strimzi/kafka-persistent.yaml', 'k8s/kafka-nodepool.yml', 'Kafka.YAML'],
  topics: ['topics/orders.yaml', 'k8s/kafka-topic.yml', 'julie/topology.yaml', 'infra/kafka_topics.tf'],
  broker: ['server.properties', 'config/kraft/broker.properties', 'controller.properties', 'kafka1/server-1.properties'],
  zookeeper: ['zoo.cfg', 'config/zookeeper.properties', 'zk/zoo_sample.cfg'],
  myid: ['data/zookeeper/myid'],
  compose: ['docker-compose.yml', 'compose.yaml', 'docker-compose.override.yaml', 'stack/kafka-compose.yml'],
  systemd: ['etc/systemd/system/kafka.service', 'roles/kafka/templates/zookeeper.service.j2'],
};
const NOT_READ = ['README.md', 'src/Main.java', 'package.json', 'Makefile', 'docs/kafka.md'];

/** Whether Python's re.search finds the pattern in each path, as pre-commit filters files. */
function pythonSearch(pattern: string, paths: string[]): boolean[] {
  const r = spawnSync('python3', ['-c', 'import json, re, sys\np = re.compile(sys.argv[1])\nprint(json.dumps([bool(p.search(f)) for f in json.load(sys.stdin)]))', pattern], {
    input: JSON.stringify(paths),
    encoding: 'utf8',
  });
  return JSON.parse(r.stdout) as boolean[];
}

describe('.pre-commit-hooks.yaml', () => {
  it('files is the generated pattern (npm run pre-commit:pattern)', () => {
    expect(hook.files).toBe(`(?i)${candidateNamePattern()}`);
  });

  const js = new RegExp(candidateNamePattern(), 'i');
  it('matches the typical names of every kind, and not other files', () => {
    const names = Object.values(TYPICAL).flat();
    expect(Object.keys(TYPICAL).sort()).toEqual([...FILE_KINDS].sort());
    expect([...names, ...NOT_READ].filter((n) => js.test(n))).toEqual(names);
    if (hasPython) expect(pythonSearch(hook.files, [...names, ...NOT_READ])).toEqual([...names.map(() => true), ...NOT_READ.map(() => false)]);
  });

  it.skipIf(!existsSync(corpus))('matches every corpus file kafka-lint recognises, under its path in its repository', () => {
    const rows = readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const recognised = rows.filter(([file, , path]) => detectFileKind(path as string, readFileSync(join(corpus, file as string), 'latin1')) !== undefined).map((r) => r[2] as string);
    expect(recognised.length).toBeGreaterThan(150);
    expect(recognised.filter((p) => !js.test(p))).toEqual([]);
    if (hasPython) expect(pythonSearch(hook.files, recognised).every(Boolean)).toBe(true);
  });
});
