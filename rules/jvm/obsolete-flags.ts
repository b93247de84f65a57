import { defineRule } from '../../src/engine/rule.js';
import { compareVersions } from '../../src/core/version.js';
import { jvmNodes } from '../../src/deploy/jvm.js';

/**
 * Flags HotSpot stopped supporting: from `ignoredFrom` the JVM prints a warning and ignores the
 * flag; from `refusedFrom` it stops with "Unrecognized VM option" and does not start. Refusal on
 * Java 17 verified with OpenJDK 17.0.15; earlier releases from the JDK release notes (JEP 158 and
 * 271 for the GC logging flags, JEP 363 for CMS, JEP 122 for PermGen).
 */
const OBSOLETE: readonly { pattern: RegExp; name: string; ignoredFrom?: number; refusedFrom: number; instead: string }[] = [
  { pattern: /^-d(32|64)$/, name: '-d32/-d64', refusedFrom: 10, instead: 'remove it (every current JVM is 64-bit)' },
  { pattern: /^-XX:[+-]?(UseConcMarkSweepGC|CMS\w+|UseCMS\w+)(=|$)/, name: 'the CMS collector', ignoredFrom: 14, refusedFrom: 17, instead: 'use G1 (-XX:+UseG1GC, the default) and remove the CMS flags' },
  { pattern: /^-XX:[+-]?UseParNewGC$/, name: 'ParNew', ignoredFrom: 10, refusedFrom: 17, instead: 'use G1 (-XX:+UseG1GC)' },
  { pattern: /^-XX:[+-]?UseParallelOldGC$/, name: 'UseParallelOldGC', ignoredFrom: 15, refusedFrom: 16, instead: 'use -XX:+UseParallelGC, or G1' },
  { pattern: /^-XX:(Max)?PermSize=/, name: 'PermGen sizing', ignoredFrom: 8, refusedFrom: 17, instead: 'remove it (Metaspace replaced PermGen; size it with -XX:MaxMetaspaceSize if needed)' },
  { pattern: /^-XX:[+-]?(PrintGCDateStamps|PrintGCTimeStamps|PrintGCApplicationStoppedTime|PrintGCApplicationConcurrentTime|PrintTenuringDistribution|PrintHeapAtGC|PrintPromotionFailure|PrintAdaptiveSizePolicy|UseGCLogFileRotation|PrintGCCause|PrintClassHistogramBeforeFullGC|PrintClassHistogramAfterFullGC)$|^-XX:(NumberOfGCLogFiles|GCLogFileSize)=/, name: 'the pre-Java 9 GC logging flags', refusedFrom: 9, instead: 'use unified logging, e.g. -Xlog:gc*:file=/var/log/kafka/gc.log:time,tags:filecount=10,filesize=100M (Kafka\'s KAFKA_GC_LOG_OPTS does this)' },
  { pattern: /^-XX:[+-]?AggressiveOpts$/, name: 'AggressiveOpts', ignoredFrom: 11, refusedFrom: 13, instead: 'remove it' },
  { pattern: /^-XX:[+-]?UseFastAccessorMethods$/, name: 'UseFastAccessorMethods', ignoredFrom: 9, refusedFrom: 17, instead: 'remove it' },
  { pattern: /^-XX:[+-]?UseBiasedLocking$/, name: 'biased locking', ignoredFrom: 18, refusedFrom: 99, instead: 'remove it (biased locking was removed in Java 18)' },
];

/** The `javaVersion` option, or the Java version a Kafka version requires of brokers (17 from 4.0; 11 for 3.9). */
function javaVersionOf(option: unknown, kafkaVersion: Parameters<typeof compareVersions>[0]): { version: number; given: boolean } {
  if (typeof option === 'number' && option > 0) return { version: option, given: true };
  return { version: compareVersions(kafkaVersion, '4.0') >= 0 ? 17 : 11, given: false };
}

export default defineRule({
  meta: {
    id: 'jvm/obsolete-flags',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['broker', 'zookeeper', 'compose', 'systemd', 'env', 'strimzi'],
    description: 'A JVM flag a current Java no longer accepts (the JVM does not start) or ignores.',
    rationale:
      'Old tuning guides pass flags that HotSpot has removed. Once a flag has expired the JVM stops with "Unrecognized VM option" and Kafka or ZooKeeper never starts: on Java 17 that is the case for the CMS and ParNew flags, -XX:PermSize, the pre-Java 9 GC logging flags and -d64 (error). Before that, the JVM prints a warning and ignores the flag, so the tuning it stands for is not applied (warning). The Java version judged is the `javaVersion` option, else 17 for Kafka 4.x (which requires it) and 11 for 3.9.',
    fix: 'Remove the flag or use its replacement (the message names it): G1 instead of CMS, Metaspace instead of PermGen, -Xlog:gc* instead of the PrintGC* flags.',
    references: [
      { title: 'JEP 363: Remove the Concurrent Mark Sweep (CMS) Garbage Collector (Java 14)', url: 'https://openjdk.org/jeps/363' },
      { title: 'JEP 158/271: Unified JVM and GC logging (Java 9)', url: 'https://openjdk.org/jeps/271' },
      { title: 'JEP 122: Remove the Permanent Generation (Java 8)', url: 'https://openjdk.org/jeps/122' },
      { title: 'Kafka 4.0 upgrade notes: brokers require Java 17', url: 'https://kafka.apache.org/40/documentation.html#upgrade_4_0_0' },
    ],
    examples: {
      bad: [{ file: 'kafka-env.sh', text: 'export KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseConcMarkSweepGC -XX:CMSInitiatingOccupancyFraction=75"\n' }],
      good: [{ file: 'kafka-env.sh', text: 'export KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20"\n' }],
    },
  },
  check(ctx) {
    const { version, given } = javaVersionOf(ctx.options['javaVersion'], ctx.kafkaVersion);
    const assumed = given ? `Java ${version}` : `Java ${version} (assumed for Kafka ${ctx.kafkaVersion}; set the rule option javaVersion if yours differs)`;
    for (const node of jvmNodes(ctx.cluster)) {
      for (const flag of node.jvm.flags) {
        const known = OBSOLETE.find((o) => o.pattern.test(flag.text));
        if (!known) continue;
        if (version >= known.refusedFrom) {
          ctx.report({ entry: flag.entry, message: `${flag.variable} passes ${flag.text} (${known.name}), which ${assumed} no longer accepts: the JVM stops with "Unrecognized VM option" and the ${node.role === 'kafka' ? 'broker' : 'ZooKeeper server'} does not start. Instead, ${known.instead}.` });
        } else if (known.ignoredFrom !== undefined && version >= known.ignoredFrom) {
          ctx.report({ severity: 'warning', entry: flag.entry, message: `${flag.variable} passes ${flag.text} (${known.name}), which ${assumed} ignores with a warning, so it has no effect (later Java versions refuse to start with it). Instead, ${known.instead}.` });
        }
      }
    }
  },
});
