import { isAbsolute, relative, resolve } from 'node:path';
import type { FormatOptions } from './types.js';

/**
 * The directory the formats read by code scanning and CI (SARIF, github) make paths relative
 * to: `GITHUB_WORKSPACE` when it is set, where GitHub resolves paths, else the working directory.
 * Both formats use it, so a run from a subfolder names each file alike in both.
 *
 * @example
 * ```ts
 * reportRoot({ env: { GITHUB_WORKSPACE: '/repo' }, cwd: '/repo/config' }); // '/repo'
 * ```
 */
export function reportRoot(options: Pick<FormatOptions, 'env' | 'cwd'>): string {
  const workspace = options.env['GITHUB_WORKSPACE'];
  return workspace ? resolve(options.cwd, workspace) : options.cwd;
}

/**
 * A displayed path (relative to the working directory) as a path relative to
 * {@link reportRoot}, with `/`; `undefined` when the file is not under the root.
 *
 * @example
 * ```ts
 * pathFromRoot('kafka/server.properties', { env: { GITHUB_WORKSPACE: '/repo' }, cwd: '/repo/config' }); // 'config/kafka/server.properties'
 * ```
 */
export function pathFromRoot(filePath: string, options: Pick<FormatOptions, 'env' | 'cwd'>): string | undefined {
  const rel = relative(reportRoot(options), resolve(options.cwd, filePath)).split('\\').join('/');
  return rel === '..' || rel.startsWith('../') || isAbsolute(rel) ? undefined : rel;
}
