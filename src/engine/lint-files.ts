import { loadCluster, type SourceFile } from '../model/load.js';
import { lint, type LintOptions } from './lint.js';
import type { LintResult } from './finding.js';

/**
 * Lints files that form one cluster: each is recognised by name and content, parsed, and
 * judged together with the others.
 *
 * @example
 * ```ts
 * const result = lintFiles([
 *   { file: 'zk1/zoo.cfg', text: zooCfg },
 *   { file: 'broker1/server.properties', text: serverProperties },
 * ]);
 * ```
 */
export function lintFiles(files: SourceFile[], options: LintOptions = {}): LintResult {
  return lint(loadCluster(files), options);
}
