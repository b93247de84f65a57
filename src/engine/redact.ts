/**
 * Hides secrets in everything a run prints. The engine collects every secret of a cluster once
 * (see `secretParts`), and every piece of user content that reaches a message, a notice, a
 * baseline entry or a diff passes through {@link Redactor.scrub} first: no part of a secret of six
 * characters or more, and no whole shorter one, survives it.
 */
import type { Cluster, JvmOptions } from '../model/types.js';
import type { ConfigEntry } from '../parse/entry.js';
import { secretParts } from '../model/secrets.js';
import { kafkaKeyNames, zookeeperKeyNames } from '../catalog/index.js';

/** What replaces a secret (or the part of one) in output. */
export const REDACTED = '(hidden)';

/** The length of the fragments of a secret value that are looked for. */
const FRAGMENT = 6;

/** The length of the fragments of a secret phrase (a JAAS config) that are looked for. */
const PHRASE_FRAGMENT = 12;

/** Characters of a name: a config key, an environment variable, a file name. */
function isNameChar(c: number): boolean {
  return isWordChar(c) || c === 46 /* . */ || c === 45 /* - */;
}

/** Hides the secrets of one run in text. */
export class Redactor {
  private readonly fragments = new Set<string>();
  private readonly phraseFragments = new Set<string>();
  private readonly short = new Set<string>();

  /**
   * @param names - Names that are never secret however a secret is spelt (config keys, variable
   *   names): a password such as `password` must not hide the key `ssl.key.password`.
   */
  constructor(private readonly names: ReadonlySet<string> = new Set()) {}

  /** Learns a secret value (no six characters of it are shown) or phrase (no twelve). */
  add(secret: string, kind: 'value' | 'phrase' = 'value'): void {
    const length = kind === 'phrase' ? PHRASE_FRAGMENT : FRAGMENT;
    const into = kind === 'phrase' ? this.phraseFragments : this.fragments;
    if (secret.length >= length) {
      for (let i = 0; i + length <= secret.length; i++) into.add(secret.slice(i, i + length));
    } else if (secret.trim() !== '') this.short.add(secret);
  }

  /** Whether any secret was learnt. */
  get empty(): boolean {
    return this.fragments.size === 0 && this.phraseFragments.size === 0 && this.short.size === 0;
  }

