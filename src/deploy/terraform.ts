/**
 * Terraform `kafka_topic` resources of the Mongey/kafka provider (`name`, `partitions`,
 * `replication_factor`, `config = { ... }`), read with a scanner of HCL's native syntax written
 * for this: one pass over the text, so its time is linear in the file's size whatever the file
 * holds. It knows HCL's lexical structure (quoted templates with `${ }` and `%{ }`, heredocs, the
 * three comment forms, brackets) and reads attributes and blocks; it does not evaluate
 * expressions. docs/topics.md says why the npm HCL parsers were not used.
 */
import type { ConfigEntry } from '../parse/entry.js';
import type { DeploymentNotice, TopicDefinition, TopicsFile } from '../model/types.js';
import { hasTemplate } from '../parse/template.js';
import { SourceText } from '../parse/source.js';
import { topic } from './topic-definition.js';
import { sortedEntries, type CommentLines, type EntryLines, type LineComment } from '../parse/comments.js';

/** A token of HCL's native syntax; comments and blanks other than line ends are dropped. */
interface Token {
  kind: 'ident' | 'number' | 'string' | 'heredoc' | 'newline' | 'punct';
  from: number;
  to: number;
  /** For punctuation: the characters. */
  text?: string;
  /** For a quoted string: whether it holds a `${ }` or `%{ }` template sequence. */
  template?: boolean;
}

/** Where the text stops being HCL, and why. */
class HclError extends Error {
  constructor(readonly at: number) {
    super('HCL syntax error');
  }
}

const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_-]/u;
const OPERATORS = ['...', '==', '!=', '<=', '>=', '&&', '||', '=>', '=', '{', '}', '[', ']', '(', ')', ',', '.', ':', '?', '+', '-', '*', '/', '%', '<', '>', '!'];

/**
 * Splits HCL text into tokens in one pass. Where a string, heredoc or comment is not closed, or a
 * character is not HCL, it stops: the tokens before and the offset of the error.
 */
function tokenize(text: string): { tokens: Token[]; comments: LineCommentAt[]; error?: number } {
  const tokens: Token[] = [];
  const comments: LineCommentAt[] = [];
  try {
    scan(text, tokens, comments);
    return { tokens, comments };
  } catch (e) {
    if (!(e instanceof HclError)) throw e;
    return { tokens, comments, error: e.at };
  }
}

/** A `#` or `//` comment that opens its line (where inline directives are read), without its trailing blanks. */
interface LineCommentAt {
  from: number;
  to: number;
  marker: number;
}

function scan(text: string, tokens: Token[], comments: LineCommentAt[]): void {
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
      i++;
    } else if (c === '\n') {
      tokens.push({ kind: 'newline', from: i, to: i + 1 });
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const from = i;
      while (i < text.length && text[i] !== '\n') i++;
      if (tokens.length === 0 || tokens.at(-1)?.kind === 'newline') comments.push({ from, to: from + text.slice(from, i).trimEnd().length, marker: c === '#' ? 1 : 2 });
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new HclError(i);
      i = end + 2;
    } else if (c === '"') {
      const { end, template } = quotedEnd(text, i);
      tokens.push({ kind: 'string', from: i, to: end, template });
      i = end;
    } else if (c === '<' && text[i + 1] === '<' && /[-A-Za-z_]/.test(text[i + 2] ?? '')) {
      const end = heredocEnd(text, i);
      tokens.push({ kind: 'heredoc', from: i, to: end });
      i = end;
    } else if (c >= '0' && c <= '9') {
      const m = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64)) as RegExpExecArray;
      tokens.push({ kind: 'number', from: i, to: i + m[0].length });
      i += m[0].length;
    } else if (IDENT_START.test(c)) {
      const from = i;
      i++;
      while (i < text.length && IDENT_PART.test(text[i] as string)) i++;
      tokens.push({ kind: 'ident', from, to: i });
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw new HclError(i);
      tokens.push({ kind: 'punct', from: i, to: i + op.length, text: op });
      i += op.length;
    }
  }
}

/**
 * The end of the quoted template that opens at `from` (just past its closing quote), and whether
 * it holds a template sequence. A sequence's expression may hold braces and quoted strings of its
 * own; a line end inside the quotes (outside a sequence) is an error, as in HCL.
 */
