import picomatch from 'picomatch';

/** One pattern line, as gitignore reads it. */
interface IgnoreRule {
  match: (path: string) => boolean;
  negated: boolean;
  directoryOnly: boolean;
}

/**
 * One line of a `.kafka-lintignore` (or an `--ignore-pattern`) as a rule, or `undefined` for a
 * blank or comment line. gitignore syntax: `#` comments, `!` re-includes, a trailing `/` matches
 * directories only, a `/` at the start or in the middle anchors the pattern to the base
 * directory (otherwise it matches at any depth), `*`, `?`, `[...]` and `**` as gitignore means
 * them; `\#`, `\!` and `\ ` escape.
 */
function rule(line: string): IgnoreRule | undefined {
  // Trailing blanks are dropped unless escaped with a backslash.
  let pattern = line.replace(/(?<!\\)[ \t]+$/, '');
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  if (pattern.startsWith('\\#') || pattern.startsWith('\\!')) pattern = pattern.slice(1);
  const directoryOnly = pattern.endsWith('/');
  pattern = pattern.replace(/\/+$/, '');
  if (pattern === '') return undefined;
  const anchored = pattern.includes('/');
  // picomatch spells a negated class [^...] and lets `dir/**` match `dir` itself; gitignore does neither.
  pattern = pattern.replace(/^\/+/, '').replace(/\[!/g, '[^').replace(/\/\*\*$/, '/**/*');
  const isMatch = picomatch(anchored ? pattern : `**/${pattern}`, { dot: true });
  return { match: (path) => isMatch(path), negated, directoryOnly };
}

/**
 * A matcher for gitignore-syntax lines (see `rule` above for the syntax) over paths relative to
 * the base directory the lines belong to, with `/`. As in git, the last matching line decides,
 * and a file under an ignored directory is ignored whatever a later `!` line says (git never
 * looks inside an ignored directory, and neither does kafka-lint's walk).
 *
 * @example
 * ```ts
 * const ignored = ignoreMatcher(['build/', '*.bak', '!keep.bak']);
 * ignored('build/zoo.cfg', false); // true
 * ignored('conf/keep.bak', false); // false
 * ```
 */
export function ignoreMatcher(lines: readonly string[]): (path: string, isDirectory: boolean) => boolean {
  const rules = lines.flatMap((l) => rule(l) ?? []);
  const decides = (path: string, isDirectory: boolean): boolean => {
    for (let i = rules.length - 1; i >= 0; i--) {
      const r = rules[i] as IgnoreRule;
      if ((!r.directoryOnly || isDirectory) && r.match(path)) return !r.negated;
    }
    return false;
  };
  return (path, isDirectory) => {
    if (rules.length === 0 || path === '' || path.startsWith('../') || path === '..') return false;
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) if (decides(parts.slice(0, i).join('/'), true)) return true;
    return decides(path, isDirectory);
  };
}
