import { createRequire } from 'node:module';
import type { Document, Node, Scalar, YAMLMap, ParsedNode } from 'yaml';
import type { Span } from '../parse/source.js';
import type { ConfigEntry } from '../parse/entry.js';
import type { DeploymentNotice } from '../model/types.js';
import { SourceText } from '../parse/source.js';
import { sortedEntries, type CommentLines, type EntryLines, type LineComment } from '../parse/comments.js';

type YamlModule = typeof import('yaml');
let loaded: YamlModule | undefined;

/**
 * The `yaml` package, loaded on first use: linting only .properties files never pays for it.
 * `require` keeps loading synchronous, as `lint()` is.
 *
 * @example
 * ```ts
 * const doc = yamlModule().parseDocument('a: 1\n');
 * ```
 */
export function yamlModule(): YamlModule {
  loaded ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return loaded;
}

/** A parsed YAML document with the text its positions refer to. */
export interface YamlSource {
  source: SourceText;
  file: string;
  doc: Document.Parsed;
}

/**
 * The span of a YAML node: its value without a quoted scalar's quotes (so a column points at
 * the first character of the value).
 *
 * @example
 * ```ts
 * nodeSpan(src, mapping.get('image', true)); // line and column of the image name
 * ```
 */
export function nodeSpan(src: YamlSource, node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  const quoted = isQuoted(node);
  return src.source.span(range[0] + (quoted ? 1 : 0), Math.max(range[0], range[1] - (quoted ? 1 : 0)));
}

function isQuoted(node: Node | null | undefined): boolean {
  const m = yamlModule();
  return m.isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
}

/**
 * Follows an alias to the node it names; other nodes are returned as they are.
 *
 * @example
 * ```ts
 * deref(src, aliasNode); // the anchored node
 * ```
 */
export function deref(src: YamlSource, node: unknown): ParsedNode | null | undefined {
  const m = yamlModule();
  if (m.isAlias(node)) return node.resolve(src.doc) as ParsedNode | undefined;
  return node as ParsedNode | null | undefined;
}

/**
 * Each mapping's expanded pairs, computed once: nested merge keys (`<<: [*a, *a, ...]` over many
 * levels, a "merge bomb") then cost time linear in the file instead of exponential.
 */
const expandedPairs = new WeakMap<object, { key: Scalar; value: ParsedNode | null }[]>();

/**
 * The pairs of a mapping with merge keys (`<<: *anchor`) expanded: written keys win over merged ones.
 *
 * @example
 * ```ts
 * mapPairs(src, service).map((p) => p.key.value); // ['image', 'environment', ...]
 * ```
 */
export function mapPairs(src: YamlSource, node: unknown): { key: Scalar; value: ParsedNode | null }[] {
  const m = yamlModule();
  const map = deref(src, node);
  if (!m.isMap(map)) return [];
  const cached = expandedPairs.get(map);
  if (cached) return [...cached];
  // A mapping that merges itself (through an alias) gets nothing from itself.
  expandedPairs.set(map, []);
  const own: { key: Scalar; value: ParsedNode | null }[] = [];
  const merged: { key: Scalar; value: ParsedNode | null }[] = [];
  const mergedKeys = new Set<unknown>();
  for (const pair of (map as YAMLMap<unknown, unknown>).items) {
    if (!m.isScalar(pair.key)) continue;
    // With `merge: true` the yaml package gives the merge key as a symbol.
    if (pair.key.value === '<<' || typeof pair.key.value === 'symbol') {
      const sources = m.isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const s of sources) {
        for (const p of mapPairs(src, s)) {
          if (mergedKeys.has(p.key.value)) continue;
          mergedKeys.add(p.key.value);
          merged.push(p);
        }
      }
    } else {
      own.push({ key: pair.key, value: deref(src, pair.value) ?? null });
    }
  }
  const ownKeys = new Set(own.map((p) => p.key.value));
  const pairs = [...merged.filter((p) => !ownKeys.has(p.key.value)), ...own];
  expandedPairs.set(map, pairs);
  return [...pairs];
}

/**
 * The value of `key` in a mapping (merge keys expanded, aliases followed).
 *
 * @example
 * ```ts
 * mapGet(src, service, 'environment');
 * ```
 */
export function mapGet(src: YamlSource, node: unknown, key: string): ParsedNode | null | undefined {
  return mapPairs(src, node).find((p) => String(p.key.value) === key)?.value;
}

