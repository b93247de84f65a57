import { ruleTester } from '../../test/rule-tester.js';
import rule from './controller-quorum-size.js';

const node = (roles: string, id: number, voters: string) =>
  `process.roles=${roles}\nnode.id=${id}\ncontroller.quorum.voters=${voters}\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n`;
const seven = [1, 2, 3, 4, 5, 6, 7].map((i) => `${i}@c${i}:9093`).join(',');
const SINGLE = 'a single controller: when it stops, no partition leader can be elected, no topic created and no broker registered until it is back (no fault tolerance). Fine on a test machine; run 3 controllers (survives one failure) or 5 (survives two) for anything that must stay up.';

ruleTester(rule, {
  valid: [
    { name: 'three voters', text: node('controller', 1, '1@c1:9093,2@c2:9093,3@c3:9093') },
    { name: 'five voters', text: node('controller', 1, '1@c1:9093,2@c2:9093,3@c3:9093,4@c4:9093,5@c5:9093') },
    { name: 'no voters and no bootstrap servers: nothing to count here', text: 'process.roles=broker\nnode.id=4\n' },
    { name: 'a templated voter list is not counted', text: node('controller', 1, '{{ kafka_voters }}') },
    {
      name: 'a broker of a dynamic quorum alone: its controllers are not among the files',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=c1:9093,c2:9093,c3:9093\n',
    },
  ],
  invalid: [
    {
      name: 'a single voter',
      text: node('broker,controller', 1, '1@localhost:9093'),
      findings: [{ messageId: 'single-voter', line: 3, column: 26, severity: 'warning', message: `controller.quorum.voters lists ${SINGLE}` }],
    },
    {
      name: 'seven voters',
      text: node('controller', 1, seven),
      findings: [{
        messageId: 'too-many-voters', line: 3, column: 26,
        message: 'controller.quorum.voters lists 7 controllers: every metadata commit waits for 4 of them, so each extra voter makes commits slower and adds replication traffic, while 5 already survive 2 failures (these 7 survive 3). Use 3 or 5 controllers, as the Kafka documentation advises.',
      }],
    },
    {
      name: 'a single-node dynamic quorum',
      text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.bootstrap.servers=localhost:9093\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
      findings: [{ messageId: 'single-controller', line: 1, column: 15, message: `This cluster (server.properties) runs ${SINGLE}` }],
    },
  ],
});
