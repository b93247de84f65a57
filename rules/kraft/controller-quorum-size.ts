import { defineRule } from '../../src/engine/rule.js';
import { distinctVoterListings, dynamicQuorumControllers, fileList, quorumMath } from '../../src/model/kraft.js';
import type { ConfigEntry } from '../../src/parse/entry.js';

export default defineRule({
  meta: {
    id: 'kraft/controller-quorum-size',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'The KRaft controller quorum has a single voter, or more than five.',
    rationale:
      'One controller is a single point of failure for all metadata: leader elections, topic changes and broker registration stop while it is down. More than five gives no useful extra safety but slows every commit, which must reach a majority. The Kafka documentation: "A Kafka admin will typically select 3 or 5 servers for this role".',
    fix: 'Run 3 controllers (survives one failure) or 5 (survives two), listed in controller.quorum.voters on every node.',
    references: [
      { title: 'Apache Kafka 4.2 documentation: KRaft, Controllers', url: 'https://kafka.apache.org/42/operations/kraft' },
      { title: 'KIP-595: A Raft Protocol for the Metadata Quorum', url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-595%3A+A+Raft+Protocol+for+the+Metadata+Quorum' },
    ],
    messages: {
      'single-controller': {
        severity: 'warning',
        text: '{{what}} a single controller: when it stops, no partition leader can be elected, no topic created and no broker registered until it is back (no fault tolerance). Fine on a test machine; run 3 controllers (survives one failure) or 5 (survives two) for anything that must stay up.',
      },
      'too-many-controllers': {
        severity: 'warning',
        text: '{{what}} {{n}} controllers: every metadata commit waits for {{majority}} of them, so each extra voter makes commits slower and adds replication traffic, while 5 already survive 2 failures (these {{n}} survive {{tolerated}}). Use 3 or 5 controllers, as the Kafka documentation advises.',
      },
    },
    examples: {
      bad: [{
        file: 'server.properties',
        text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
      }],
      good: [{
        file: 'controller.properties',
        text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
      }],
    },
  },
  check(ctx) {
    const judge = (n: number, what: string, entry: ConfigEntry): void => {
      if (n === 1) ctx.report({ entry, part: 'value', messageId: 'single-controller', data: { what } });
      else if (n > 5) ctx.report({ entry, part: 'value', messageId: 'too-many-controllers', data: { what, n, ...quorumMath(n) } });
    };
    for (const listing of distinctVoterListings(ctx.cluster)) judge(listing.voters.size, 'controller.quorum.voters lists', listing.entry);
    const controllers = dynamicQuorumControllers(ctx.cluster);
    const first = controllers?.[0];
    const read = first && ctx.setting(first, 'process.roles');
    const roles = read?.state === 'set' ? read.entry : undefined;
    if (controllers && roles) judge(controllers.length, `This cluster (${fileList(controllers)}) runs`, roles);
  },
});
