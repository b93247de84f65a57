import { ruleTester } from '../../test/rule-tester.js';
import rule from './combined-mode.js';

const V3 = '1@kafka1:9093,2@kafka2:9093,3@kafka3:9093';
const node = (roles: string, id: number) => ({
  file: `kafka${id}/server.properties`,
  text: `process.roles=${roles}\nnode.id=${id}\ncontroller.quorum.voters=${V3}\n`,
});
const ADVICE = 'broker load then slows or stops the controller, and controllers cannot be rolled or scaled apart. The Kafka documentation advises against combined mode for critical deployments; run dedicated controllers (process.roles=controller) and brokers (process.roles=broker).';

ruleTester(rule, {
  valid: [
    { name: 'a single combined node (development)', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\n' },
    { name: 'dedicated roles', files: [node('controller', 1), node('controller', 2), node('controller', 3), node('broker', 4)] },
    { name: 'ZooKeeper mode', files: [{ file: 'a/server.properties', text: 'broker.id=1\nzookeeper.connect=zk:2181\n' }, { file: 'b/server.properties', text: 'broker.id=2\nzookeeper.connect=zk:2181\n' }] },
  ],
  invalid: [
    {
      name: 'three combined nodes: one finding',
      files: [node('broker,controller', 1), node('broker,controller', 2), node('broker,controller', 3)],
      findings: [{
        messageId: 'combined-mode', file: 'kafka1/server.properties', line: 1, column: 15, severity: 'info', key: 'process.roles',
        message: `This node and 2 others of this cluster of at least 3 nodes run broker and controller in one process (combined mode): ${ADVICE}`,
      }],
    },
    {
      name: 'one combined node among brokers',
      files: [node('broker', 4), node('controller,broker', 1)],
      findings: [{ messageId: 'combined-mode', file: 'kafka1/server.properties', line: 1, column: 15, message: `This node of this cluster of at least 2 nodes runs broker and controller in one process (combined mode): ${ADVICE}` }],
    },
    {
      name: 'one file, but the cluster has more brokers',
      text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\n',
      options: { brokerCount: 3 },
      findings: [{ messageId: 'combined-mode', line: 1, column: 15, message: `This node of this cluster of 3 nodes runs broker and controller in one process (combined mode): ${ADVICE}` }],
    },
  ],
});
