/**
 * The broker heap limits kafka-lint advises, in one place for the jvm rules and the capacity
 * planner.
 */

/**
 * The broker heap limit: Kafka: The Definitive Guide (2nd ed., ch. 2, Memory) runs a broker
 * handling 150,000 messages/s with a 5 GB heap; read as -Xmx5g.
 */
export const MAX_BROKER_HEAP_BYTES = 5 * 2 ** 30;

/**
 * The share of a broker's memory its heap may take (kafka-lint's limit, as kcpilot's): Kafka
 * serves reads from the OS page cache (Kafka docs 6.5; the Definitive Guide, ch. 2), which gets the rest.
 */
export const MAX_HEAP_SHARE_OF_MEMORY = 0.25;
