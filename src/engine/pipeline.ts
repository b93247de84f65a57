/**
 * The run pipeline: the one place a lint run happens. `lint()`, `lintFiles()`, the CLI and
 * `upgrade-check` all call it, so they see the same clusters, facts and findings:
 *
 *   files → kinds and groups (load.ts) → clusters → facts (context.ts) → rules (with the user's
 *   settings) → severities (message levels, assumed facts) → words (message templates, secrets
 *   hidden) → inline directives → baseline → fixes, until nothing changes → counts.
 */
import { KAFKA_VERSIONS, type KafkaVersion } from '../core/version.js';
import { renderedName } from '../parse/template.js';
import type { TextEncoding } from '../parse/properties.js';
import { decodeConfigBytes } from '../parse/decode.js';
import type { BrokerConfig, Cluster, TopicDefinition } from '../model/types.js';
import { readSetting } from '../model/settings.js';
import { SEVERITIES, compareFindings, countSeverities, type ClusterResult, type Finding, type LintResult, type Severity } from './finding.js';
import type { MessageValue, Report, Rule, RuleContext } from './rule.js';
import { resolveRuleSettings, type ResolvedRule } from './rule-settings.js';
import { resolveFacts, type StatedFacts } from './context.js';
import { assumptionSentence, type ClusterFacts, type FactName } from './facts.js';
import { clusterRedactor, maskSecretValues, type Redactor } from './redact.js';
import { applyDirectives, directiveSources, parseDirectives, UNUSED_DIRECTIVE_RULE_ID } from './directives.js';
import { applyBaseline, type Baseline, type BaselineEntry } from './baseline.js';
import { applyEdits, fixesByFile } from './fix.js';
import { groupFiles, loadCluster, type SourceFile } from './load.js';
import { topicsOf } from '../deploy/load.js';

/** How a run uses a baseline: the baseline, and how finding files map to its paths. */
export interface BaselineUse {
  /** The baseline. */
  baseline: Baseline;
  /** A finding's file as the baseline stores it (relative to the baseline file). */
  fileOf: (file: string) => string;
}

/** Options of a run. */
export interface RunOptions {
  /** The rules to run. */
  rules: readonly Rule[];
  /** The user's rule settings by rule or message id (checked here; see `resolveRuleSettings`). */
  settings?: Readonly<Record<string, unknown>>;
  /** Rule settings already resolved against `rules` (the CLI resolves once for every cluster). */
  resolved?: readonly ResolvedRule[];
  /** Facts the user states; the rest are resolved from the files. */
  facts?: StatedFacts;
  /** Whether inline `# kafka-lint-disable…` directives apply (default true). */
  inlineConfig?: boolean;
  /** Report directives that give no reason after `--` (`requireDirectiveReason`; default false). */
  requireDirectiveReason?: boolean;
  /** Apply the findings' safe fixes in memory and lint again, until nothing more is fixed. */
  fix?: boolean;
  /** Hide the findings a baseline records. */
  baseline?: BaselineUse;
  /**
   * What a live cluster holds (`--bootstrap-server`): its brokers (file `broker:<id>`) and topics
   * (file `topic:<name>`), judged with the files of every group, or alone when there are none.
   */
  live?: LiveContents;
}

/** Brokers and topics read from a running cluster rather than from files. */
export interface LiveContents {
  /** The brokers, each with its configs as the cluster reports them (file `broker:<id>`). */
  brokers: readonly BrokerConfig[];
  /** The topics (file `topic:<name>`, source `cluster`). */
  topics: readonly TopicDefinition[];
}

/** Adds a live cluster's brokers and topics to a cluster built from files; each topic is a file of its own. */
function addLive(cluster: Cluster, live: LiveContents | undefined): string[] {
  if (!live) return [];
  cluster.brokers.push(...live.brokers);
  const deployments = (cluster.deployments ??= []);
  for (const t of live.topics) deployments.push({ kind: 'topics', file: t.file, topics: [t], notices: [] });
  return [...live.brokers.map((b) => b.file), ...live.topics.map((t) => t.file)];
}

