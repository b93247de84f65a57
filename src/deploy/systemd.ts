import type { ConfigEntry } from '../parse/entry.js';
import type { DeploymentNotice, ServiceRole, SystemdUnit, UnitDirective } from '../model/types.js';
import { SourceText } from '../parse/source.js';
import { lineText, sortedEntries, type CommentLines } from '../parse/comments.js';
import { parseEnvAssignments, unresolvedJvmNotices } from './env.js';
import type { IncludedFileResolver } from './include.js';
import { jvmFromVariables } from './jvm.js';
import { kafkaStartCommand } from './start.js';

/**
 * Tokenizes a systemd unit as systemd's config parser reads it (systemd.syntax(7)): `[Section]`
 * headers; `Key=value` with blanks around `=` allowed; `#` and `;` start a comment only at the
 * start of a line; a line ending in `\` continues on the next (comment lines inside a
 * continuation are skipped); repeated keys are all kept in order, and an empty value (a reset)
 * is kept too. Lines systemd would ignore (no `=`, outside a section) become notices.
 *
 * @example
 * ```ts
 * const { directives } = tokenizeUnit('[Service]\nEnvironment=A=1\nEnvironment=B=2\n', 'kafka.service');
 * directives.map((d) => d.value); // ['A=1', 'B=2']
 * ```
 */
export function tokenizeUnit(
  text: string,
  file: string,
): {
  /** Every directive, in order. */
  directives: UnitDirective[];
  /** Lines systemd would ignore. */
  notices: DeploymentNotice[];
  /** Comment lines (`#` or `;` first) and the lines of each header, directive and ignored line. */
  commentLines: CommentLines;
} {
  const source = new SourceText(text);
  const directives: UnitDirective[] = [];
  const notices: DeploymentNotice[] = [];
  const comments: CommentLines['comments'] = [];
  const entries: CommentLines['entries'] = [];
  let section = '';
  for (let line = 1; line <= source.lineCount; line++) {
    const start = source.lineStart(line);
    const raw = lineText(source, line);
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const lead = start + raw.length - raw.trimStart().length;
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) {
      comments.push({ text: trimmed.slice(1), span: source.span(lead, lead + trimmed.length) });
      continue;
    }
    const first = line;
    if (trimmed.startsWith('[')) {
      section = trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed.slice(1);
      entries.push({ line, endLine: line });
      continue;
    }
    const eq = raw.indexOf('=');
    if (eq < 0 || section === '') {
      entries.push({ line, endLine: line });
      notices.push({ code: 'syntax', reason: eq < 0 ? 'unit-line-without-equals' : 'unit-line-outside-section', data: {}, file, span: source.span(lead, start + raw.trimEnd().length) });
      continue;
    }
    const key = raw.slice(0, eq).trim();
    const keyStart = lead;
    let valueStart = start + eq + 1;
    while (text[valueStart] === ' ' || text[valueStart] === '\t') valueStart++;
    let value = raw.slice(valueStart - start);
    let end = start + raw.length;
    // Continuation: a trailing backslash joins the next line with a space.
    while (/\\\s*$/.test(value) && line < source.lineCount) {
      value = value.replace(/\\\s*$/, ' ');
      line++;
      const next = lineText(source, line);
      if (/^\s*[#;]/.test(next)) continue;
      value += next;
      end = source.lineStart(line) + next.length;
    }
    value = value.trim();
    entries.push({ line: first, endLine: line });
    directives.push({
      section,
      key,
      value,
      keySpan: source.span(keyStart, keyStart + key.length),
      valueSpan: source.span(valueStart, Math.max(valueStart, end)),
    });
  }
  return { directives, notices, commentLines: { comments, entries: sortedEntries(entries) } };
}


/**
 * The effective directive of a key in `[Service]`: the last assignment after the last reset;
 * undefined when unset or reset to empty.
 *
 * @example
 * ```ts
 * serviceSetting(unit, 'Restart')?.value; // 'on-failure'
 * ```
 */
export function serviceSetting(unit: SystemdUnit, key: string): UnitDirective | undefined {
  const last = unit.directives.filter((d) => d.section === 'Service' && d.key === key).at(-1);
  return last && last.value !== '' ? last : undefined;
}

/**
 * The ExecStart= lines in effect: every assignment after the last empty reset.
 *
 * @example
 * ```ts
 * execStarts(unit)[0]?.value; // '/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties'
 * ```
 */
export function execStarts(unit: SystemdUnit): UnitDirective[] {
  const all = unit.directives.filter((d) => d.section === 'Service' && d.key === 'ExecStart');
  const reset = all.map((d) => d.value === '').lastIndexOf(true);
  return all.slice(reset + 1);
}

/** Splits an Environment= value into assignments, honouring systemd's quotes. */
function environmentAssignments(directive: UnitDirective, source: SourceText | undefined, file: string): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  for (const m of directive.value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) {
    const word = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3] ?? '');
    const eq = word.indexOf('=');
    if (eq <= 0) continue;
    const entry: ConfigEntry = { key: word.slice(0, eq), value: word.slice(eq + 1), file, syntax: 'systemd', keySpan: directive.keySpan, valueSpan: directive.valueSpan };
    if (source && directive.valueSpan.line === directive.valueSpan.endLine) {
      const at = directive.valueSpan.start + (m.index ?? 0) + (m[3] === undefined ? 1 : 0);
      entry.keySpan = source.span(at, at + eq);
      entry.valueSpan = source.span(at + eq + 1, at + word.length);
    }
    entries.push(entry);
  }
  return entries;
}

