import { defineRule } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';
import type { ZooKeeperConfig } from '../../src/model/types.js';

/** The int the catalog read for `key`, when the key is written and readable. */
function written(zk: ZooKeeperConfig, key: string): number | undefined {
  const v = zk.values.get(key)?.value;
  return zk.settings.has(key) && typeof v === 'number' ? v : undefined;
}

export default defineRule({
  meta: {
    id: 'zookeeper/timing',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'Timing settings ZooKeeper refuses (tickTime 0 or negative, minSessionTimeout above maxSessionTimeout) or that work against each other (syncLimit above initLimit, session timeouts below 2 x tickTime, unlimited connections).',
    rationale:
      'ZooKeeper 3.8 fills in minSessionTimeout = 2 x tickTime and maxSessionTimeout = 20 x tickTime when unset, then refuses a minimum above the maximum ("minSessionTimeout must not be larger than maxSessionTimeout"); so maxSessionTimeout=3000 with tickTime=2000 fails, and a negative tickTime fails with the same message; tickTime=0 is refused as "tickTime is not set". It does not check the rest: a syncLimit above initLimit lets a follower lag longer than it may take to sync at all; sessions shorter than 2 ticks can expire between two expiry checks (the Administrator\'s Guide sets 2 x tickTime as the floor); maxClientCnxns=0 (or less) removes the per-address connection limit of 60.',
    fix: 'Keep tickTime=2000, initLimit >= syncLimit (e.g. 10 and 5), minSessionTimeout >= 2 x tickTime <= maxSessionTimeout, and maxClientCnxns at a limit such as 60.',
    references: [
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.parseProperties (tickTime, session timeout defaults and check)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: tickTime, initLimit, syncLimit, minSessionTimeout, maxClientCnxns', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_configuration' },
    ],
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nmaxSessionTimeout=3000\n' },
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=5\nsyncLimit=10\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nmaxSessionTimeout=40000\nmaxClientCnxns=60\n' }],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      const e = zk.effective;
      const tick = written(zk, 'tickTime');
      if (tick !== undefined && tick <= 0) {
        ctx.report({
          entry: zk.settings.get('tickTime')!,
          message:
            tick === 0
              ? 'tickTime=0: ZooKeeper refuses to start ("tickTime is not set"). tickTime is the base time unit in milliseconds; write tickTime=2000.'
              : `tickTime=${tick} is negative: ZooKeeper refuses to start, with the misleading message "minSessionTimeout must not be larger than maxSessionTimeout" (the defaults 2 x and 20 x tickTime turn around). Write tickTime=2000.`,
        });
        continue;
      }
      const min = written(zk, 'minSessionTimeout');
      const max = written(zk, 'maxSessionTimeout');
      const minText = min === undefined || min === -1 ? `the default minSessionTimeout ${e.minSessionTimeout} (2 x tickTime ${e.tickTime})` : `minSessionTimeout=${min}`;
      const maxText = max === undefined || max === -1 ? `the default maxSessionTimeout ${e.maxSessionTimeout} (20 x tickTime ${e.tickTime})` : `maxSessionTimeout=${max}`;
      if (e.minSessionTimeout > e.maxSessionTimeout) {
        ctx.report({
          ...anchorOf(zk, ...(min === undefined || min === -1 ? ['maxSessionTimeout', 'minSessionTimeout'] : ['minSessionTimeout', 'maxSessionTimeout'])),
          message: `${minText.charAt(0).toUpperCase()}${minText.slice(1)} is larger than ${maxText}: ZooKeeper refuses to start ("minSessionTimeout must not be larger than maxSessionTimeout"). Raise maxSessionTimeout to at least ${e.minSessionTimeout}, or lower minSessionTimeout.`,
        });
      } else {
        for (const [key, value] of [['minSessionTimeout', min], ['maxSessionTimeout', max]] as const) {
          if (value === undefined || value === -1 || value >= 2 * e.tickTime) continue;
          ctx.report({
            entry: zk.settings.get(key)!,
            severity: 'warning',
            message: `${key}=${value} is below 2 x tickTime (${2 * e.tickTime} ms): ZooKeeper checks session expiry once per tick, so such short sessions can expire before the client's next heartbeat, and clients (Kafka brokers included) lose their sessions and ephemeral nodes. Use at least ${2 * e.tickTime}.`,
          });
        }
      }
      const init = written(zk, 'initLimit');
      const sync = written(zk, 'syncLimit');
      if (init !== undefined && sync !== undefined && init > 0 && sync > init) {
        ctx.report({
          entry: zk.settings.get('syncLimit')!,
          severity: 'warning',
          message: `syncLimit=${sync} is larger than initLimit=${init}: a follower may lag the leader longer (${sync} ticks) than it may take for its initial sync (${init} ticks), which moves the most data. Keep initLimit >= syncLimit, e.g. initLimit=10 and syncLimit=5.`,
        });
      }
      const cnxns = written(zk, 'maxClientCnxns');
      if (cnxns !== undefined && cnxns <= 0) {
        ctx.report({
          entry: zk.settings.get('maxClientCnxns')!,
          severity: 'info',
          message: `maxClientCnxns=${cnxns} removes the per-address connection limit (default 60): one misbehaving client host can open connections until the server runs out of file descriptors. Set a limit such as maxClientCnxns=60, higher only if many clients share one address (NAT).`,
        });
      }
    }
  },
});