  /** Clears the coverage of every whole name (a config key, a variable) in `text`. */
  private uncoverNames(text: string, covered: Uint8Array): void {
    let i = 0;
    while (i < text.length) {
      if (!isNameChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
      if (covered.subarray(start, i).includes(1) && this.names.has(text.slice(start, i))) covered.fill(0, start, i);
    }
  }

  /**
   * The text with every stretch that belongs to a secret replaced by {@link REDACTED}: runs of
   * fragments of known secrets, and whole short secrets standing alone as a word.
   *
   * @example
   * ```ts
   * const r = new Redactor(); r.add('hunter2hunter2');
   * r.scrub("value 'hunter2hunter2' is wrong"); // "value '(hidden)' is wrong"
   * ```
   */
  scrub(text: string): string {
    if (this.empty || text.length === 0) return text;
    let covered: Uint8Array | undefined;
    for (const [set, length] of [[this.fragments, FRAGMENT], [this.phraseFragments, PHRASE_FRAGMENT]] as const) {
      if (set.size === 0) continue;
      for (let i = 0; i + length <= text.length; i++) {
        if (set.has(text.slice(i, i + length))) {
          covered ??= new Uint8Array(text.length);
          covered.fill(1, i, i + length);
        }
      }
    }
    for (const s of this.short) {
      for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        const before = text.charCodeAt(at - 1);
        const after = text.charCodeAt(at + s.length);
        if (isWordChar(before) || isWordChar(after)) continue;
        covered ??= new Uint8Array(text.length);
        covered.fill(1, at, at + s.length);
      }
    }
    if (!covered) return text;
    if (this.names.size > 0) this.uncoverNames(text, covered);
    const out: string[] = [];
    let i = 0;
    while (i < text.length) {
      if (covered[i] === 1) {
        while (i < text.length && covered[i] === 1) i++;
        out.push(REDACTED);
      } else {
        const start = i;
        while (i < text.length && covered[i] !== 1) i++;
        out.push(text.slice(start, i));
      }
    }
    return out.join('');
  }
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

type SecretSource = Pick<ConfigEntry, 'key' | 'value' | 'file' | 'valueSpan'>;

/** Every entry of a cluster, wherever written: node configs, JVM flags, deployment files. */
function* clusterEntries(cluster: Cluster): Generator<SecretSource> {
  const jvmEntries = function* (jvm: JvmOptions | undefined): Generator<SecretSource> {
    for (const f of jvm?.flags ?? []) {
      yield f.entry;
      yield { key: f.variable, value: f.text };
    }
  };
  for (const node of [...cluster.brokers, ...cluster.zookeeper]) {
    yield* node.entries;
    yield* jvmEntries(node.jvm);
  }
  for (const d of cluster.deployments ?? []) {
    if (d.kind === 'compose') {
      for (const s of d.services) {
        yield* s.environment;
        yield* jvmEntries(s.node?.jvm);
      }
    } else if (d.kind === 'systemd') {
      yield* d.environment;
      for (const x of d.directives) yield { key: x.key, value: x.value, file: d.file, valueSpan: x.valueSpan };
      yield* jvmEntries(d.jvm);
    } else if (d.kind === 'env') {
      yield* d.variables;
      yield* jvmEntries(d.jvm);
    } else if (d.kind === 'topics') {
      for (const t of d.topics) yield* t.configs;
    } else {
      for (const t of d.topics ?? []) yield* t.configs;
      for (const r of d.resources) {
        yield* r.config;
        yield* jvmEntries(r.jvm);
      }
    }
  }
}

/**
 * A redactor that knows every secret of a cluster.
 *
 * @example
 * ```ts
 * const redactor = clusterRedactor(cluster);
 * redactor.scrub(message);
 * ```
 */
export function clusterRedactor(cluster: Cluster): Redactor {
  const entries = [...clusterEntries(cluster)];
  const parts = entries.flatMap((entry) => secretParts(entry));
  // Most runs hold no secret: the names a secret must never hide are gathered only when one does.
  if (parts.length === 0) return new Redactor();
  const names = new Set<string>(KNOWN_KEYS());
  for (const e of entries) names.add(e.key);
  const redactor = new Redactor(names);
  for (const part of parts) redactor.add(part.text, part.kind);
  return redactor;
}

let knownKeys: ReadonlySet<string> | undefined;

/** Every key of the catalog: never a secret, whatever a secret shares with it. */
function KNOWN_KEYS(): ReadonlySet<string> {
  knownKeys ??= new Set([...kafkaKeyNames(), ...zookeeperKeyNames()]);
  return knownKeys;
}

/**
 * A file's text with the value of every entry that holds a secret replaced by {@link REDACTED},
 * and nothing else changed: what `--fix-dry-run` diffs, so its patch still applies to every line
 * without a secret.
 *
 * @example
 * ```ts
 * maskSecretValues('ssl.key.password=hunter2\n', cluster, 'server.properties'); // 'ssl.key.password=(hidden)\n'
 * ```
 */
export function maskSecretValues(text: string, cluster: Cluster, file: string): string {
  const spans: [number, number][] = [];
  for (const entry of clusterEntries(cluster)) {
    const span = entry.valueSpan;
    if (entry.file !== file || !span || span.end <= span.start || secretParts(entry).length === 0) continue;
    spans.push([span.start, span.end]);
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    out.push(text.slice(at, start), REDACTED);
    at = end;
  }
  out.push(text.slice(at));
  return out.join('');
}
