import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFiles } from '../../src/engine/lint-files.js';
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
it('scratch', () => {
  const rows = readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const repos = new Map<string, string[]>();
  for (const [file, repo] of rows) repos.set(repo as string, [...(repos.get(repo as string) ?? []), file as string]);
  const out: string[] = [];
  for (const [repo, files] of repos) {
    if (!files.some((f) => /^(docker-compose|systemd|env|strimzi)\//.test(f))) continue;
    const all = files.map((f) => ({ file: f, text: readFileSync(join(corpus, f), 'utf8') }));
    const primary = all.filter((f) => f.file.startsWith('docker-compose/') || (f.file.startsWith('strimzi/') && /^kind:\s*Kafka\s*$/m.test(f.text)));
    const rest = all.filter((f) => !primary.includes(f));
    const groups = primary.length > 0 ? primary.map((p) => [p, ...rest]) : [all];
    for (const g of groups) {
    const res = lintFiles(g);
    for (const f of res.findings) {
      if (!/^(docker-compose|systemd|env|strimzi)\//.test(f.file ?? '') && !/^(compose|jvm|systemd|strimzi|deploy)\//.test(f.ruleId)) continue;
      if (process.env['SEV'] !== 'all' && f.severity === 'info') continue;
      out.push(`${f.severity} ${f.ruleId} ${(f.file ?? '').replace(/^[^/]+\//, '').slice(0, 50)}:${f.line} ${f.message}`);
    }
    }
  }
  console.log(out.join('\n'));
  console.log('TOTAL', out.length);
});
