import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index.js';
// @ts-expect-error: plain ESM script without types
import { ruleIndexSource } from '../scripts/generate-rule-index.mjs';

const root = join(import.meta.dirname, '..');

describe('rule registry', () => {
  it('rules/index.ts is current (run node scripts/generate-rule-index.mjs)', () => {
    expect(readFileSync(join(root, 'rules/index.ts'), 'utf8')).toBe(ruleIndexSource());
  });
  it.each(allRules.map((r) => [r.meta.id, r] as const))('%s lives at rules/<id>.ts with a test beside it', (id) => {
    expect(existsSync(join(root, 'rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(root, 'rules', `${id}.test.ts`))).toBe(true);
  });
  it('ids are unique', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
