import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './weak-tls.js';

const FIXTURES = 'rules/broker/weak-tls';
const noVerification = (key: string, who: string) =>
  `${key} is empty, which turns off TLS hostname verification for ${who}: a peer presenting any certificate the truststore trusts is accepted whatever host it claims, so anyone holding such a certificate can intercept and change the traffic. Remove the line (the default is https) or set it to https.`;
const zookeeperNoVerification = (value: string) =>
  `zookeeper.ssl.endpoint.identification.algorithm is ${value}, not HTTPS, so the broker's TLS connections to ZooKeeper skip hostname verification: a ZooKeeper peer presenting any certificate the truststore trusts is accepted whatever host it claims, so anyone holding such a certificate can intercept and change the cluster's metadata. Remove the line (the default is HTTPS) or set it to HTTPS.`;
const legacy = (key: string, protocols: string) =>
  `${key} enables ${protocols}: RFC 8996 deprecates TLS 1.0 and 1.1 as broken (SSLv3 is older still), current JDKs refuse these protocols unless java.security is edited, and on a JVM that allows them a client can negotiate them. List only TLSv1.2 and TLSv1.3 (Kafka's default), or remove the line.`;

ruleTester(rule, {
  valid: [
    // Issue 13: the good twin.
    { name: 'hostname verification on, TLS 1.2 and 1.3 only', files: fixtureFiles(`${FIXTURES}/verified`), options: { kafkaVersion: '4.3' } },
    { name: 'defaults', text: 'process.roles=broker\nnode.id=4\n' },
    { name: 'templated', text: 'process.roles=broker\nnode.id=4\nssl.endpoint.identification.algorithm={{ endpoint_algorithm }}\nssl.enabled.protocols={{ protocols }}\n' },
    { name: 'the 3.9 ZooKeeper client setting does nothing without ZooKeeper TLS', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nzookeeper.ssl.endpoint.identification.algorithm=\n', options: { kafkaVersion: '3.9' } },
  ],
  invalid: [
    // Issue 13: TLS hostname verification off (broker-wide, per listener, for a client prefix) and TLS 1.0/1.1.
    {
      name: 'hostname verification off three ways, TLS 1.0 and 1.1 enabled (4.3)', files: fixtureFiles(`${FIXTURES}/weakened`), options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'hostname-verification-off', line: 13, column: 1, severity: 'warning',
          message: noVerification('ssl.endpoint.identification.algorithm', "the broker's own TLS connections (to other brokers and to the controllers)") },
        { messageId: 'hostname-verification-off', line: 14, column: 1, severity: 'warning',
          message: noVerification('listener.name.internal.ssl.endpoint.identification.algorithm', 'the connections the broker makes over the INTERNAL listener') },
        { messageId: 'hostname-verification-off', line: 15, column: 1, severity: 'warning',
          message: noVerification('rlmm.config.remote.log.metadata.common.client.ssl.endpoint.identification.algorithm', "the client configured under 'rlmm.config.remote.log.metadata.common.client.'") },
        { messageId: 'legacy-tls-protocol', line: 16, column: 23, severity: 'warning', message: legacy('ssl.enabled.protocols', 'TLSv1.1 and TLSv1') },
        { messageId: 'legacy-tls-protocol', line: 17, column: 46, severity: 'warning', message: legacy('listener.name.external.ssl.enabled.protocols', 'TLSv1.1') },
      ],
    },
    {
      name: 'the 3.9 broker\'s ZooKeeper client over TLS without hostname verification', text: 'broker.id=1\nzookeeper.connect=zk1:2182\nzookeeper.ssl.client.enable=true\nzookeeper.ssl.endpoint.identification.algorithm=\nzookeeper.ssl.enabled.protocols=TLSv1.1\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'zookeeper-hostname-verification-off', line: 4, column: 1, severity: 'warning', message: zookeeperNoVerification('empty') },
        { messageId: 'legacy-tls-protocol', line: 5, column: 33, severity: 'warning', message: legacy('zookeeper.ssl.enabled.protocols', 'TLSv1.1') },
      ],
    },
    {
      name: 'any other value than HTTPS turns the ZooKeeper check off (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2182\nzookeeper.ssl.client.enable=true\nzookeeper.ssl.endpoint.identification.algorithm=none\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'zookeeper-hostname-verification-off', line: 4, column: 1, severity: 'warning', message: zookeeperNoVerification("'none'") },
      ],
    },
  ],
});
