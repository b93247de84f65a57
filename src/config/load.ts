import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { KafkaLintConfig } from './schema.js';

/** The names a config file may have, in the order they are looked for in each directory. */
export const CONFIG_FILE_NAMES = ['kafka-lint.config.json', '.kafka-lintrc.json'] as const;

/** A config file that cannot be read or is not valid; the CLI prints the message and exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A configuration and where it came from (globs in it are relative to `dir`). */
export interface LoadedConfig {
  /** The config file, absent when none was found. */
  path?: string;
  /** The directory globs are relative to: the config file's, or the working directory. */
  dir: string;
  config: KafkaLintConfig;
}

/**
 * Finds the config file that applies in `startDir`: the first `kafka-lint.config.json` or
 * `.kafka-lintrc.json` in it or one of its parents.
 *
 * @example
 * ```ts
 * findConfigFile(process.cwd()); // '/repo/kafka-lint.config.json', or undefined
 * ```
 */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out === '' ? '(top level)' : out;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  values?: unknown[];
  errors?: ZodIssueLike[][];
  issues?: ZodIssueLike[];
}

/** One line per problem: the key, then what is wrong and what is allowed. */
function describeIssue(issue: ZodIssueLike, allowedKeys: readonly string[]): string {
  const where = pathText(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unknown key${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${issue.keys?.map((k) => `"${k}"`).join(', ')}; allowed here: ${allowedKeys.join(', ')}`;
    case 'invalid_value':
      return `${where}: expected one of ${issue.values?.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_key':
      return `${where}: not a rule id; rule ids look like "group/name" (see \`kafka-lint rules\`)`;
    case 'invalid_union':
      if (issue.path[0] === 'rules') {
        return `${where}: expected "off", "info", "warning" or "error", or [level, { options }]`;
      }
      return `${where}: ${issue.message}`;
    default:
      return `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
  }
}

const TOP_LEVEL_KEYS = ['$schema', 'kafkaVersion', 'javaVersion', 'zookeeperVersion', 'brokerCount', 'rules', 'clusters', 'ignores'];
const CLUSTER_KEYS = ['name', 'files', 'kafkaVersion', 'javaVersion', 'zookeeperVersion', 'brokerCount'];

/**
 * Parses and validates the text of a config file. Throws {@link ConfigError} naming the file,
 * each bad key and what is allowed there; rule ids must be known rules.
 *
 * @example
 * ```ts
 * const config = await parseConfig('{ "rules": { "properties/duplicate-key": "error" } }', 'kafka-lint.config.json', ['properties/duplicate-key']);
 * ```
 */
export async function parseConfig(text: string, path: string, knownRuleIds: readonly string[]): Promise<KafkaLintConfig> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${path}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  // zod is loaded only when there is a config file to check: it is a large part of start-up.
  const { configSchema } = await import('./schema.js');
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const lines = (parsed.error.issues as ZodIssueLike[]).map((issue) =>
      describeIssue(issue, issue.path[0] === 'clusters' ? CLUSTER_KEYS : TOP_LEVEL_KEYS),
    );
    throw new ConfigError(`${path}: invalid configuration: ${lines.join('; ')}`);
  }
  const known = new Set(knownRuleIds);
  // The keys as written: a parsed record drops "__proto__", which must be refused like any unknown id.
  const written = (json as { rules?: unknown }).rules;
  const unknown = Object.keys(typeof written === 'object' && written !== null ? written : {}).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ConfigError(
      `${path}: rules: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length > 1 ? 'are not kafka-lint rules' : 'is not a kafka-lint rule'}; \`kafka-lint rules\` lists them`,
    );
  }
  return parsed.data;
}

/**
 * Reads the config file at `path` (from `--config`) or, when `path` is undefined, the one found
 * from `cwd` upwards; no file gives an empty configuration.
 *
 * @example
 * ```ts
 * const { config, dir } = await loadConfig(undefined, process.cwd(), allRules.map((r) => r.meta.id));
 * ```
 */
export async function loadConfig(path: string | undefined, cwd: string, knownRuleIds: readonly string[]): Promise<LoadedConfig> {
  const file = path !== undefined ? resolve(cwd, path) : findConfigFile(cwd);
  if (file === undefined) return { dir: resolve(cwd), config: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path ?? file}: cannot read the config file (${code === 'ENOENT' ? 'no such file' : (code ?? String(err))})`);
  }
  return { path: file, dir: dirname(file), config: await parseConfig(text, path ?? file, knownRuleIds) };
}
