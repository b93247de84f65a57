import { defineRule } from '../../src/engine/rule.js';
import { hasUnresolvedTemplate } from '../../src/model/broker.js';
import { chrootError, portError, splitZookeeperConnect, type ConnectHostPart } from '../../src/model/zookeeper-connect.js';
import { valueEdit } from '../../src/model/edits.js';
import type { ConfigEntry } from '../../src/model/entry.js';
import type { TextEdit } from '../../src/engine/finding.js';

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
    severity: 'error',
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
    examples: {
      bad: [
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181, zk2:2181, zk3:2181 / kafka\n' },
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181/kafka,zk2:2181/kafka\n' },
      ],
      good: [{ file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181, zk2:2181, zk3:2181/kafka\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      const entry = broker.settings.get('zookeeper.connect');
      if (!entry || hasUnresolvedTemplate(entry.value)) continue;
      const report = (message: string) => ctx.report({ entry, part: 'value', message });
      const parts = splitZookeeperConnect(entry.value);
      const chroot = parts.chroot;
      // Host entries are trimmed, so only blanks inside the chroot change its meaning.
      const blankInChroot = (chroot?.split('/').slice(1) ?? []).some((s) => s !== s.trim());
      if (blankInChroot) {
        const clean = chroot?.split('/').map((s) => s.trim()).join('/') ?? '';
        report(`zookeeper.connect has blanks in its chroot: ZooKeeper takes everything from the first '/' literally, so Kafka uses the znode '${chroot}', not '${clean}'. Remove the blanks: ${parts.hosts.map((h) => h.text).join(',')}${clean}.`);
      }
      if (chroot !== undefined && /,[^,/]*:\d+\//.test(chroot)) {
        report(`zookeeper.connect repeats the chroot after several hosts, but the chroot runs from the first '/' to the end, so ZooKeeper sees one host and the chroot '${chroot}'. Write the chroot once at the end: host1:2181,host2:2181/kafka.`);
      } else if (chroot !== undefined && !blankInChroot) {
        const error = chrootError(chroot);
        if (error) report(`The zookeeper.connect chroot '${chroot}' is not a valid znode path (no trailing '/', no '//', no '.' or '..' segments); ZooKeeper refuses it: "${error}". Write it like /kafka.`);
      }
      for (const host of parts.hosts) {
        if (host.host !== host.host.trimEnd() || (host.portText !== undefined && host.portText !== host.portText.trim())) {
          const fix = hostBlankFix(entry, host);
          ctx.report({
            entry,
            part: 'value',
            message: `zookeeper.connect entry '${host.text}' has a blank around the port's ':'; ZooKeeper does not trim ${host.host !== host.host.trimEnd() ? `the host, so it looks up '${host.host}', which never resolves` : `the port, so it fails to read '${host.portText}' (NumberFormatException: For input string: "${host.portText}")`}. Write ${host.host.trim()}:${host.portText?.trim() ?? '2181'}.`,
            ...(fix ? { fix } : {}),
          });
          continue;
        }
        if (host.portText === undefined) continue;
        const error = portError(host.portText);
        if (error) report(`zookeeper.connect entry '${host.text}' has the port '${host.portText}', which ZooKeeper refuses ("${error}"); use a port from 1 to 65535 (2181 by default).`);
      }
      if (parts.hosts.length === 0) {
        report(`zookeeper.connect names no host (${chroot !== undefined ? 'only a chroot' : 'it is empty'}); ZooKeeper refuses it: "A HostProvider may not be empty!". Write host:port[,host:port...][/chroot].`);
      }
    }
  },
});
