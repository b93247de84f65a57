import { defineRule } from '../../src/engine/rule.js';
import { addTo } from '../../src/core/maps.js';
import { brokerClusters } from '../../src/model/broker.js';
import { fileList } from '../../src/model/kraft.js';
import type { BrokerConfig } from '../../src/model/types.js';

const shown = (chroot: string | undefined) => (chroot === undefined ? 'no chroot' : `'${chroot}'`);

export default defineRule({
  meta: {
    id: 'cluster/inconsistent-chroot',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Brokers of one cluster use different zookeeper.connect chroots (or some use none).',
    rationale:
      'Kafka keeps all cluster metadata under the chroot. Brokers with different chroots register in different znode trees: each chroot is a separate Kafka cluster that shares nothing with the others, so topics, controllers and replicas never meet. Each broker starts, so this is a warning: one ensemble may also serve several Kafka clusters on purpose, one chroot each, and their files may be linted together. A layout that gives each broker of one cluster its own chroot (/kafka001, /kafka002, ...) splits it into one-broker clusters.',
    fix: 'Give every broker of the cluster the same chroot, e.g. zookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka on all of them.',
    references: [
      { title: 'Kafka 3.9.0 KafkaZkClient (the chroot holds all cluster znodes)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/zk/KafkaZkClient.scala' },
      { title: 'Apache Kafka 3.9 documentation: zookeeper.connect and its chroot path', url: 'https://kafka.apache.org/39/documentation.html#brokerconfigs_zookeeper.connect' },
    ],
    messages: {
      'different-chroot': {
        severity: 'warning',
        text: 'This broker uses {{own}} as its ZooKeeper chroot, but {{others}}; brokers with different chroots form separate Kafka clusters that never share topics. Use one chroot on every broker, e.g. {{suggested}}.',
      },
    },
    examples: {
      bad: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka001\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka002\n' }],
      }],
      good: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' }],
      }],
    },
  },
  check(ctx) {
    const brokers = ctx.cluster.brokers.filter((b) => b.zookeeperConnect?.value);
    // Brokers that share no ZooKeeper host talk to different ensembles: not one cluster.
    const groups = brokerClusters(brokers);
    for (const group of groups) {
      const byChroot = new Map<string | undefined, BrokerConfig[]>();
      for (const b of group) {
        const chroot = b.zookeeperConnect?.value?.chroot;
        addTo(byChroot, chroot, b);
      }
      if (byChroot.size < 2) continue;
      const [majority] = [...byChroot].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
      for (const [chroot, members] of byChroot) {
        if (chroot === majority) continue;
        const others = [...byChroot].filter(([c]) => c !== chroot).map(([c, m]) => `${shown(c)} on ${fileList(m)}`).join('; ');
        for (const b of members) {
          ctx.report({ entry: b.zookeeperConnect?.entry, part: 'value', messageId: 'different-chroot', data: { own: shown(chroot), others, suggested: shown(majority ?? '/kafka') } });
        }
      }
    }
  },
});
