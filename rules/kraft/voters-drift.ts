import { defineRule } from '../../src/engine/rule.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import type { BrokerConfig } from '../../src/model/types.js';
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

/** Each listing that differs from the majority of its group, with the majority's listings and the difference in words. */
function drifted(listings: Listing[], noun: string): { own: Listing; agreeing: Listing[]; diff: string }[] {
  const out: { own: Listing; agreeing: Listing[]; diff: string }[] = [];
  for (const group of relatedGroups(listings)) {
    if (new Set(group.map((l) => l.key)).size < 2) continue;
    const majority = majorityKey(group);
    const agreeing = group.filter((l) => l.key === majority);
    const reference = agreeing[0] as Listing;
    for (const own of group) {
      if (own.key !== majority) out.push({ own, agreeing, diff: difference(own.items, reference.items, noun) });
    }
  }
  return out;
}

/** The message data of a drifted listing. */
function driftData({ agreeing, diff }: { agreeing: Listing[]; diff: string }): { others: string; files: string; diff: string; list: string } {
  return { others: agreeing.length === 1 ? 'the one' : `the ${agreeing.length}`, files: fileList(agreeing.map((o) => o.node)), diff, list: (agreeing[0] as Listing).entry.value.trim() };
}

export default defineRule({
  meta: {
    id: 'kraft/voters-drift',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Nodes of one cluster list different controller.quorum.voters or controller.quorum.bootstrap.servers.',
    rationale:
      'Each node counts votes and reaches the controllers with its own copy of controller.quorum.voters. When the copies differ, nodes disagree on what a majority is and on where a controller lives: elections stall, a controller is never reached, or two groups each believe they are the quorum. Each node still starts, so it is a warning, as are differing controller.quorum.bootstrap.servers, which work only while every list still reaches a live controller. Lists that share no id, server or host are taken for two clusters linted together and not compared.',
    fix: 'Write the same controller.quorum.voters (and the same controller.quorum.bootstrap.servers) on every broker and controller of the cluster, ideally from one template.',
    references: [
      { title: 'Apache Kafka 4.2 documentation: KRaft, Controllers', url: 'https://kafka.apache.org/42/operations/kraft' },
      { title: 'Apache Kafka 3.9.0 QuorumConfig.java (raft module; each node parses its own controller.quorum.voters)', url: 'https://github.com/apache/kafka/blob/3.9.0/raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java' },
    ],
    messages: {
      'voters-differ': {
        severity: 'warning',
        text: 'controller.quorum.voters here differs from {{others}} in {{files}} ({{diff}}): nodes that disagree on the voters disagree on what a majority is and where each controller is, so elections stall or a controller is never reached. Write the same list on every node: {{list}}.',
      },
      'bootstrap-servers-differ': {
        severity: 'warning',
        text: 'controller.quorum.bootstrap.servers here differs from {{others}} in {{files}} ({{diff}}): a node finds the quorum only through its own list, so one that names other or fewer controllers is stranded when those are down. Write the same list on every node: {{list}}.',
      },
    },
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
    for (const d of drifted(voters, 'voter')) ctx.report({ entry: d.own.entry, part: 'value', messageId: 'voters-differ', data: driftData(d) });

    const bootstrap: Listing[] = [];
    for (const node of ctx.cluster.brokers) {
      const parsed = quorumBootstrapServersOf(node);
      if (!parsed?.value || parsed.value.length === 0) continue;
      const items = new Map(parsed.value.map((s) => {
        const text = formatHostPort(s.host.toLowerCase(), s.port);
        return [text, text] as const;
      }));
      const hosts = new Set(parsed.value.map((s) => s.host.toLowerCase()));
      bootstrap.push({ node, entry: parsed.entry, items, hosts, key: [...items.keys()].sort().join(',') });
    }
    for (const d of drifted(bootstrap, 'server')) ctx.report({ entry: d.own.entry, part: 'value', messageId: 'bootstrap-servers-differ', data: driftData(d) });
  },
});
