/**
 * Terraform `kafka_topic` resources of the Mongey/kafka provider (`name`, `partitions`,
 * `replication_factor`, `config = { ... }`), read with the Lezer HCL grammar of
 * codemirror-lang-hcl (see docs/topics.md for the choice). The parser is loaded on first use: a
 * run without `.tf` files never pays for it.
 */
import { createRequire } from 'node:module';
import type { ConfigEntry } from '../parse/entry.js';
import type { DeploymentNotice, TopicDefinition, TopicsFile } from '../model/types.js';
import { hasTemplate } from '../parse/template.js';
import { SourceText } from '../parse/source.js';
import { topic } from './topics.js';
import { sortedEntries, type CommentLines, type EntryLines, type LineComment } from '../parse/comments.js';

/** The parts of a Lezer syntax node the reader uses. */
interface HclNode {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly firstChild: HclNode | null;
  readonly nextSibling: HclNode | null;
}

interface HclParser {
  parse(text: string): { topNode: HclNode };
}

let parser: HclParser | undefined;

/** The HCL parser, loaded on first use (synchronously, as `lint()` is). */
function hclParser(): HclParser {
  parser ??= (createRequire(import.meta.url)('codemirror-lang-hcl') as { hclLanguage: { parser: HclParser } }).hclLanguage.parser;
  return parser;
}

function children(node: HclNode | null | undefined, name?: string): HclNode[] {
  const out: HclNode[] = [];
  for (let c = node?.firstChild ?? null; c; c = c.nextSibling) if (name === undefined || c.name === name) out.push(c);
  return out;
}

function child(node: HclNode | null | undefined, name: string): HclNode | undefined {
  for (let c = node?.firstChild ?? null; c; c = c.nextSibling) if (c.name === name) return c;
  return undefined;
}

/** A literal's text and whether it is known: a plain quoted string or a number; anything else (a variable, a function, an interpolation) is unknown. */
function literal(text: string, expression: HclNode): { text: string; known: boolean; from: number; to: number } {
  // Lezer makes a new node object on each access: compare by shape, not identity.
  const value = expression.firstChild;
  const only = value?.name === 'LiteralValue' && value.nextSibling === null && value.firstChild?.nextSibling === null ? value.firstChild : undefined;
  if (only?.name === 'NumericLit' || only?.name === 'BooleanLit') return { text: text.slice(only.from, only.to), known: true, from: only.from, to: only.to };
  if (only?.name === 'StringLit') {
    const parts = children(only).filter((c) => c.name !== 'QuotedTemplateStart' && c.name !== 'QuotedTemplateEnd');
    const inner = text.slice(only.from + 1, Math.max(only.from + 1, only.to - 1));
    return { text: inner, known: parts.every((p) => p.name === 'TemplateLiteral') && !hasTemplate(inner), from: only.from + 1, to: only.to - 1 };
  }
  const raw = text.slice(expression.from, expression.to);
  // A quoted template ("${var.env}-orders"): its text without the quotes, still unknown.
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) return { text: raw.slice(1, -1), known: false, from: expression.from + 1, to: expression.to - 1 };
  return { text: raw, known: false, from: expression.from, to: expression.to };
}

/** Unknown values carry a `${...}` form, so every reader of the value sees a template. */
function entryOf(source: SourceText, file: string, key: string, keyNode: HclNode, value: ReturnType<typeof literal>): ConfigEntry {
  return {
    key,
    value: value.known || hasTemplate(value.text) ? value.text : `\${${value.text}}`,
    file,
    syntax: 'object',
    keySpan: source.span(keyNode.from, keyNode.to),
    valueSpan: source.span(value.from, Math.max(value.from, value.to)),
  };
}

/** The first syntax error of the tree, when it has one. */
function firstError(top: HclNode): HclNode | undefined {
  const stack: HclNode[] = [top];
  while (stack.length > 0) {
    const node = stack.pop() as HclNode;
    if (node.name === '⚠') return node;
    stack.push(...children(node).reverse());
  }
  return undefined;
}

