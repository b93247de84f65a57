import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { allRules } from '../../rules/index.js';
import type { RuleSetting } from '../engine/lint.js';
import { lintFiles } from '../engine/lint-files.js';
import type { Finding, LintResult } from '../engine/finding.js';
import { applyEdits, fixesFor } from '../engine/fix.js';
import { applyBaseline, createBaseline, isBaseline, type Baseline } from '../engine/baseline.js';
import { independentDeploymentsIn } from '../engine/independent-deployments.js';
import { detectFileKind } from '../model/load.js';
import { decodeConfigBytes } from '../parse/decode.js';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import type { ClusterReport, FormatOptions, LintReport } from '../report/types.js';
import { loadFormatter } from '../report/index.js';
import { collectClusters, displayPath, ignoredPaths, InputError, type ClusterFiles, type InputFile } from './inputs.js';
import type { LintArgs } from './args.js';
import { UsageError } from './command-line.js';
import { toolVersion } from './version.js';
import type { CliIo } from './io.js';
import { LARGE_STEP_FILES, progressOn } from './progress.js';

/** Fix passes per cluster: a fix may uncover another, but never endlessly. */
const MAX_FIX_PASSES = 5;

/**
 * Rules whose findings mixing deployments in one cluster makes (ensembles that disagree, ids
 * taken twice): only then is it worth loading the files again to look for several deployments.
 */
const MIXED_DEPLOYMENT_RULES = new Set(['zookeeper/ensemble-drift', 'zookeeper/myid-mismatch', 'cluster/duplicate-broker-id', 'kraft/voters-drift']);

/** The baseline file `--update-baseline` writes when `--baseline` names none. */
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

function ruleSettings(config: LoadedConfig, args: LintArgs): Record<string, RuleSetting> {
  const known = new Set(allRules.map((r) => r.meta.id));
  for (const id of Object.keys(args.rules)) {
    if (!known.has(id)) throw new UsageError(`--rule ${id}: not a kafka-lint rule (\`kafka-lint rules\` lists them)`);
  }
  const settings: Record<string, RuleSetting> = { ...(config.config.rules as Record<string, RuleSetting> | undefined) };
  for (const [id, level] of Object.entries(args.rules)) {
    const current = settings[id];
    // --rule sets the level and keeps the options the config file gives the rule.
    settings[id] = Array.isArray(current) && current[1] !== undefined ? [level, current[1]] : level;
  }
  return settings;
}

function lintCluster(group: ClusterFiles, config: LoadedConfig, args: LintArgs, rules: Record<string, RuleSetting>): LintResult {
  const kafkaVersion = args.kafkaVersion ?? group.config?.kafkaVersion ?? config.config.kafkaVersion;
  const brokerCount = args.brokerCount ?? group.config?.brokerCount ?? config.config.brokerCount;
  return lintFiles(group.files, {
    rules,
    inlineConfig: args.inlineConfig,
    ...(kafkaVersion !== undefined ? { kafkaVersion } : {}),
    ...(brokerCount !== undefined ? { brokerCount } : {}),
  }, group.name);
}

/**
 * Lints a cluster and, with `--fix`/`--fix-dry-run`, applies the safe fixes in memory and
 * lints again until nothing more is fixed. Returns the last result, the first (the files as
 * they are on disk) and how many fixes were applied.
 */
function lintAndFix(group: ClusterFiles, config: LoadedConfig, args: LintArgs, rules: Record<string, RuleSetting>): { result: LintResult; unfixed: LintResult; fixed: number } {
  const unfixed = lintCluster(group, config, args, rules);
  let result = unfixed;
  if (!args.fix && !args.fixDryRun) return { result, unfixed, fixed: 0 };
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = false;
    for (const file of group.files) {
      const outcome = applyEdits(file, fixesFor(result.findings, file.file));
      if (outcome.applied === 0) continue;
      const decoded = decodeConfigBytes(outcome.bytes);
      file.bytes = outcome.bytes;
      file.text = decoded.text;
      file.encoding = decoded.encoding;
      fixed += outcome.applied;
      changed = true;
    }
    if (!changed) break;
    result = lintCluster(group, config, args, rules);
  }
  return { result, unfixed, fixed };
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
  if (!isBaseline(json)) throw new InputError(`${path} is not a kafka-lint baseline (expected { "version": 1, "findings": [...] })`);
  return json;
}

