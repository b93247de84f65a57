import type { ConfigEntry, EntrySyntax } from '../parse/entry.js';
import type { DeploymentNotice, EnvFile, NoticeValue, NotReadReason, ServiceRole } from '../model/types.js';
import { SourceText } from '../parse/source.js';
import { lineCommentsOf } from '../parse/comments.js';
import { hasTemplate } from '../parse/template.js';
import { isJvmVariable, jvmFromVariables } from './jvm.js';
import { kafkaStartCommand } from './start.js';

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=/;

/**
 * Reads the assignments of an env file: `.env` and compose `env_file` files, kafka-env.sh,
 * /etc/sysconfig/kafka, ZooKeeper's java.env. `NAME=value` and `export NAME=value` lines are
 * read; quotes are removed (a double-quoted value may span lines); an unquoted value ends at
 * ` #`. Other shell lines (`if`, functions, commands) are skipped, never judged.
 *
 * @example
 * ```ts
 * const vars = parseEnvAssignments('export KAFKA_HEAP_OPTS="-Xmx4g -Xms4g"\n', 'kafka-env.sh');
 * vars[0]?.value; // '-Xmx4g -Xms4g'
 * ```
 */
export function parseEnvAssignments(text: string, file: string, syntax: EntrySyntax = 'env'): ConfigEntry[] {
  const source = new SourceText(text);
  const entries: ConfigEntry[] = [];
  let offset = 0;
  while (offset < text.length) {
    const lineEnd = nextLineEnd(text, offset);
    const line = text.slice(offset, lineEnd);
    const m = ASSIGNMENT.exec(line);
    if (!m) {
      offset = skipNewline(text, lineEnd);
      continue;
    }
    const name = m[1] as string;
    const nameStart = offset + m[0].length - name.length - 1;
    const valueStart = offset + m[0].length;
    const { value, end } = readValue(text, valueStart);
    entries.push({
      key: name,
      value,
      file,
      keySpan: source.span(nameStart, nameStart + name.length),
      valueSpan: source.span(valueStart, end),
      syntax,
    });
    offset = skipNewline(text, nextLineEnd(text, end));
  }
  return entries;
}

function nextLineEnd(text: string, from: number): number {
  const i = text.slice(from).search(/\r\n|\r|\n/);
  return i < 0 ? text.length : from + i;
}

function skipNewline(text: string, at: number): number {
  if (text.startsWith('\r\n', at)) return at + 2;
  return at < text.length ? at + 1 : at;
}

/** Reads one shell value from `start`: quoted parts, `\` escapes and continuations, up to a blank. */
function readValue(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return { value: value + text.slice(i + 1, nextLineEnd(text, i)), end: nextLineEnd(text, i) };
      const inner = text.slice(i + 1, close);
      value += c === '"' ? inner.replace(/\\\r?\n/g, '').replace(/\\(["\\$`])/g, '$1') : inner;
      i = close + 1;
    } else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i = skipNewline(text, i + 1);
    } else if (c === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ';') {
      break;
    } else {
      value += c;
      i++;
    }
  }
  return { value, end: i };
}

const ZOOKEEPER_VARIABLES = /^(SERVER_JVMFLAGS|JVMFLAGS|ZK_SERVER_HEAP|ZOO_[A-Z_]+|ZOOKEEPER_[A-Z_]+|JMXPORT)$/;

/**
 * Which program an env file configures: ZooKeeper for java.env, zookeeper-env.sh or zoo*.env,
 * or when it sets ZooKeeper's variables; Kafka when it sets KAFKA_* variables.
 *
 * @example
 * ```ts
 * envFileRole('conf/java.env', []); // 'zookeeper'
 * ```
 */
