/**
 * Where a node of a cluster runs, as far as its deployment files tell: a compose service (a
 * container) or a Strimzi resource (the operator writes part of its config). Some verdicts
 * depend on it: /tmp in a container is not the host's /tmp, and the operator's own keys are not
 * the user's to fix.
 */
import type { BrokerConfig, Cluster, ComposeFile, ComposeService, ZooKeeperConfig } from './types.js';
import { anchorOf, type Anchor } from './broker.js';

/**
 * The compose file and service a node was built from (from the service's environment), when it
 * was.
 *
 * @example
 * ```ts
 * composeServiceOf(cluster, broker)?.service.name; // 'kafka-1'
 * ```
 */
export function composeServiceOf(cluster: Cluster, node: BrokerConfig | ZooKeeperConfig): { compose: ComposeFile; service: ComposeService } | undefined {
  for (const compose of cluster.deployments ?? []) {
    if (compose.kind !== 'compose') continue;
    const service = compose.services.find((s) => s.node === node);
    if (service) return { compose, service };
  }
  return undefined;
}

/**
 * Whether a broker config is the one the Strimzi operator writes for a `kind: Kafka` resource:
 * its ids, listeners, log directories, quorum and `zookeeper.connect` are the operator's, not
 * the user's.
 *
 * @example
 * ```ts
 * isStrimziNode(cluster, cluster.brokers[0]!); // true for a broker built from kafka.yaml
 * ```
 */
export function isStrimziNode(cluster: Cluster, node: BrokerConfig): boolean {
  return (cluster.deployments ?? []).some((d) => d.kind === 'strimzi' && d.file === node.file);
}


/**
 * Where to report about a node: the first of `keys` it sets (see `anchorOf`); for a node built
 * from a compose service that sets none of them, the service's name, so that findings about an
 * unset key point at the service they concern rather than at the top of the compose file.
 *
 * @example
 * ```ts
 * nodeAnchor(cluster, broker, 'offsets.topic.replication.factor'); // { file: 'docker-compose.yml', span: <the `kafka-1:` line> }
 * ```
 */
export function nodeAnchor(cluster: Cluster, node: BrokerConfig | ZooKeeperConfig, ...keys: string[]): Anchor {
  const anchor = anchorOf(node, ...keys);
  if ('entry' in anchor) return anchor;
  const found = composeServiceOf(cluster, node);
  return found?.service.nameSpan ? { file: found.compose.file, span: found.service.nameSpan } : anchor;
}
