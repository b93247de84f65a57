import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './invalid-value.js';

const kraft = 'process.roles=broker,controller\nnode.id=1\n';
const FIXTURES = 'rules/broker/invalid-value';
const ASSUMED_44 = ' kafka-lint assumed Kafka 4.4 (the newest release kafka-lint knows); state it with --kafka-version or "kafkaVersion" in kafka-lint.config.json.';
const codec = (key: string, value: number, v: string) =>
  `${key}=${value} is not a compression codec id: Kafka reads it with CompressionType.forId, which knows 0 (none), 1 (gzip), 2 (snappy), 3 (lz4) and 4 (zstd). Use one of those. Kafka ${v} refuses to start: "Unknown compression type id: ${value}"`;
const classValue = (value: string, key: string, v: string) =>
  `Invalid value '${value}' for '${key}': Kafka expects a fully qualified Java class name (package.Class), and cannot load this one. Kafka ${v} refuses to start.`;
const CONSUMER_4X = 'uniform or range, or the class name of a ConsumerGroupPartitionAssignor';
const CONSUMER_39 = 'the class name of a ConsumerGroupPartitionAssignor (short names came in Kafka 4.0), e.g. org.apache.kafka.coordinator.group.assignor.UniformAssignor';
const unknownAssignor = (key: string, name: string, accepted: string, v: string) =>
  `${key} lists '${name}', which is neither a built-in assignor nor a class name Kafka can load; write ${accepted}. Kafka ${v} refuses to start: "Class ${name} cannot be found"`;
const clientAssignor = (accepted: string, v: string) =>
  `group.consumer.assignors lists org.apache.kafka.clients.consumer.CooperativeStickyAssignor, the consumer's own partition assignor, not a ConsumerGroupPartitionAssignor: the broker can load the class but cannot use it, so Kafka ${v} refuses to start. Write ${accepted}; consumers choose their own assignor in their configuration.`;

