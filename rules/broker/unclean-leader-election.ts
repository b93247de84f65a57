import { defineRule } from '../../src/engine/rule.js';
import { knownValue } from '../../src/model/settings.js';

export default defineRule({
  meta: {
    id: 'broker/unclean-leader-election',
    category: 'data-loss-risk',
    fileKinds: ['broker'],
    description: 'unclean.leader.election.enable=true lets an out-of-sync replica become leader.',
    rationale:
      'When every in-sync replica of a partition is down, an unclean election makes a lagging replica the leader: the partition comes back sooner, but every acknowledged write that replica had not copied is lost, and consumers may see offsets go backwards. Kafka\'s default is false.',
    fix: 'Remove the line (the default is false); enable it per topic only where availability matters more than the data.',
    references: [{ title: 'Kafka 4.3.1 ReplicationConfigs (unclean.leader.election.enable default false)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/server/config/ReplicationConfigs.java' }],
    messages: {
      enabled: {
        severity: 'warning',
        text: 'unclean.leader.election.enable=true lets a replica that missed writes become leader when all in-sync replicas are down, silently losing acknowledged messages. Remove it (default false) and enable it only per topic where losing data is acceptable.',
      },
    },
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nunclean.leader.election.enable=true\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\nunclean.leader.election.enable=false\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      const read = ctx.setting(broker, 'unclean.leader.election.enable');
      if (read.state !== 'set' || knownValue(read) !== true) continue;
      ctx.report({ entry: read.entry, part: 'value', messageId: 'enabled' });
    }
  },
});
