import { defineRule } from '../../src/engine/rule.js';
import { voterListings } from '../../src/model/kraft.js';

const REFUSED = 'This node runs the controller role as node.id={{id}}, but controller.quorum.voters lists only ids {{ids}}: Kafka refuses to start it (the node id {{id}} must be included in the set of voters). Add {{id}}@<host>:<controller port> to the voters on every node, or correct node.id';

export default defineRule({
  meta: {
    id: 'kraft/node-not-in-voters',
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: 'A node runs the KRaft controller role, but its node.id is not among the ids in controller.quorum.voters.',
    rationale:
      "A controller takes part in the quorum under its node.id. When a static voter list is given and that id is not in it, Kafka refuses to start the node (KafkaConfig: \"If process.roles contains the 'controller' role, the node id N must be included in the set of voters\", 3.9 to 4.3). An empty voter list (a dynamic quorum found through controller.quorum.bootstrap.servers) is fine.",
    fix: 'Add this controller to controller.quorum.voters as <node.id>@<host>:<controller port> on every node of the cluster, or correct node.id to the id its voter entry has; a node meant to be a broker only needs process.roles=broker.',
    references: [
      { title: 'Apache Kafka 3.9.0 KafkaConfig.scala validateValues (the same check at 4.0.0 line 645 and 4.3.1 line 580)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/server/KafkaConfig.scala#L921' },
      { title: 'Apache Kafka 4.2 documentation: KRaft, Controllers', url: 'https://kafka.apache.org/42/operations/kraft' },
    ],
    messages: {
      'controller-not-a-voter': {
        severity: 'error',
        text: `${REFUSED}.`,
      },
      'combined-not-a-voter': {
        severity: 'error',
        text: `${REFUSED}, or set process.roles=broker if this node is not meant to be a controller.`,
      },
    },
    examples: {
      bad: [{
        file: 'controller4.properties',
        text: 'process.roles=controller\nnode.id=4\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
      }],
      good: [{
        file: 'controller3.properties',
        text: 'process.roles=controller\nnode.id=3\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
      }],
    },
  },
  check(ctx) {
    for (const { node, entry, voters } of voterListings(ctx.cluster)) {
      const id = node.nodeId;
      if (!node.roles.includes('controller') || id === undefined || voters.has(id)) continue;
      ctx.report({
        entry,
        part: 'value',
        messageId: node.roles.includes('broker') ? 'combined-not-a-voter' : 'controller-not-a-voter',
        data: { id, ids: [...voters.keys()].join(', ') },
      });
    }
  },
});