function quotedEnd(text: string, from: number): { end: number; template: boolean } {
  let template = false;
  // Open template sequences, each with its count of open braces.
  const sequences: number[] = [];
  let i = from + 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (sequences.length === 0) {
      if (c === '"') return { end: i + 1, template };
      if (c === '\n') break;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
        i += 3;
        continue;
      }
      if ((c === '$' || c === '%') && text[i + 1] === '{') {
        template = true;
        sequences.push(0);
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    // Inside a sequence: braces nest, and a quoted string is skipped whole.
    if (c === '"') {
      i = quotedEnd(text, i).end;
      continue;
    }
    if (c === '{') sequences[sequences.length - 1]!++;
    else if (c === '}') {
      if (sequences[sequences.length - 1] === 0) sequences.pop();
      else sequences[sequences.length - 1]!--;
    }
    i++;
  }
  throw new HclError(from);
}

/** The end of the heredoc that opens at `from` (`<<EOT` or `<<-EOT`): just past its closing marker's line. */
function heredocEnd(text: string, from: number): number {
  const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(from, from + 200));
  if (!m) throw new HclError(from);
  const marker = m[1] as string;
  let line = from + m[0].length;
  while (line < text.length) {
    const next = text.indexOf('\n', line);
    const end = next < 0 ? text.length : next;
    if (text.slice(line, end).trim() === marker) return end;
    line = end + 1;
  }
  throw new HclError(from);
}

/** An attribute `name = expression`, with the tokens of its expression. */
interface Attribute {
  key: Token;
  value: Token[];
  to: number;
}

/** A block `type label... { body }`. */
interface Block {
  type: Token;
  labels: Token[];
  body: { attributes: Attribute[]; blocks: Block[] };
  to: number;
}

const OPENERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
const CANNOT_START = new Set(['=', ',', ':', '}', ']', ')', '.', '=>', '==', '!=', '<=', '>=', '&&', '||', '?', '*', '/', '%', '<', '>', '+']);

/**
 * Reads a body (a file, or a block's inside) from tokens[at]; stops at `}` (not consumed) or the
 * end. A line that is not HCL is recorded in `errors` and skipped, so what follows is still read.
 */
class BodyReader {
  /** Offsets where the text stops being HCL, in reading order. */
  readonly errors: number[] = [];
  private at = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  body(inBlock: boolean): { attributes: Attribute[]; blocks: Block[] } {
    const out: { attributes: Attribute[]; blocks: Block[] } = { attributes: [], blocks: [] };
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.kind === 'newline') {
        this.at++;
        continue;
      }
      if (inBlock && t.kind === 'punct' && t.text === '}') return out;
      const start = this.at;
      try {
        if (t.kind !== 'ident') throw new HclError(t.from);
        const next = this.tokens[this.at + 1];
        if (next?.kind === 'punct' && next.text === '=') {
          this.at += 2;
          const value = this.expression(t.from);
          out.attributes.push({ key: t, value, to: value.at(-1)?.to ?? next.to });
        } else {
          out.blocks.push(this.block(t));
        }
      } catch (e) {
        if (!(e instanceof HclError)) throw e;
        this.errors.push(e.at);
        this.skipLine(start);
      }
    }
    if (inBlock) throw new HclError(this.text.length);
    return out;
  }

  /** Moves past the line that holds tokens[start] (at least one token on). */
  private skipLine(start: number): void {
    this.at = Math.max(this.at, start + 1);
    while (this.at < this.tokens.length && this.tokens[this.at - 1]?.kind !== 'newline') this.at++;
  }

  private block(type: Token): Block {
    this.at++;
    const labels: Token[] = [];
    for (let t = this.peek(); t && (t.kind === 'string' || t.kind === 'ident'); t = this.peek()) {
      labels.push(t);
      this.at++;
    }
    const open = this.peek();
    if (!open || open.kind !== 'punct' || open.text !== '{') throw new HclError(open?.from ?? this.text.length);
    this.at++;
    const body = this.body(true);
    const close = this.peek() as Token;
    this.at++;
    return { type, labels, body, to: close.to };
  }

  /** The tokens of an expression, to the line end outside brackets; throws where one cannot start or brackets do not match. */
  private expression(at: number): Token[] {
    const first = this.peek();
    if (!first || first.kind === 'newline' || (first.kind === 'punct' && CANNOT_START.has(first.text as string))) throw new HclError(first?.from ?? at);
    const tokens: Token[] = [];
    const open: string[] = [];
    for (let t = this.peek(); t; t = this.peek()) {
      if (open.length === 0 && (t.kind === 'newline' || (t.kind === 'punct' && t.text === '}'))) break;
      this.at++;
      if (t.kind === 'punct') {
        const closer = OPENERS[t.text as string];
        if (closer) open.push(closer);
        else if (t.text === '}' || t.text === ']' || t.text === ')') {
          if (open.pop() !== t.text) throw new HclError(t.from);
        } else if (t.text === '=' && open.length === 0) throw new HclError(t.from);
      }
      tokens.push(t);
    }
    if (open.length > 0) throw new HclError(this.text.length);
    return tokens;
  }
}

