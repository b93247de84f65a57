import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, hasUnresolvedTemplate } from '../../src/model/broker.js';
import { isDistributed, ownServer, votingServerIds } from '../../src/model/zookeeper.js';
import type { ZooKeeperConfig } from '../../src/model/types.js';

/** Whether a key is written with a value the catalog could not read (zookeeper/invalid-value reports it). */
const unreadable = (zk: ZooKeeperConfig, key: string) => zk.values.get(key)?.error !== undefined || hasUnresolvedTemplate(zk.settings.get(key)?.value ?? '');

/** Whether this server gets a client port: clientPort, secureClientPort, or `;port` on its own server line. */
function hasClientPort(zk: ZooKeeperConfig): boolean | undefined {
  const e = zk.effective;
  if (e.clientPort !== undefined || e.secureClientPort !== undefined) return true;
  if (unreadable(zk, 'clientPort') || unreadable(zk, 'secureClientPort')) return undefined;
  // The dynamic file kafka-lint cannot see may carry this server's ;port.
  if (e.dynamicConfigFile !== undefined) return undefined;
  if (zk.servers.length === 0) return false;
  const own = ownServer(zk);
  if (own) return own.clientPort !== undefined;
  // A myid outside the server list is zookeeper/myid-mismatch's finding.
  if (zk.myid?.id !== undefined) return undefined;
  const withPort = zk.servers.filter((s) => s.clientPort !== undefined).length;
  if (withPort === 0) return false;
  return withPort === zk.servers.length ? true : undefined;
}

export default defineRule({
  meta: {
    id: 'zookeeper/missing-required-key',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'A zoo.cfg without dataDir, an ensemble config without initLimit or syncLimit, or a server with no client port at all.',
    rationale:
      'ZooKeeper 3.8 refuses to start without dataDir ("dataDir is not set"), and an ensemble member without initLimit or syncLimit ("initLimit is not set", "syncLimit is not set"; 0 counts as unset). It also refuses clientPortAddress without clientPort. Without any client port (no clientPort, no secureClientPort and no ;port on the server\'s own server.N line) it starts anyway and only logs "clientPort is not set": the server runs but no client, Kafka included, can connect. Keys are case-sensitive, so clientport=2181 does not count.',
    fix: 'Add the missing key: dataDir=/var/lib/zookeeper (a persistent disk), initLimit=10 and syncLimit=5 for an ensemble, clientPort=2181 (or ;2181 at the end of each server.N line).',
    references: [
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.parseProperties and checkValidity', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.0 ZooKeeperServerMain.runFromConfig (no client listener without a client port address)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/ZooKeeperServerMain.java' },
    ],
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientport=2181\ninitLimit=20\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
      good: [
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=zk2:2888:3888;2181\nserver.3=zk3:2888:3888;2181\n' },
      ],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      const e = zk.effective;
      if (e.dataDir === undefined) {
        ctx.report({
          ...anchorOf(zk, 'dataLogDir'),
          message: 'dataDir is not set: ZooKeeper refuses to start ("dataDir is not set"). Add dataDir= with a directory on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        });
      }
      for (const key of ['dataDir', 'dataLogDir'] as const) {
        const entry = zk.settings.get(key);
        const path = entry?.value.trim();
        // VerifyingFileFactory takes the first two characters of any relative path.
        if (!entry || path === undefined || path.length >= 2 || path.startsWith('/')) continue;
        ctx.report({
          entry,
          message: `${key} is ${path === '' ? 'empty' : `the one-character relative path '${path}'`}: ZooKeeper 3.8 crashes while checking it (StringIndexOutOfBoundsException in its relative-path warning). Write a directory on a persistent disk, e.g. ${key}=${key === 'dataDir' ? '/var/lib/zookeeper' : '/var/lib/zookeeper-txlog'}.`,
        });
      }
      if (isDistributed(zk)) {
        const voters = votingServerIds(zk).length;
        const limits = [
          ['initLimit', 'initLimit=10', 'how many ticks a follower may take to connect to the leader and sync'],
          ['syncLimit', 'syncLimit=5', 'how many ticks a follower may lag behind the leader'],
        ] as const;
        for (const [key, example, meaning] of limits) {
          if (e[key] !== 0 || unreadable(zk, key)) continue;
          const written = zk.settings.get(key);
          ctx.report({
            ...(written ? { entry: written } : { entry: zk.servers[0]?.entry ?? zk.entries[0]! }),
            message: `${key} is ${written ? '0, which ZooKeeper treats as unset' : 'not set'} in an ensemble config (${voters} voting server${voters === 1 ? '' : 's'}): ZooKeeper refuses to start ("${key} is not set"). Add ${example} (${meaning}).`,
          });
        }
      }
      for (const [address, port] of [['clientPortAddress', 'clientPort'], ['secureClientPortAddress', 'secureClientPort']] as const) {
        const entry = zk.settings.get(address);
        if (!entry || unreadable(zk, port) || (port === 'clientPort' ? e.clientPort : e.secureClientPort) !== undefined) continue;
        ctx.report({
          entry,
          message: `${address} is set but ${port} is not: ZooKeeper refuses to start ("${address} is set but ${port} is not set"). Add ${port}=${port === 'clientPort' ? 2181 : 2281}, or delete ${address}.`,
        });
      }
      if (hasClientPort(zk) === false && !zk.settings.has('clientPortAddress')) {
        const misspelt = zk.entries.find((x) => x.key !== 'clientPort' && x.key.toLowerCase() === 'clientport');
        const zero = zk.values.get('clientPort')?.value === 0;
        const note = misspelt ? ` ('${misspelt.key}' does not count: keys are case-sensitive)` : zero ? ' (clientPort=0 means unset)' : '';
        ctx.report({
          ...(misspelt ? { entry: misspelt } : anchorOf(zk, 'clientPort', 'dataDir')),
          message: `No client port: neither clientPort nor a ;port on this server's own server.N line is set${note}, so ZooKeeper starts without listening for clients (it only logs "clientPort is not set") and Kafka cannot connect. Add clientPort=2181.`,
        });
      }
    }
  },
});