export function envFileRole(file: string, variables: readonly ConfigEntry[]): ServiceRole | undefined {
  // The name without a `<repo>__` prefix of files collected into one folder.
  const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase().split('__').at(-1) as string;
  const kafka = variables.some((v) => v.key.startsWith('KAFKA_') || v.key === 'JMX_PORT');
  if (/^(java\.env|zookeeper[\w.-]*|zoo[\w.-]*\.env)$/.test(name)) return 'zookeeper';
  if (/^kafka[\w.-]*$/.test(name) && kafka) return 'kafka';
  if (variables.some((v) => /^KAFKA_(HEAP|JVM_PERFORMANCE|JMX)_OPTS$/.test(v.key))) return 'kafka';
  if (variables.some((v) => ZOOKEEPER_VARIABLES.test(v.key))) return 'zookeeper';
  if (kafka) return 'kafka';
  return undefined;
}

/**
 * A notice for each JVM variable whose value holds a template: its flags cannot be read.
 *
 * @example
 * ```ts
 * unresolvedJvmNotices(parseEnvAssignments('KAFKA_HEAP_OPTS="-Xmx{{ heap }}"\n', 'kafka-env.sh'))[0]?.reason; // 'jvm-template'
 * ```
 */
export function unresolvedJvmNotices(variables: readonly ConfigEntry[]): DeploymentNotice[] {
  return variables.filter((v) => isJvmVariable(v.key) && hasTemplate(v.value)).map((v) => notReadNotice(v, 'jvm-template', { variable: v.key }));
}

/**
 * A `not-read` notice at an entry's key. The data names what was not read (variables, files,
 * services), never the value a variable holds: a value may be a secret.
 *
 * @example
 * ```ts
 * notReadNotice(entry, 'jvm-template', { variable: 'KAFKA_HEAP_OPTS' }).code; // 'not-read'
 * ```
 */
export function notReadNotice(entry: ConfigEntry, reason: NotReadReason, data: Record<string, NoticeValue>): DeploymentNotice {
  const notice: DeploymentNotice = { code: 'not-read', reason, data, file: entry.file ?? '<object>' };
  if (entry.keySpan) notice.span = entry.keySpan;
  return notice;
}

/** The kafka-server-start commands of a start script, one per line that runs it. */
function startCommands(text: string, file: string, variables: readonly ConfigEntry[]): EnvFile['starts'] {
  if (!text.includes('kafka-server-start')) return [];
  const source = new SourceText(text);
  const environment = new Map(variables.map((v) => [v.key, v.value]));
  const starts: EnvFile['starts'] = [];
  for (let line = 1; line <= source.lineCount; line++) {
    const from = source.lineStart(line);
    const to = line < source.lineCount ? source.lineStart(line + 1) : text.length;
    const raw = text.slice(from, to).replace(/\r?\n$|\r$/, '');
    const at = raw.indexOf('kafka-server-start');
    if (at < 0 || raw.trimStart().startsWith('#')) continue;
    const start = kafkaStartCommand(raw, { file, syntax: 'env', span: source.span(from, from + raw.length), exact: { source, offset: from } }, environment);
    if (start) starts.push(start);
  }
  return starts;
}

/**
 * Reads an env file into the model: its variables, the program it configures, and the JVM
 * options its variables give that program.
 *
 * @example
 * ```ts
 * parseEnvFile('KAFKA_HEAP_OPTS="-Xmx6g -Xms6g"\n', 'kafka-env.sh').jvm?.maxHeapBytes; // 6442450944
 * ```
 */
export function parseEnvFile(text: string, file: string): EnvFile {
  const variables = parseEnvAssignments(text, file);
  const env: EnvFile = { kind: 'env', file, variables, starts: startCommands(text, file, variables), notices: unresolvedJvmNotices(variables) };
  // Shell comments: `#` first on a line; an assignment (a quoted value may span lines) is one entry.
  const assignments = variables.flatMap((v) => (v.keySpan && v.valueSpan ? [{ line: v.keySpan.line, endLine: Math.max(v.keySpan.line, v.valueSpan.endLine) }] : []));
  env.commentLines = lineCommentsOf(new SourceText(text), '#', assignments);
  const role = envFileRole(file, variables);
  if (role) {
    env.role = role;
    const jvm = jvmFromVariables(variables, role);
    if (jvm) env.jvm = jvm;
  }
  return env;
}
