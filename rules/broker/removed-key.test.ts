import { ruleTester } from '../../test/rule-tester.js';
import rule from './removed-key.js';

const kraft = 'process.roles=broker,controller\nnode.id=1\n';
const zk = 'broker.id=1\nzookeeper.connect=zk1:2181\n';

ruleTester(rule, {
  valid: [
    { name: 'ZooKeeper keys in 3.9', text: `${zk}zookeeper.session.timeout.ms=18000\n` },
    { name: 'the ZooKeeper-mode authorizer in 3.9', text: `${zk}authorizer.class.name=kafka.security.authorizer.AclAuthorizer\n` },
    { name: 'the KRaft authorizer', text: `${kraft}authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\n` },
    { name: 'current keys', text: `${kraft}listeners=PLAINTEXT://:9092\n` },
    { name: 'a templated class is not judged', text: `${kraft}authorizer.class.name={{ authorizer_class }}\n`, options: { kafkaVersion: '4.0' } },
  ],
  invalid: [
    {
      name: 'keys removed in 3.0, with their replacement',
      text: `${zk}port=9092\nadvertised.host.name=kafka1\n`,
      findings: [
        { messageId: 'removed-key', line: 3, column: 1, severity: 'warning', key: 'port', message: "'port' was removed in Kafka 3.0, so Kafka 3.9 ignores it. Use listeners instead." },
        { messageId: 'removed-key', line: 4, column: 1, severity: 'warning', message: "'advertised.host.name' was removed in Kafka 3.0, so Kafka 3.9 ignores it. Use advertised.listeners instead." },
      ],
    },
    {
      name: 'the version decides: zookeeper.* keys are removed in 4.0',
      text: `${kraft}zookeeper.connect=zk1:2181\nzookeeper.metadata.migration.enable=true\n`,
      options: { kafkaVersion: '4.0' },
      findings: [
        { messageId: 'removed-key', line: 3, column: 1, severity: 'warning', message: "'zookeeper.connect' was removed in Kafka 4.0, so Kafka 4.0 ignores it. It only served ZooKeeper mode, which Kafka 4.x does not have: delete it." },
        { messageId: 'removed-key', line: 4, column: 1, severity: 'warning', message: "'zookeeper.metadata.migration.enable' was removed in Kafka 4.0, so Kafka 4.0 ignores it. The ZooKeeper-to-KRaft migration must be finished on 3.9 before moving to 4.x: delete it." },
      ],
    },
    {
      name: 'a key replaced by two',
      text: `${kraft}log.message.timestamp.difference.max.ms=3600000\ninter.broker.protocol.version=3.9\n`,
      findings: [
        { messageId: 'removed-key', line: 3, column: 1, message: "'log.message.timestamp.difference.max.ms' was removed in Kafka 4.0, so Kafka 4.4 ignores it. Use log.message.timestamp.before.max.ms and log.message.timestamp.after.max.ms instead." },
        { messageId: 'removed-key', line: 4, column: 1, message: "'inter.broker.protocol.version' was removed in Kafka 4.0, so Kafka 4.4 ignores it. It is now a cluster feature level, set with kafka-storage.sh format or kafka-features.sh: delete it." },
      ],
    },
    {
      name: 'a removed authorizer class stops the broker (ZooKeeper mode, 3.9 stated)',
      text: `${zk}authorizer.class.name=kafka.security.auth.SimpleAclAuthorizer\n`,
      options: { kafkaVersion: '3.9' },
      findings: [{
        messageId: 'removed-class', line: 3, column: 23, severity: 'error',
        message: 'kafka.security.auth.SimpleAclAuthorizer was removed in Kafka 3.0: Kafka 3.9 cannot load it and does not start. Set authorizer.class.name=kafka.security.authorizer.AclAuthorizer.',
      }],
    },
    {
      name: 'with the version assumed, a removed class is a warning: a 2.x broker still loads it',
      text: `${zk}authorizer.class.name=kafka.security.auth.SimpleAclAuthorizer\n`,
      findings: [{
        messageId: 'removed-class', line: 3, column: 23, severity: 'warning',
        message: 'kafka.security.auth.SimpleAclAuthorizer was removed in Kafka 3.0: Kafka 3.9 cannot load it and does not start. Set authorizer.class.name=kafka.security.authorizer.AclAuthorizer. kafka-lint assumed Kafka 3.9 (ZooKeeper mode, last supported by Kafka 3.9); state it with --kafka-version or "kafkaVersion" in kafka-lint.config.json.',
      }],
    },
    {
      name: 'the version decides: AclAuthorizer is gone in 4.0',
      text: `${kraft}authorizer.class.name=kafka.security.authorizer.AclAuthorizer\n`,
      options: { kafkaVersion: '4.0' },
      findings: [{
        messageId: 'removed-class', line: 3, column: 23, severity: 'error',
        message: 'kafka.security.authorizer.AclAuthorizer was removed in Kafka 4.0: Kafka 4.0 cannot load it and does not start. Set authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer.',
      }],
    },
    {
      name: 'a deprecated key, with its replacement',
      text: `${kraft}remote.log.manager.thread.pool.size=4\n`,
      options: { kafkaVersion: '4.2' },
      findings: [{
        messageId: 'deprecated-key', line: 3, column: 1, severity: 'info',
        message: "'remote.log.manager.thread.pool.size' is deprecated since Kafka 4.2 and will be removed in a later version; use remote.log.manager.follower.thread.pool.size instead.",
      }],
    },
    {
      name: 'AclAuthorizer with the version assumed: only 4.x refuses it, so a warning that says so',
      text: `${kraft}authorizer.class.name=kafka.security.authorizer.AclAuthorizer\n`,
      findings: [{
        messageId: 'removed-class', line: 3, column: 23, severity: 'warning',
        message: 'kafka.security.authorizer.AclAuthorizer was removed in Kafka 4.0: Kafka 4.4 cannot load it and does not start. Set authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer. kafka-lint assumed Kafka 4.4 (the newest release kafka-lint knows); state it with --kafka-version or "kafkaVersion" in kafka-lint.config.json.',
      }],
    },
    {
      name: 'a removed key is judged even when a template fills its value', text: `${kraft}port={{ kafka_port }}\n`, options: { kafkaVersion: '4.0' },
      findings: [{ messageId: 'removed-key', line: 3, column: 1, severity: 'warning', message: "'port' was removed in Kafka 3.0, so Kafka 4.0 ignores it. Use listeners instead." }],
    },
  ],
});
