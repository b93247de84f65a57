import { defineRule } from '../../src/engine/rule.js';
import { distinctVoterListings, dynamicQuorumControllers, fileList, quorumMath } from '../../src/model/kraft.js';

const KRAFT_DOCS = { title: 'Apache Kafka 4.2 documentation: KRaft, Controllers', url: 'https://kafka.apache.org/42/operations/kraft' };

/** The odd sizes to move to: the neighbours of `n` within the 3 or 5 the Kafka docs advise. */
function oddSizes(n: number): string {
  const sizes = [n - 1, n + 1].filter((k) => k >= 3 && k <= 5);
  return sizes.length > 0 ? sizes.join(' or ') : '5';
}

/** The message data of an even quorum of `n`. */
function quorumData(n: number): { n: number; majority: number; tolerated: number; fewer: number; odd: string } {
  return { n, ...quorumMath(n), fewer: n - 1, odd: oddSizes(n) };
}

const ADVICE = 'the quorum needs {{majority}} of {{n}} to elect a leader and commit metadata, so it can lose {{tolerated}} of them, no more than a quorum of {{fewer}} could, while one more machine can fail';

export default defineRule({
  meta: {
    id: 'kraft/even-controller-quorum',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'The KRaft controller quorum has an even number of voters.',
    rationale:
      'The controllers elect a leader and commit metadata by majority, exactly as a ZooKeeper ensemble does: a quorum of 2n voters needs n+1 of them and survives n-1 failures, the same as 2n-1 voters, with one more machine that can fail. The Kafka documentation sizes the quorum at 3 or 5 controllers.',
    fix: 'List an odd number of voters in controller.quorum.voters (3 survives one failure, 5 survives two), the same list on every node; for a dynamic quorum, run an odd number of controllers.',
    references: [
      KRAFT_DOCS,
      { title: 'KIP-595: A Raft Protocol for the Metadata Quorum', url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-595%3A+A+Raft+Protocol+for+the+Metadata+Quorum' },
    ],
    messages: {
      'even-voters': {
        severity: 'warning',
        text: `controller.quorum.voters lists {{n}} voters (ids {{ids}}): ${ADVICE}. List {{odd}} voters.`,
      },
      'even-controllers': {
        severity: 'warning',
        text: `This cluster runs {{n}} controllers ({{files}}): ${ADVICE}. Run {{odd}} controllers.`,
      },
    },
    examples: {
      bad: [{
        file: 'controller.properties',
        text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093,4@c4:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
      }],
      good: [{
        file: 'controller.properties',
        text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
      }],
    },
  },
  check(ctx) {
    for (const listing of distinctVoterListings(ctx.cluster)) {
      const n = listing.voters.size;
      if (n % 2 !== 0) continue;
      ctx.report({ entry: listing.entry, part: 'value', messageId: 'even-voters', data: { ...quorumData(n), ids: [...listing.voters.keys()].join(', ') } });
    }
    const controllers = dynamicQuorumControllers(ctx.cluster);
    const first = controllers?.[0];
    const read = first && ctx.setting(first, 'process.roles');
    const roles = read?.state === 'set' ? read.entry : undefined;
    if (controllers && controllers.length % 2 === 0 && roles) {
      const n = controllers.length;
      ctx.report({ entry: roles, part: 'value', messageId: 'even-controllers', data: { ...quorumData(n), files: fileList(controllers) } });
    }
  },
});