/**
 * The items of a sequence (aliases followed); an empty list for anything else.
 *
 * @example
 * ```ts
 * seqItems(src, mapGet(src, service, 'ports')).length; // 2
 * ```
 */
export function seqItems(src: YamlSource, node: unknown): (ParsedNode | null)[] {
  const m = yamlModule();
  const seq = deref(src, node);
  return m.isSeq(seq) ? seq.items.map((i) => deref(src, i) ?? null) : [];
}

/**
 * A scalar's value as text, as compose and Kubernetes read it: strings as written, numbers and
 * booleans in their written form; undefined for null and for collections.
 *
 * @example
 * ```ts
 * scalarText(src, mapGet(src, service, 'image')); // 'confluentinc/cp-kafka:7.6.1'
 * ```
 */
export function scalarText(src: YamlSource, node: unknown): string | undefined {
  const m = yamlModule();
  const n = deref(src, node);
  if (!m.isScalar(n) || n.value === null || n.value === undefined) return undefined;
  if (typeof n.value === 'string') return n.value;
  return n.source ?? String(n.value);
}

/** The plain scalars YAML 1.1 reads as booleans (go-yaml v2's resolve table). */
const YAML_1_1_TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON|true|True|TRUE)$/;
const YAML_1_1_FALSE = /^(?:n|N|no|No|NO|off|Off|OFF|false|False|FALSE)$/;

/**
 * A scalar's value as text as Kubernetes reads a manifest: sigs.k8s.io/yaml converts it to JSON
 * with go-yaml v2, which reads YAML 1.1, so a plain `yes`, `on` or `N` is a boolean and reaches
 * the operator as `true` or `false`; otherwise as {@link scalarText}.
 *
 * @example
 * ```ts
 * kubernetesScalarText(src, mapGet(src, config, 'preallocate')); // 'true' for preallocate: yes
 * ```
 */
export function kubernetesScalarText(src: YamlSource, node: unknown): string | undefined {
  const text = scalarText(src, node);
  const n = deref(src, node);
  if (text === undefined || !yamlModule().isScalar(n) || n.type !== 'PLAIN') return text;
  return YAML_1_1_TRUE.test(text) ? 'true' : YAML_1_1_FALSE.test(text) ? 'false' : text;
}

/**
 * An entry for a `key: value` pair of a YAML mapping, at the key's and the value's positions.
 *
 * @example
 * ```ts
 * yamlEntry(src, pair.key, pair.value, 'retention.ms', '86400000');
 * ```
 */
export function yamlEntry(src: YamlSource, key: unknown, value: unknown, name: string, text: string): ConfigEntry {
  const entry: ConfigEntry = { key: name, value: text, file: src.file, syntax: 'yaml' };
  const keySpan = nodeSpan(src, key as Node | null | undefined);
  const valueSpan = nodeSpan(src, value as Node | null | undefined);
  if (keySpan) entry.keySpan = keySpan;
  if (valueSpan) entry.valueSpan = valueSpan;
  return entry;
}

/**
 * The pair `key` of a mapping as an entry, when its value is a scalar, read with `read` (for a
 * Kubernetes manifest, {@link kubernetesScalarText}).
 *
 * @example
 * ```ts
 * pairEntry(src, spec, 'replicas', kubernetesScalarText)?.value; // '3'
 * ```
 */
export function pairEntry(src: YamlSource, map: unknown, key: string, read: (src: YamlSource, node: unknown) => string | undefined = scalarText): ConfigEntry | undefined {
  const pair = mapPairs(src, map).find((p) => String(p.key.value) === key);
  const text = pair ? read(src, pair.value) : undefined;
  return pair && text !== undefined ? yamlEntry(src, pair.key, pair.value, key, text) : undefined;
}

/**
 * A config map (Strimzi's spec.kafka.config, a KafkaTopic's config) as entries: scalars as the
 * manifest's reader gives them, lists joined with commas (as the operators pass them to Kafka).
 * Keys in `skip` are left out.
 *
 * @example
 * ```ts
 * configMapEntries(src, mapGet(src, spec, 'config'), { read: kubernetesScalarText });
 * ```
 */
