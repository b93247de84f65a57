import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './partitions-not-multiple-of-brokers.js';

const FIXTURES = 'rules/broker/partitions-not-multiple-of-brokers';
const SKEW_4_3 = 'Kafka places the leaders of a new topic\'s partitions round-robin from a random broker, so every topic created with this default has 2 leaders on 1 of the brokers and 1 on the rest: 2 times the topic\'s produce and fetch load on the busier ones. Use num.partitions=3 or 6.';
const FOUR_ON_THREE = `num.partitions=4 is not a multiple of the 3 brokers: ${SKEW_4_3}`;
const FOUR_ON_THREE_IN_VIEW = `num.partitions=4 is not a multiple of the 3 brokers in view (kafka-lint assumed they are the whole cluster; if it has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json): ${SKEW_4_3}`;

ruleTester(rule, {
  valid: [
    { name: 'a multiple of 3', text: 'broker.id=1\nnum.partitions=6\n', options: { brokerCount: 3 } },
    { name: 'the shipped num.partitions=1 on three brokers (issue 13: 40 false alarms on the corpus)', files: fixtureFiles(`${FIXTURES}/shipped-default`) },
    { name: 'the default 1, not written', text: 'broker.id=1\n', options: { brokerCount: 3 } },
    { name: 'a single broker file: the count is unknown', text: 'broker.id=1\nnum.partitions=4\n' },
    { name: 'a compose cluster of 3 brokers with 6 partitions', files: fixtureFiles(`${FIXTURES}/compose-six`) },
    { name: 'templated', text: 'broker.id=1\nnum.partitions={{ kafka_partitions }}\n', options: { brokerCount: 3 } },
  ],
  invalid: [
    {
      name: '4 partitions, 3 brokers stated', text: 'broker.id=1\nnum.partitions=4\n', options: { brokerCount: 3 },
      findings: [{ messageId: 'uneven-leaders', line: 2, column: 16, severity: 'warning', message: FOUR_ON_THREE }],
    },
    {
      name: '4 partitions on the 3 brokers of a compose file (a known count)', files: fixtureFiles(`${FIXTURES}/compose-four`),
      findings: [11, 21, 31].map((line) => ({ messageId: 'uneven-leaders', line, column: 29, severity: 'warning' as const, file: 'docker-compose.yml', message: FOUR_ON_THREE })),
    },
    {
      name: '4 partitions on 3 broker files: at least 3 brokers, said so', files: fixtureFiles(`${FIXTURES}/four-on-three`),
      findings: [1, 2, 3].map((i) => ({ messageId: 'uneven-leaders-in-view', line: 7, column: 16, severity: 'warning' as const, file: `kafka${i}/server.properties`, message: FOUR_ON_THREE_IN_VIEW })),
    },
    {
      name: '8 partitions on 3 brokers: two brokers lead one more',
      text: 'broker.id=1\nnum.partitions=8\n', options: { brokerCount: 3 },
      findings: [{
        messageId: 'uneven-leaders', line: 2, column: 16,
        message: 'num.partitions=8 is not a multiple of the 3 brokers: Kafka places the leaders of a new topic\'s partitions round-robin from a random broker, so every topic created with this default has 3 leaders on 2 of the brokers and 2 on the rest: 1.5 times the topic\'s produce and fetch load on the busier ones. Use num.partitions=6 or 9.',
      }],
    },
    {
      name: 'fewer partitions than brokers: parallelism, info',
      text: 'broker.id=1\nnum.partitions=2\n', options: { brokerCount: 5 },
      findings: [{
        messageId: 'fewer-than-brokers', line: 2, column: 16, severity: 'info',
        message: 'num.partitions=2 is below the number of brokers (at least 5): a topic created with this default has its partition leaders on only 2 brokers, and a consumer group reads it with at most 2 consumers. If topics need the whole cluster\'s throughput, set num.partitions to 5 or a multiple of it.',
      }],
    },
  ],
});
