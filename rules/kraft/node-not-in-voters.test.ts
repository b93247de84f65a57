import { ruleTester } from '../../test/rule-tester.js';
import rule from './node-not-in-voters.js';

const node = (roles: string, id: number, voters: string) =>
  `process.roles=${roles}\nnode.id=${id}\ncontroller.quorum.voters=${voters}\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n`;
const V3 = '1@c1:9093,2@c2:9093,3@c3:9093';

ruleTester(rule, {
  valid: [
    { name: 'controller among the voters', text: node('controller', 2, V3) },
    { name: 'combined node among the voters', text: node('broker,controller', 3, V3) },
    { name: 'a broker-only node is no voter', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\n' },
    { name: 'an empty voter list (dynamic quorum) is fine', text: 'process.roles=controller\nnode.id=4\ncontroller.quorum.voters=\ncontroller.quorum.bootstrap.servers=c1:9093\n' },
    { name: 'broker.id stands for node.id', text: 'process.roles=controller\nbroker.id=1\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\n' },
    { name: 'a templated list is not judged', text: node('controller', 4, '{{ voters }}') },
  ],
  invalid: [
    {
      name: 'controller missing from the voters',
      text: node('controller', 4, V3),
      findings: [{
        line: 3, column: 26, severity: 'error', key: 'controller.quorum.voters',
        message: 'This node runs the controller role as node.id=4, but controller.quorum.voters lists only ids 1, 2, 3: Kafka 4.4 refuses to start it (the node id 4 must be included in the set of voters). Add 4@<host>:<controller port> to the voters on every node, or correct node.id.',
      }],
    },
    {
      name: 'the id was dropped by a repeated voter id',
      text: node('broker,controller', 2, '1@c1:9093,1@c2:9093'),
      options: { kafkaVersion: '3.9' },
      findings: [{
        line: 3,
        message: 'This node runs the controller role as node.id=2, but controller.quorum.voters lists only ids 1: Kafka 3.9 refuses to start it (the node id 2 must be included in the set of voters). Add 2@<host>:<controller port> to the voters on every node, or correct node.id, or set process.roles=broker if this node is not meant to be a controller.',
      }],
    },
  ],
});
