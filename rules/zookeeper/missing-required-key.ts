import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { knownValue } from '../../src/model/settings.js';
import { anchorOf } from '../../src/model/broker.js';
import { isDistributed, ownServer, votingServerIds } from '../../src/model/zookeeper.js';
import type { ZooKeeperConfig } from '../../src/model/types.js';

/**
 * Whether this server gets a client port: clientPort, secureClientPort, or `;port` on its own
 * server.N line; `undefined` when kafka-lint cannot tell (a template or a dynamic file decides).
 */
function hasClientPort(ctx: RuleContext<string>, zk: ZooKeeperConfig): boolean | undefined {
  for (const key of ['clientPort', 'secureClientPort']) {
    const read = ctx.setting(zk, key);
    if (read.state === 'templated' || read.state === 'invalid') return undefined;
    if (read.state === 'set' && read.value !== 0) return true;
  }
  // The dynamic file kafka-lint cannot see may carry this server's ;port.
  if (zk.effective.dynamicConfigFile !== undefined) return undefined;
  if (zk.servers.length === 0) return false;
  if (zk.servers.some((s) => s.templated)) return undefined;
  const own = ownServer(zk);
  if (own) return own.clientPort !== undefined;
  // A myid outside the server list is zookeeper/myid-mismatch's finding.
  if (zk.myid?.id !== undefined) return undefined;
  const withPort = zk.servers.filter((s) => s.clientPort !== undefined).length;
  if (withPort === 0) return false;
  return withPort === zk.servers.length ? true : undefined;
}

const PERSISTENT = 'Write a directory on a persistent disk, e.g. {{key}}={{example}}.';

export default defineRule({
  meta: {
    id: 'zookeeper/missing-required-key',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'A zoo.cfg without dataDir, an ensemble config without initLimit or syncLimit, or a server with no client port at all.',
    rationale:
      'ZooKeeper 3.8 refuses to start without dataDir ("dataDir is not set"), and an ensemble member without initLimit or syncLimit ("initLimit is not set", "syncLimit is not set"; 0 counts as unset). It also refuses clientPortAddress without clientPort. Without any client port (no clientPort, no secureClientPort and no ;port on the server\'s own server.N line) it starts anyway and only logs "clientPort is not set": the server runs but no client, Kafka included, can connect. Keys are case-sensitive, so clientport=2181 does not count.',
    fix: 'Add the missing key: dataDir=/var/lib/zookeeper (a persistent disk), initLimit=10 and syncLimit=5 for an ensemble, clientPort=2181 (or ;2181 at the end of each server.N line).',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseProperties and checkValidity', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.4 ZooKeeperServerMain.runFromConfig (no client listener without a client port address)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/ZooKeeperServerMain.java' },
    ],
    messages: {
      'no-data-dir': {
        severity: 'error',
        text: 'dataDir is not set: ZooKeeper refuses to start ("dataDir is not set"). Add dataDir= with a directory on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
      },
      'data-dir-crash': {
        severity: 'error',
        text: `{{key}} is {{what}}: ZooKeeper 3.8 crashes while checking it (StringIndexOutOfBoundsException in its relative-path warning). ${PERSISTENT}`,
      },
      'limit-not-set': {
        severity: 'error',
        text: '{{key}} is {{what}} in an ensemble config ({{voters}}): ZooKeeper refuses to start ("{{key}} is not set"). Add {{example}} ({{meaning}}).',
      },
      'address-without-port': {
        severity: 'error',
        text: '{{address}} is set but {{port}} is not: ZooKeeper refuses to start ("{{address}} is set but {{port}} is not set"). Add {{port}}={{example}}, or delete {{address}}.',
      },
      'no-client-port': {
        severity: 'error',
        text: 'No client port: neither clientPort nor a ;port on this server\'s own server.N line is set{{note}}, so ZooKeeper starts without listening for clients (it only logs "clientPort is not set") and Kafka cannot connect. Add clientPort=2181.',
      },
    },
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
      if (!zk.settings.has('dataDir')) ctx.report({ ...anchorOf(zk, 'dataLogDir'), messageId: 'no-data-dir' });
      for (const key of ['dataDir', 'dataLogDir']) {
        const read = ctx.setting(zk, key);
        // VerifyingFileFactory takes the first two characters of any relative path.
        if (read.state !== 'set' || typeof read.value !== 'string' || read.value.length >= 2 || read.value.startsWith('/')) continue;
        ctx.report({
          entry: read.entry,
          messageId: 'data-dir-crash',
          data: { key, what: read.value === '' ? 'empty' : `the one-character relative path '${read.value}'`, example: key === 'dataDir' ? '/var/lib/zookeeper' : '/var/lib/zookeeper-txlog' },
        });
      }
      if (isDistributed(zk)) {
        const voters = votingServerIds(zk).length;
        const limits = [
          ['initLimit', 'initLimit=10', 'how many ticks a follower may take to connect to the leader and sync'],
          ['syncLimit', 'syncLimit=5', 'how many ticks a follower may lag behind the leader'],
        ] as const;
        for (const [key, example, meaning] of limits) {
          const read = ctx.setting(zk, key);
          if (knownValue(read) !== 0) continue;
          ctx.report({
            ...(read.state === 'set' ? { entry: read.entry } : { entry: zk.servers[0]?.entry ?? zk.entries[0]! }),
            messageId: 'limit-not-set',
            data: { key, what: read.state === 'set' ? '0, which ZooKeeper treats as unset' : 'not set', voters: `${voters} voting server${voters === 1 ? '' : 's'}`, example, meaning },
          });
        }
      }
      for (const [address, port, example] of [['clientPortAddress', 'clientPort', 2181], ['secureClientPortAddress', 'secureClientPort', 2281]] as const) {
        const written = ctx.setting(zk, address);
        const read = ctx.setting(zk, port);
        // A template may leave the address line out; a port it fills in may be anything.
        if (written.state === 'unset' || written.state === 'default' || (written.state === 'templated' && written.entry.conditional) || read.state === 'templated' || read.state === 'invalid') continue;
        if (read.state === 'set' && read.value !== 0) continue;
        ctx.report({ entry: written.entry, messageId: 'address-without-port', data: { address, port, example } });
      }
      if (hasClientPort(ctx, zk) === false && !zk.settings.has('clientPortAddress')) {
        const misspelt = zk.entries.find((x) => x.key !== 'clientPort' && x.key.toLowerCase() === 'clientport');
        const zero = knownValue(ctx.setting(zk, 'clientPort')) === 0;
        const note = misspelt ? ` ('${misspelt.key}' does not count: keys are case-sensitive)` : zero ? ' (clientPort=0 means unset)' : '';
        ctx.report({ ...(misspelt ? { entry: misspelt } : anchorOf(zk, 'clientPort', 'dataDir')), messageId: 'no-client-port', data: { note } });
      }
    }
  },
});