ruleTester(rule, {
  valid: [
    {
      name: 'a Strimzi config with YAML 1.1 booleans, which Kubernetes reads as true and false', file: 'kafka.yaml',
      text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: shop\nspec:\n  kafka:\n    replicas: 3\n    config:\n      auto.create.topics.enable: no\n      unclean.leader.election.enable: Off\n',
    },
    { name: 'values of their type, trimmed as ConfigDef trims them', text: `${kraft}num.partitions= 6 \nauto.create.topics.enable=FALSE\nlog.cleanup.policy=compact, delete\nlog.retention.hours=+168\n` },
    { name: 'log.segment.bytes of 1 MiB in 4.x', text: `${kraft}log.segment.bytes=1048576\n` },
    { name: 'a repeated role before 4.2 is broker/startup-constraints\' finding', text: 'process.roles=broker,broker\nnode.id=1\n', options: { kafkaVersion: '4.1' } },
    { name: 'log.segment.bytes of 1 KiB in 3.9', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlog.segment.bytes=1024\n', options: { kafkaVersion: '3.9' } },
    { name: 'an empty log.dirs element before 4.2 (a STRING that Csv.parseCsvList splits, dropping it)', text: `${kraft}log.dirs=/data/a,,/data/b\n`, options: { kafkaVersion: '4.0' } },
    { name: 'templates and placeholders are not judged', text: `${kraft}num.partitions=\${PARTITIONS}\nbroker.id=%ID%\nlog.retention.hours={{ retention }}\nmessage.max.bytes=@max-bytes@\n` },
    { name: 'a class name Kafka could load', text: `${kraft}principal.builder.class=com.example.kafka.MyPrincipalBuilder\n` },
    { name: 'case-insensitive enumerations', text: `${kraft}group.consumer.migration.policy=Upgrade\n` },
    { name: 'a 3.9 short metadata version', text: 'broker.id=1\nzookeeper.connect=zk1:2181\ninter.broker.protocol.version=3.9\nlog.message.format.version=2.8\n', options: { kafkaVersion: '3.9' } },
    // Issue 13: the good twin of the values Kafka refuses after ConfigDef.
    { name: 'codec ids, assignors and classes Kafka accepts (4.0)', files: fixtureFiles(`${FIXTURES}/refused-after-configdef-fixed`), options: { kafkaVersion: '4.0' } },
    { name: 'codec ids, assignors and classes Kafka accepts (4.3)', files: fixtureFiles(`${FIXTURES}/refused-after-configdef-fixed`), options: { kafkaVersion: '4.3' } },
    { name: 'class names of assignors in 3.9', text: 'broker.id=1\nzookeeper.connect=zk1:2181\ngroup.consumer.assignors=org.apache.kafka.coordinator.group.assignor.UniformAssignor,org.apache.kafka.coordinator.group.assignor.RangeAssignor\n', options: { kafkaVersion: '3.9' } },
  ],
  invalid: [
    {
      name: 'a unit on an INT', text: `${kraft}log.segment.bytes=1GB\n`,
      findings: [{
        messageId: 'invalid-value', line: 3, column: 19, severity: 'error', key: 'log.segment.bytes',
        message: "Invalid value '1GB' for 'log.segment.bytes': Kafka expects a whole number from -2147483648 to 2147483647 (INT), written as plain digits without units or separators. Kafka 4.4 refuses to start.",
      }],
    },
    {
      name: 'INT overflow', text: `${kraft}message.max.bytes=4294967296\n`,
      findings: [{ messageId: 'invalid-value', line: 3, column: 19, message: "Invalid value '4294967296' for 'message.max.bytes': Kafka expects a whole number from -2147483648 to 2147483647 (INT), written as plain digits without units or separators. Kafka 4.4 refuses to start." }],
    },
    {
      name: 'a boolean written yes', text: `${kraft}auto.create.topics.enable=yes\n`,
      findings: [{ messageId: 'invalid-value', line: 3, column: 27, message: "Invalid value 'yes' for 'auto.create.topics.enable': Kafka expects true or false (in any case). Kafka 4.4 refuses to start." }],
    },
    {
      name: 'the version decides: log.segment.bytes minimum 1 MiB from 4.0', text: `${kraft}log.segment.bytes=1024\n`, options: { kafkaVersion: '4.0' },
      findings: [{ messageId: 'invalid-value', line: 3, column: 19, severity: 'error', message: "Invalid value '1024' for 'log.segment.bytes': the value must be at least 1048576. Kafka 4.0 refuses to start (Kafka 3.9 accepts it)." }],
    },
    {
      name: 'the same with the version assumed: a warning that says what was assumed', text: `${kraft}log.segment.bytes=1024\n`,
      findings: [{ messageId: 'invalid-value', line: 3, column: 19, severity: 'warning', message: `Invalid value '1024' for 'log.segment.bytes': the value must be at least 1048576. Kafka 4.4 refuses to start (Kafka 3.9 accepts it).${ASSUMED_44}` }],
    },
    {
      name: 'an enumerated string is case-sensitive', text: `${kraft}log.message.timestamp.type=createtime\n`,
      findings: [{ messageId: 'invalid-value', line: 3, column: 28, message: "Invalid value 'createtime' for 'log.message.timestamp.type': the value must be one of: CreateTime, LogAppendTime (case-sensitive). Kafka 4.4 refuses to start." }],
    },
    {
      name: 'a list element outside the allowed set', text: 'process.roles=broker,contoller\nnode.id=1\n',
      findings: [{ messageId: 'invalid-value', line: 1, column: 15, message: "Invalid value 'broker,contoller' for 'process.roles': 'contoller' is not allowed; each element must be one of: broker, controller (case-sensitive). Kafka 4.4 refuses to start." }],
    },
    {
      name: 'the version decides: an empty list element refused from 4.2', text: 'process.roles=broker,controller,\nnode.id=1\n', options: { kafkaVersion: '4.2' },
      findings: [{ messageId: 'invalid-value', line: 1, column: 15, message: "Invalid value 'broker,controller,' for 'process.roles': the list has an empty element (two commas in a row, or a leading or trailing comma). Kafka 4.2 refuses to start." }],
    },
    {
      name: 'the version decides: an empty log.dirs element refused from 4.2', text: `${kraft}log.dirs=/data/a,,/data/b\n`, options: { kafkaVersion: '4.2' },
      findings: [{ messageId: 'invalid-value', line: 3, column: 10, message: "Invalid value '/data/a,,/data/b' for 'log.dirs': the list has an empty element (two commas in a row, or a leading or trailing comma). Kafka 4.2 refuses to start (Kafka 3.9, 4.0, 4.1 accept it)." }],
    },
    {
      name: 'an empty element is not an allowed role before 4.2 either', text: 'process.roles=broker,controller,\nnode.id=1\n', options: { kafkaVersion: '4.1' },
      findings: [{ messageId: 'invalid-value', line: 1, column: 15, message: "Invalid value 'broker,controller,' for 'process.roles': the list has an empty element, which is not one of: broker, controller. Kafka 4.1 refuses to start." }],
    },
    {
      name: 'the version decides: duplicate roles removed with a warning in 4.2', text: 'process.roles=broker,broker\nnode.id=1\n', options: { kafkaVersion: '4.2' },
      findings: [{ messageId: 'duplicate-list-element', line: 1, column: 15, severity: 'info', message: "'process.roles' lists broker more than once: Kafka 4.2 removes the duplicate and logs a warning. List each value once." }],
    },
    {
      name: 'a composite range', text: `${kraft}compression.gzip.level=12\n`,
      findings: [{ messageId: 'invalid-value', line: 3, column: 24, message: "Invalid value '12' for 'compression.gzip.level': the value must be -1 or between 1 and 9. Kafka 4.4 refuses to start." }],
    },
    {
      name: 'a listener-prefixed override is judged as the key it overrides', text: `${kraft}listener.name.internal.ssl.client.auth=NEED\n`,
      findings: [{ messageId: 'invalid-value', line: 3, column: 40, message: "Invalid value 'NEED' for 'listener.name.internal.ssl.client.auth': the value must be one of: required, requested, none (case-sensitive). Kafka 4.4 refuses to start." }],
    },
    {
      name: 'an unknown 3.9 metadata version', text: 'broker.id=1\nzookeeper.connect=zk1:2181\ninter.broker.protocol.version=3.10\n', options: { kafkaVersion: '3.9' },
      findings: [{ messageId: 'invalid-value', line: 3, column: 31, message: "Invalid value '3.10' for 'inter.broker.protocol.version': '3.10' is not a version Kafka 3.9 knows; write a release such as 3.9 or a full version such as 3.9-IV0. Kafka 3.9 refuses to start." }],
    },
    {
      name: 'a password value is never shown', text: `${kraft}ssl.key.password=hunter2hunter2\nsasl.login.class=hunter2hunter2\n`,
      findings: [{ messageId: 'invalid-value', line: 4, column: 18, message: "Invalid value '(hidden)' for 'sasl.login.class': Kafka expects a fully qualified Java class name (package.Class), and cannot load this one. Kafka 4.4 refuses to start." }],
    },
    // Issue 13: values Kafka refuses that no ConfigDef range shows.
    {
      name: 'codec ids out of 0 to 4, unknown and client assignors, values that name no class (4.3)', files: fixtureFiles(`${FIXTURES}/refused-after-configdef`), options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'unknown-compression-codec', line: 8, column: 33, severity: 'error', message: codec('offsets.topic.compression.codec', 7, '4.3') },
        { messageId: 'unknown-compression-codec', line: 9, column: 49, severity: 'error', message: codec('share.coordinator.state.topic.compression.codec', -1, '4.3') },
        { messageId: 'unknown-assignor', line: 10, column: 26, severity: 'error', message: unknownAssignor('group.consumer.assignors', 'roundrobin', CONSUMER_4X, '4.3') },
        { messageId: 'client-assignor', line: 10, column: 26, severity: 'error', message: clientAssignor(CONSUMER_4X, '4.3') },
        { messageId: 'unknown-assignor', line: 11, column: 23, severity: 'error', message: unknownAssignor('group.share.assignors', 'Simple', 'simple, or the class name of a ShareGroupPartitionAssignor', '4.3') },
        { messageId: 'invalid-value', line: 12, column: 25, severity: 'error', message: classValue('not_a_number', 'principal.builder.class', '4.3') },
        { messageId: 'invalid-value', line: 13, column: 36, severity: 'error', message: classValue('-1', 'sasl.server.callback.handler.class', '4.3') },
      ],
    },
    {
      name: 'the same on 3.9: no share coordinator or share assignors yet, and the short names uniform and range do not exist', files: fixtureFiles(`${FIXTURES}/refused-after-configdef`), options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'unknown-compression-codec', line: 8, column: 33, severity: 'error', message: codec('offsets.topic.compression.codec', 7, '3.9') },
        { messageId: 'unknown-assignor', line: 10, column: 26, severity: 'error', message: unknownAssignor('group.consumer.assignors', 'roundrobin', CONSUMER_39, '3.9') },
        { messageId: 'unknown-assignor', line: 10, column: 26, severity: 'error', message: unknownAssignor('group.consumer.assignors', 'uniform', CONSUMER_39, '3.9') },
        { messageId: 'client-assignor', line: 10, column: 26, severity: 'error', message: clientAssignor(CONSUMER_39, '3.9') },
        { messageId: 'invalid-value', line: 12, column: 25, severity: 'error', message: classValue('not_a_number', 'principal.builder.class', '3.9') },
        { messageId: 'invalid-value', line: 13, column: 36, severity: 'error', message: classValue('-1', 'sasl.server.callback.handler.class', '3.9') },
      ],
    },
    {
      name: 'the same with the version assumed: what only some versions refuse is a warning', files: fixtureFiles(`${FIXTURES}/refused-after-configdef`),
      findings: [
        { messageId: 'unknown-compression-codec', line: 8, column: 33, severity: 'error', message: codec('offsets.topic.compression.codec', 7, '4.4') },
        { messageId: 'unknown-compression-codec', line: 9, column: 49, severity: 'warning', message: `${codec('share.coordinator.state.topic.compression.codec', -1, '4.4')}${ASSUMED_44}` },
        { messageId: 'unknown-assignor', line: 10, column: 26, severity: 'error', message: unknownAssignor('group.consumer.assignors', 'roundrobin', CONSUMER_4X, '4.4') },
        { messageId: 'client-assignor', line: 10, column: 26, severity: 'error', message: clientAssignor(CONSUMER_4X, '4.4') },
        { messageId: 'unknown-assignor', line: 11, column: 23, severity: 'warning', message: `${unknownAssignor('group.share.assignors', 'Simple', 'simple, or the class name of a ShareGroupPartitionAssignor', '4.4')}${ASSUMED_44}` },
        { messageId: 'invalid-value', line: 12, column: 25, severity: 'error', message: classValue('not_a_number', 'principal.builder.class', '4.4') },
        { messageId: 'invalid-value', line: 13, column: 36, severity: 'error', message: classValue('-1', 'sasl.server.callback.handler.class', '4.4') },
      ],
    },
    {
      name: 'the 4.x short names on 3.9', text: 'broker.id=1\nzookeeper.connect=zk1:2181\ngroup.consumer.assignors=uniform,range\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'unknown-assignor', line: 3, column: 26, severity: 'error', message: unknownAssignor('group.consumer.assignors', 'range', CONSUMER_39, '3.9') },
        { messageId: 'unknown-assignor', line: 3, column: 26, severity: 'error', message: unknownAssignor('group.consumer.assignors', 'uniform', CONSUMER_39, '3.9') },
      ],
    },
  ],
});
