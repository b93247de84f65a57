import { ruleTester } from '../../test/rule-tester.js';
import rule from './voters-drift.js';

const V3 = '1@kafka1:9093,2@kafka2:9093,3@kafka3:9093';
const node = (id: number, voters: string) => ({
  file: `kafka${id}/server.properties`,
  text: `process.roles=broker,controller\nnode.id=${id}\ncontroller.quorum.voters=${voters}\n`,
});
const broker = (id: number, servers: string) => ({
  file: `broker${id}/broker.properties`,
  text: `process.roles=broker\nnode.id=${id}\ncontroller.quorum.bootstrap.servers=${servers}\n`,
});
const WHY = 'nodes that disagree on the voters disagree on what a majority is and where each controller is, so elections stall or a controller is never reached. Write the same list on every node:';

ruleTester(rule, {
  valid: [
    { name: 'one node', files: [node(1, V3)] },
    { name: 'same voters in another order, spacing and host case', files: [node(1, V3), node(2, '3@KAFKA3:9093 , 2@kafka2:9093, 1@kafka1:9093')] },
    { name: 'a repeated id whose last entry matches', files: [node(1, V3), node(2, `1@old:9093,${V3}`)] },
    { name: 'an unreadable list is voter-address\'s finding', files: [node(1, V3), node(2, '1@kafka1:9093,')] },
    { name: 'templated lists are not compared', files: [node(1, V3), node(2, '${KAFKA_VOTERS}')] },
    { name: 'lists that share nothing are two clusters linted together', files: [node(1, V3), node(2, '7@other1:9093,8@other2:9093,9@other3:9093')] },
    { name: 'same bootstrap servers', files: [broker(4, 'c1:9093,c2:9093'), broker(5, 'c2:9093, C1:9093')] },
  ],
  invalid: [
    {
      name: 'one node lacks a voter',
      files: [node(1, V3), node(2, V3), node(3, '1@kafka1:9093,2@kafka2:9093')],
      findings: [{
        messageId: 'voters-differ', file: 'kafka3/server.properties', line: 3, column: 26, severity: 'warning', key: 'controller.quorum.voters',
        message: `controller.quorum.voters here differs from the 2 in kafka1/server.properties, kafka2/server.properties (no voter 3@kafka3:9093): ${WHY} ${V3}.`,
      }],
    },
    {
      name: 'a moved port and an extra voter',
      files: [node(1, V3), node(2, '1@kafka1:9093,2@kafka2:9094,3@kafka3:9093,4@kafka4:9093')],
      findings: [{
        messageId: 'voters-differ', file: 'kafka2/server.properties', line: 3, column: 26,
        message: `controller.quorum.voters here differs from the one in kafka1/server.properties (2@kafka2:9094 instead of 2@kafka2:9093, an extra voter 4@kafka4:9093): ${WHY} ${V3}.`,
      }],
    },
    {
      name: 'bootstrap servers that differ',
      files: [broker(4, 'c1:9093,c2:9093,c3:9093'), broker(5, 'c1:9093,c2:9093,c3:9093'), broker(6, 'c1:9093')],
      findings: [{
        messageId: 'bootstrap-servers-differ', file: 'broker6/broker.properties', line: 3, column: 37, severity: 'warning', key: 'controller.quorum.bootstrap.servers',
        message: 'controller.quorum.bootstrap.servers here differs from the 2 in broker4/broker.properties, broker5/broker.properties (no server c2:9093, no server c3:9093): a node finds the quorum only through its own list, so one that names other or fewer controllers is stranded when those are down. Write the same list on every node: c1:9093,c2:9093,c3:9093.',
      }],
    },
  ],
});
