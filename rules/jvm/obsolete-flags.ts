import { defineRule } from '../../src/engine/rule.js';
import { jvmNodes, type JvmNode } from '../../src/deploy/jvm.js';
import type { JvmFlag } from '../../src/model/types.js';

/**
 * Flags HotSpot stopped supporting: from `ignoredFrom` the JVM prints a warning and ignores the
 * flag ("obsolete"); from `refusedFrom` it stops with "Unrecognized VM option" and does not start
 * ("expired"). From HotSpot's special_jvm_flags table (src/hotspot/share/runtime/arguments.cpp:
 * jdk10u, jdk11u, jdk14u, jdk17u), the launcher's removal of -d32/-d64 in Java 10, JEP 158/271
 * for the GC logging flags removed in Java 9; refusal on Java 17 checked with OpenJDK 17.0.15.
 */
const OBSOLETE: readonly { pattern: RegExp; name: string; ignoredFrom?: number; refusedFrom: number; instead: string }[] = [
  { pattern: /^-d(32|64)$/, name: '-d32/-d64', refusedFrom: 10, instead: 'remove it (every current JVM is 64-bit)' },
  { pattern: /^-XX:[+-]?(UseConcMarkSweepGC|CMS\w+|UseCMS\w+)(=|$)/, name: 'the CMS collector', ignoredFrom: 14, refusedFrom: 15, instead: 'use G1 (-XX:+UseG1GC, the default) and remove the CMS flags' },
  { pattern: /^-XX:[+-]?UseParNewGC$/, name: 'ParNew', refusedFrom: 10, instead: 'use G1 (-XX:+UseG1GC)' },
  { pattern: /^-XX:[+-]?UseParallelOldGC$/, name: 'UseParallelOldGC', ignoredFrom: 15, refusedFrom: 16, instead: 'use -XX:+UseParallelGC, or G1' },
  { pattern: /^-XX:(Max)?PermSize=/, name: 'PermGen sizing', ignoredFrom: 8, refusedFrom: 17, instead: 'remove it (Metaspace replaced PermGen; size it with -XX:MaxMetaspaceSize if needed)' },
  { pattern: /^-XX:[+-]?(PrintGCDateStamps|PrintGCTimeStamps|PrintGCApplicationStoppedTime|PrintGCApplicationConcurrentTime|PrintTenuringDistribution|PrintHeapAtGC|PrintPromotionFailure|PrintAdaptiveSizePolicy|UseGCLogFileRotation|PrintGCCause|PrintClassHistogramBeforeFullGC|PrintClassHistogramAfterFullGC)$|^-XX:(NumberOfGCLogFiles|GCLogFileSize)=/, name: 'the pre-Java 9 GC logging flags', refusedFrom: 9, instead: 'use unified logging, e.g. -Xlog:gc*:file=/var/log/kafka/gc.log:time,tags:filecount=10,filesize=100M (Kafka\'s KAFKA_GC_LOG_OPTS does this)' },
  { pattern: /^-XX:[+-]?AggressiveOpts$/, name: 'AggressiveOpts', ignoredFrom: 12, refusedFrom: 13, instead: 'remove it' },
  { pattern: /^-XX:[+-]?UseFastAccessorMethods$/, name: 'UseFastAccessorMethods', refusedFrom: 10, instead: 'remove it' },
  { pattern: /^-XX:[+-]?UseBiasedLocking$|^-XX:BiasedLockingStartupDelay=/, name: 'biased locking', ignoredFrom: 18, refusedFrom: 19, instead: 'remove it (biased locking was removed in Java 18)' },
];

function programOf(nodes: readonly JvmNode[]): string {
  const roles = new Set(nodes.map((n) => n.role));
  return roles.size > 1 ? 'broker or ZooKeeper server' : roles.has('zookeeper') ? 'ZooKeeper server' : 'broker';
}

