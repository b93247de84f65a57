#!/usr/bin/env node
// The pre-commit hook's `files` pattern, generated from the names kafka-lint reads (the
// detectors of src/engine/load.ts and src/deploy/load.ts, through candidateNamePattern()), so
// the hook runs on every commit that touches a file a directory walk would read.
// `npm run pre-commit:pattern` builds and prints it; with --write it updates
// .pre-commit-hooks.yaml. test/pre-commit-hook.test.ts fails when the committed pattern is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidateNamePattern } from '../dist/lib/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const hooks = join(root, '.pre-commit-hooks.yaml');
// pre-commit matches `files` with Python's re.search; (?i) because kafka-lint compares names lower-cased.
const pattern = `(?i)${candidateNamePattern()}`;
if (process.argv.includes('--write')) {
  const text = readFileSync(hooks, 'utf8');
  const line = /^( {2}files: ).*$/m;
  if (!line.test(text)) throw new Error(`${hooks} has no "  files:" line`);
  writeFileSync(hooks, text.replace(line, (_m, key) => `${key}'${pattern.replace(/'/g, "''")}'`));
  console.log(`wrote the files pattern to ${hooks}`);
} else {
  console.log(pattern);
}
