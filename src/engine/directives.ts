import type { Finding } from './finding.js';
import type { Report } from './rule.js';
import type { Cluster } from '../model/types.js';
import type { Span } from '../parse/source.js';
import { documentsWithProperties } from '../model/documents.js';

/** The messages of `kafka-lint/unused-directive`. */
export type UnusedDirectiveMessage = 'names-nothing' | 'unknown-id' | 'silences-nothing' | 'missing-reason';

/** The id of the rule that reports directives which suppress nothing. */
export const UNUSED_DIRECTIVE_RULE_ID = 'kafka-lint/unused-directive';

/**
 * An inline directive: `# kafka-lint-disable-next-line rule-id[, rule-id] -- reason` silences the
 * listed rules on the next entry; `# kafka-lint-disable rule-id -- reason` in the whole file.
 */
export interface Directive {
  kind: 'disable-next-line' | 'disable';
  file: string;
  /** The comment line that holds the directive. */
  span: Span;
  /** The rule ids as written, in order. */
  ruleIds: string[];
  /** The text after `--`, when present. */
  reason?: string;
  /** For `disable-next-line`: the lines of the entry it applies to; absent when none follows. */
  target?: { line: number; endLine: number };
}

/**
 * What directives are read from: one file's comment lines and the line ranges of its entries,
 * whatever its syntax. Each syntax with comments adds its documents in {@link directiveSources}.
 */
export interface DirectiveSource {
  file: string;
  comments: readonly { text: string; span: Span }[];
  /** The first and last line of each entry, in file order. */
  entries: readonly { line: number; endLine: number }[];
}

const NEXT_LINE = 'kafka-lint-disable-next-line';
const FILE_WIDE = 'kafka-lint-disable';

/**
 * Reads one comment's text (after `#`, `!` or systemd's `;`) as a directive, or `undefined` when it is not
 * one. Plain string operations: comment lines may be long and come from unreviewed files.
 */
function readDirective(text: string): Pick<Directive, 'kind' | 'ruleIds' | 'reason'> | undefined {
  const body = text.trim();
  let kind: Directive['kind'];
  let rest: string;
  if (body.startsWith(NEXT_LINE) && (body.length === NEXT_LINE.length || /\s/.test(body[NEXT_LINE.length] as string))) {
    kind = 'disable-next-line';
    rest = body.slice(NEXT_LINE.length);
  } else if (body.startsWith(FILE_WIDE) && (body.length === FILE_WIDE.length || /\s/.test(body[FILE_WIDE.length] as string))) {
    kind = 'disable';
    rest = body.slice(FILE_WIDE.length);
  } else return undefined;
  const dashes = rest.search(/(^|\s)--(\s|$)/);
  const idsText = dashes < 0 ? rest : rest.slice(0, dashes);
  const reason = dashes < 0 ? '' : rest.slice(dashes).trim().slice(2).trim();
  const ruleIds = idsText
    .split(/[\s,]+/)
    .filter((id) => id !== '');
  return reason === '' ? { kind, ruleIds } : { kind, ruleIds, reason };
}

/**
 * Every directive of one source, with the entry each `disable-next-line` applies to: the next
 * entry below it (only comments and blank lines may stand between, so directives can stack).
 *
 * @example
 * ```ts
 * const [d] = parseDirectives({ file: 'server.properties', comments: doc.comments, entries: [{ line: 2, endLine: 2 }] });
 * d?.ruleIds; // ['properties/duplicate-key']
 * ```
 */
export function parseDirectives(source: DirectiveSource): Directive[] {
  const directives: Directive[] = [];
  for (const comment of source.comments) {
    const read = readDirective(comment.text);
    if (!read) continue;
    const directive: Directive = { ...read, file: source.file, span: comment.span };
    if (read.kind === 'disable-next-line') {
      const next = source.entries.find((e) => e.line > comment.span.line);
      if (next) directive.target = { line: next.line, endLine: next.endLine };
    }
    directives.push(directive);
  }
  return directives;
}

/**
 * The sources of inline directives in a cluster: every document read from a .properties file
 * (`#` and `!` comments), and every deployment file whose reader collected its comments: compose
 * and Strimzi YAML (`#`), env files and JVM option scripts (`#`), systemd units (`#` and `;`).
 * Each file once, though several nodes or clusters read it.
 *
 * @example
 * ```ts
 * const directives = directiveSources(cluster).flatMap(parseDirectives);
 * ```
 */
