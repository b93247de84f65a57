#!/usr/bin/env node
// Writes docs/rules/<group>/<name>.md and docs/rules/README.md from the built rules' metadata.
// Run with `npm run docs:rules` (it builds first). test/docs.test.ts fails when a page is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { allRules } = await import(join(root, 'dist/rules/index.js'));
const { renderRuleDoc, renderRuleIndex, ruleDocPath } = await import(join(root, 'dist/src/docs/rule-doc.js'));
for (const rule of allRules) {
  const path = join(root, 'docs/rules', ruleDocPath(rule.meta.id));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderRuleDoc(rule));
}
writeFileSync(join(root, 'docs/rules/README.md'), renderRuleIndex(allRules));
console.log(`${allRules.length} rule pages written to docs/rules/`);
