#!/usr/bin/env node
// `npm run fuzz`: the nightly-size run of every property test that fuzzes kafka-lint: the
// .properties parser and decoder, the model builders and deployment loaders, lint() and
// lintFiles, every output format, planCapacity, the CLI on random standard input, and the
// ZooKeeper oracle's generated server lines (when a JDK and ZooKeeper's jars are present).
//
// FUZZ_RUNS multiplies each property's base case count (default 80: a little over 1,000,000
// cases in all, about 1.5 hours on 2 cores); FUZZ_SEED fixes the seed (default: a fresh one).
// The seed and FUZZ_RUNS are printed first and last, with the case count of each target and the
// total, so a failure replays with `FUZZ_SEED=<seed> FUZZ_RUNS=<n> npm run fuzz`.
// Extra arguments go to vitest (e.g. a single test file).
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = ['test/fuzz', 'test/parse/properties.fuzz.test.ts', 'test/zookeeper/oracle.test.ts'];

const runs = process.env.FUZZ_RUNS ?? '80';
const seed = process.env.FUZZ_SEED ?? String(randomInt(2 ** 31 - 1));
const banner = `fuzz: seed ${seed}, FUZZ_RUNS=${runs} (replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz)`;
console.log(banner);

const args = process.argv.slice(2);
// A property runs FUZZ_RUNS times longer than in `npm test`: no per-test time limit.
const vitest = spawn(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--testTimeout=0', '--hookTimeout=0', ...(args.length > 0 ? args : FILES)], {
  cwd: root,
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const counts = new Map();
let pending = '';
vitest.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString('utf8');
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    // Each test file closes with `fuzz cases: <target> <n>; <target> <n>` (colour codes stripped).
    const m = /fuzz cases: (.*)$/.exec(line.replace(/\u001b\[[0-9;]*m/g, ''));
    if (!m) continue;
    for (const part of m[1].split('; ')) {
      const at = part.lastIndexOf(' ');
      counts.set(part.slice(0, at), (counts.get(part.slice(0, at)) ?? 0) + Number(part.slice(at + 1)));
    }
  }
});

vitest.on('close', (code) => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`\nfuzz targets:\n${[...counts].map(([name, n]) => `  ${name}: ${n.toLocaleString('en-US')}`).join('\n')}`);
  console.log(`${banner}\nfuzz: ${total.toLocaleString('en-US')} cases in all; ${code === 0 ? 'no failure' : `FAILED (vitest exit ${code})`}`);
  process.exitCode = code ?? 1;
});