/**
 * What a unit starts, from its ExecStart= lines: Kafka (kafka-server-start, kafka.Kafka) or
 * ZooKeeper (zkServer.sh, zookeeper-server-start, QuorumPeerMain).
 *
 * @example
 * ```ts
 * unitRole('/opt/zookeeper/bin/zkServer.sh start-foreground'); // 'zookeeper'
 * ```
 */
export function unitRole(execStart: string): ServiceRole | undefined {
  if (/zkServer\.sh|zookeeper-server-start|QuorumPeerMain/.test(execStart)) return 'zookeeper';
  if (/kafka-server-start|kafka\.Kafka\b|kafka-run-class(\.sh)?\s+kafka\.Kafka/.test(execStart)) return 'kafka';
  return undefined;
}

/**
 * Reads a systemd unit: its directives, what ExecStart runs, and the environment of Environment=
 * lines and EnvironmentFile= files (when supplied; a leading `-` marks an optional file), whose
 * JVM variables give the JVM options.
 *
 * @example
 * ```ts
 * const unit = parseSystemdUnit('[Service]\nUser=kafka\nEnvironment="KAFKA_HEAP_OPTS=-Xmx4g -Xms4g"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n', 'kafka.service');
 * unit.jvm?.maxHeapBytes; // 4294967296
 * ```
 */
export function parseSystemdUnit(text: string, file: string, options: { resolveFile?: IncludedFileResolver } = {}): SystemdUnit {
  const { directives, notices, commentLines } = tokenizeUnit(text, file);
  const unit: SystemdUnit = { kind: 'systemd', file, directives, environment: [], starts: [], notices, commentLines };
  const source = new SourceText(text);
  for (const d of directives) {
    if (d.section !== 'Service') continue;
    if (d.key === 'Environment') unit.environment.push(...environmentAssignments(d, source, file));
    else if (d.key === 'EnvironmentFile' && d.value !== '') {
      const ref = d.value.replace(/^-/, '');
      const included = options.resolveFile?.(ref, file);
      if (included) unit.environment.push(...parseEnvAssignments(included.text, included.file));
      else if (!d.value.startsWith('-')) notices.push({ code: 'not-read', reason: 'environment-file-missing', data: { path: ref }, file, span: d.valueSpan });
    }
  }
  notices.push(...unresolvedJvmNotices(unit.environment));
  // A unit that starts a wrapper script: its file name says what it runs.
  const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase().split('__').at(-1) as string;
  const role = execStarts(unit).map((d) => unitRole(d.value)).find((r) => r !== undefined) ?? (/zoo|^zk/.test(name) ? 'zookeeper' : /kafka/.test(name) ? 'kafka' : undefined);
  if (role) {
    unit.role = role;
    const jvm = jvmFromVariables(unit.environment, role);
    if (jvm) unit.jvm = jvm;
  }
  // systemd expands $VAR and ${VAR} in ExecStart= from the unit's environment.
  const environment = new Map(unit.environment.map((e) => [e.key, e.value]));
  for (const d of execStarts(unit)) {
    // ExecStart= prefixes (`-`, `@`, `:`, `+`, `!`) are not part of the command.
    const prefix = /^[-@:+!]*/.exec(d.value)?.[0].length ?? 0;
    const oneLine = d.valueSpan.line === d.valueSpan.endLine;
    const place = { file, syntax: 'systemd' as const, span: d.valueSpan, ...(oneLine ? { exact: { source, offset: d.valueSpan.start + prefix } } : {}) };
    const start = kafkaStartCommand(d.value.slice(prefix), place, environment);
    if (start) unit.starts.push(start);
  }
  return unit;
}
