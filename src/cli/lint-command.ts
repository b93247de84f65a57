import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { allRules } from '../../rules/index.js';
import { createBaseline, isBaseline, type Baseline } from '../engine/baseline.js';
import { readSourceFile } from '../engine/load.js';
import { runOnFiles, type FixedFile, type RunResult } from '../engine/pipeline.js';
import { resolveRuleSettings, RuleSettingsError, settingIds, type ResolvedRule, type RuleSetting } from '../engine/rule-settings.js';
import type { StatedFacts } from '../engine/context.js';
import type { ClusterFacts, FactName } from '../engine/facts.js';
import { ConfigError, loadConfig, type LoadedConfig } from '../config/load.js';
import type { ClusterReport, FormatOptions, LintReport } from '../report/types.js';
import { loadFormatter } from '../report/index.js';
import { clusterReport } from '../report/files.js';
import { independentDeploymentsIn } from '../engine/independent-deployments.js';
import { collectClusters, displayPath, ignoredPaths, InputError, type ClusterFiles } from './inputs.js';
import type { LintArgs } from './args.js';
import { UsageError } from './command-line.js';
import { toolVersion } from './version.js';
import { makeParentDirectories, readRegularFile, type CliIo } from './io.js';
import { LARGE_STEP_FILES, progressOn } from './progress.js';
import type { LiveCluster } from '../deploy/live.js';

/**
 * Rules whose findings mixing deployments in one cluster makes (ensembles that disagree, ids
 * taken twice): only then is it worth loading the files again to look for several deployments.
 */
const MIXED_DEPLOYMENT_RULES = new Set(['zookeeper/ensemble-drift', 'zookeeper/myid-mismatch', 'cluster/duplicate-broker-id', 'kraft/voters-drift']);

/** The baseline file `--update-baseline` writes, and a run loads when it is present, when `--baseline` names none. */
const DEFAULT_BASELINE = 'kafka-lint-baseline.json';

/**
 * Whether to colour stdout: the last of `--color`/`--no-color`, then NO_COLOR, then FORCE_COLOR,
 * then the terminal (a `TERM=dumb` terminal shows escape codes as text, so it gets none).
 */
function useColor(args: LintArgs, io: CliIo): boolean {
  if (args.color !== undefined) return args.color;
  if (io.env['NO_COLOR']) return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.isTTY && io.env['TERM'] !== 'dumb';
}

/**
 * One directory per deployment, to lint them apart as path arguments: the directory that holds
 * all of a deployment's files; `undefined` unless these are distinct and none holds another.
 */
function deploymentDirs(deployments: readonly (readonly string[])[]): string[] | undefined {
  const common = (files: readonly string[]): string => {
    let parts = (files[0] ?? '').split('/').slice(0, -1);
    for (const f of files) {
      const other = f.split('/');
      let n = 0;
      while (n < parts.length && parts[n] === other[n]) n++;
      parts = parts.slice(0, n);
    }
    return parts.join('/');
  };
  const dirs = deployments.map(common);
  const nested = (a: string, b: string): boolean => a === b || a === '' || b.startsWith(`${a}/`);
  if (dirs.length < 2 || dirs.some((a, i) => dirs.some((b, j) => i !== j && nested(a, b)))) return undefined;
  return dirs;
}

function ruleSettings(config: LoadedConfig, args: LintArgs): Record<string, RuleSetting> {
  const known = new Set(settingIds(allRules));
  for (const id of Object.keys(args.rules)) {
    if (!known.has(id)) throw new UsageError(`--rule ${id}: not a kafka-lint rule or message id (\`kafka-lint rules\` lists them)`);
  }
  const settings: Record<string, RuleSetting> = { ...(config.config.rules as Record<string, RuleSetting> | undefined) };
  for (const [id, level] of Object.entries(args.rules)) {
    const current = settings[id];
    // --rule sets the level and keeps the options the config file gives the rule.
    settings[id] = Array.isArray(current) && current[1] !== undefined ? [level, current[1]] : level;
  }
  return settings;
}