/** A file whose text the fixes changed. */
export interface FixedFile {
  /** The file, as given. */
  file: string;
  /** Its text before the fixes. */
  before: string;
  /** Its text after them. */
  after: string;
  /** Its bytes after them, in the file's own encoding. */
  bytes: Uint8Array;
  /** `before` with every secret value hidden: what a printed diff shows. */
  maskedBefore: string;
  /** `after` with every secret value hidden. */
  maskedAfter: string;
  /** How many fixes went into it. */
  fixes: number;
}

/** What a run over files returns. */
export interface RunResult extends LintResult {
  /** Files the fixes changed (only with `fix`). */
  fixed: FixedFile[];
  /** Baseline entries that match no finding any more (only with `baseline`). */
  staleBaseline: BaselineEntry[];
}

/** Fix passes per run: a fix may uncover another, but never endlessly. */
const MAX_FIX_PASSES = 5;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Fills a message template's `{{name}}` placeholders from data, every string through the
 * redactor first.
 */
function formatMessage(template: string, data: Readonly<Record<string, MessageValue>> | undefined, redactor: Redactor): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data?.[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? redactor.scrub(value) : String(value);
  });
}

/** A small, stable, non-cryptographic hash (cyrb53) as 14 hex digits. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The lines of each file of a cluster, for fingerprints. */
type LineSource = (file: string, line: number) => string | undefined;

/** Where a report points, as finding fields. */
function place(report: Report): Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'key'> {
  const out: Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'key'> = {};
  const entry = report.entry;
  const file = report.file ?? entry?.file;
  if (file !== undefined) out.file = file;
  const span =
    report.span ??
    (entry &&
      (report.part === 'value'
        ? entry.valueSpan
        : report.part === 'entry' && entry.keySpan && entry.valueSpan
          ? { ...entry.keySpan, endLine: entry.valueSpan.endLine, endColumn: entry.valueSpan.endColumn }
          : (entry.keySpan ?? entry.valueSpan)));
  if (span) {
    out.line = span.line;
    out.column = span.column;
    out.endLine = span.endLine;
    out.endColumn = span.endColumn;
  }
  const key = report.key ?? entry?.key;
  if (key !== undefined) out.key = key;
  return out;
}

function reportKey(messageId: string, p: Pick<Finding, 'file' | 'line' | 'column'>): string {
  return `${messageId}\u0000${p.file ?? ''}\u0000${p.line ?? ''}\u0000${p.column ?? ''}`;
}

