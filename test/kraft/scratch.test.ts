import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFiles } from '../../src/engine/lint-files.js';
it('corpus single', () => {
  const dir = '/work/shared/corpus/kafka-properties';
  for (const f of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, f), 'latin1');
    const r = lintFiles([{ file: f, text }]);
    const mine = r.findings.filter((x) => x.ruleId.startsWith('kraft/') || x.ruleId.startsWith('internal/'));
    if (mine.length) console.log(`## ${f} v=${r.kafkaVersion}`);
    for (const x of mine) console.log(`  ${x.severity} ${x.ruleId} :${x.line} ${x.message.slice(0, 200)}`);
  }
});