/** The rule settings resolved once for the whole run; bad options are a configuration error (exit 2). */
function resolveSettings(settings: Record<string, RuleSetting>, config: LoadedConfig, cwd: string): readonly ResolvedRule[] {
  try {
    return resolveRuleSettings(allRules, settings);
  } catch (err) {
    if (err instanceof RuleSettingsError) throw new ConfigError(config.path ? `${displayPath(cwd, config.path)}: ${err.message}` : err.message);
    throw err;
  }
}

/**
 * The facts a run states: flags first, then a live cluster's own (its broker count and release), then the
 * cluster's entry in the config file, then the config file.
 */
function statedFacts(group: ClusterFiles, config: LoadedConfig, args: LintArgs, live?: LiveCluster): StatedFacts {
  const facts: StatedFacts = {};
  const fromConfig = <T>(own: T | undefined, top: T | undefined): T | undefined => own ?? top;
  const kafkaVersion = fromConfig(group.config?.kafkaVersion, config.config.kafkaVersion);
  if (args.kafkaVersion !== undefined) facts.kafkaVersion = { value: args.kafkaVersion, source: 'option' };
  else if (live?.kafkaVersion) facts.kafkaVersion = { value: live.kafkaVersion.value, source: 'cluster', detail: live.kafkaVersion.detail };
  else if (kafkaVersion !== undefined) facts.kafkaVersion = { value: kafkaVersion, source: 'config-file' };
  const brokerCount = fromConfig(group.config?.brokerCount, config.config.brokerCount);
  if (args.brokerCount !== undefined) facts.brokerCount = { value: args.brokerCount, source: 'option' };
  else if (live) facts.brokerCount = { value: live.brokerCount, source: 'cluster', detail: `the brokers the cluster at ${live.server} lists` };
  else if (brokerCount !== undefined) facts.brokerCount = { value: brokerCount, source: 'config-file' };
  const javaVersion = fromConfig(group.config?.javaVersion, config.config.javaVersion);
  if (args.javaVersion !== undefined) facts.javaVersion = { value: args.javaVersion, source: 'option' };
  else if (javaVersion !== undefined) facts.javaVersion = { value: javaVersion, source: 'config-file' };
  const zookeeperVersion = fromConfig(group.config?.zookeeperVersion, config.config.zookeeperVersion);
  if (args.zookeeperVersion !== undefined) facts.zookeeperVersion = { value: args.zookeeperVersion, source: 'option' };
  else if (zookeeperVersion !== undefined) facts.zookeeperVersion = { value: zookeeperVersion, source: 'config-file' };
  return facts;
}

function readBaseline(path: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `baseline ${path} does not exist; create it with --update-baseline`
        : `cannot read baseline ${path}: ${code ?? (err instanceof Error ? err.message : String(err))}`,
    );
  }
  if ((json as { version?: unknown } | null)?.version === 1) {
    throw new InputError(`${path} was written by kafka-lint 0.1 (it matched findings by their words); write it again with --update-baseline`);
  }
  if (!isBaseline(json)) throw new InputError(`${path} is not a kafka-lint baseline (expected { "version": 2, "findings": [...] })`);
  return json;
}

async function printConfig(file: string, config: LoadedConfig, args: LintArgs, resolved: readonly ResolvedRule[], io: CliIo): Promise<number> {
  const picomatch = (await import('picomatch')).default;
  const matchesGlob = (glob: string, path: string): boolean => picomatch(glob, { dot: true })(path);
  const abs = resolve(io.cwd, file);
  const rel = relative(config.dir, abs).split(sep).join('/');
  let kind: string | null = null;
  try {
    const bytes = readRegularFile(abs);
    if ('refused' in bytes) throw new InputError(`cannot read ${file}: ${bytes.refused}`);
    const read = readSourceFile(abs, bytes.bytes);
    kind = read.status === 'config' ? read.file.kind : null;
  } catch (err) {
    // The file need not exist to show what would apply to it.
    if (err instanceof InputError) throw err;
  }
  const claimed = config.config.clusters?.find((c) => c.files.some((g) => matchesGlob(g, rel)));
  const ignoredBy = (await ignoredPaths({ cwd: io.cwd, configDir: config.dir, ignores: config.config.ignores ?? [], ignorePatterns: args.ignorePatterns }))(abs, false);
  const rules: Record<string, { messages: Record<string, string>; options: Record<string, unknown> }> = {};
  for (const { rule, levels, options } of resolved) rules[rule.meta.id] = { messages: Object.fromEntries(levels), options };
  const facts = statedFacts({ name: '', files: [], ...(claimed ? { config: claimed } : {}) }, config, args);
  const out = {
    file: displayPath(io.cwd, abs),
    configFile: config.path ? displayPath(io.cwd, config.path) : null,
    kind,
    ignored: ignoredBy !== undefined,
    cluster: claimed?.name ?? null,
    stated: Object.fromEntries(Object.entries(facts).map(([name, fact]) => [name, fact])),
    inlineConfig: args.inlineConfig,
    requireDirectiveReason: config.config.requireDirectiveReason === true,
    rules,
  };
  io.stdout(JSON.stringify(out, null, 2) + '\n');
  return 0;
}