export default defineRule({
  meta: {
    id: 'jvm/obsolete-flags',
    category: 'startup-failure',
    fileKinds: ['broker', 'zookeeper', 'compose', 'systemd', 'env', 'strimzi'],
    description: 'A JVM flag the node\'s Java no longer accepts (the JVM does not start) or ignores.',
    rationale:
      'Old tuning guides pass flags that HotSpot has removed. Once a flag has expired the JVM stops with "Unrecognized VM option" and Kafka or ZooKeeper never starts: from Java 15 for the CMS flags, 17 for -XX:PermSize, 9 for the pre-Java 9 GC logging flags, 10 for -d64 and ParNew (error). Before that, the JVM prints a warning and ignores the flag, so the tuning it stands for is not applied (warning). The flags are judged against the Java release the node runs on: an image tag names it (cp-kafka 7.4 runs Java 11, apache/kafka 3.9 Java 21), as does a JDK path in a unit or script, or --java-version. When kafka-lint does not know it, it reports one warning per file that names the flags and the Java releases that refuse them.',
    fix: 'Remove the flag or use its replacement (the message names it): G1 instead of CMS, Metaspace instead of PermGen, -Xlog:gc* instead of the PrintGC* flags. State the Java release with --java-version when kafka-lint cannot read it from the files.',
    references: [
      { title: 'OpenJDK jdk14u src/hotspot/share/runtime/arguments.cpp, special_jvm_flags (CMS flags obsolete in 14, expired in 15; UseParallelOldGC obsolete in 15, expired in 16; PermSize obsolete since 8)', url: 'https://github.com/openjdk/jdk14u/blob/master/src/hotspot/share/runtime/arguments.cpp' },
      { title: 'OpenJDK jdk11u and jdk10u arguments.cpp, special_jvm_flags (AggressiveOpts obsolete in 12, expired in 13; UseParNewGC and UseFastAccessorMethods gone by 10)', url: 'https://github.com/openjdk/jdk11u/blob/master/src/hotspot/share/runtime/arguments.cpp' },
      { title: 'OpenJDK jdk17u arguments.cpp, special_jvm_flags (UseBiasedLocking obsolete in 18, expired in 19)', url: 'https://github.com/openjdk/jdk17u/blob/master/src/hotspot/share/runtime/arguments.cpp' },
      { title: 'JEP 363: Remove the Concurrent Mark Sweep (CMS) Garbage Collector (Java 14)', url: 'https://openjdk.org/jeps/363' },
      { title: 'JEP 158/271: Unified JVM and GC logging (Java 9)', url: 'https://openjdk.org/jeps/271' },
      { title: 'JEP 122: Remove the Permanent Generation (Java 8)', url: 'https://openjdk.org/jeps/122' },
    ],
    messages: {
      refused: {
        severity: 'error',
        text: '{{variable}} passes {{flag}} ({{name}}), which Java {{java}} no longer accepts: the JVM refuses it as an unrecognized option and the {{program}} does not start. Instead, {{instead}}.',
      },
      ignored: {
        severity: 'warning',
        text: '{{variable}} passes {{flag}} ({{name}}), which Java {{java}} ignores with a warning, so it has no effect; Java {{refusedFrom}} and later refuse to start with it. Instead, {{instead}}.',
      },
      'refused-by-some-java': {
        severity: 'warning',
        text: 'This file passes JVM flags that newer Java releases refuse: {{flags}}. On those releases the JVM refuses them as unrecognized options and the {{program}} does not start. kafka-lint does not know which Java runs here; state it with --java-version (or "javaVersion" in kafka-lint.config.json) to judge them exactly. Instead, {{instead}}.',
      },
    },
    facts: ['javaVersion'],
    examples: {
      bad: [
        { file: 'kafka-env.sh', text: 'export KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseConcMarkSweepGC -XX:CMSInitiatingOccupancyFraction=75"\n' },
        { file: 'kafka-env.sh', text: 'export KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseConcMarkSweepGC"\n', options: { javaVersion: 17 } },
      ],
      good: [{ file: 'kafka-env.sh', text: 'export KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20"\n' }],
    },
  },
  check(ctx) {
    const java = ctx.javaVersion.value;
    const unknown = new Map<string, { nodes: JvmNode[]; flags: { flag: JvmFlag; known: (typeof OBSOLETE)[number] }[] }>();
    for (const node of jvmNodes(ctx.cluster)) {
      const program = node.role === 'kafka' ? 'broker' : 'ZooKeeper server';
      for (const flag of node.jvm.flags) {
        const known = OBSOLETE.find((o) => o.pattern.test(flag.text));
        if (!known) continue;
        const data = { variable: flag.variable, flag: flag.text, name: known.name, instead: known.instead, program };
        if (java === undefined) {
          const inFile = unknown.get(node.file) ?? { nodes: [], flags: [] };
          if (!inFile.nodes.includes(node)) inFile.nodes.push(node);
          inFile.flags.push({ flag, known });
          unknown.set(node.file, inFile);
        } else if (java >= known.refusedFrom) {
          ctx.report({ entry: flag.entry, messageId: 'refused', data: { ...data, java } });
        } else if (known.ignoredFrom !== undefined && java >= known.ignoredFrom) {
          ctx.report({ entry: flag.entry, messageId: 'ignored', data: { ...data, java, refusedFrom: known.refusedFrom } });
        }
      }
    }
    // With the Java release unknown: one finding per file, naming each flag once.
    for (const { nodes, flags } of unknown.values()) {
      const first = flags[0];
      if (!first) continue;
      const named = [...new Map(flags.map((f) => [f.flag.text, `${f.flag.text} (refused from Java ${f.known.refusedFrom})`])).values()];
      const instead = [...new Set(flags.map((f) => f.known.instead))];
      ctx.report({ entry: first.flag.entry, messageId: 'refused-by-some-java', data: { flags: named.join(', '), program: programOf(nodes), instead: instead.join('; ') } });
    }
  },
});
