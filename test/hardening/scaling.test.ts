/**
 * Work that grows with the number of things in a run (variables of a compose service, servers
 * of an ensemble, fixes in a file, files in a cluster) takes time linear in that number: each
 * was once a scan of everything per thing. Only CPU-time ratios between sizes 8 times apart are
 * judged (linear: about 8 times; quadratic: 64 times), never an absolute time.
 */
import { describe, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import { applyEdits } from '../../src/engine/fix.js';
import type { TextEdit } from '../../src/core/text.js';
import { expectLinearGrowth } from './timing.js';

describe('time linear in the number of things', () => {
  it('a compose service with many environment variables, half of them set twice', () =>
    expectLinearGrowth('variables', [250, 2000, 16000], (n) => {
      const env = Array.from({ length: n }, (_, i) => `      KAFKA_X_${i % (n / 2)}: "v${i}"`).join('\n');
      return [{ file: 'docker-compose.yml', text: `services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n${env}\n` }];
    }, (files) => lintFiles(files)));

  it('a zoo.cfg with thousands of servers on one host (port-conflict, duplicate-server)', () =>
    expectLinearGrowth('servers', [125, 1000, 8000], (n) => {
      const servers = Array.from({ length: n }, (_, i) => `server.${i + 1}=localhost:${2000 + (i % 3000)}:${3000 + (i % 5000)}`).join('\n');
      return [{ file: 'zoo.cfg', text: `dataDir=/var/lib/zk\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n${servers}\n` }];
    }, (files) => lintFiles(files)));

  it('many fixes in one file, given in file order and in reverse (the overlap check)', () => {
    const fixesOf = (n: number, reverse: boolean) => {
      const text = 'clientport=1\n'.repeat(n);
      const fixes: TextEdit[][] = Array.from({ length: n }, (_, i) => [{ file: 'zoo.cfg', start: i * 13, end: i * 13 + 10, text: 'clientPort' }]);
      if (reverse) fixes.reverse();
      return { target: { bytes: Buffer.from(text), text, encoding: 'utf-8' as const }, fixes };
    };
    for (const reverse of [false, true]) expectLinearGrowth(reverse ? 'fixes in reverse' : 'fixes', [1000, 8000, 64000], (n) => fixesOf(n, reverse), ({ target, fixes }) => applyEdits(target, fixes));
  });

  it('many broker files linted as one cluster', () =>
    expectLinearGrowth('files', [50, 400, 3200], (n) =>
      Array.from({ length: n }, (_, i) => ({ file: `b${i}/server.properties`, text: `broker.id=${i}\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\nlisteners=PLAINTEXT://:9092\nlog.dirs=/data\nnum.partitions=3\n` })),
    (files) => lintFiles(files)));
});