export function directiveSources(cluster: Cluster): DirectiveSource[] {
  const sources = new Map<string, DirectiveSource>();
  for (const doc of documentsWithProperties(cluster)) {
    if (sources.has(doc.properties.file)) continue;
    sources.set(doc.properties.file, {
      file: doc.properties.file,
      comments: doc.properties.comments,
      entries: doc.properties.entries.map((e) => ({ line: e.span.line, endLine: e.span.endLine })),
    });
  }
  for (const d of cluster.deployments ?? []) {
    if (!d.commentLines || sources.has(d.file)) continue;
    sources.set(d.file, { file: d.file, comments: d.commentLines.comments, entries: d.commentLines.entries });
  }
  return [...sources.values()];
}

/**
 * The key of one rule id of one directive, the same in every cluster that reads the file: a
 * directive of a file linted in several clusters is unused only when no cluster used it.
 *
 * @example
 * ```ts
 * directiveKey(directive, 'properties/duplicate-key'); // 'server.properties\u00003\u0000properties/duplicate-key'
 * ```
 */
export function directiveKey(directive: Directive, id: string): string {
  return `${directive.file}\u0000${directive.span.line}\u0000${id}`;
}

function covers(directive: Directive, finding: Finding): boolean {
  if (finding.file !== directive.file) return false;
  if (directive.kind === 'disable') return true;
  const t = directive.target;
  return t !== undefined && finding.line !== undefined && finding.line >= t.line && finding.line <= t.endLine;
}

/** The outcome of {@link applyDirectives}. */
export interface DirectiveOutcome {
  /** Findings no directive covers. */
  kept: Finding[];
  /** Covered findings, each with `suppression: { kind: 'inSource', justification }`. */
  suppressed: Finding[];
  /**
   * One report per directive rule id that silenced nothing, for `kafka-lint/unused-directive`
   * (with `requireReason`, one per directive without a reason as well); `key` names the
   * directive's rule id (see {@link directiveKey}) for a report of an id that silenced nothing.
   */
  unused: (Report<UnusedDirectiveMessage> & { key?: string })[];
  /** The {@link directiveKey} of every directive rule id that silenced a finding. */
  used: string[];
}

/** Options of {@link applyDirectives}. */
export interface DirectiveOptions {
  /** Report each directive that gives no reason after `--` (`requireDirectiveReason`). */
  requireReason?: boolean;
}

/**
 * Applies directives to findings: a finding of a listed rule in the directive's scope is
 * suppressed. Directives (and rule ids in them) that suppress nothing come back as `unused`.
 *
 * @example
 * ```ts
 * const { kept, suppressed, unused } = applyDirectives(findings, directiveSources(cluster).flatMap(parseDirectives), ruleIds);
 * ```
 */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], knownIds: ReadonlySet<string>, options: DirectiveOptions = {}): DirectiveOutcome {
  const used = new Set<string>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    // A directive names a rule, or one of its messages (`broker/startup-constraints/listener-keystore-missing`).
    const names = [finding.ruleId, `${finding.ruleId}/${finding.messageId ?? ''}`];
    let index = -1;
    let name = '';
    for (let i = 0; i < directives.length && index < 0; i++) {
      const d = directives[i] as Directive;
      const hit = names.find((n) => d.ruleIds.includes(n));
      if (hit !== undefined && covers(d, finding)) {
        index = i;
        name = hit;
      }
    }
    const directive = directives[index];
    if (!directive) {
      kept.push(finding);
      continue;
    }
    used.add(`${index} ${name}`);
    const justification = directive.reason;
    suppressed.push({ ...finding, suppression: justification === undefined ? { kind: 'inSource' } : { kind: 'inSource', justification } });
  }
  const unused: DirectiveOutcome['unused'] = [];
  const usedKeys: string[] = [];
  directives.forEach((d, index) => {
    const span = { line: d.span.line, column: d.span.column, endLine: d.span.endLine, endColumn: d.span.endColumn };
    const directive = d.kind === 'disable' ? FILE_WIDE : NEXT_LINE;
    if (d.ruleIds.length === 0) unused.push({ messageId: 'names-nothing', file: d.file, span, data: { directive } });
    else if (options.requireReason && d.reason === undefined) unused.push({ messageId: 'missing-reason', file: d.file, span, data: { directive, ids: d.ruleIds.join(', ') } });
    for (const id of d.ruleIds) {
      if (used.has(`${index} ${id}`)) {
        usedKeys.push(directiveKey(d, id));
        continue;
      }
      if (!knownIds.has(id)) {
        unused.push({ messageId: 'unknown-id', file: d.file, span, data: { directive, id } });
        continue;
      }
      const where = d.kind === 'disable' ? 'in this file' : d.target ? `on line ${d.target.line}` : 'below it (no entry follows)';
      unused.push({ messageId: 'silences-nothing', file: d.file, span, data: { directive, id, where }, key: directiveKey(d, id) });
    }
  });
  return { kept, suppressed, unused, used: usedKeys };
}
