import type { ConfigEntry } from '../parse/entry.js';
import type { Cluster, JvmFlag, JvmOptions, ServiceRole } from '../model/types.js';
import { hasTemplate } from '../parse/template.js';

const SIZE = /^(\d+)([kKmMgGtT]?)$/;
const UNIT: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * Reads a JVM memory size as `-Xmx`/`-Xms` accept it: digits with an optional k, m, g or t
 * (either case, powers of 1024); no unit means bytes.
 *
 * @example
 * ```ts
 * parseJvmSize('6g'); // 6442450944
 * parseJvmSize('512M'); // 536870912
 * ```
 */
export function parseJvmSize(text: string): number | undefined {
  const m = SIZE.exec(text);
  return m ? Number(m[1]) * (UNIT[(m[2] ?? '').toLowerCase()] as number) : undefined;
}

/**
 * Splits a shell word list as the start scripts pass it to `java`: blanks separate flags;
 * quotes group. Words that still hold `$VAR` or a template are dropped: their value is unknown.
 *
 * @example
 * ```ts
 * shellWords('-Xmx1g "-Dname=a b" $KAFKA_OPTS'); // ['-Xmx1g', '-Dname=a b']
 * ```
 */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  // One unquoted character per repetition: `[^\s"']+` inside the `+` could split a run many ways.
  for (const m of text.matchAll(/(?:"[^"]*"|'[^']*'|[^\s"'])+/g)) {
    const raw = m[0];
    if (raw.includes('$') || hasTemplate(raw)) continue;
    words.push(raw.replace(/"([^"]*)"|'([^']*)'/g, (_q, a: string | undefined, b: string | undefined) => a ?? b ?? ''));
  }
  return words;
}

/** The variables each launcher passes to `java`, in command-line order (a later -Xmx wins). */
const LAUNCHER_VARIABLES: Record<ServiceRole, readonly string[]> = {
  // kafka-run-class.sh: $KAFKA_HEAP_OPTS $KAFKA_JVM_PERFORMANCE_OPTS $KAFKA_GC_LOG_OPTS $KAFKA_JMX_OPTS ... $KAFKA_OPTS
  kafka: ['KAFKA_HEAP_OPTS', 'KAFKA_JVM_PERFORMANCE_OPTS', 'KAFKA_GC_LOG_OPTS', 'KAFKA_JMX_OPTS', 'KAFKA_OPTS'],
  // zkServer.sh runs $SERVER_JVMFLAGS then $JVMFLAGS; Kafka's zookeeper-server-start.sh (and the
  // cp-zookeeper image) goes through kafka-run-class.sh instead.
  // The Debian zookeeper package's init script reads JAVA_OPTS and ZOOMAIN from /etc/zookeeper/conf/environment.
  zookeeper: ['KAFKA_HEAP_OPTS', 'KAFKA_JVM_PERFORMANCE_OPTS', 'KAFKA_JMX_OPTS', 'KAFKA_OPTS', 'SERVER_JVMFLAGS', 'JVMFLAGS', 'JAVA_OPTS', 'ZOOMAIN'],
};

/**
 * Whether a variable is one a Kafka or ZooKeeper launcher reads JVM flags or JMX settings from.
 *
 * @example
 * ```ts
 * isJvmVariable('KAFKA_HEAP_OPTS'); // true
 * ```
 */
export function isJvmVariable(name: string): boolean {
  return LAUNCHER_VARIABLES.kafka.includes(name) || LAUNCHER_VARIABLES.zookeeper.includes(name) || /^(JMX_PORT|KAFKA_JMX_PORT|JMXPORT|ZK_SERVER_HEAP)$/.test(name);
}

function flag(text: string, variable: string, entry: ConfigEntry): JvmFlag {
  return { text, variable, entry };
}

/**
 * The JVM options a launcher builds from environment variables, in command-line order: the flags
 * of each variable, plus what the script adds itself. kafka-run-class.sh turns `JMX_PORT` into
 * `-Dcom.sun.management.jmxremote.port` and, when `KAFKA_JMX_OPTS` is unset, adds
 * `authenticate=false` and `ssl=false` (Kafka 3.9 to 4.3); zkServer.sh does the same for
 * `JMXPORT` (JMXAUTH and JMXSSL default to false) and turns `ZK_SERVER_HEAP` into `-Xmx<n>m`
 * (ZooKeeper 3.8). Returns undefined when no variable sets a flag.
 *
 * @example
 * ```ts
 * const jvm = jvmFromVariables([{ key: 'KAFKA_HEAP_OPTS', value: '-Xmx6g -Xms6g', syntax: 'env' }], 'kafka');
 * jvm?.maxHeapBytes; // 6442450944
 * ```
 */
