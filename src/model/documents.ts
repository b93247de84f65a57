import type { PropertiesDocument } from '../parse/properties.js';
import type { BrokerConfig, Cluster, ZooKeeperConfig } from './types.js';

/** A config that came from a .properties file. */
export type PropertiesBacked = (BrokerConfig | ZooKeeperConfig) & { properties: PropertiesDocument };

/** The broker and ZooKeeper configs of a cluster that were read from .properties files. */
export function documentsWithProperties(cluster: Cluster): PropertiesBacked[] {
  return [...cluster.brokers, ...cluster.zookeeper].filter((d): d is PropertiesBacked => d.properties !== undefined);
}
