import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'kraft/combined-mode',
    category: 'advice',
    fileKinds: ['broker'],
    facts: ['brokerCount'],
    description: 'Nodes of a cluster of more than one node run process.roles=broker,controller (combined mode).',
    rationale:
      'A combined node runs a broker and a controller in one JVM: a broker under load (disk, GC pauses, network) slows or stops the controller with it, and the controllers cannot be rolled or scaled apart from the brokers. The Apache Kafka documentation (KRaft, Process Roles) calls combined servers simpler for small uses such as development, and does not recommend them for critical deployments. A single-node cluster is not reported.',
    fix: 'Run dedicated controllers (process.roles=controller, 3 or 5 of them) and brokers with process.roles=broker.',
    references: [{ title: 'Apache Kafka 4.2 documentation: KRaft, Process Roles', url: 'https://kafka.apache.org/42/operations/kraft' }],
    messages: {
      'combined-mode': {
        severity: 'info',
        text: 'This node{{others}} of this cluster of {{nodes}} {{verb}} broker and controller in one process (combined mode): broker load then slows or stops the controller, and controllers cannot be rolled or scaled apart. The Kafka documentation advises against combined mode for critical deployments; run dedicated controllers (process.roles=controller) and brokers (process.roles=broker).',
      },
    },
    examples: {
      bad: [{
        file: 'kafka1/server.properties',
        text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093,2@kafka2:9093,3@kafka3:9093\n',
        cluster: [
          { file: 'kafka2/server.properties', text: 'process.roles=broker,controller\nnode.id=2\ncontroller.quorum.voters=1@kafka1:9093,2@kafka2:9093,3@kafka3:9093\n' },
          { file: 'kafka3/server.properties', text: 'process.roles=broker,controller\nnode.id=3\ncontroller.quorum.voters=1@kafka1:9093,2@kafka2:9093,3@kafka3:9093\n' },
        ],
      }],
      good: [
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\n' },
        {
          file: 'controller1/controller.properties',
          text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\n',
          cluster: [{ file: 'broker4/broker.properties', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\n' }],
        },
      ],
    },
  },
  check(ctx) {
    const combined = ctx.cluster.brokers.filter((b) => b.roles.includes('broker') && b.roles.includes('controller'));
    const count = ctx.brokerCount;
    const nodes = Math.max(ctx.cluster.brokers.length, count.value ?? 0);
    const first = combined[0];
    const read = first && ctx.setting(first, 'process.roles');
    const roles = read?.state === 'set' ? read.entry : undefined;
    if (!roles || nodes < 2) return;
    const others = combined.length - 1;
    ctx.report({
      entry: roles,
      part: 'value',
      messageId: 'combined-mode',
      data: {
        others: others > 0 ? ` and ${others} other${others === 1 ? '' : 's'}` : '',
        // Without a known broker count, the nodes in view are a lower bound.
        nodes: `${count.known ? '' : 'at least '}${nodes} nodes`,
        verb: others > 0 ? 'run' : 'runs',
      },
    });
  },
});
