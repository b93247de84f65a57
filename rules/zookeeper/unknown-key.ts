import { defineRule } from '../../src/engine/rule.js';
import { withoutByteOrderMark } from '../../src/model/broker.js';
import { isTemplated } from '../../src/model/settings.js';
import { renameKeyFix, soleSuggestion } from '../../src/model/edits.js';
import { suggestKey, zookeeperKey, zookeeperKeyNames, zookeeperKeyPrefix } from '../../src/catalog/index.js';

/**
 * Keys ZooKeeper reads only as JVM system properties under their own name, while zoo.cfg turns
 * them into `zookeeper.<key>`, and what staying at the default means. Read in 3.4.14, 3.5.10,
 * 3.6.4, 3.8.4 and 3.9.5 (BinaryInputArchive, QuorumPeer, ServerCnxnFactory, Leader, Learner,
 * ZooKeeperServerMain).
 */
const JVM_ONLY: Readonly<Record<string, string>> = {
  'jute.maxbuffer': 'the server keeps its default limit of 1048575 bytes per znode and request, and larger ones still fail',
  'readonlymode.enabled': 'read-only mode stays off: a server cut off from the quorum still refuses clients',
  'java.security.auth.login.config': 'the server gets no JAAS file from it, so SASL logins (clients and quorum) do not work',
  'leader.nodelay': 'the default (true) stays',
  'follower.nodelay': 'the default (true) stays',
  'znode.container.checkIntervalMs': 'the default (one minute) stays',
  'znode.container.maxPerMinute': 'the default (10000) stays',
  'znode.container.maxNeverUsedIntervalMs': 'the default (0, never) stays',
};

/** Keys that no ZooKeeper release (3.4.0 to 3.9) reads, under any name, and what to do instead. */
const READ_BY_NO_RELEASE: Readonly<Record<string, string>> = {
  jaasLoginRenew: 'ZooKeeper renews Kerberos tickets by itself (its login thread refreshes a ticket at about 80% of its lifetime); delete the line',
};

/** The key that guides name for requiring SASL from clients, which no ZooKeeper release reads. */
const REQUIRE_CLIENT_AUTH_SCHEME = 'requireClientAuthScheme';

