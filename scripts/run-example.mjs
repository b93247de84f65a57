#!/usr/bin/env node
// `npm run example` (after `npm run build`): runs the built kafka-lint CLI on examples/, prints
// its output, then its exit code and what it means. The example cluster has findings on purpose,
// so this script exits 0 whatever the CLI's exit code is (unless the CLI could not run at all).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['kafka-lint'];
const args = ['examples/', ...process.argv.slice(2)];
console.log(`$ kafka-lint ${args.join(' ')}\n`);
const run = spawnSync(process.execPath, [join(root, bin), ...args], { cwd: root, stdio: 'inherit' });
const meaning = {
  0: 'no errors (and warnings within --max-warnings)',
  1: 'errors found, or more warnings than --max-warnings: a CI step would fail here, as intended for this example',
  2: 'usage, file, configuration or internal error',
};
console.log(`\nexit code ${run.status}: ${meaning[run.status] ?? 'unexpected'}`);
process.exitCode = run.status === 0 || run.status === 1 ? 0 : 1;
