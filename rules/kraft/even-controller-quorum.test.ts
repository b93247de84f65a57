import { ruleTester } from '../../test/rule-tester.js';
import rule from './even-controller-quorum.js';

const voters4 = '1@c1:9093,2@c2:9093,3@c3:9093,4@c4:9093';
const controller = (id: number, voters: string) =>
  `process.roles=controller\nnode.id=${id}\ncontroller.quorum.voters=${voters}\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n`;
const dynamic = (id: number) =>
  `process.roles=controller\nnode.id=${id}\ncontroller.quorum.bootstrap.servers=c1:9093,c2:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n`;

ruleTester(rule, {
  valid: [
    { name: 'three voters', text: controller(1, '1@c1:9093,2@c2:9093,3@c3:9093') },
    { name: 'five voters', text: controller(1, '1@c1:9093,2@c2:9093,3@c3:9093,4@c4:9093,5@c5:9093') },
    { name: 'a repeated id counts once (Kafka keeps the last)', text: controller(1, '1@c1:9093,2@c2:9093,3@c3:9093,3@c3:9093') },
    { name: 'an unreadable list is voter-address\'s finding', text: controller(1, '1@c1:9093,2@c2:9093,') },
    { name: 'a templated list is not judged', text: controller(1, '{{ voters }}') },
    { name: 'one file of a dynamic quorum with two bootstrap servers: the other controller may be elsewhere', text: dynamic(1).replace('c1:9093,c2:9093', 'c1:9093,c2:9093,c3:9093') },
  ],
  invalid: [
    {
      name: 'four voters',
      text: controller(1, voters4),
      findings: [{
        messageId: 'even-voters', line: 3, column: 26, severity: 'warning', key: 'controller.quorum.voters',
        message: 'controller.quorum.voters lists 4 voters (ids 1, 2, 3, 4): the quorum needs 3 of 4 to elect a leader and commit metadata, so it can lose 1 of them, no more than a quorum of 3 could, while one more machine can fail. List 3 or 5 voters.',
      }],
    },
    {
      name: 'two voters',
      text: controller(1, '1@c1:9093,2@c2:9093'),
      findings: [{
        messageId: 'even-voters', line: 3, column: 26,
        message: 'controller.quorum.voters lists 2 voters (ids 1, 2): the quorum needs 2 of 2 to elect a leader and commit metadata, so it can lose 0 of them, no more than a quorum of 1 could, while one more machine can fail. List 3 voters.',
      }],
    },
    {
      name: 'six voters: back to the 3 or 5 the Kafka docs advise',
      text: controller(1, '1@c1:9093,2@c2:9093,3@c3:9093,4@c4:9093,5@c5:9093,6@c6:9093'),
      findings: [{
        messageId: 'even-voters', line: 3, column: 26,
        message: 'controller.quorum.voters lists 6 voters (ids 1, 2, 3, 4, 5, 6): the quorum needs 4 of 6 to elect a leader and commit metadata, so it can lose 2 of them, no more than a quorum of 5 could, while one more machine can fail. List 5 voters.',
      }],
    },
    {
      name: 'the same list on four nodes is one finding, on the first',
      files: [1, 2, 3, 4].map((id) => ({ file: `c${id}/controller.properties`, text: controller(id, voters4) })),
      findings: [{
        messageId: 'even-voters', file: 'c1/controller.properties', line: 3, column: 26,
        message: 'controller.quorum.voters lists 4 voters (ids 1, 2, 3, 4): the quorum needs 3 of 4 to elect a leader and commit metadata, so it can lose 1 of them, no more than a quorum of 3 could, while one more machine can fail. List 3 or 5 voters.',
      }],
    },
    {
      name: 'a dynamic quorum of two controllers',
      files: [{ file: 'c1/controller.properties', text: dynamic(1) }, { file: 'c2/controller.properties', text: dynamic(2) }],
      findings: [{
        messageId: 'even-controllers', file: 'c1/controller.properties', line: 1, column: 15,
        message: 'This cluster runs 2 controllers (c1/controller.properties, c2/controller.properties): the quorum needs 2 of 2 to elect a leader and commit metadata, so it can lose 0 of them, no more than a quorum of 1 could, while one more machine can fail. Run 3 controllers.',
      }],
    },
  ],
});