export default defineRule({
  meta: {
    id: 'zookeeper/unknown-key',
    category: 'misread',
    fileKinds: ['zookeeper'],
    description: 'A zoo.cfg key that configures nothing where it is written: a near miss of a real key (error), a key ZooKeeper reads only as a JVM system property (jute.maxbuffer), a key no release reads (requireClientAuthScheme, jaasLoginRenew), or any other key nothing reads.',
    rationale:
      'QuorumPeerConfig.parseProperties turns every key it does not know into the system property zookeeper.<key>, without a log line. A misspelt key such as clientport therefore leaves the real setting unset (no client port at all). Some keys are read, but only as JVM system properties under their own name: jute.maxbuffer in zoo.cfg sets zookeeper.jute.maxbuffer, which nothing reads (the Administrator\'s Guide: "There is no zookeeper prefix on it"), so the 1 MB limit stays. Others are read by no ZooKeeper release at all, whatever their name: requireClientAuthScheme=sasl, which guides (Confluent Platform 5.x, blog posts) give as the way to require SASL from clients, enforces nothing, and clients without SASL still connect; jaasLoginRenew does nothing either. Checked against the source of ZooKeeper 3.4.0, 3.4.14, 3.5.10, 3.6.4, 3.7.2, 3.8.4 and 3.9.5.',
    fix: 'Correct the spelling to the suggested key (keys are case-sensitive). Pass JVM-only properties as -D flags (SERVER_JVMFLAGS for zkServer.sh, KAFKA_OPTS for Kafka\'s zookeeper-server-start.sh and the cp-zookeeper image). To require SASL from clients, write sessionRequireClientSASLAuth=true (ZooKeeper 3.5.9, 3.6 and later) or enforce.auth.enabled=true with enforce.auth.schemes=sasl (3.7 and later). Delete keys nothing reads. `--fix` corrects a misspelt key when the suggestion is the only key near it, the key is written without escapes, and the file does not set the suggested key already (renaming would then change which value wins).',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseProperties (unknown keys become zookeeper.<key>)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.4 BinaryInputArchive (reads the JVM property jute.maxbuffer, default 0xfffff)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-jute/src/main/java/org/apache/jute/BinaryInputArchive.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: jute.maxbuffer ("can only be set as a Java system property. There is no zookeeper prefix on it"), sessionRequireClientSASLAuth, enforce.auth.enabled', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#Unsafe+Options' },
      { title: 'ZooKeeper 3.8.4 AuthenticationHelper (zookeeper.sessionRequireClientSASLAuth, zookeeper.enforce.auth.enabled and .schemes)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/AuthenticationHelper.java' },
      { title: 'ZooKeeper 3.8.4 Login (Kerberos ticket refresh at 80% of its lifetime)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/Login.java' },
      { title: 'Confluent Platform 5.2 docs, ZooKeeper Security: "requireClientAuthScheme=sasl" given as the way to require SASL (ZooKeeper does not read it)', url: 'https://docs.confluent.io/legacy/platform/5.2.4/security/zk-security.html' },
      { title: 'ZooKeeper Administrator\'s Guide: configuration parameters', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_configuration' },
    ],
    messages: {
      misspelt: {
        severity: 'error',
        text: "Unknown key '{{key}}': ZooKeeper does not read it (it only becomes the unused system property zookeeper.{{key}}), so the setting you meant stays unset. Did you mean {{suggestion}}?",
      },
      'not-read': {
        severity: 'warning',
        text: "Unknown key '{{key}}': ZooKeeper 3.8/3.9 does not read it; it only becomes the system property zookeeper.{{key}}, which nothing reads. Check the spelling, or delete it.",
      },
      'jvm-property-only': {
        severity: 'warning',
        text: "'{{key}}' in zoo.cfg configures nothing: ZooKeeper reads it only as the JVM system property {{key}}, and zoo.cfg sets zookeeper.{{key}} instead, so {{effect}}. Pass -D{{key}}={{value}} in the server's JVM options (SERVER_JVMFLAGS, or KAFKA_OPTS for zookeeper-server-start.sh and cp-zookeeper) and delete the line.",
      },
      'sasl-not-required': {
        severity: 'warning',
        text: '{{written}} does not make ZooKeeper require SASL: no ZooKeeper release reads requireClientAuthScheme, so clients that skip SASL still connect and can use every znode whose ACL allows anyone. Write sessionRequireClientSASLAuth=true in zoo.cfg (ZooKeeper 3.5.9, 3.6 and later; 3.7 and later also take enforce.auth.enabled=true with enforce.auth.schemes=sasl), and delete this.',
      },
      'read-by-no-release': {
        severity: 'warning',
        text: '{{written}} configures nothing: no ZooKeeper release reads {{key}}. {{instead}}.',
      },
    },
    fixable: true,
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientport=2181\n' },
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nauthProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\nrequireClientAuthScheme=sasl\n' },
      ],
      good: [
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\n4lw.commands.whitelist=srvr,ruok\n' },
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nauthProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\nsessionRequireClientSASLAuth=true\n' },
      ],
    },
  },
  check(ctx) {
    const candidates = zookeeperKeyNames();
    for (const zk of ctx.cluster.zookeeper) {
      for (const entry of zk.settings.values()) {
        const key = withoutByteOrderMark(entry.key);
        // A template may write the key itself; the value may still be templated below.
        if (isTemplated({ ...entry, value: '' })) continue;
        if (key === REQUIRE_CLIENT_AUTH_SCHEME) {
          ctx.report({ entry, messageId: 'sasl-not-required', data: { written: `${key}=${entry.value.trim()}` } });
          continue;
        }
        const noRelease = READ_BY_NO_RELEASE[key];
        if (noRelease !== undefined) {
          ctx.report({ entry, messageId: 'read-by-no-release', data: { written: `'${key}' in zoo.cfg`, key, instead: noRelease } });
          continue;
        }
        const effect = JVM_ONLY[key];
        if (effect !== undefined) {
          ctx.report({ entry, messageId: 'jvm-property-only', data: { key, effect, value: entry.value.trim() } });
          continue;
        }
        if (zookeeperKey(key) || zookeeperKeyPrefix(key)) continue;
        const suggestion = suggestKey(key, candidates);
        if (!suggestion) {
          ctx.report({ entry, messageId: 'not-read', data: { key } });
          continue;
        }
        // Not behind a byte-order mark: with the spelling fixed, the key would still be one nobody reads until the mark goes (properties/encoding).
        const sole = key === entry.key && soleSuggestion(key, candidates) === suggestion;
        const fix = sole ? renameKeyFix(zk, key, suggestion) : undefined;
        ctx.report({ entry, messageId: 'misspelt', data: { key, suggestion }, ...(fix ? { fix } : {}) });
      }
      // The same keys given as -D flags configure nothing either.
      for (const flag of zk.jvm?.flags ?? []) {
        const property = /^-D((?:zookeeper\.)?(\w+))=/.exec(flag.text);
        if (!property) continue;
        // The flag by its name: a value of a key named like jaas... would be hidden as a secret anyway.
        const name = property[1] as string;
        const key = property[2] as string;
        if (key === REQUIRE_CLIENT_AUTH_SCHEME) ctx.report({ entry: flag.entry, messageId: 'sasl-not-required', data: { written: `The JVM flag -D${name}` } });
        else if (READ_BY_NO_RELEASE[key] !== undefined) {
          ctx.report({ entry: flag.entry, messageId: 'read-by-no-release', data: { written: `The JVM flag -D${name}`, key, instead: READ_BY_NO_RELEASE[key] as string } });
        }
      }
    }
  },
});
