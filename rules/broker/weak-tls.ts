import { defineRule } from '../../src/engine/rule.js';
import { kafkaKey } from '../../src/catalog/index.js';
import { knownValue } from '../../src/model/settings.js';

const ENDPOINT_KEY = 'ssl.endpoint.identification.algorithm';
const PROTOCOLS_KEY = 'ssl.enabled.protocols';

/** Protocol versions RFC 8996 deprecates (and SSLv3 before them). */
const LEGACY_PROTOCOLS = new Set(['TLSv1', 'TLSv1.1', 'SSLv3']);

/** Who makes the TLS connections a (possibly prefixed) client key configures. */
function whoConnects(key: string, base: string): string {
  if (key === base) return "the broker's own TLS connections (to other brokers and to the controllers)";
  const listener = /^listener\.name\.([^.]+)\./.exec(key)?.[1];
  if (listener !== undefined && key === `listener.name.${listener}.${base}`) return `the connections the broker makes over the ${listener.toUpperCase()} listener`;
  return `the client configured under '${key.slice(0, key.length - base.length)}'`;
}

export default defineRule({
  meta: {
    id: 'broker/weak-tls',
    category: 'security',
    fileKinds: ['broker'],
    description: 'TLS weakened in a broker file: hostname verification turned off (ssl.endpoint.identification.algorithm empty, per listener or for a client prefix; zookeeper.ssl.endpoint.identification.algorithm other than HTTPS in 3.9), or TLSv1, TLSv1.1 or SSLv3 in an enabled-protocols list.',
    rationale:
      'Kafka checks the peer\'s host name against its certificate on every TLS connection it opens as a client (DefaultSslEngineFactory sets ssl.endpoint.identification.algorithm, https by default since Kafka 2.0, on the client SSLEngine). An empty value turns that off: any certificate the truststore trusts is accepted for any host, so whoever holds one (any host certificate of the same internal CA) can sit between two brokers, or between a broker and the controllers, and read or change the traffic. The broker\'s ZooKeeper client in 3.9 verifies host names only when zookeeper.ssl.endpoint.identification.algorithm is HTTPS (KafkaConfig maps any other value to hostnameVerification=false). TLS 1.0 and 1.1 are deprecated by RFC 8996 (weak hashes, no AEAD ciphers); Kafka\'s default is TLSv1.2,TLSv1.3, and current JDKs (8u291, 11.0.11, 16 and later) disable both in java.security, so listing them either does nothing or, on a JVM where someone re-enabled them, lets a client negotiate a broken protocol. This is security advice, so a warning.',
    fix: 'Remove ssl.endpoint.identification.algorithm (or set it to https) wherever it is empty, and give each broker a certificate whose subject alternative names hold the host names it is reached by. Remove ssl.enabled.protocols, or list only TLSv1.2 and TLSv1.3.',
    references: [
      { title: 'Kafka 4.3.0 clients DefaultSslEngineFactory.createSslEngine (endpoint identification set on client engines only)', url: 'https://github.com/apache/kafka/blob/4.3.0/clients/src/main/java/org/apache/kafka/common/security/ssl/DefaultSslEngineFactory.java' },
      { title: 'KIP-294: Enable TLS hostname verification by default (Kafka 2.0)', url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-294+-+Enable+TLS+hostname+verification+by+default' },
      { title: 'Kafka 3.9.0 core/src/main/scala/kafka/server/KafkaConfig.scala (zookeeper.ssl.endpoint.identification.algorithm: hostname verification only for HTTPS)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'RFC 8996: Deprecating TLS 1.0 and TLS 1.1', url: 'https://www.rfc-editor.org/rfc/rfc8996' },
      { title: 'JDK-8202343: Disable TLS 1.0 and 1.1 (JDK 16; 11.0.11, 8u291)', url: 'https://bugs.openjdk.org/browse/JDK-8202343' },
    ],
    messages: {
      'hostname-verification-off': {
        severity: 'warning',
        text: '{{key}} is empty, which turns off TLS hostname verification for {{who}}: a peer presenting any certificate the truststore trusts is accepted whatever host it claims, so anyone holding such a certificate can intercept and change the traffic. Remove the line (the default is https) or set it to https.',
      },
      'zookeeper-hostname-verification-off': {
        severity: 'warning',
        text: "zookeeper.ssl.endpoint.identification.algorithm is {{value}}, not HTTPS, so the broker's TLS connections to ZooKeeper skip hostname verification: a ZooKeeper peer presenting any certificate the truststore trusts is accepted whatever host it claims, so anyone holding such a certificate can intercept and change the cluster's metadata. Remove the line (the default is HTTPS) or set it to HTTPS.",
      },
      'legacy-tls-protocol': {
        severity: 'warning',
        text: "{{key}} enables {{legacy}}: RFC 8996 deprecates TLS 1.0 and 1.1 as broken (SSLv3 is older still), current JDKs refuse these protocols unless java.security is edited, and on a JVM that allows them a client can negotiate them. List only TLSv1.2 and TLSv1.3 (Kafka's default), or remove the line.",
      },
    },
    facts: ['kafkaVersion'],
    examples: {
      bad: [{ file: 'server.properties', text: 'process.roles=broker\nnode.id=4\nssl.endpoint.identification.algorithm=\nssl.enabled.protocols=TLSv1.2,TLSv1.1,TLSv1\n' }],
      good: [{ file: 'server.properties', text: 'process.roles=broker\nnode.id=4\nssl.endpoint.identification.algorithm=https\nssl.enabled.protocols=TLSv1.2,TLSv1.3\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      for (const entry of broker.settings.values()) {
        const key = entry.key;
        const read = ctx.setting(broker, key);
        if (read.state !== 'set') continue;
        if (key === ENDPOINT_KEY || key.endsWith(`.${ENDPOINT_KEY}`)) {
          if (key === `zookeeper.${ENDPOINT_KEY}`) continue;
          if (String(read.value).trim() === '') {
            ctx.report({ entry, messageId: 'hostname-verification-off', data: { key, who: whoConnects(key, ENDPOINT_KEY) } });
          }
        } else if (key === PROTOCOLS_KEY || key.endsWith(`.${PROTOCOLS_KEY}`)) {
          const listed = Array.isArray(read.value) ? read.value : String(read.value).split(',');
          const legacy = listed.map((p) => p.trim()).filter((p) => LEGACY_PROTOCOLS.has(p));
          if (legacy.length > 0) ctx.report({ entry, part: 'value', messageId: 'legacy-tls-protocol', data: { key, legacy: legacy.join(' and ') } });
        }
      }
      // The 3.9 broker's ZooKeeper client, over TLS only when zookeeper.ssl.client.enable=true.
      if (!kafkaKey(`zookeeper.${ENDPOINT_KEY}`, ctx.kafkaVersion) || knownValue(ctx.setting(broker, 'zookeeper.ssl.client.enable')) !== true) continue;
      const zk = ctx.setting(broker, `zookeeper.${ENDPOINT_KEY}`);
      if (zk.state === 'set' && String(zk.value).toUpperCase() !== 'HTTPS') {
        ctx.report({ entry: zk.entry, messageId: 'zookeeper-hostname-verification-off', data: { value: zk.value === '' ? 'empty' : `'${String(zk.value)}'` } });
      }
    }
  },
});