/**
 * `kafka-lint [paths...]`: lints the clusters the paths form, writes every requested format,
 * and returns the exit code (0 clean, 1 errors or too many warnings, 2 usage/I/O/config).
 *
 * @example
 * ```ts
 * const code = await runLint(parseLintArgs(['examples/']), io);
 * ```
 */
export async function runLint(args: LintArgs, io: CliIo): Promise<number> {
  const config = await loadConfig(args.config, io.cwd, settingIds(allRules));
  const resolved = resolveSettings(ruleSettings(config, args), config, io.cwd);
  if (args.printConfig !== undefined) {
    return printConfig(args.printConfig, config, args, resolved, io);
  }
  const progress = progressOn(io);
  const notice = (text: string): void => {
    progress.clear();
    io.stderr(`kafka-lint: ${text}\n`);
  };
  const unmatched: string[] = [];
  // With --bootstrap-server and no path, only the cluster is linted (not the current directory).
  const liveOnly = args.bootstrapServer !== undefined && args.paths.length === 0;
  const groups = liveOnly ? [] : await collectClusters({
    cwd: io.cwd,
    paths: args.paths,
    readStdin: io.readStdin,
    ...(args.stdinFilename !== undefined ? { stdinFilename: args.stdinFilename } : {}),
    ...(args.type !== undefined ? { type: args.type } : {}),
    clusterPerDir: args.clusterPerDir,
    clusters: config.config.clusters ?? [],
    ignores: config.config.ignores ?? [],
    configDir: config.dir,
    ignorePatterns: args.ignorePatterns,
    errorOnUnmatchedPattern: args.errorOnUnmatchedPattern,
    notice,
    unmatched: (arg) => void unmatched.push(arg),
    read: (count) => progress.update(`read ${count} config files`),
  });
  progress.clear();
  // Paths named on the command line and ignored have had their notice; when nothing else is
  // linted the report is empty and exits 0, as ESLint does for the file names lint-staged passes.
  if (groups.length === 0 && unmatched.length > 0 && args.errorOnUnmatchedPattern) {
    throw new InputError(`no Kafka or ZooKeeper config files found in ${args.paths.length > 0 ? args.paths.join(', ') : 'the current directory'}`);
  }
  let live: LiveCluster | undefined;
  if (args.bootstrapServer !== undefined) {
    progress.update(`reading the cluster at ${args.bootstrapServer}`);
    const { readLiveCluster, LiveClusterError } = await import('../deploy/live.js');
    try {
      live = await readLiveCluster({ server: args.bootstrapServer, cwd: io.cwd, timeoutMs: args.timeoutMs, ...(args.commandConfig !== undefined ? { commandConfig: args.commandConfig } : {}) });
    } catch (err) {
      // A cluster that cannot be read is a usage-level failure: one line, exit 2.
      if (err instanceof LiveClusterError) throw new InputError(err.message);
      throw err;
    }
    progress.clear();
    // The cluster alone is one cluster, named after its address; with files it joins each of their clusters.
    if (groups.length === 0) groups.push({ name: args.bootstrapServer, files: [] });
  }

  // The baseline: --baseline names it; otherwise kafka-lint-baseline.json is used when it exists.
  const explicitBaseline = args.baseline !== undefined;
  const baselinePath = resolve(io.cwd, args.baseline ?? DEFAULT_BASELINE);
  const baselineFile = (file: string): string => relative(dirname(baselinePath), resolve(io.cwd, file)).split(sep).join('/');
  const baseline: Baseline | undefined = !args.updateBaseline && (explicitBaseline || existsSync(baselinePath)) ? readBaseline(baselinePath) : undefined;

  const runs = groups.map((group, i) => {
    progress.update(`linting ${group.name}: ${group.files.length} files${groups.length > 1 ? ` (cluster ${i + 1} of ${groups.length})` : ''}`, group.files.length >= LARGE_STEP_FILES);
    const options = {
      rules: allRules,
      resolved,
      facts: statedFacts(group, config, args, live),
      inlineConfig: args.inlineConfig,
      requireDirectiveReason: config.config.requireDirectiveReason === true,
      ...(baseline ? { baseline: { baseline, fileOf: baselineFile } } : {}),
      ...(live ? { live: { brokers: live.brokers, topics: live.topics } } : {}),
    };
    // A dry run changed nothing: its report and exit code are those of the files as they are.
    const result = runOnFiles(group.files, { ...options, fix: args.fix }, group.name);
    const fixes = args.fixDryRun ? runOnFiles(group.files, { ...options, fix: true }, group.name).fixed : result.fixed;
    return { group, result, fixes };
  });
  progress.clear();
  if (args.showClusters) for (const { result } of runs) io.stderr(showClusters(result));
  for (const { group, result } of runs) {
    // Named clusters and --cluster-per-dir are groupings the user chose.
    if (args.clusterPerDir || group.config !== undefined || !result.findings.some((f) => MIXED_DEPLOYMENT_RULES.has(f.ruleId))) continue;
    const split = independentDeploymentsIn(group.files);
    if (split) {
      const dirs = deploymentDirs(split.deployments ?? []);
      const how = `${dirs ? `kafka-lint ${dirs.join(' ')}, ` : ''}--cluster-per-dir when each deployment's files sit in one directory, or clusters named in the config file`;
      notice(
        `${group.name} looks like ${split.count} independent deployments linted as one cluster (${split.evidence.join('; ')}), ` +
          `so the findings that compare nodes compare the deployments with each other; lint them apart: ${how}`,
      );
    }
  }

  if (args.fix || args.fixDryRun) await writeFixes(runs, args, io, notice);

  if (args.updateBaseline) {
    const written = createBaseline(runs.flatMap((r) => r.result.findings), baselineFile);
    try {
      makeParentDirectories(baselinePath);
      writeFileSync(baselinePath, JSON.stringify(written, null, 2) + '\n');
    } catch (err) {
      throw new InputError(`cannot write baseline ${args.baseline ?? DEFAULT_BASELINE}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    notice(`wrote ${written.findings.reduce((n, e) => n + e.count, 0)} findings to ${displayPath(io.cwd, baselinePath)}`);
    // What was just recorded is hidden, as the next run with the baseline hides it: the run passes.
    for (const c of runs.flatMap((r) => r.result.clusters)) {
      c.suppressed = [...c.suppressed, ...c.findings.map((f) => ({ ...f, suppression: { kind: 'external' as const, justification: 'recorded in the baseline' } }))];
      c.findings = [];
    }
  }
  const stale = runs.reduce((n, r) => n + r.result.staleBaseline.reduce((m, e) => m + e.count, 0), 0);
  if (stale > 0) notice(`${stale} finding${stale === 1 ? '' : 's'} recorded in ${displayPath(io.cwd, baselinePath)} no longer occur${stale === 1 ? 's' : ''}; run --update-baseline to drop ${stale === 1 ? 'it' : 'them'}`);

  const clusters: ClusterReport[] = runs.flatMap(({ group, result }) =>
    result.clusters.map((c) => {
      const shown = clusterReport(c, group.name);
      if (args.quiet) shown.findings = shown.findings.filter((f) => f.severity === 'error');
      return shown;
    }),
  );

  const all = clusters.flatMap((c) => c.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  // Only SARIF prints the version, and finding package.json costs a few file reads.
  const report: LintReport = {
    clusters,
    rules: allRules,
    get toolVersion() {
      return toolVersion();
    },
  };
  for (const target of args.outputs) {
    const format = await loadFormatter(target.format);
    const options: FormatOptions = { color: target.file === undefined && useColor(args, io), warningsFail: tooManyWarnings, env: io.env, cwd: io.cwd };
    const text = format(report, options);
    if (target.file === undefined) io.stdout(text);
    else {
      const out = resolve(io.cwd, target.file);
      try {
        makeParentDirectories(out);
        writeFileSync(out, text);
      } catch (err) {
        throw new InputError(`cannot write ${target.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
  }
  if (tooManyWarnings) notice(`${warnings} warnings is more than --max-warnings ${args.maxWarnings}`);
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** `--show-clusters`: each cluster's files and the facts it was judged on, with where each came from. */
function showClusters(result: RunResult): string {
  const lines: string[] = [];
  for (const c of result.clusters) {
    lines.push(`cluster ${c.name ?? '(unnamed)'}:`, ...c.files.map((f) => `  ${f}`));
    if (c.topics !== undefined) lines.push(`  topics: ${c.topics} defined in these files`);
    lines.push('  facts:');
    for (const name of Object.keys(c.facts) as FactName[]) {
      const fact = c.facts[name];
      lines.push(`    ${name}: ${factValueText(name, c.facts)}, ${fact.known ? 'known' : 'assumed'} (${fact.origin.detail})`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A fact's value in words, as `--show-clusters` prints it. */
function factValueText(name: FactName, facts: ClusterFacts): string {
  switch (name) {
    case 'kafkaVersion': {
      const v = facts.kafkaVersion;
      return v.release !== undefined && v.release !== v.judged ? `${v.judged} (the files say ${v.release})` : v.judged;
    }
    case 'javaVersion':
      return facts.javaVersion.value === undefined ? 'unknown' : String(facts.javaVersion.value);
    case 'zookeeperVersion':
      return facts.zookeeperVersion.value ?? 'unknown';
    case 'brokerCount': {
      const b = facts.brokerCount;
      return b.value === undefined ? 'unknown' : `${b.atLeast ? 'at least ' : ''}${b.value}`;
    }
    case 'zookeeperEnsemble':
      return facts.zookeeperEnsemble.servers?.join(',') ?? 'unknown';
    case 'kraftQuorum': {
      const voters = facts.kraftQuorum.voters;
      return voters === undefined ? 'unknown' : `${voters} voter${voters === 1 ? '' : 's'}`;
    }
  }
}

/**
 * `--fix` writes the fixed files; `--fix-dry-run` prints them as a patch `git apply` accepts, on
 * stdout unless a machine-read format is there (`| jq` must get JSON only), leaving out every
 * change on or beside a line that holds a secret.
 */
async function writeFixes(runs: { group: ClusterFiles; fixes: FixedFile[] }[], args: LintArgs, io: CliIo, notice: (text: string) => void): Promise<void> {
  const diff = args.fixDryRun ? await import('./diff.js') : undefined;
  const patchOut = args.outputs.some((o) => o.file === undefined && o.format !== 'stylish') ? io.stderr : io.stdout;
  let files = 0;
  let fixes = 0;
  for (const { group, fixes: fixed } of runs) {
    for (const f of fixed) {
      const input = group.files.find((g) => g.file === f.file);
      if (!input) continue;
      files++;
      fixes += f.fixes;
      if (diff) {
        const { patch, withheld } = diff.unifiedDiff(
          f.file,
          { bytes: input.bytes, text: f.before, masked: f.maskedBefore },
          { bytes: f.bytes, text: f.after, masked: f.maskedAfter },
        );
        if (patch.length > 0) patchOut(patch);
        for (const line of withheld) notice(`${f.file}:${line}: a fix on or next to a line that holds a secret is left out of the diff; --fix applies it`);
        continue;
      }
      try {
        // Standard input has no path, but --fix with it is refused (parseLintArgs).
        writeFileSync(input.path as string, f.bytes);
      } catch (err) {
        throw new InputError(`cannot write the fixes to ${f.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
  }
  notice(`${args.fixDryRun ? 'would fix' : 'fixed'} ${fixes} problem${fixes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
}
