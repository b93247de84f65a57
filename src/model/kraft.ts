import type { ConfigEntry } from './entry.js';
import type { Parsed, QuorumVoter } from './types.js';

/** Parses `controller.quorum.voters` (`id@host:port,...`) as Kafka's QuorumConfig does. (Filled in with the KRaft rules.) */
export function parseQuorumVoters(entry: ConfigEntry): Parsed<QuorumVoter[]> {
  return { entry };
}
