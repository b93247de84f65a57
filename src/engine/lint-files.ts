import type { SourceFile } from './load.js';
import type { Rule, RuleExample } from './rule.js';
import { liveTopic } from '../deploy/topics.js';
import { runOptions, type LintOptions } from './lint.js';
import { runOnFiles, type BaselineUse, type LiveContents, type RunResult } from './pipeline.js';

/** Options of `lintFiles()`: those of `lint()`, plus fixes and a baseline. */
export interface LintFilesOptions extends LintOptions {
  /** Apply the safe fixes in memory, linting again until nothing more is fixed; the changed files come back in `fixed`. */
  fix?: boolean;
  /** Hide the findings a baseline records. */
  baseline?: BaselineUse;
  /** A running cluster's brokers and topics, linted beside the files (what `--bootstrap-server` reads). */
  live?: LiveContents;
}

/**
 * Lints files that form one or more clusters (named `name` in the output): each is recognised
 * by name and content (template files by the name beneath their suffix), parsed, and judged
 * together with the others. Each compose file and each Strimzi Kafka resource is a deployment
 * of its own, judged with the env files it may read; the hosts' own configs form one more
 * cluster. Never throws on file content.
 *
 * @example
 * ```ts
 * const result = lintFiles([
 *   { file: 'zk1/zoo.cfg', text: zooCfg },
 *   { file: 'broker1/server.properties', text: serverProperties },
 * ], { ruleSet: allRules, fix: true });
 * result.clusters[0]?.facts.brokerCount; // { value: 1, atLeast: true, known: false, ... }
 * ```
 */
export function lintFiles(files: readonly SourceFile[], options: LintFilesOptions & { ruleSet: readonly Rule[] }, name?: string): RunResult {
  const run = runOptions(options);
  if (options.fix !== undefined) run.fix = options.fix;
  if (options.baseline !== undefined) run.baseline = options.baseline;
  if (options.live !== undefined) run.live = options.live;
  return runOnFiles(files, run, name);
}

/**
 * The options a rule's docs example is linted with: its stated facts, and the topics of a running
 * cluster it names (`liveTopics`).
 *
 * @example
 * ```ts
 * lintFiles(files, { ...exampleOptions(example), ruleSet: [rule] });
 * ```
 */
export function exampleOptions(example: RuleExample): LintFilesOptions {
  const options: LintFilesOptions = { ...example.options };
  if (example.liveTopics) {
    options.live = {
      brokers: [],
      topics: example.liveTopics.map((t) => liveTopic(t.name, { partitions: t.partitions, replicationFactor: t.replicationFactor }, Object.entries(t.configs ?? {}))),
    };
  }
  return options;
}
