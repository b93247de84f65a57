#!/usr/bin/env node
// `npm run bench`: wall-time figures of the built kafka-lint CLI, side by side in one run.
// A benchmark, not a test: it prints figures and targets and never fails on them.
//   1. start-up: `kafka-lint examples/` against `node -e 0` (target ratio <= 1.5, never above 2.0)
//   2. scaling: a generated fleet of 1,000 brokers + 5 ZooKeeper servers against 100 brokers
//      + 5 ZooKeeper servers (target: linear, <= 11x for 10x the files)
//   3. pathological input: a 1 MB line, and a file of 100,000 keys
// BENCH_RUNS sets the runs of the start-up case (default 15); the others run 5 and 3 times.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['kafka-lint']);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/** Wall time of one run, in milliseconds; the exit code must be 0 or 1 (lint findings). */
function time(args, cwd = root) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Runs each case `runs` times, interleaved so machine load affects all alike; returns medians. */
function compare(cases, runs) {
  const samples = cases.map(() => []);
  for (let i = 0; i < runs; i++) cases.forEach(([args, cwd], k) => samples[k].push(time(args, cwd)));
  return samples.map(median);
}

function zooCfg(n) {
  const servers = Array.from({ length: n }, (_, i) => `server.${i + 1}=zk${i + 1}.bench.internal:2888:3888`).join('\n');
  return `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nautopurge.purgeInterval=24\nadmin.enableServer=false\n${servers}\n`;
}

function serverProperties(id, zkCount) {
  const zk = Array.from({ length: zkCount }, (_, i) => `zk${i + 1}.bench.internal:2181`).join(',');
  return [
    `broker.id=${id}`,
    `listeners=PLAINTEXT://0.0.0.0:9092`,
    `advertised.listeners=PLAINTEXT://kafka${id}.bench.internal:9092`,
    `log.dirs=/var/lib/kafka/data`,
    `num.partitions=6`,
    `default.replication.factor=3`,
    `min.insync.replicas=2`,
    `offsets.topic.replication.factor=3`,
    `transaction.state.log.replication.factor=3`,
    `transaction.state.log.min.isr=2`,
    `auto.create.topics.enable=false`,
    `zookeeper.connect=${zk}/kafka`,
    '',
  ].join('\n');
}

/** A directory with `brokers` broker configs and `zkCount` ZooKeeper servers (zoo.cfg + myid). */
function fleet(dir, brokers, zkCount) {
  for (let i = 1; i <= zkCount; i++) {
    mkdirSync(join(dir, `zk${i}`), { recursive: true });
    writeFileSync(join(dir, `zk${i}`, 'zoo.cfg'), zooCfg(zkCount));
    writeFileSync(join(dir, `zk${i}`, 'myid'), `${i}\n`);
  }
  for (let i = 1; i <= brokers; i++) {
    const d = join(dir, `kafka${String(i).padStart(4, '0')}`);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'server.properties'), serverProperties(i, zkCount));
  }
}

const work = mkdtempSync(join(tmpdir(), 'kafka-lint-bench-'));
try {
  const f = (ms) => `${ms.toFixed(0).padStart(6)} ms`;
  console.log(`kafka-lint benchmark (${bin.slice(root.length + 1)}, node ${process.version})`);
  // Wall times on a shared machine move with its load: say what it was, so figures can be compared.
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min)\n`);

  const [base, examples] = compare([[['-e', '0']], [[bin, 'examples/']]], RUNS);
  const startRatio = examples / base;
  console.log(`start-up, median of ${RUNS}:`);
  console.log(`  node -e 0                 ${f(base)}`);
  console.log(`  kafka-lint examples/      ${f(examples)}`);
  console.log(`  ratio                     ${startRatio.toFixed(2).padStart(6)}x   (target <= 1.5, never above 2.0: ${startRatio <= 1.5 ? 'met' : startRatio <= 2 ? 'within the limit, above the target' : 'ABOVE THE LIMIT'})\n`);

  fleet(join(work, 'fleet-100'), 100, 5);
  fleet(join(work, 'fleet-1000'), 1000, 5);
  const [small, large] = compare([[[bin, 'fleet-100'], work], [[bin, 'fleet-1000'], work]], 5);
  const scale = large / small;
  console.log('scaling, median of 5:');
  console.log(`  100 brokers + 5 ZooKeeper   ${f(small)}`);
  console.log(`  1,000 brokers + 5 ZooKeeper ${f(large)}`);
  console.log(`  ratio                       ${scale.toFixed(2).padStart(6)}x   (target <= 11x for 10x the files: ${scale <= 11 ? 'met' : 'NOT MET'})\n`);

  const longLine = join(work, 'long-line');
  mkdirSync(longLine);
  writeFileSync(join(longLine, 'server.properties'), `broker.id=1\nlog.dirs=/var/lib/kafka\nmessage.format.note=${'x'.repeat(1024 * 1024)}\n`);
  const manyKeys = join(work, 'many-keys');
  mkdirSync(manyKeys);
  writeFileSync(
    join(manyKeys, 'server.properties'),
    `broker.id=1\nlog.dirs=/var/lib/kafka\n${Array.from({ length: 100_000 }, (_, i) => `custom.key.${i}=value-${i}`).join('\n')}\n`,
  );
  const [line, keys] = compare([[[bin, 'long-line'], work], [[bin, 'many-keys'], work]], 3);
  console.log('pathological input, median of 3:');
  console.log(`  a 1 MB line               ${f(line)}`);
  console.log(`  100,000 keys (2.4 MB)     ${f(keys)}`);
  console.log(`\nload average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
