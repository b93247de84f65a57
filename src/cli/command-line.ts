import { parseArgs } from 'node:util';
import { suggestKey } from '../catalog/suggest.js';

/** A command-line mistake; the CLI prints the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One option a command takes. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

/** An option as given, in command-line order. */
export interface GivenOption {
  name: string;
  value?: string;
}

/** A parsed command line. */
export interface CommandLine {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  /** The options in the order given, for flags whose order matters (`--format`/`--output-file`, `--color`/`--no-color`). */
  given: GivenOption[];
}

/**
 * Parses `argv` for `command` (`kafka-lint`, `kafka-lint plan`, ...). Every mistake is one
 * {@link UsageError} line that names the option, suggests the option meant when one is close,
 * and points at the command's `--help`: Node's own parser messages are written for programmers.
 * A value that starts with `-` is taken as a value (`--max-warnings -1` is then judged by the
 * option), unless it looks like another option, which means the value is missing.
 *
 * @example
 * ```ts
 * parseCommandLine(['--formt', 'json'], { format: { type: 'string' } }, 'kafka-lint');
 * // throws UsageError: unknown option --formt; did you mean --format? (see kafka-lint --help)
 * ```
 */
export function parseCommandLine(argv: string[], options: Record<string, OptionSpec>, command: string, allowPositionals = true): CommandLine {
  const fail = (message: string): never => {
    throw new UsageError(`${message} (see ${command} --help)`);
  };
  // Non-strict: unknown options and missing values come back as tokens, judged below.
  const { values, positionals, tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const given: GivenOption[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) fail(`unexpected argument '${token.value}'`);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (spec === undefined) {
      const long = token.rawName.startsWith('--');
      fail(`unknown option ${token.rawName}${long ? didYouMean(token.name, Object.keys(options), '--') : ''}`);
    } else if (spec.type === 'string') {
      if (token.value === undefined) fail(`${token.rawName} needs a value`);
      else if (!token.inlineValue && /^--?[a-z]/i.test(token.value)) fail(`${token.rawName} needs a value before ${token.value}`);
    } else if (token.value !== undefined) {
      fail(`${token.rawName} takes no value`);
    }
    given.push(token.value !== undefined ? { name: token.name, value: token.value } : { name: token.name });
  }
  return { values, positionals, given };
}

/**
 * `; did you mean X?` when a known word is close to the one given (see `suggestKey`), else ''.
 *
 * @example
 * ```ts
 * didYouMean('expalin', ['rules', 'explain']); // '; did you mean explain?'
 * ```
 */
export function didYouMean(word: string, known: readonly string[], prefix = ''): string {
  const meant = suggestKey(word, known);
  return meant === undefined ? '' : `; did you mean ${prefix}${meant}?`;
}

/**
 * The option of `names` given last, or `undefined` when none is: so `--color --no-color` means
 * no colour, as the last word wins.
 *
 * @example
 * ```ts
 * lastGiven(parsed.given, ['color', 'no-color']); // 'no-color'
 * ```
 */
export function lastGiven(given: readonly GivenOption[], names: readonly string[]): string | undefined {
  for (let i = given.length - 1; i >= 0; i--) {
    const name = (given[i] as GivenOption).name;
    if (names.includes(name)) return name;
  }
  return undefined;
}