/** Comment lines (`#` and `//` lines) and each block and attribute as an entry, for inline directives. */
function commentLines(source: SourceText, top: HclNode): CommentLines {
  const entries: EntryLines[] = [];
  const stack: HclNode[] = [top];
  while (stack.length > 0) {
    const node = stack.pop() as HclNode;
    if (node.name === 'Block' || node.name === 'Attribute' || node.name === 'ObjectElem') {
      entries.push({ line: source.position(node.from).line, endLine: source.position(Math.max(node.from, node.to - 1)).line });
    }
    stack.push(...children(node));
  }
  const comments: LineComment[] = [];
  for (let line = 1; line <= source.lineCount; line++) {
    const start = source.lineStart(line);
    const end = line < source.lineCount ? source.lineStart(line + 1) : source.text.length;
    const raw = source.text.slice(start, end).replace(/\r?\n$|\r$/, '');
    const trimmed = raw.trim();
    const marker = trimmed.startsWith('#') ? 1 : trimmed.startsWith('//') ? 2 : 0;
    if (marker === 0) continue;
    const at = start + raw.length - raw.trimStart().length;
    comments.push({ text: trimmed.slice(marker), span: source.span(at, at + trimmed.length) });
  }
  return { comments, entries: sortedEntries(entries) };
}

/**
 * Reads the `resource "kafka_topic" "..."` blocks of a Terraform file (the Mongey/kafka
 * provider): `name`, `partitions`, `replication_factor` and the `config` map, each at its
 * position. A value that is not a literal (`var.partitions`, `local.x`, `"${var.env}-orders"`,
 * a function call) is unknown. Never throws; HCL the parser cannot read gets a syntax notice.
 *
 * @example
 * ```ts
 * parseTerraformTopics('resource "kafka_topic" "o" {\n  name = "orders"\n  partitions = 4\n}\n', 'kafka.tf').topics[0]?.partitions?.value; // 4
 * ```
 */
export function parseTerraformTopics(text: string, file: string): TopicsFile {
  const source = new SourceText(text);
  const notices: DeploymentNotice[] = [];
  const top = hclParser().parse(text).topNode;
  const error = firstError(top);
  if (error) notices.push({ code: 'syntax', reason: 'hcl-error', refused: true, data: {}, file, span: source.span(error.from, Math.max(error.from, error.to)) });
  const topics: TopicDefinition[] = [];
  for (const block of children(child(top, 'Body'), 'Block')) {
    const type = child(block, 'BlockType');
    const labels = children(block, 'BlockLabel').map((l) => text.slice(l.from, l.to).replace(/^"|"$/g, ''));
    if (!type || text.slice(type.from, type.to) !== 'resource' || labels[0] !== 'kafka_topic') continue;
    const configs: ConfigEntry[] = [];
    const fields: Partial<Record<'name' | 'partitions' | 'replicas', ConfigEntry>> = {};
    for (const attribute of children(child(block, 'Body'), 'Attribute')) {
      const keyNode = child(attribute, 'Identifier');
      const expression = child(attribute, 'Expression');
      if (!keyNode || !expression) continue;
      const key = text.slice(keyNode.from, keyNode.to);
      if (key === 'config') {
        const object = child(child(expression, 'CollectionValue'), 'Object');
        for (const elem of children(object, 'ObjectElem')) {
          const objectKey = child(elem, 'ObjectKey');
          const value = child(elem, 'Expression');
          if (!objectKey || !value) continue;
          const name = text.slice(objectKey.from, objectKey.to).replace(/^"|"$/g, '');
          configs.push(entryOf(source, file, name, objectKey, literal(text, value)));
        }
        continue;
      }
      const entry = entryOf(source, file, key, keyNode, literal(text, expression));
      if (key === 'name') fields.name = entry;
      else if (key === 'partitions') fields.partitions = entry;
      else if (key === 'replication_factor') fields.replicas = entry;
    }
    // A resource without a name is refused by Terraform's provider schema (name is required).
    if (!fields.name) continue;
    const definition: Omit<TopicDefinition, 'partitionCount' | 'replicationFactor'> = { name: fields.name.value, nameEntry: fields.name, source: 'terraform', file, configs };
    if (fields.partitions) definition.partitions = fields.partitions;
    if (fields.replicas) definition.replicas = fields.replicas;
    topics.push(topic(definition));
  }
  return { kind: 'topics', file, topics, notices, commentLines: commentLines(source, top) };
}