export function configMapEntries(
  src: YamlSource,
  node: unknown,
  options: { read?: (src: YamlSource, node: unknown) => string | undefined; skip?: ReadonlySet<string> } = {},
): ConfigEntry[] {
  const read = options.read ?? scalarText;
  const entries: ConfigEntry[] = [];
  for (const { key, value } of mapPairs(src, node)) {
    const name = String(key.value);
    if (options.skip?.has(name)) continue;
    const scalar = read(src, value);
    const list = scalar === undefined ? seqItems(src, value).map((i) => read(src, i)) : [];
    const text = scalar ?? (list.length > 0 && list.every((v) => v !== undefined) ? list.join(',') : undefined);
    if (text !== undefined) entries.push(yamlEntry(src, key, value, name, text));
  }
  return entries;
}

/**
 * The notice for a YAML parse error: `not-read` when the file holds template syntax (it is not
 * YAML until rendered), else a `syntax` error naming the tool that would refuse it.
 *
 * @example
 * ```ts
 * const notice = yamlErrorNotice(doc.errors[0], { source, file, text }, 'compose');
 * ```
 */
export function yamlErrorNotice(
  error: { pos: [number, number]; message: string },
  where: { source: SourceText; file: string; text: string },
  tool: 'compose' | 'kubernetes',
): DeploymentNotice {
  const span = where.source.span(error.pos[0], error.pos[1]);
  if (/\{\{|\{%/.test(where.text)) return { code: 'not-read', reason: 'yaml-template', data: { tool }, file: where.file, span };
  // The first line of the parser's message names the YAML problem; the rest quotes the file.
  const problem = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return { code: 'syntax', reason: 'yaml-error', refused: true, data: { tool, problem }, file: where.file, span };
}

/**
 * The comment lines and entries of a YAML file: a comment is a `#` line outside every scalar (a
 * `#` line of a block scalar is text); an entry is each mapping pair (its key to the end of its
 * value) and each sequence item, at every depth, so a directive above a key or an item applies
 * to that node's lines.
 *
 * @example
 * ```ts
 * yamlCommentLines(source, [doc]).entries[0]; // { line: 1, endLine: 9 } for `services:` and its services
 * ```
 */
export function yamlCommentLines(source: SourceText, docs: readonly Document.Parsed[]): CommentLines {
  const m = yamlModule();
  const text = source.text;
  const entries: EntryLines[] = [];
  // The lines a multi-line scalar continues on, with the offset it ends at.
  const inScalar = new Map<number, number>();
  const lines = (start: number, end: number): EntryLines => {
    let last = end;
    while (last > start && /\s/.test(text[last - 1] as string)) last--;
    return { line: source.position(start).line, endLine: source.position(Math.max(start, last - 1)).line };
  };
  // An explicit stack, not recursion: a deeply nested (hostile) file must not overflow the call stack.
  const stack: unknown[] = docs.map((d) => d.contents);
  const pairEntry = (pair: { key: unknown; value: unknown }): void => {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const start = key?.range?.[0] ?? value?.range?.[0];
    const end = value?.range?.[1] ?? key?.range?.[1];
    if (start !== undefined && end !== undefined) entries.push(lines(start, end));
    stack.push(pair.key, pair.value);
  };
  while (stack.length > 0) {
    const node = stack.pop();
    if (m.isMap(node)) {
      for (const pair of node.items) pairEntry(pair);
    } else if (m.isSeq(node)) {
      for (const item of node.items) {
        if (m.isPair(item)) {
          pairEntry(item);
          continue;
        }
        const range = (item as Node | null)?.range;
        if (range) entries.push(lines(range[0], range[1]));
        stack.push(item);
      }
    } else if (m.isScalar(node) && node.range) {
      const first = source.position(node.range[0]).line;
      const last = source.position(node.range[1]).line;
      for (let line = first + 1; line <= last; line++) inScalar.set(line, node.range[1]);
    }
  }
  const comments: LineComment[] = [];
  for (let line = 1; line <= source.lineCount; line++) {
    const start = source.lineStart(line);
    const end = line < source.lineCount ? source.lineStart(line + 1) : text.length;
    const raw = text.slice(start, end).replace(/\r?\n$|\r$/, '');
    const trimmed = raw.trim();
    if (!trimmed.startsWith('#')) continue;
    const at = start + raw.length - raw.trimStart().length;
    const scalarEnd = inScalar.get(line);
    if (scalarEnd !== undefined && at < scalarEnd) continue;
    comments.push({ text: trimmed.slice(1), span: source.span(at, at + trimmed.length) });
  }
  return { comments, entries: sortedEntries(entries) };
}
