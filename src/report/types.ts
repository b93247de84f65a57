import type { Finding } from '../engine/finding.js';
import type { ClusterFacts } from '../engine/facts.js';
import type { Rule } from '../engine/rule.js';

/** One linted cluster, as the output formats show it. File paths are as displayed (relative, `/`). */
export interface ClusterReport {
  /** The path argument, directory or configured name that formed the cluster. */
  name: string;
  /** The config files that formed the cluster. */
  files: string[];
  /** What kafka-lint knew and assumed about the cluster (Kafka version, broker count, ...), with provenance. */
  facts: ClusterFacts;
  /** Whether the cluster has Kafka nodes (else its Kafka version is not shown). */
  hasKafka: boolean;
  /** Reported findings (after directives, the baseline and `--quiet`), sorted. */
  findings: Finding[];
  /** Findings hidden by an inline directive or the baseline, each with its `suppression`. */
  suppressed: Finding[];
}

/** Everything one run of the CLI reports. */
export interface LintReport {
  clusters: ClusterReport[];
  /** The rules that ran (SARIF describes them). */
  rules: readonly Rule[];
  /** The kafka-lint version. */
  toolVersion: string;
}

/** How a format renders. */
export interface FormatOptions {
  /** ANSI colours (stylish only; never when writing to a file). */
  color: boolean;
  /** Whether warnings fail the run (`--max-warnings` exceeded): JUnit then marks them failures. */
  warningsFail: boolean;
  /** Environment, for formats that adapt to CI (GITHUB_WORKSPACE). */
  env: Record<string, string | undefined>;
  /** The working directory the displayed paths are relative to. */
  cwd: string;
}

/** An output format: the whole report as text. */
export type Formatter = (report: LintReport, options: FormatOptions) => string;

/** The names of the output formats. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

/** An output format's name. */
export type FormatName = (typeof FORMAT_NAMES)[number];
