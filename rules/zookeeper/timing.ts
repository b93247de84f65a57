import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import { anchorOf } from '../../src/model/broker.js';
import type { ZooKeeperConfig } from '../../src/model/types.js';

/** A written int setting, its entry, or why it is not judged: not written, or a template or invalid value. */
function written(ctx: RuleContext<string>, zk: ZooKeeperConfig, key: string): { value: number; entry: ConfigEntry } | 'unknown' | undefined {
  const read = ctx.setting(zk, key);
  if (read.state === 'templated' || read.state === 'invalid') return 'unknown';
  return read.state === 'set' && typeof read.value === 'number' ? { value: read.value, entry: read.entry } : undefined;
}

/** A session timeout as ZooKeeper fills it in: -1 or unset takes its default (2 x or 20 x tickTime). */
const unsetOrMinusOne = (t: ReturnType<typeof written>): boolean => t === undefined || (t !== 'unknown' && t.value === -1);

export default defineRule({
  meta: {
    id: 'zookeeper/timing',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'Timing settings ZooKeeper refuses (tickTime 0 or negative, minSessionTimeout above maxSessionTimeout) or that work against each other (syncLimit above initLimit, session timeouts below 2 x tickTime, unlimited connections).',
    rationale:
      'ZooKeeper 3.8 fills in minSessionTimeout = 2 x tickTime and maxSessionTimeout = 20 x tickTime when unset, then refuses a minimum above the maximum ("minSessionTimeout must not be larger than maxSessionTimeout"); so maxSessionTimeout=3000 with tickTime=2000 fails, and a negative tickTime fails with the same message; tickTime=0 is refused as "tickTime is not set". It does not check the rest: a syncLimit above initLimit lets a follower lag longer than it may take to sync at all; sessions shorter than 2 ticks can expire between two expiry checks (the Administrator\'s Guide sets 2 x tickTime as the floor); maxClientCnxns=0 (or less) removes the per-address connection limit of 60.',
    fix: 'Keep tickTime=2000, initLimit >= syncLimit (e.g. 10 and 5), minSessionTimeout >= 2 x tickTime <= maxSessionTimeout, and maxClientCnxns at a limit such as 60.',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseProperties (tickTime, session timeout defaults and check)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: tickTime, initLimit, syncLimit, minSessionTimeout, maxClientCnxns', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_configuration' },
      { title: 'ZooKeeper 3.4.14, 3.5.10 and 3.9.5 QuorumPeerConfig.parseProperties (the same tickTime and session-timeout checks)', url: 'https://github.com/apache/zookeeper/blob/release-3.9.5/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
    ],
    messages: {
      'tick-time-zero': {
        severity: 'error',
        text: 'tickTime=0: ZooKeeper refuses to start ("tickTime is not set"). tickTime is the base time unit in milliseconds; write tickTime=2000.',
      },
      'tick-time-negative': {
        severity: 'error',
        text: 'tickTime={{tick}} is negative: ZooKeeper refuses to start, with the misleading message "minSessionTimeout must not be larger than maxSessionTimeout" (the defaults 2 x and 20 x tickTime turn around). Write tickTime=2000.',
      },
      'min-above-max': {
        severity: 'error',
        text: '{{min}} is larger than {{max}}: ZooKeeper refuses to start ("minSessionTimeout must not be larger than maxSessionTimeout"). Raise maxSessionTimeout to at least {{minValue}}, or lower minSessionTimeout.',
      },
      'session-below-two-ticks': {
        severity: 'warning',
        text: "{{key}}={{value}} is below 2 x tickTime ({{floor}} ms): ZooKeeper checks session expiry once per tick, so such short sessions can expire before the client's next heartbeat, and clients (Kafka brokers included) lose their sessions and ephemeral nodes. Use at least {{floor}}.",
      },
      'sync-above-init': {
        severity: 'warning',
        text: 'syncLimit={{sync}} is larger than initLimit={{init}}: a follower may lag the leader longer ({{sync}} ticks) than it may take for its initial sync ({{init}} ticks), which moves the most data. Keep initLimit >= syncLimit, e.g. initLimit=10 and syncLimit=5.',
      },
      'unlimited-connections': {
        severity: 'info',
        text: 'maxClientCnxns={{value}} removes the per-address connection limit (default 60): one misbehaving client host can open connections until the server runs out of file descriptors. Set a limit such as maxClientCnxns=60, higher only if many clients share one address (NAT).',
      },
    },
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
      const tick = written(ctx, zk, 'tickTime');
      if (tick !== undefined && tick !== 'unknown' && tick.value <= 0) {
        ctx.report(tick.value === 0 ? { entry: tick.entry, messageId: 'tick-time-zero' } : { entry: tick.entry, messageId: 'tick-time-negative', data: { tick: tick.value } });
        continue;
      }
      const min = written(ctx, zk, 'minSessionTimeout');
      const max = written(ctx, zk, 'maxSessionTimeout');
      // The session timeouts rest on tickTime where they take its defaults.
      if (tick !== 'unknown' && min !== 'unknown' && max !== 'unknown') {
        const minText = unsetOrMinusOne(min) ? `The default minSessionTimeout ${e.minSessionTimeout} (2 x tickTime ${e.tickTime})` : `MinSessionTimeout=${e.minSessionTimeout}`;
        const maxText = unsetOrMinusOne(max) ? `the default maxSessionTimeout ${e.maxSessionTimeout} (20 x tickTime ${e.tickTime})` : `maxSessionTimeout=${e.maxSessionTimeout}`;
        if (e.minSessionTimeout > e.maxSessionTimeout) {
          ctx.report({
            ...anchorOf(zk, ...(unsetOrMinusOne(min) ? ['maxSessionTimeout', 'minSessionTimeout'] : ['minSessionTimeout', 'maxSessionTimeout'])),
            messageId: 'min-above-max',
            data: { min: minText, max: maxText, minValue: e.minSessionTimeout },
          });
        } else {
          for (const [key, t] of [['minSessionTimeout', min], ['maxSessionTimeout', max]] as const) {
            if (t === undefined || t.value === -1 || t.value >= 2 * e.tickTime) continue;
            ctx.report({ entry: t.entry, messageId: 'session-below-two-ticks', data: { key, value: t.value, floor: 2 * e.tickTime } });
          }
        }
      }
      const init = written(ctx, zk, 'initLimit');
      const sync = written(ctx, zk, 'syncLimit');
      if (typeof init === 'object' && typeof sync === 'object' && init.value > 0 && sync.value > init.value) {
        ctx.report({ entry: sync.entry, messageId: 'sync-above-init', data: { sync: sync.value, init: init.value } });
      }
      const cnxns = written(ctx, zk, 'maxClientCnxns');
      if (typeof cnxns === 'object' && cnxns.value <= 0) ctx.report({ entry: cnxns.entry, messageId: 'unlimited-connections', data: { value: cnxns.value } });
    }
  },
});