export function jvmFromVariables(variables: readonly ConfigEntry[], role: ServiceRole): JvmOptions | undefined {
  const last = new Map(variables.map((v) => [v.key, v]));
  const flags: JvmFlag[] = [];
  const heap = last.get('ZK_SERVER_HEAP');
  if (role === 'zookeeper' && heap && /^\d+$/.test(heap.value.trim())) flags.push(flag(`-Xmx${heap.value.trim()}m`, 'ZK_SERVER_HEAP', heap));
  for (const name of LAUNCHER_VARIABLES[role]) {
    const entry = last.get(name);
    if (!entry) continue;
    for (const word of shellWords(entry.value)) if (word.startsWith('-')) flags.push(flag(word, name, entry));
  }
  const jmxPort = role === 'kafka' ? (last.get('JMX_PORT') ?? last.get('KAFKA_JMX_PORT')) : last.get('JMXPORT');
  if (jmxPort && /^\d+$/.test(jmxPort.value.trim())) {
    flags.push(flag(`-Dcom.sun.management.jmxremote.port=${jmxPort.value.trim()}`, jmxPort.key, jmxPort));
    const scriptDefaults = role === 'kafka' ? !last.has('KAFKA_JMX_OPTS') : true;
    if (scriptDefaults) {
      const auth = role === 'zookeeper' ? (last.get('JMXAUTH')?.value.trim() ?? 'false') : 'false';
      const ssl = role === 'zookeeper' ? (last.get('JMXSSL')?.value.trim() ?? 'false') : 'false';
      flags.push(flag(`-Dcom.sun.management.jmxremote.authenticate=${auth}`, jmxPort.key, jmxPort));
      flags.push(flag(`-Dcom.sun.management.jmxremote.ssl=${ssl}`, jmxPort.key, jmxPort));
    }
  }
  return flags.length > 0 ? jvmOptionsOf(flags) : undefined;
}

/**
 * Builds JvmOptions from flags in command-line order: the last `-Xmx`/`-Xms` (or
 * `-XX:MaxHeapSize=`/`-XX:InitialHeapSize=`) wins, as in the JVM.
 *
 * @example
 * ```ts
 * const entry = { key: 'KAFKA_HEAP_OPTS', value: '-Xmx1g', syntax: 'env' } as const;
 * jvmOptionsOf([{ text: '-Xmx1g', variable: 'KAFKA_HEAP_OPTS', entry }]).maxHeapBytes; // 1073741824
 * ```
 */
export function jvmOptionsOf(flags: JvmFlag[]): JvmOptions {
  const jvm: JvmOptions = { flags };
  for (const f of flags) {
    const max = /^-(?:Xmx|XX:MaxHeapSize=)(.+)$/.exec(f.text);
    const min = /^-(?:Xms|XX:InitialHeapSize=)(.+)$/.exec(f.text);
    const maxBytes = max ? parseJvmSize(max[1] as string) : undefined;
    const minBytes = min ? parseJvmSize(min[1] as string) : undefined;
    if (maxBytes !== undefined) jvm.maxHeapBytes = maxBytes;
    if (minBytes !== undefined) jvm.initialHeapBytes = minBytes;
  }
  return jvm;
}

/**
 * Parses JVM options given from code (`lint({ brokers: [{ config, jvm: '-Xmx6g -Xms6g' }] })`):
 * one string of flags, or an array of flags. Each flag gets an entry without a position.
 *
 * @example
 * ```ts
 * parseJvmOptions('-Xmx6g -Xms4g').initialHeapBytes; // 4294967296
 * ```
 */
export function parseJvmOptions(options: string | readonly string[], variable = 'jvm'): JvmOptions {
  const words = typeof options === 'string' ? shellWords(options) : [...options];
  return jvmOptionsOf(words.map((text) => flag(text, variable, { key: variable, value: text, syntax: 'object' })));
}

/** A process kafka-lint knows the JVM options of, for the `jvm/*` rules. */
export interface JvmNode {
  /** Whether it runs Kafka or ZooKeeper. */
  role: ServiceRole;
  /** Its JVM options. */
  jvm: JvmOptions;
  /** The file the options belong to (for messages). */
  file: string;
  /** The container's memory limit, when its deployment sets one, with the line that sets it. */
  memory?: {
    /** The limit in bytes. */
    bytes: number;
    /** The line that sets it. */
    entry: ConfigEntry;
  };
}

function memoryOf(entry: ConfigEntry | undefined, style: 'compose' | 'kubernetes'): JvmNode['memory'] {
  const bytes = entry ? parseMemoryLimit(entry.value, style) : undefined;
  return entry && bytes !== undefined ? { bytes, entry } : undefined;
}

