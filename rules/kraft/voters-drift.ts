import { defineRule } from '../../src/engine/rule.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import type { BrokerConfig } from '../../src/model/types.js';
import { hasTemplate } from '../../src/parse/template.js';
import { fileList, formatHostPort, quorumBootstrapServersOf, voterListings } from '../../src/model/kraft.js';

/** One node's reading of a list-valued quorum key: what to compare, and what to show. */
interface Listing {
  node: BrokerConfig;
  entry: ConfigEntry;
  /** Comparable items: `id@host:port` for voters, `host:port` for bootstrap servers (hosts lower-cased). */
  items: Map<string, string>;
  /** The hosts it names, lower-cased. */
  hosts: Set<string>;
  key: string;
}

/**
 * The listings split into groups that share a voter id, a server or a host. Lists that share
 * nothing at all describe two clusters whose files were linted together, not one that drifted.
 */
function relatedGroups(listings: Listing[]): Listing[][] {
  const related = (a: Listing, b: Listing) =>
    [...a.items.keys()].some((id) => b.items.has(id)) || [...a.hosts].some((h) => b.hosts.has(h));
  const groups: Listing[][] = [];
  const left = [...listings];
  while (left.length > 0) {
    const group = [left.shift() as Listing];
    for (let i = 0; i < group.length; i++) {
      for (let j = left.length - 1; j >= 0; j--) {
        if (related(group[i] as Listing, left[j] as Listing)) group.push(...left.splice(j, 1));
      }
    }
    groups.push(group);
  }
  return groups;
}

/** The listings that agree with the most nodes (the first such group on a tie). */
function majorityKey(listings: Listing[]): string {
  const counts = new Map<string, number>();
  for (const l of listings) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  let best = (listings[0] as Listing).key;
  for (const [key, count] of counts) if (count > (counts.get(best) ?? 0)) best = key;
  return best;
}

/** What `own` has that `other` lacks and the reverse, per item id, in words. */
function difference(own: Map<string, string>, other: Map<string, string>, noun: string): string {
  const parts: string[] = [];
  for (const [id, text] of other) {
    const mine = own.get(id);
    if (mine === undefined) parts.push(`no ${noun} ${text}`);
    else if (mine !== text) parts.push(`${mine} instead of ${text}`);
  }
  for (const [id, text] of own) if (!other.has(id)) parts.push(`an extra ${noun} ${text}`);
  return parts.join(', ');
}

function reportDrift(
  listings: Listing[],
  report: (entry: ConfigEntry, message: string) => void,
  describe: (others: Listing[], diff: string) => string,
  noun: string,
): void {
  for (const group of relatedGroups(listings)) {
    if (new Set(group.map((l) => l.key)).size < 2) continue;
    const majority = majorityKey(group);
    const agreeing = group.filter((l) => l.key === majority);
    const reference = agreeing[0] as Listing;
    for (const own of group) {
      if (own.key === majority) continue;
      report(own.entry, describe(agreeing, difference(own.items, reference.items, noun)));
    }
  }
}

export default defineRule({
  meta: {
    id: 'kraft/voters-drift',
    severity: 'error',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Nodes of one cluster list different controller.quorum.voters or controller.quorum.bootstrap.servers.',
    rationale:
      'Each node counts votes and reaches the controllers with its own copy of controller.quorum.voters. When the copies differ, nodes disagree on what a majority is and on where a controller lives: elections stall, a controller is never reached, or two groups each believe they are the quorum. Differing controller.quorum.bootstrap.servers work only while every list still reaches a live controller, so they are reported as a warning. Lists that share no id, server or host are taken for two clusters linted together and not compared.',
    fix: 'Write the same controller.quorum.voters (and the same controller.quorum.bootstrap.servers) on every broker and controller of the cluster, ideally from one template.',
    references: [
      { title: 'Apache Kafka 4.2 documentation: KRaft, Controllers', url: 'https://kafka.apache.org/42/operations/kraft' },
      { title: 'Apache Kafka QuorumConfig.java (raft module, 3.9 to 4.3)', url: 'https://github.com/apache/kafka/blob/trunk/raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java' },
    ],
    examples: {
      bad: [{
        file: 'kafka1/server.properties',
        text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093,2@kafka2:9093,3@kafka3:9093\n',
        cluster: [
          { file: 'kafka2/server.properties', text: 'process.roles=broker,controller\nnode.id=2\ncontroller.quorum.voters=1@kafka1:9093,2@kafka2:9093,3@kafka3:9093\n' },
          { file: 'kafka3/server.properties', text: 'process.roles=broker,controller\nnode.id=3\ncontroller.quorum.voters=1@kafka1:9093,2@kafka2:9093\n' },
        ],
      }],
      good: [{
        file: 'kafka1/server.properties',
        text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093,2@kafka2:9093,3@kafka3:9093\n',
        cluster: [
          { file: 'kafka2/server.properties', text: 'process.roles=broker,controller\nnode.id=2\ncontroller.quorum.voters=3@kafka3:9093, 2@kafka2:9093, 1@kafka1:9093\n' },
        ],
      }],
    },
  },
  check(ctx) {
    const voters: Listing[] = voterListings(ctx.cluster).map((l) => ({
      node: l.node,
      entry: l.entry,
      key: l.key,
      items: new Map([...l.voters.values()].map((v) => [String(v.id), `${v.id}@${formatHostPort(v.host.toLowerCase(), v.port)}`])),
      hosts: new Set([...l.voters.values()].map((v) => v.host.toLowerCase())),
    }));
    reportDrift(
      voters,
      (entry, message) => ctx.report({ entry, part: 'value', message }),
      (others, diff) =>
        `controller.quorum.voters here differs from ${others.length === 1 ? 'the one' : `the ${others.length}`} in ${fileList(others.map((o) => o.node))} (${diff}): nodes that disagree on the voters disagree on what a majority is and where each controller is, so elections stall or a controller is never reached. Write the same list on every node: ${(others[0] as Listing).entry.value.trim()}.`,
      'voter',
    );

    const bootstrap: Listing[] = [];
    for (const node of ctx.cluster.brokers) {
      const parsed = quorumBootstrapServersOf(node);
      if (!parsed?.value || parsed.value.length === 0 || hasTemplate(parsed.entry.value)) continue;
      const items = new Map(parsed.value.map((s) => {
        const text = formatHostPort(s.host.toLowerCase(), s.port);
        return [text, text] as const;
      }));
      const hosts = new Set(parsed.value.map((s) => s.host.toLowerCase()));
      bootstrap.push({ node, entry: parsed.entry, items, hosts, key: [...items.keys()].sort().join(',') });
    }
    reportDrift(
      bootstrap,
      (entry, message) => ctx.report({ entry, part: 'value', severity: 'warning', message }),
      (others, diff) =>
        `controller.quorum.bootstrap.servers here differs from ${others.length === 1 ? 'the one' : `the ${others.length}`} in ${fileList(others.map((o) => o.node))} (${diff}): a node finds the quorum only through its own list, so one that names other or fewer controllers is stranded when those are down. Write the same list on every node: ${(others[0] as Listing).entry.value.trim()}.`,
      'server',
    );
  },
});