async function printConfig(file: string, config: LoadedConfig, args: LintArgs, rules: Record<string, RuleSetting>, io: CliIo): Promise<number> {
  const picomatch = (await import('picomatch')).default;
  const matchesGlob = (glob: string, path: string): boolean => picomatch(glob, { dot: true })(path);
  const abs = resolve(io.cwd, file);
  const rel = relative(config.dir, abs).split(sep).join('/');
  let kind: string | null = null;
  try {
    kind = detectFileKind(abs, decodeConfigBytes(readFileSync(abs)).text) ?? null;
  } catch {
    // The file need not exist to show what would apply to it.
  }
  const claimed = config.config.clusters?.find((c) => c.files.some((g) => matchesGlob(g, rel)));
  const ignoredBy = (await ignoredPaths({ cwd: io.cwd, configDir: config.dir, ignores: config.config.ignores ?? [], ignorePatterns: args.ignorePatterns }))(abs, false);
  const effective: Record<string, [string, Record<string, unknown>]> = {};
  for (const rule of allRules) {
    const setting = rules[rule.meta.id];
    const level = setting === undefined ? rule.meta.severity : Array.isArray(setting) ? setting[0] : setting;
    const options = Array.isArray(setting) ? (setting[1] ?? {}) : {};
    effective[rule.meta.id] = [level, options];
  }
  const out = {
    file: displayPath(io.cwd, abs),
    configFile: config.path ? displayPath(io.cwd, config.path) : null,
    kind,
    ignored: ignoredBy !== undefined,
    cluster: claimed?.name ?? null,
    kafkaVersion: args.kafkaVersion ?? claimed?.kafkaVersion ?? config.config.kafkaVersion ?? 'inferred',
    brokerCount: args.brokerCount ?? claimed?.brokerCount ?? config.config.brokerCount ?? null,
    inlineConfig: args.inlineConfig,
    rules: effective,
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
  const config = await loadConfig(args.config, io.cwd, allRules.map((r) => r.meta.id));
  const rules = ruleSettings(config, args);
  if (args.printConfig !== undefined) {
    return printConfig(args.printConfig, config, args, rules, io);
  }
  const progress = progressOn(io);
  const notice = (text: string): void => {
    progress.clear();
    io.stderr(`kafka-lint: ${text}\n`);
  };
  const unmatched: string[] = [];
  const groups = await collectClusters({
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
  if (args.showClusters) {
    for (const g of groups) io.stderr(`cluster ${g.name}:\n${g.files.map((f) => `  ${f.file}\n`).join('')}`);
  }

  const original = new Map<InputFile, Uint8Array>();
  for (const g of groups) for (const f of g.files) original.set(f, f.bytes);
  const results = groups.map((g, i) => {
    progress.update(`linting ${g.name}: ${g.files.length} files${groups.length > 1 ? ` (cluster ${i + 1} of ${groups.length})` : ''}`, g.files.length >= LARGE_STEP_FILES);
    return { group: g, ...lintAndFix(g, config, args, rules) };
  });
  progress.clear();
  for (const { group, unfixed } of results) {
    // Named clusters and --cluster-per-dir are groupings the user chose.
    if (args.clusterPerDir || group.config !== undefined || !unfixed.findings.some((f) => MIXED_DEPLOYMENT_RULES.has(f.ruleId))) continue;
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

  if (args.fix || args.fixDryRun) {
    // The patch goes to stdout unless a machine-read format is there (`| jq` must get JSON only).
    const patchOut = args.outputs.some((o) => o.file === undefined && o.format !== 'stylish') ? io.stderr : io.stdout;
    let files = 0;
    let fixes = 0;
    for (const { group, fixed } of results) {
      fixes += fixed;
      for (const file of group.files) {
        const before = original.get(file) as Uint8Array;
        if (before === file.bytes) continue;
        files++;
        if (args.fixDryRun) {
          const { unifiedDiff } = await import('./diff.js');
          const { patch, withheld } = unifiedDiff(file.file, before, file.bytes);
          if (patch.length > 0) patchOut(patch);
          for (const line of withheld) notice(`${file.file}:${line}: a fix on or next to a line that holds a secret is left out of the diff; --fix applies it`);
        } else {
          try {
            // Standard input has no path, but --fix with it is refused (parseLintArgs).
            writeFileSync(file.path as string, file.bytes);
          } catch (err) {
            throw new InputError(`cannot write the fixes to ${file.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
          }
        }
      }
    }
    notice(`${args.fixDryRun ? 'would fix' : 'fixed'} ${fixes} problem${fixes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  }
  // A dry run changed nothing: its report and exit code are those of the files as they are.
  const linted = results.map(({ group, result, unfixed }) => ({ group, result: args.fixDryRun ? unfixed : result }));

  const baselinePath = args.baseline !== undefined || args.updateBaseline ? resolve(io.cwd, args.baseline ?? DEFAULT_BASELINE) : undefined;
  const baselineFile = (file: string): string => relative(dirname(baselinePath as string), resolve(io.cwd, file)).split(sep).join('/');
  let baseline: Baseline | undefined;
  if (baselinePath !== undefined && args.updateBaseline) {
    baseline = createBaseline(
      linted.flatMap((r) => r.result.findings),
      baselineFile,
    );
    try {
      mkdirSync(dirname(baselinePath), { recursive: true });
      writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + '\n');
    } catch (err) {
      throw new InputError(`cannot write baseline ${args.baseline ?? DEFAULT_BASELINE}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    notice(`wrote ${baseline.findings.reduce((n, e) => n + e.count, 0)} findings to ${displayPath(io.cwd, baselinePath)}`);
  } else if (baselinePath !== undefined) {
    baseline = existsSync(baselinePath) || args.baseline !== undefined ? readBaseline(baselinePath) : undefined;
  }

  const clusters: ClusterReport[] = linted.map(({ group, result }) => {
    let findings: Finding[] = result.findings;
    let suppressed: Finding[] = result.suppressed ?? [];
    if (baseline) {
      const applied = applyBaseline(findings, baseline, baselineFile);
      findings = applied.kept;
      suppressed = [...suppressed, ...applied.suppressed];
    }
    if (args.quiet) findings = findings.filter((f) => f.severity === 'error');
    const cluster: ClusterReport = {
      name: group.name,
      files: group.files.map((f) => f.file),
      kafkaVersion: result.kafkaVersion,
      kafkaVersionInferred: result.kafkaVersionInferred,
      findings,
      suppressed,
    };
    const brokerCount = args.brokerCount ?? group.config?.brokerCount ?? config.config.brokerCount;
    if (brokerCount !== undefined) cluster.brokerCount = brokerCount;
    return cluster;
  });

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
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text);
      } catch (err) {
        throw new InputError(`cannot write ${target.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
  }
  if (tooManyWarnings) notice(`${warnings} warnings is more than --max-warnings ${args.maxWarnings}`);
  return errors > 0 || tooManyWarnings ? 1 : 0;
}
