import { defineRule } from '../../src/engine/rule.js';
import { distinctVoterListings, dynamicQuorumControllers, fileList, quorumMath } from '../../src/model/kraft.js';
import type { ConfigEntry } from '../../src/parse/entry.js';

const SINGLE = 'when it stops, no partition leader can be elected, no topic created and no broker registered until it is back (no fault tolerance). Fine on a test machine; run 3 controllers (survives one failure) or 5 (survives two) for anything that must stay up.';
const TOO_MANY = 'every metadata commit waits for {{majority}} of them, so each extra voter makes commits slower and adds replication traffic, while 5 already survive 2 failures (these {{n}} survive {{tolerated}}). Use 3 or 5 controllers, as the Kafka documentation advises.';

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
      'single-voter': { severity: 'warning', text: `controller.quorum.voters lists a single controller: ${SINGLE}` },
      'single-controller': { severity: 'warning', text: `This cluster ({{files}}) runs a single controller: ${SINGLE}` },
      'too-many-voters': { severity: 'warning', text: `controller.quorum.voters lists {{n}} controllers: ${TOO_MANY}` },
      'too-many-controllers': { severity: 'warning', text: `This cluster ({{files}}) runs {{n}} controllers: ${TOO_MANY}` },
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
    const judge = (n: number, entry: ConfigEntry, files?: string): void => {
      const data = { n, files: files ?? '', ...quorumMath(n) };
      if (n === 1) ctx.report({ entry, part: 'value', messageId: files === undefined ? 'single-voter' : 'single-controller', data });
      else if (n > 5) ctx.report({ entry, part: 'value', messageId: files === undefined ? 'too-many-voters' : 'too-many-controllers', data });
    };
    for (const listing of distinctVoterListings(ctx.cluster)) judge(listing.voters.size, listing.entry);
    const controllers = dynamicQuorumControllers(ctx.cluster);
    const first = controllers?.[0];
    const read = first && ctx.setting(first, 'process.roles');
    if (controllers && read?.state === 'set') judge(controllers.length, read.entry, fileList(controllers));
  },
});
