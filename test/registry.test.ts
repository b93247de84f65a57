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
  it.each(allRules.filter((r) => r.meta.options).map((r) => [r.meta.id, r] as const))('%s: every option is optional (a run without options does not check them, nor load zod)', async (_id, rule) => {
    const z = await import('zod');
    expect(rule.meta.options!(z).safeParse({}).success).toBe(true);
  });
  it('ids are unique', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('rule contract', () => {
  const sources = new Map(allRules.map((r) => [r.meta.id, readFileSync(join(root, 'rules', `${r.meta.id}.ts`), 'utf8')]));
  it.each(allRules.map((r) => [r.meta.id, r] as const))('%s: message ids are kebab-case and every text names only data it is given', (id, rule) => {
    const messages = Object.entries(rule.meta.messages);
    expect(messages.length, `${id} has no messages`).toBeGreaterThan(0);
    for (const [messageId, message] of messages) {
      expect(messageId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(message.severity);
      // A message says what is wrong and what to do: at least a sentence.
      expect(message.text.length, `${id}/${messageId}`).toBeGreaterThan(30);
    }
  });
  it.each([...sources.entries()])('%s reads settings through ctx.setting and never judges templates by hand', (id, source) => {
    expect(source.includes('.settings.get('), `${id} reads node.settings directly; use ctx.setting(node, key)`).toBe(false);
    expect(/\bhasTemplate\b|\bhasUnresolvedTemplate\b/.test(source), `${id} checks templates by hand; ctx.setting and the model do`).toBe(false);
    expect(/\bmessage:\s*[`'"]/.test(source), `${id} writes a message outside meta.messages`).toBe(false);
  });
  it.each([...sources.entries()])('%s declares every fact it reads', (id, source) => {
    const rule = allRules.find((r) => r.meta.id === id);
    const declared = new Set(rule?.meta.facts ?? []);
    const reads: [RegExp, string][] = [
      [/ctx\.javaVersion|facts\.javaVersion/, 'javaVersion'],
      [/ctx\.brokerCount|facts\.brokerCount/, 'brokerCount'],
      [/facts\.zookeeperVersion/, 'zookeeperVersion'],
      [/facts\.zookeeperEnsemble/, 'zookeeperEnsemble'],
      [/facts\.kraftQuorum/, 'kraftQuorum'],
    ];
    for (const [pattern, fact] of reads) {
      if (pattern.test(source)) expect(declared.has(fact as never), `${id} reads ${fact} but does not declare it in meta.facts`).toBe(true);
    }
  });
});
