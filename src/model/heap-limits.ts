/**
 * The broker heap limits kafka-lint advises, in one place for the jvm rules and the capacity
 * planner.
 */

/** The seeds' broker heap limit ("do not set the broker heap above 5 GB", seed 002), read as -Xmx5g. */
export const MAX_BROKER_HEAP_BYTES = 5 * 2 ** 30;

/**
 * The share of a broker's memory its heap may take (seeds 002 and 004): Kafka serves reads from
 * the OS page cache, which gets the rest.
 */
export const MAX_HEAP_SHARE_OF_MEMORY = 0.25;