/** Runs one rule over a cluster under a version, collecting its reports (or its failure). */
function runRule(resolved: ResolvedRule, cluster: Cluster, facts: ClusterFacts, version: KafkaVersion): { reports: Report[]; unlisted: Map<string | undefined, Unlisted>; failure?: string } {
  const reports: Report[] = [];
  const perFile = new Map<string | undefined, number>();
  const unlisted = new Map<string | undefined, Unlisted>();
  const context: RuleContext = {
    cluster,
    kafkaVersion: version,
    javaVersion: facts.javaVersion,
    brokerCount: facts.brokerCount,
    facts,
    options: resolved.options,
    setting: (node, key) => readSetting(node, key, version),
    report: (r) => {
      const file = r.file ?? r.entry?.file;
      const count = (perFile.get(file) ?? 0) + 1;
      perFile.set(file, count);
      if (count <= MAX_LISTED_PER_RULE_AND_FILE) reports.push(r);
      else {
        const more = unlisted.get(file);
        if (more) more.count++;
        else unlisted.set(file, { first: r, count: 1 });
      }
    },
  };
  try {
    resolved.rule.check(context);
    return { reports, unlisted };
  } catch (err) {
    return { reports, unlisted, failure: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * How many findings one rule lists in one file. A dense file (a 10 MiB file of one line set
 * again and again) would otherwise give millions of findings, and every format, the baseline
 * and the terminal would take minutes and gigabytes for them; past this number the rest of that
 * rule in that file is one finding that says how many were not listed.
 */
export const MAX_LISTED_PER_RULE_AND_FILE = 1000;

/** A rule's reports in one file past {@link MAX_LISTED_PER_RULE_AND_FILE}: the first of them, and how many. */
interface Unlisted {
  first: Report;
  count: number;
}

/**
 * The versions an error must hold in to stay an error when the Kafka version is assumed: every
 * version kafka-lint knows (ZooKeeper mode: 3.9 only, the last with ZooKeeper).
 */
function candidateVersions(facts: ClusterFacts): readonly KafkaVersion[] {
  return facts.kafkaVersion.origin.source === 'default' && facts.kafkaVersion.judged === '3.9' && facts.kafkaVersion.origin.detail.startsWith('ZooKeeper') ? ['3.9'] : KAFKA_VERSIONS;
}

/** The facts among `names` that kafka-lint did not know for this cluster. */
function assumedFacts(names: readonly FactName[] | undefined, facts: ClusterFacts): FactName[] {
  return (names ?? []).filter((n) => !facts[n].known);
}

/** Judges one cluster with every enabled rule: severities settled, words written, secrets hidden. */
function judge(cluster: Cluster, facts: ClusterFacts, rules: readonly ResolvedRule[], redactor: Redactor, lines: LineSource): Finding[] {
  const findings: Finding[] = [];
  const judged = facts.kafkaVersion.judged;
  for (const resolved of rules) {
    const { rule, levels } = resolved;
    if ([...levels.values()].every((l) => l === 'off')) continue;
    const { reports, unlisted, failure } = runRule(resolved, cluster, facts, judged);
    if (failure !== undefined) {
      findings.push({ ruleId: 'internal/rule-failure', messageId: 'failed', severity: 'error', message: `Rule ${rule.meta.id} failed on this input (${redactor.scrub(failure)}); please report it.` });
    }
    // The facts each message rests on: its own, else the rule's.
    const restsOn = (messageId: string): FactName[] => assumedFacts(rule.meta.messages[messageId]?.facts ?? rule.meta.facts, facts);
    // An error resting on an assumed version stands only if every version it could be gives it.
    let heldEverywhere: Set<string> | undefined;
    const errorKeys = new Set(
      reports.filter((r) => levels.get(r.messageId) === 'error' && restsOn(r.messageId).includes('kafkaVersion')).map((r) => reportKey(r.messageId, place(r))),
    );
    if (errorKeys.size > 0 && !facts.kafkaVersion.older && !facts.kafkaVersion.newer) {
      heldEverywhere = new Set(errorKeys);
      for (const version of candidateVersions(facts)) {
        if (version === judged) continue;
        const other = new Set(runRule(resolved, cluster, facts, version).reports.map((r) => reportKey(r.messageId, place(r))));
        for (const k of heldEverywhere) if (!other.has(k)) heldEverywhere.delete(k);
      }
    }
    for (const report of reports) {
      const level = levels.get(report.messageId);
      const message = rule.meta.messages[report.messageId];
      if (level === undefined || message === undefined) {
        findings.push({ ruleId: 'internal/rule-failure', messageId: 'unknown-message', severity: 'error', message: `Rule ${rule.meta.id} reported an unknown message id '${report.messageId}'; please report it.` });
        continue;
      }
      if (level === 'off') continue;
      const where = place(report);
      let severity: Severity = level;
      let text = formatMessage(message.text, report.data, redactor);
      if (severity === 'error') {
        const assumed = restsOn(report.messageId);
        const resting: FactName[] = assumed.filter((n) => n !== 'kafkaVersion');
        const heldInEveryVersion = message.versionBound !== true && heldEverywhere?.has(reportKey(report.messageId, where)) === true;
        if (assumed.includes('kafkaVersion') && !heldInEveryVersion) resting.unshift('kafkaVersion');
        if (resting.length > 0) {
          severity = 'warning';
          text = `${text} ${resting.map((n) => assumptionSentence(n, facts)).join(' ')}`;
        }
      }
      if (where.file !== undefined && renderedName(where.file) !== undefined) text += ' (Judged in a template: what its variables fill in was not checked.)';
      const finding: Finding = { ruleId: rule.meta.id, messageId: report.messageId, severity, message: text, ...where };
      // A zero-width anchor (a key that is unset, placed at the file's start) points at no text: its
      // fingerprint must not change when lines are added above it.
      const atText = where.line !== undefined && !(where.line === where.endLine && where.column === where.endColumn);
      const lineText = where.file !== undefined && atText ? lines(where.file, where.line!) : undefined;
      finding.fingerprint = hash([rule.meta.id, report.messageId, where.key ?? '', redactor.scrub((lineText ?? '').trim())].join('\u0000'));
      if (report.fix && rule.meta.fixable) finding.fix = report.fix;
      findings.push(finding);
    }
    for (const [file, more] of unlisted) {
      // As severe as the worst finding of the rule listed in that file.
      const listed = findings.filter((f) => f.ruleId === rule.meta.id && f.file === file);
      if (listed.length === 0) continue;
      const severity = SEVERITIES.find((s) => listed.some((f) => f.severity === s)) as Severity;
      const where = place(more.first);
      findings.push({
        ruleId: rule.meta.id,
        messageId: 'more-not-listed',
        severity,
        message: `${rule.meta.id} found ${more.count} more problems in this file that are not listed: kafka-lint lists at most ${MAX_LISTED_PER_RULE_AND_FILE} findings of one rule in one file. Fix the ones listed and run again.`,
        ...where,
        fingerprint: hash([rule.meta.id, 'more-not-listed', file ?? ''].join('\u0000')),
      });
    }
  }
  return findings;
}

/**
 * The directive rule id each `silences-nothing` finding is about, and the directive rule ids
 * each cluster used: a file in several clusters (a shared env file) has its directives judged in
 * each, and one is unused only when it silenced nothing in all of them.
 */
const unusedKeys = new WeakMap<Finding, string>();
const usedKeys = new WeakMap<ClusterResult, readonly string[]>();

/** Applies the inline directives of a cluster's files; unused ones become findings. */
function directives(cluster: Cluster, findings: Finding[], rules: readonly ResolvedRule[], redactor: Redactor, options: RunOptions): { kept: Finding[]; suppressed: Finding[]; used: string[] } {
  const found = options.inlineConfig !== false ? directiveSources(cluster).flatMap(parseDirectives) : [];
  if (found.length === 0) return { kept: findings, suppressed: [], used: [] };
  const known = new Set<string>();
  for (const { rule } of rules) {
    known.add(rule.meta.id);
    for (const id of Object.keys(rule.meta.messages)) known.add(`${rule.meta.id}/${id}`);
  }
  const outcome = applyDirectives(findings, found, known, { requireReason: options.requireDirectiveReason === true });
  const unusedRule = rules.find((r) => r.rule.meta.id === UNUSED_DIRECTIVE_RULE_ID);
  if (unusedRule) {
    for (const report of outcome.unused) {
      const level = unusedRule.levels.get(report.messageId);
      const message = unusedRule.rule.meta.messages[report.messageId];
      if (level === undefined || level === 'off' || message === undefined) continue;
      const finding: Finding = { ruleId: UNUSED_DIRECTIVE_RULE_ID, messageId: report.messageId, severity: level, message: formatMessage(message.text, report.data, redactor), ...place(report) };
      if (report.key !== undefined) unusedKeys.set(finding, report.key);
      outcome.kept.push(finding);
    }
  }
  return { kept: outcome.kept, suppressed: outcome.suppressed, used: outcome.used };
}

/** Drops the `silences-nothing` findings of directives another cluster of the run used. */
function reconcileDirectives(clusters: ClusterResult[]): ClusterResult[] {
  if (clusters.length < 2) return clusters;
  const used = new Set(clusters.flatMap((c) => usedKeys.get(c) ?? []));
  if (used.size === 0) return clusters;
  for (const c of clusters) {
    c.findings = c.findings.filter((f) => {
      const key = unusedKeys.get(f);
      return key === undefined || !used.has(key);
    });
  }
  return clusters;
}

/** The files of a cluster, as displayed. */
function clusterFiles(cluster: Cluster): string[] {
  const files = new Set<string>();
  for (const n of [...cluster.brokers, ...cluster.zookeeper]) if (n.file !== '<object>') files.add(n.file);
  for (const z of cluster.zookeeper) if (z.myid) files.add(z.myid.file);
  for (const m of cluster.myids) files.add(m.file);
  for (const d of cluster.deployments ?? []) files.add(d.file);
  return [...files].sort();
}

/** Lints one cluster already built: facts, rules, directives. No files, so no fixes or fingerprints of lines. */
function lintCluster(cluster: Cluster, rules: readonly ResolvedRule[], options: RunOptions, lines: LineSource, files?: string[]): ClusterResult {
  const facts = resolveFacts(cluster, options.facts);
  const redactor = clusterRedactor(cluster);
  const found = judge(cluster, facts, rules, redactor, lines);
  const { kept, suppressed, used } = directives(cluster, found, rules, redactor, options);
  kept.sort(compareFindings);
  const result: ClusterResult = {
    files: files ?? clusterFiles(cluster),
    nodes: { kafka: cluster.brokers.length, zookeeper: cluster.zookeeper.length },
    facts,
    findings: kept,
    suppressed,
  };
  if (cluster.name !== undefined) result.name = cluster.name;
  const topics = topicsOf(cluster).length;
  if (topics > 0) result.topics = topics;
  if (used.length > 0) usedKeys.set(result, used);
  return result;
}

function resolvedRules(options: RunOptions): readonly ResolvedRule[] {
  return options.resolved ?? resolveRuleSettings(options.rules, options.settings);
}

/** Findings once each: a file shared by several deployments (an env file) is judged in each. */
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const id = `${f.ruleId}\u0000${f.messageId}\u0000${f.file ?? ''}\u0000${f.line ?? ''}\u0000${f.column ?? ''}\u0000${f.message}`;
    if (!seen.has(id)) seen.set(id, f);
  }
  return [...seen.values()].sort(compareFindings);
}

function result(clusters: ClusterResult[], baseline: BaselineUse | undefined): LintResult & { staleBaseline: BaselineEntry[] } {
  let findings = unique(clusters.flatMap((c) => c.findings));
  let suppressed = unique(clusters.flatMap((c) => c.suppressed));
  let staleBaseline: BaselineEntry[] = [];
  if (baseline) {
    const applied = applyBaseline(findings, baseline.baseline, baseline.fileOf);
    findings = applied.kept;
    suppressed = unique([...suppressed, ...applied.suppressed]);
    staleBaseline = applied.stale;
    const hidden = new Set(applied.suppressed.map((f) => `${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.ruleId}\u0000${f.messageId}\u0000${f.message}`));
    for (const c of clusters) {
      const isHidden = (f: Finding): boolean => hidden.has(`${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.ruleId}\u0000${f.messageId}\u0000${f.message}`);
      c.suppressed = [...c.suppressed, ...c.findings.filter(isHidden).map((f) => ({ ...f, suppression: { kind: 'external' as const, justification: 'recorded in the baseline' } }))];
      c.findings = c.findings.filter((f) => !isHidden(f));
    }
  }
  const first = clusters[0];
  return {
    findings,
    ...countSeverities(findings),
    kafkaVersion: first?.facts.kafkaVersion.judged ?? KAFKA_VERSIONS[KAFKA_VERSIONS.length - 1] as KafkaVersion,
    kafkaVersionInferred: first ? !first.facts.kafkaVersion.known : true,
    suppressed,
    clusters,
    staleBaseline,
  };
}

/**
 * Lints a cluster given as a model (from `lint()`): facts, rules, directives, counts.
 *
 * @example
 * ```ts
 * runOnCluster(toCluster({ 'broker.id': 1 }), { rules: allRules });
 * ```
 */
export function runOnCluster(cluster: Cluster, options: RunOptions): LintResult {
  const rules = resolvedRules(options);
  const { staleBaseline: _stale, ...rest } = result([lintCluster(cluster, rules, options, () => undefined)], options.baseline);
  return rest;
}

/** A file of a run, as the fix loop holds it. */
interface WorkingFile extends SourceFile {
  before: string;
  fixes: number;
}

function encodingOf(f: SourceFile): TextEncoding {
  return f.encoding ?? 'utf-8';
}

function bytesOf(f: SourceFile): Uint8Array {
  return f.bytes ?? Buffer.from(f.text, encodingOf(f) === 'latin1' ? 'latin1' : 'utf8');
}

/**
 * The clusters files form, built: grouped as the pipeline groups them (each compose file and
 * Strimzi Kafka resource apart from the host configs), named `name` (or, when one name covers
 * several groups, after the deployment file that starts each).
 *
 * @example
 * ```ts
 * loadClusters(files, 'prod').map((c) => c.name);
 * ```
 */
export function loadClusters(files: readonly SourceFile[], name?: string): Cluster[] {
  const groups = groupFiles(files);
  return groups.map((g) => loadCluster(g.files, groupName(g.files, name, groups.length)));
}

function groupName(files: readonly (SourceFile & { kind?: string })[], name: string | undefined, groups: number): string | undefined {
  if (groups <= 1) return name;
  const primary = files.find((f) => f.kind === 'compose' || f.kind === 'strimzi');
  return primary ? (name !== undefined ? `${name} (${primary.file})` : primary.file) : name;
}

/**
 * Lints files: recognised by name and content, grouped into clusters, each judged with its
 * facts; with `fix`, the safe fixes are applied in memory and the files linted again until
 * nothing more is fixed (the changed files come back in `fixed`); with `baseline`, recorded
 * findings are hidden. Never throws on file content.
 *
 * @example
 * ```ts
 * const result = runOnFiles([{ file: 'zk1/zoo.cfg', text }], { rules: allRules, fix: true });
 * result.fixed[0]?.after;
 * ```
 */
export function runOnFiles(files: readonly SourceFile[], options: RunOptions, name?: string): RunResult {
  const rules = resolvedRules(options);
  const working: WorkingFile[] = files.map((f) => ({ ...f, before: f.text, fixes: 0 }));
  // The cluster each file was last loaded into: secret values are masked from it in diffs.
  const loadedIn = new Map<string, Cluster>();
  const firstLoadedIn = new Map<string, Cluster>();
  const lintAll = (): ClusterResult[] => {
    const groups = groupFiles(working);
    // A live cluster with no files is one cluster of its own.
    if (groups.length === 0 && options.live) groups.push({ files: [] });
    return reconcileDirectives(groups.map((g) => {
      const texts = new Map(g.files.map((f) => [f.file, f.text]));
      const lineCache = new Map<string, string[]>();
      const lines: LineSource = (file, line) => {
        let split = lineCache.get(file);
        if (!split) {
          const text = texts.get(file);
          if (text === undefined) return undefined;
          split = text.split(/\r\n|\r|\n/);
          lineCache.set(file, split);
        }
        return split[line - 1];
      };
      const cluster = loadCluster(g.files, groupName(g.files, name, groups.length));
      for (const f of g.files) {
        loadedIn.set(f.file, cluster);
        if (!firstLoadedIn.has(f.file)) firstLoadedIn.set(f.file, cluster);
      }
      const liveFiles = addLive(cluster, options.live);
      return lintCluster(cluster, rules, options, lines, [...g.files.filter((f) => f.kind !== undefined).map((f) => f.file), ...liveFiles]);
    }));
  };
  let clusters = lintAll();
  if (options.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixesOf = fixesByFile(clusters.flatMap((c) => c.findings));
      let changed = false;
      for (const file of working) {
        const fixes = fixesOf.get(file.file);
        if (fixes === undefined) continue;
        const outcome = applyEdits({ bytes: bytesOf(file), text: file.text, encoding: encodingOf(file) }, fixes);
        if (outcome.applied === 0) continue;
        const decoded = decodeConfigBytes(outcome.bytes);
        file.bytes = outcome.bytes;
        file.text = decoded.text;
        file.encoding = decoded.encoding;
        file.fixes += outcome.applied;
        changed = true;
      }
      if (!changed) break;
      clusters = lintAll();
    }
  }
  const fixed: FixedFile[] = working
    .filter((f) => f.fixes > 0)
    .map((f) => {
      const before = firstLoadedIn.get(f.file);
      const after = loadedIn.get(f.file);
      return {
        file: f.file,
        before: f.before,
        after: f.text,
        bytes: bytesOf(f),
        fixes: f.fixes,
        maskedBefore: before ? maskSecretValues(f.before, before, f.file) : f.before,
        maskedAfter: after ? maskSecretValues(f.text, after, f.file) : f.text,
      };
    });
  return { ...result(clusters, options.baseline), fixed };
}
