/**
 * The KRaft clusters of the real-world corpus (../shared/corpus, SOURCES.tsv): each repository's
 * broker and controller .properties files linted together, as one cluster. Every finding of the
 * kraft/* rules below was reviewed by hand against the files; a change here needs the same review.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeConfigBytes } from '../../src/parse/decode.js';
import { lintFiles } from '../../src/index.js';
import type { SourceFile } from '../../src/engine/load.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(join(corpus, 'SOURCES.tsv'));
if (!present) console.warn(`kraft corpus: skipped, ${corpus} is absent (it sits beside the repository in the development setup).`);

/** The corpus's .properties files (templates under the name they render to), grouped by repository. */
function propertiesByRepository(): Map<string, SourceFile[]> {
  const byRepo = new Map<string, SourceFile[]>();
  for (const line of readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').split('\n').slice(1)) {
    const [file, repo, path] = line.split('\t');
    if (!file || !repo || !path || !file.startsWith('kafka-properties/')) continue;
    const { text } = decodeConfigBytes(readFileSync(join(corpus, file)));
    byRepo.set(repo, [...(byRepo.get(repo) ?? []), { file: path.replace(/\.(j2|tpl)$/, ''), text }]);
  }
  return byRepo;
}

/** Every kraft/* finding expected per repository: `severity rule file:line`. */
const EXPECTED: Record<string, string[]> = {
  'Surjith-07/Kraft': [
    // Three combined nodes on one host.
    'info kraft/combined-mode kraft/server-1.properties:4',
    // server-2 lists voters 2 and 3 at the other nodes' broker ports (9094, 9095) instead of their controller ports
    // (9095, 9097). Kafka starts with that (a forward may stand there), so it is an info; the drift between the
    // three files is a warning, since that they form one cluster is the grouping's assumption.
    'info kraft/voter-address kraft/server-2.properties:30',
    'info kraft/voter-address kraft/server-2.properties:30',
    'warning kraft/voters-drift kraft/server-2.properties:30',
  ],
  'kazuki-ma/kafka-without-zookeeper': ['warning kraft/controller-quorum-size server.properties:30'],
  'klc213bk/ats-ib-rest': [
    'info kraft/combined-mode config/kraft/server1.properties:24',
    // Two voters: the quorum needs both.
    'warning kraft/even-controller-quorum config/kraft/server1.properties:30',
  ],
  'kuwar/kafka-ec2': [],
  'minhhungit/kafka-kraft-cluster-docker-compose': ['info kraft/combined-mode config/kafka01/server.properties:24'],
  'onuroner/kafka-with-kerberos': [
    // broker.properties says process.roles=broker, controller with node.id=2, but only 3000 is a voter: Kafka refuses to start it.
    'info kraft/combined-mode broker/broker.properties:3',
    'warning kraft/controller-quorum-size broker/broker.properties:8',
    'error kraft/node-not-in-voters broker/broker.properties:8',
  ],
  'pnkj-kmr/kafka-cluster': ['warning kraft/controller-quorum-size kraft/server.properties:19'],
  'ram-pi/kraft-sbc-playground': ['warning kraft/controller-quorum-size controller.properties:10'],
};

describe.skipIf(!present)('KRaft clusters of the corpus', () => {
  const byRepo = present ? propertiesByRepository() : new Map<string, SourceFile[]>();
  it.each(Object.entries(EXPECTED))('%s', (repo, expected) => {
    const files = byRepo.get(repo);
    expect(files).toBeDefined();
    const result = lintFiles(files ?? []);
    expect(result.findings.filter((f) => f.ruleId.startsWith('internal/'))).toEqual([]);
    const kraft = result.findings.filter((f) => f.ruleId.startsWith('kraft/')).map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}`);
    expect(kraft.sort()).toEqual([...expected].sort());
  });
});
