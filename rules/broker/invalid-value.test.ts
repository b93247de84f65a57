import { ruleTester } from '../../test/rule-tester.js';
import rule from './invalid-value.js';

const kraft = 'process.roles=broker,controller\nnode.id=1\n';

ruleTester(rule, {
  valid: [
    { name: 'values of their type, trimmed as ConfigDef trims them', text: `${kraft}num.partitions= 6 \nauto.create.topics.enable=FALSE\nlog.cleanup.policy=compact, delete\nlog.retention.hours=+168\n` },
    { name: 'log.segment.bytes of 1 MiB in 4.x', text: `${kraft}log.segment.bytes=1048576\n` },
    { name: 'a repeated role before 4.2 is broker/startup-constraints\' finding', text: 'process.roles=broker,broker\nnode.id=1\n', options: { kafkaVersion: '4.1' } },
    { name: 'log.segment.bytes of 1 KiB in 3.9', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlog.segment.bytes=1024\n' },
    { name: 'an empty log.dirs element before 4.2 (a STRING that Csv.parseCsvList splits, dropping it)', text: `${kraft}log.dirs=/data/a,,/data/b\n`, options: { kafkaVersion: '4.0' } },
    { name: 'templates and placeholders are not judged', text: `${kraft}num.partitions=\${PARTITIONS}\nbroker.id=%ID%\nlog.retention.hours={{ retention }}\n` },
    { name: 'a class name Kafka could load', text: `${kraft}principal.builder.class=com.example.kafka.MyPrincipalBuilder\n` },
    { name: 'case-insensitive enumerations', text: `${kraft}group.consumer.migration.policy=Upgrade\n` },
    { name: 'a 3.9 short metadata version', text: 'broker.id=1\nzookeeper.connect=zk1:2181\ninter.broker.protocol.version=3.9\nlog.message.format.version=2.8\n' },
  ],
  invalid: [
    {
      name: 'a unit on an INT',
      text: `${kraft}log.segment.bytes=1GB\n`,
      findings: [{
        line: 3, column: 19, severity: 'error', key: 'log.segment.bytes',
        message: "Invalid value '1GB' for 'log.segment.bytes': Kafka expects a whole number from -2147483648 to 2147483647 (INT), written as plain digits without units or separators. Kafka 4.4 refuses to start.",
      }],
    },
    {
      name: 'INT overflow',
      text: `${kraft}message.max.bytes=4294967296\n`,
      findings: [{ line: 3, message: /^Invalid value '4294967296' for 'message.max.bytes': Kafka expects a whole number from -2147483648 to 2147483647 \(INT\)/ }],
    },
    {
      name: 'a boolean written yes',
      text: `${kraft}auto.create.topics.enable=yes\n`,
      findings: [{ line: 3, message: "Invalid value 'yes' for 'auto.create.topics.enable': Kafka expects true or false (in any case). Kafka 4.4 refuses to start." }],
    },
    {
      name: 'the version decides: log.segment.bytes minimum 1 MiB from 4.0',
      text: `${kraft}log.segment.bytes=1024\n`,
      options: { kafkaVersion: '4.0' },
      findings: [{ line: 3, message: "Invalid value '1024' for 'log.segment.bytes': the value must be at least 1048576. Kafka 4.0 refuses to start (Kafka 3.9 accepts it)." }],
    },
    {
      name: 'an enumerated string is case-sensitive',
      text: `${kraft}log.message.timestamp.type=createtime\n`,
      findings: [{ line: 3, message: "Invalid value 'createtime' for 'log.message.timestamp.type': the value must be one of: CreateTime, LogAppendTime (case-sensitive). Kafka 4.4 refuses to start." }],
    },
    {
      name: 'a list element outside the allowed set',
      text: 'process.roles=broker,contoller\nnode.id=1\n',
      findings: [{ line: 1, message: "Invalid value 'broker,contoller' for 'process.roles': 'contoller' is not allowed; each element must be one of: broker, controller (case-sensitive). Kafka 4.4 refuses to start." }],
    },
    {
      name: 'the version decides: an empty list element refused from 4.2',
      text: 'process.roles=broker,controller,\nnode.id=1\n',
      options: { kafkaVersion: '4.2' },
      findings: [{
        line: 1,
        message: "Invalid value 'broker,controller,' for 'process.roles': the list has an empty element (two commas in a row, or a leading or trailing comma). Kafka 4.2 refuses to start.",
      }],
    },
    {
      name: 'the version decides: an empty log.dirs element refused from 4.2',
      text: `${kraft}log.dirs=/data/a,,/data/b\n`,
      options: { kafkaVersion: '4.2' },
      findings: [{
        line: 3,
        message: "Invalid value '/data/a,,/data/b' for 'log.dirs': the list has an empty element (two commas in a row, or a leading or trailing comma). Kafka 4.2 refuses to start (Kafka 3.9, 4.0, 4.1 accept it).",
      }],
    },
    {
      name: 'an empty element is not an allowed role before 4.2 either',
      text: 'process.roles=broker,controller,\nnode.id=1\n',
      options: { kafkaVersion: '4.1' },
      findings: [{ line: 1, message: "Invalid value 'broker,controller,' for 'process.roles': the list has an empty element, which is not one of: broker, controller. Kafka 4.1 refuses to start." }],
    },
    {
      name: 'the version decides: duplicate roles removed with a warning in 4.2',
      text: 'process.roles=broker,broker\nnode.id=1\n',
      options: { kafkaVersion: '4.2' },
      findings: [{ line: 1, severity: 'info', message: "'process.roles' lists broker more than once: Kafka 4.2 removes the duplicate and logs a warning. List each value once." }],
    },
    {
      name: 'a composite range',
      text: `${kraft}compression.gzip.level=12\n`,
      findings: [{ line: 3, message: "Invalid value '12' for 'compression.gzip.level': the value must be -1 or between 1 and 9. Kafka 4.4 refuses to start." }],
    },
    {
      name: 'a listener-prefixed override is judged as the key it overrides',
      text: `${kraft}listener.name.internal.ssl.client.auth=NEED\n`,
      findings: [{ line: 3, message: "Invalid value 'NEED' for 'listener.name.internal.ssl.client.auth': the value must be one of: required, requested, none (case-sensitive). Kafka 4.4 refuses to start." }],
    },
    {
      name: 'an unknown 3.9 metadata version',
      text: 'broker.id=1\nzookeeper.connect=zk1:2181\ninter.broker.protocol.version=3.10\n',
      findings: [{ line: 3, message: "Invalid value '3.10' for 'inter.broker.protocol.version': '3.10' is not a version Kafka 3.9 knows; write a release such as 3.9 or a full version such as 3.9-IV0. Kafka 3.9 refuses to start." }],
    },
    {
      name: 'a password value is never shown',
      text: `${kraft}ssl.keystore.password=\nssl.client.auth=maybe\n`,
      findings: [{ line: 4, message: "Invalid value 'maybe' for 'ssl.client.auth': the value must be one of: required, requested, none (case-sensitive). Kafka 4.4 refuses to start." }],
    },
  ],
});
