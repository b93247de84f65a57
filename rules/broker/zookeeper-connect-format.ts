import { defineRule } from '../../src/engine/rule.js';
import { kafkaKey } from '../../src/catalog/index.js';
import { chrootError, portError, splitZookeeperConnect, type ConnectHostPart } from '../../src/model/zookeeper-connect.js';
import { valueEdit } from '../../src/model/edits.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import type { TextEdit } from '../../src/core/text.js';

/**
 * The fix for a host element with blanks around its port's ':': the element as written, blanks
 * up to its separators included, replaced by host:port without blanks. Certain, because a host
 * name or port never holds a blank: ZooKeeper cannot use the element as it is, and the result is
 * what it was evidently meant to be. None when the port is no port even without the blanks, or
 * for an IPv6 literal.
 */
function hostBlankFix(entry: ConfigEntry, part: ConnectHostPart): TextEdit[] | undefined {
  if (part.text.startsWith('[') || (part.portText !== undefined && portError(part.portText.trim()) !== undefined)) return undefined;
  const edit = valueEdit(entry, part.written.start, part.written.end, `${part.host.trim()}:${part.portText?.trim() ?? ''}`);
  return edit && [edit];
}

export default defineRule({
  meta: {
    id: 'broker/zookeeper-connect-format',
    category: 'misread',
    fileKinds: ['broker'],
    description: 'A zookeeper.connect value that ZooKeeper reads differently from what it looks like, or refuses: blanks around a chroot or a port, a chroot after every host, an invalid chroot path, a bad port.',
    rationale:
      "ZooKeeper's ConnectStringParser takes the chroot from the first '/' to the end, trims host entries but not ports, and validates the chroot as a znode path. So `zk1:2181, zk2:2181 / kafka` silently makes Kafka use a znode named ' kafka', `a:2181/x,b:2181/y` is one host with the chroot '/x,b:2181/y', and `zk1: 2181` stops the broker with a NumberFormatException.",
    fix: "Write hosts as host:port without blanks, separated by commas, and one chroot at the very end: zookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka. `--fix` removes the blanks around a port's ':' (and around that entry's commas), which is certain: no host name or port holds a blank. It leaves a blank inside the chroot for you to remove: brokers that already ran with it keep the cluster's metadata under that znode, and moving them to another chroot would start them on an empty one.",
    fixable: true,
    references: [
      { title: 'ZooKeeper 3.8.4 ConnectStringParser', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/client/ConnectStringParser.java' },
      { title: 'ZooKeeper 3.8.4 PathUtils.validatePath', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/common/PathUtils.java' },
      { title: 'Kafka 3.9.0 KafkaZkClient (chroot from the first /)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/zk/KafkaZkClient.scala' },
    ],
    messages: {
      'blank-in-chroot': {
        severity: 'error',
        text: "zookeeper.connect has blanks in its chroot: ZooKeeper takes everything from the first '/' literally, so Kafka uses the znode '{{chroot}}', not '{{clean}}'. Remove the blanks: {{fixed}}.",
      },
      'chroot-repeated': {
        severity: 'error',
        text: "zookeeper.connect repeats the chroot after several hosts, but the chroot runs from the first '/' to the end, so ZooKeeper sees one host and the chroot '{{chroot}}'. Write the chroot once at the end: host1:2181,host2:2181/kafka.",
      },
      'invalid-chroot': {
        severity: 'error',
        text: "The zookeeper.connect chroot '{{chroot}}' is not a valid znode path (no trailing '/', no '//', no '.' or '..' segments); ZooKeeper refuses it: \"{{error}}\". Write it like /kafka.",
      },
      'blank-at-port': {
        severity: 'error',
        text: "zookeeper.connect entry '{{entry}}' has a blank around the port's ':'; ZooKeeper does not trim {{what}}. Write {{fixed}}.",
      },
      'invalid-port': {
        severity: 'error',
        text: "zookeeper.connect entry '{{entry}}' has the port '{{port}}', which ZooKeeper refuses (\"{{error}}\"); use a port from 1 to 65535 (2181 by default).",
      },
      'no-host': {
        severity: 'error',
        text: 'zookeeper.connect names no host ({{what}}); ZooKeeper refuses it: "A HostProvider may not be empty!". Write host:port[,host:port...][/chroot].',
      },
    },
    facts: ['kafkaVersion'],
    examples: {
      bad: [
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181, zk2:2181, zk3:2181 / kafka\n' },
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181/kafka,zk2:2181/kafka\n' },
      ],
      good: [{ file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181, zk2:2181, zk3:2181/kafka\n' }],
    },
  },
  check(ctx) {
    // Kafka 4.x has no ZooKeeper mode and ignores the key.
    if (!kafkaKey('zookeeper.connect', ctx.kafkaVersion)) return;
    for (const broker of ctx.cluster.brokers) {
      const read = ctx.setting(broker, 'zookeeper.connect');
      if (read.state !== 'set') continue;
      const entry = read.entry;
      const parts = splitZookeeperConnect(entry.value);
      const chroot = parts.chroot;
      // Host entries are trimmed, so only blanks inside the chroot change its meaning.
      const blankInChroot = (chroot?.split('/').slice(1) ?? []).some((s) => s !== s.trim());
      if (chroot !== undefined && blankInChroot) {
        const clean = chroot.split('/').map((s) => s.trim()).join('/');
        ctx.report({ entry, part: 'value', messageId: 'blank-in-chroot', data: { chroot, clean, fixed: `${parts.hosts.map((h) => h.text).join(',')}${clean}` } });
      }
      if (chroot !== undefined && /,[^,/]*:\d+\//.test(chroot)) {
        ctx.report({ entry, part: 'value', messageId: 'chroot-repeated', data: { chroot } });
      } else if (chroot !== undefined && !blankInChroot) {
        const error = chrootError(chroot);
        if (error) ctx.report({ entry, part: 'value', messageId: 'invalid-chroot', data: { chroot, error } });
      }
      for (const host of parts.hosts) {
        if (host.host !== host.host.trimEnd() || (host.portText !== undefined && host.portText !== host.portText.trim())) {
          const fix = hostBlankFix(entry, host);
          const what =
            host.host !== host.host.trimEnd()
              ? `the host, so it looks up '${host.host}', which never resolves`
              : `the port, so it fails to read '${host.portText}' (NumberFormatException: For input string: "${host.portText}")`;
          ctx.report({
            entry,
            part: 'value',
            messageId: 'blank-at-port',
            data: { entry: host.text, what, fixed: `${host.host.trim()}:${host.portText === undefined ? '2181' : portError(host.portText.trim()) === undefined ? host.portText.trim() : '<port from 1 to 65535>'}` },
            ...(fix ? { fix } : {}),
          });
          continue;
        }
        if (host.portText === undefined) continue;
        const error = portError(host.portText);
        if (error) ctx.report({ entry, part: 'value', messageId: 'invalid-port', data: { entry: host.text, port: host.portText, error } });
      }
      if (parts.hosts.length === 0) {
        ctx.report({ entry, part: 'value', messageId: 'no-host', data: { what: chroot !== undefined ? 'only a chroot' : 'it is empty' } });
      }
    }
  },
});