/**
 * Every JVM kafka-lint knows the options of: brokers and ZooKeeper servers (from compose, Strimzi
 * or `lint()` input), systemd units and standalone env files, and Strimzi node pools. Env files a
 * compose file or unit already read are not counted twice.
 *
 * @example
 * ```ts
 * for (const node of jvmNodes(ctx.cluster)) if ((node.jvm.maxHeapBytes ?? 0) > limit) report(node);
 * ```
 */
export function jvmNodes(cluster: Cluster): JvmNode[] {
  const memory = new Map<object, JvmNode['memory']>();
  const nodes: JvmNode[] = [];
  for (const d of cluster.deployments ?? []) {
    if (d.kind === 'compose') for (const s of d.services) if (s.node) memory.set(s.node, memoryOf(s.memoryLimit, 'compose'));
  }
  const add = (node: JvmNode, mem: JvmNode['memory']): void => {
    if (mem) node.memory = mem;
    nodes.push(node);
  };
  for (const b of cluster.brokers) if (b.jvm) add({ role: 'kafka', jvm: b.jvm, file: b.file }, memory.get(b));
  for (const z of cluster.zookeeper) if (z.jvm) add({ role: 'zookeeper', jvm: z.jvm, file: z.file }, memory.get(z));
  for (const d of cluster.deployments ?? []) {
    if (d.kind === 'systemd' && d.jvm && d.role) add({ role: d.role, jvm: d.jvm, file: d.file }, undefined);
    else if (d.kind === 'env' && d.jvm && d.role && d.includedBy === undefined) add({ role: d.role, jvm: d.jvm, file: d.file }, undefined);
    else if (d.kind === 'strimzi') {
      for (const r of d.resources) {
        if (r.kind === 'KafkaNodePool' && r.jvm) add({ role: 'kafka', jvm: r.jvm, file: d.file }, memoryOf(r.memoryLimit, 'kubernetes'));
        // The Kafka resource's JVM options are on its broker config; its memory limit is found by them.
        if (r.kind === 'Kafka' && r.jvm) {
          const node = nodes.find((n) => n.jvm === r.jvm);
          const mem = memoryOf(r.memoryLimit, 'kubernetes');
          if (node && mem) node.memory = mem;
        }
      }
    }
  }
  return nodes;
}

/**
 * The value of a `-Dname=value` system property among the flags (the last one wins), with its flag.
 *
 * @example
 * ```ts
 * systemProperty(jvm, 'com.sun.management.jmxremote.port')?.value; // '9999'
 * ```
 */
export function systemProperty(jvm: JvmOptions, name: string): { value: string; flag: JvmFlag } | undefined {
  let found: { value: string; flag: JvmFlag } | undefined;
  for (const f of jvm.flags) {
    if (f.text === `-D${name}`) found = { value: '', flag: f };
    else if (f.text.startsWith(`-D${name}=`)) found = { value: f.text.slice(name.length + 3), flag: f };
  }
  return found;
}

const MEMORY = /^(\d+(?:\.\d+)?)\s*([kKmMgGtT]?)(i?)([bB]?)$/;

/**
 * Reads a container memory limit: compose's `mem_limit` (`4g`, `4096m`, `4gb`: powers of 1024)
 * or Kubernetes' `resources.limits.memory` (`8Gi` binary, `8G` decimal).
 *
 * @example
 * ```ts
 * parseMemoryLimit('8Gi', 'kubernetes'); // 8589934592
 * parseMemoryLimit('8G', 'kubernetes'); // 8000000000
 * parseMemoryLimit('8g', 'compose'); // 8589934592
 * ```
 */
export function parseMemoryLimit(text: string, style: 'compose' | 'kubernetes'): number | undefined {
  const m = MEMORY.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const power = ['', 'k', 'm', 'g', 't'].indexOf(unit);
  const base = style === 'kubernetes' && m[3] === '' ? 1000 : 1024;
  return Math.round(Number(m[1]) * base ** power);
}

/**
 * The flag that sets the heap in effect (`-Xmx`/`-XX:MaxHeapSize=` or `-Xms`/`-XX:InitialHeapSize=`): the last one.
 *
 * @example
 * ```ts
 * heapFlag(jvm, 'max')?.text; // '-Xmx6g'
 * ```
 */
export function heapFlag(jvm: JvmOptions, which: 'max' | 'initial'): JvmFlag | undefined {
  const pattern = which === 'max' ? /^-(Xmx|XX:MaxHeapSize=)\d/ : /^-(Xms|XX:InitialHeapSize=)\d/;
  return jvm.flags.filter((f) => pattern.test(f.text)).at(-1);
}

/**
 * A byte count in GB (powers of 1024, one decimal at most), as the JVM rules print heap and memory sizes.
 *
 * @example
 * ```ts
 * formatGiB(6442450944); // '6 GB'
 * ```
 */
export function formatGiB(bytes: number): string {
  return `${Number((bytes / 1024 ** 3).toFixed(1))} GB`;
}