/** A literal's text and whether it is known: a number, true or false, or a quoted string without template sequences. */
function literal(text: string, tokens: readonly Token[]): { text: string; known: boolean; from: number; to: number } {
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only?.kind === 'number') return { text: text.slice(only.from, only.to), known: true, from: only.from, to: only.to };
  if (only?.kind === 'ident' && /^(true|false)$/.test(text.slice(only.from, only.to))) return { text: text.slice(only.from, only.to), known: true, from: only.from, to: only.to };
  if (only?.kind === 'string') {
    const inner = unquote(text.slice(only.from + 1, only.to - 1));
    return { text: inner, known: !only.template && !hasTemplate(inner), from: only.from + 1, to: only.to - 1 };
  }
  const from = tokens[0]?.from ?? 0;
  const to = tokens.at(-1)?.to ?? from;
  return { text: text.slice(from, to), known: false, from, to };
}

/** A quoted string's value: HCL's escapes resolved (`\"`, `\\`, `\n`, `\t`, `\r`, `\uNNNN`, `\UNNNNNNNN`). */
function unquote(inner: string): string {
  if (!inner.includes('\\')) return inner;
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
  return inner.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (all, e: string) => {
    if (e.length > 1) {
      const code = Number.parseInt(e.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return simple[e] ?? all;
  });
}

/** Unknown values carry a `${...}` form, so every reader of the value sees a template. */
function entryOf(source: SourceText, file: string, key: string, keyToken: Token, value: ReturnType<typeof literal>): ConfigEntry {
  return {
    key,
    value: value.known || hasTemplate(value.text) ? value.text : `\${${value.text}}`,
    file,
    syntax: 'object',
    keySpan: source.span(keyToken.from, keyToken.to),
    valueSpan: source.span(value.from, Math.max(value.from, value.to)),
  };
}

/** The elements `key = value` (or `key: value`) of an object constructor's tokens, with their keys' names. */
function objectElements(text: string, tokens: readonly Token[]): { name: string; key: Token; value: Token[] }[] {
  const open = tokens[0];
  if (open?.kind !== 'punct' || open.text !== '{') return [];
  const out: { name: string; key: Token; value: Token[] }[] = [];
  let i = 1;
  while (i < tokens.length - 1) {
    const key = tokens[i] as Token;
    const separator = tokens[i + 1];
    if (key.kind === 'newline' || (key.kind === 'punct' && key.text === ',')) {
      i++;
      continue;
    }
    if ((key.kind !== 'string' && key.kind !== 'ident') || separator?.kind !== 'punct' || (separator.text !== '=' && separator.text !== ':')) return out;
    // The value runs to a comma or line end outside brackets.
    const value: Token[] = [];
    let depth = 0;
    let j = i + 2;
    for (; j < tokens.length - 1; j++) {
      const t = tokens[j] as Token;
      if (depth === 0 && (t.kind === 'newline' || (t.kind === 'punct' && t.text === ','))) break;
      if (t.kind === 'punct' && OPENERS[t.text as string]) depth++;
      else if (t.kind === 'punct' && (t.text === '}' || t.text === ']' || t.text === ')')) depth--;
      value.push(t);
    }
    const name = key.kind === 'string' ? unquote(text.slice(key.from + 1, key.to - 1)) : text.slice(key.from, key.to);
    if (key.kind === 'ident' || !key.template) out.push({ name, key, value });
    i = j;
  }
  return out;
}

/** The line comments (`#` and `//` lines) and each block, attribute and config element as an entry, for inline directives. */
function commentLines(source: SourceText, lineComments: readonly LineCommentAt[], blocks: readonly Block[], attributes: readonly Attribute[]): CommentLines {
  const entries: EntryLines[] = [];
  const add = (from: number, to: number) => entries.push({ line: source.position(from).line, endLine: source.position(Math.max(from, to - 1)).line });
  const visit = (block: Block) => {
    add(block.type.from, block.to);
    for (const a of block.body.attributes) {
      add(a.key.from, a.to);
      for (const e of objectElements(source.text, a.value)) add(e.key.from, e.value.at(-1)?.to ?? e.key.to);
    }
    block.body.blocks.forEach(visit);
  };
  blocks.forEach(visit);
  for (const a of attributes) add(a.key.from, a.to);
  const comments: LineComment[] = lineComments.map((c) => ({ text: source.text.slice(c.from + c.marker, c.to), span: source.span(c.from, c.to) }));
  return { comments, entries: sortedEntries(entries) };
}

/** The topic a `resource "kafka_topic"` block defines, or undefined without a `name` (the provider requires one). */
function topicOf(source: SourceText, file: string, block: Block): TopicDefinition | undefined {
  const text = source.text;
  const configs: ConfigEntry[] = [];
  const fields: Partial<Record<'name' | 'partitions' | 'replicas', ConfigEntry>> = {};
  for (const attribute of block.body.attributes) {
    const key = text.slice(attribute.key.from, attribute.key.to);
    if (key === 'config') {
      for (const element of objectElements(text, attribute.value)) configs.push(entryOf(source, file, element.name, element.key, literal(text, element.value)));
      continue;
    }
    const entry = entryOf(source, file, key, attribute.key, literal(text, attribute.value));
    if (key === 'name') fields.name = entry;
    else if (key === 'partitions') fields.partitions = entry;
    else if (key === 'replication_factor') fields.replicas = entry;
  }
  if (!fields.name) return undefined;
  const definition: Omit<TopicDefinition, 'partitionCount' | 'replicationFactor'> = { name: fields.name.value, nameEntry: fields.name, source: 'terraform', file, configs };
  if (fields.partitions) definition.partitions = fields.partitions;
  if (fields.replicas) definition.replicas = fields.replicas;
  return topic(definition);
}

/**
 * Reads the `resource "kafka_topic" "..."` blocks of a Terraform file (the Mongey/kafka
 * provider): `name`, `partitions`, `replication_factor` and the `config` map, each at its
 * position. A value that is not a literal (`var.partitions`, `local.x`, `"${var.env}-orders"`,
 * a function call) is unknown. Never throws; where the text stops being HCL, a syntax notice
 * says so and the resources before it are still read.
 *
 * @example
 * ```ts
 * parseTerraformTopics('resource "kafka_topic" "o" {\n  name = "orders"\n  partitions = 4\n}\n', 'kafka.tf').topics[0]?.partitions?.value; // '4'
 * ```
 */
export function parseTerraformTopics(text: string, file: string): TopicsFile {
  const source = new SourceText(text);
  const notices: DeploymentNotice[] = [];
  const { tokens, comments, error: lexical } = tokenize(text);
  const reader = new BodyReader(tokens, text);
  const { blocks, attributes } = reader.body(false);
  const error = Math.min(lexical ?? Infinity, reader.errors[0] ?? Infinity);
  if (error !== Infinity) notices.push({ code: 'syntax', reason: 'hcl-error', refused: true, data: {}, file, span: source.span(error, error) });
  const topics = blocks
    .filter((b) => text.slice(b.type.from, b.type.to) === 'resource' && b.labels[0] !== undefined && labelText(text, b.labels[0]) === 'kafka_topic')
    .flatMap((b) => topicOf(source, file, b) ?? []);
  return { kind: 'topics', file, topics, notices, commentLines: commentLines(source, comments, blocks, attributes) };
}

function labelText(text: string, label: Token): string {
  return label.kind === 'string' ? unquote(text.slice(label.from + 1, label.to - 1)) : text.slice(label.from, label.to);
}
