/**
 * The CLI's fix loop with a stand-in fixable rule (the real fixable rules are tested in
 * fix.test.ts): passes repeat until nothing is left to fix, only the fixed bytes change, and
 * --fix-dry-run changes nothing.
 */
import { describe, it, expect, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineRule } from '../../src/engine/rule.js';
import { documentsWithProperties } from '../../src/model/documents.js';
import { runInProcess } from './harness.js';

vi.mock('../../rules/index.js', () => ({
  allRules: [
    defineRule({
      meta: {
        id: 'fixture/lower-case-key',
        category: 'misread',
        fileKinds: ['broker'],
        description: 'A key with capitals.',
        rationale: 'Test only.',
        fix: 'Lower-case it.',
        references: [{ title: 'test' }],
        messages: { capitals: { severity: 'error', text: "'{{key}}' has capitals." } },
        examples: { bad: [], good: [] },
        fixable: true,
      },
      // Fixes one key per pass, so a file with three needs three passes.
      check(ctx) {
        for (const doc of documentsWithProperties(ctx.cluster)) {
          const bad = doc.properties.entries.filter((e) => e.key !== e.key.toLowerCase());
          bad.forEach((e, i) =>
            ctx.report({
              entry: e,
              messageId: 'capitals',
              data: { key: e.key },
              ...(i === 0 ? { fix: [{ file: e.file, start: e.keySpan.start, end: e.keySpan.end, text: e.key.toLowerCase() }] } : {}),
            }),
          );
        }
      },
    }),
  ],
}));

const original = Buffer.from('# caf\u00e9\r\nbroker.id=1\r\nLog.Dirs=/data\r\nlisteners=PLAINTEXT://:9092\r\nNUM.partitions=3\r\nZookeeper.connect=zk:2181', 'utf8');

describe('the fix loop', () => {
  it('--fix applies fixes over several passes, byte-exact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-fixloop-'));
    try {
      writeFileSync(join(dir, 'server.properties'), original);
      const dry = await runInProcess(['.', '--fix-dry-run'], { cwd: dir });
      expect(Buffer.compare(readFileSync(join(dir, 'server.properties')), original)).toBe(0);
      expect(dry.stdout).toContain('-Log.Dirs=/data\r\n+log.dirs=/data\r\n');
      expect(dry.stderr).toBe('kafka-lint: would fix 3 problems in 1 file\n');

      const run = await runInProcess(['.', '--fix', '--format', 'json'], { cwd: dir });
      expect(run.stderr).toBe('kafka-lint: fixed 3 problems in 1 file\n');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)[0].messages).toEqual([]);
      expect(readFileSync(join(dir, 'server.properties'))).toEqual(
        Buffer.from('# caf\u00e9\r\nbroker.id=1\r\nlog.dirs=/data\r\nlisteners=PLAINTEXT://:9092\r\nnum.partitions=3\r\nzookeeper.connect=zk:2181', 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
