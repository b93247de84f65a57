/**
 * Regular-expression audit: no regular expression in src/ or rules/ may take more than linear
 * time. The test reads every regex literal and `new RegExp('...')` of the sources and fails on a
 * repeated group (`*`, `+`, `{n,}`) that holds an unbounded quantifier, such as (a+)+ or
 * (\s*,?)*, unless each repetition must contain a character that none of the inner quantified
 * parts can match (as in (,[^,]+)*, where the comma delimits the repetitions). Such a group can
 * backtrack exponentially on a line that almost matches.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

interface Atom {
  kind: 'atom';
  src: string;
  min: number;
  max: number;
}
interface Group {
  kind: 'group';
  src: string;
  body: Node[];
  /** The body split at its top-level `|`. */
  alternatives: Node[][];
  min: number;
  max: number;
}
type Node = Atom | Group;

/** Parses a pattern into atoms and groups with their repetition bounds (lookarounds and anchors are left out). */
function parse(pattern: string): Node[] {
  let i = 0;
  function quantifier(): { min: number; max: number } {
    const c = pattern[i];
    let q = { min: 1, max: 1 };
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (!m) return q;
      i += m[0].length;
      const min = Number(m[1]);
      if (pattern[i] === '?') i++;
      return { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
    } else return q;
    i++;
    if (pattern[i] === '?') i++;
    return q;
  }
  function sequence(): { nodes: Node[]; alternatives: Node[][] } {
    const nodes: Node[] = [];
    const alternatives: Node[][] = [[]];
    while (i < pattern.length && pattern[i] !== ')') {
      const start = i;
      const c = pattern[i] as string;
      if (c === '|') {
        alternatives.push([]);
        i++;
        continue;
      }
      if (c === '^' || c === '$') {
        i++;
        continue;
      }
      if (c === '(') {
        i++;
        let lookaround = false;
        if (pattern[i] === '?') {
          const m = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(pattern.slice(i));
          if (m) {
            lookaround = m[1] !== ':' && !m[1]!.startsWith('<') ? true : m[1] === '<=' || m[1] === '<!';
            i += m[0].length;
          }
        }
        const inner = sequence();
        i++; // ')'
        const q = quantifier();
        if (!lookaround) {
          const group: Group = { kind: 'group', src: pattern.slice(start, i), body: inner.nodes, alternatives: inner.alternatives, ...q };
          nodes.push(group);
          alternatives[alternatives.length - 1]?.push(group);
        }
        continue;
      }
      if (c === '[') {
        i++;
        while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === '\\') {
        const m = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[A-Za-z]|[1-9]\d*|.)/.exec(pattern.slice(i));
        i += m ? m[0].length : 2;
        if (/^\\[bB]$/.test(pattern.slice(start, i))) continue;
      } else i++;
      const atom: Atom = { kind: 'atom', src: pattern.slice(start, i), ...quantifier() };
      nodes.push(atom);
      alternatives[alternatives.length - 1]?.push(atom);
    }
    return { nodes, alternatives };
  }
  const all: Node[] = [];
  while (i < pattern.length) {
    all.push(...sequence().nodes);
    i++; // an unbalanced ')' cannot occur in a valid pattern; this only ends the loop
  }
  return all;
}

/** Characters to compare atoms on: Latin-1 and a few beyond it. */
const SAMPLE = [...Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)), 'é', '中', '😀', '\u2028'];

function chars(src: string, flags: string): Set<string> {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${src})$`, flags.replace(/[gy]/g, '') + (flags.includes('s') ? '' : 's'));
  } catch {
    return new Set(SAMPLE);
  }
  return new Set(SAMPLE.filter((c) => re.test(c)));
}

/** Every atom under `nodes` that repeats without bound, with the groups on the way counted in. */
function unboundedAtoms(nodes: Node[], repeated = false): Atom[] {
  return nodes.flatMap((n) => (n.kind === 'atom' ? (repeated || n.max === Infinity ? [n] : []) : unboundedAtoms(n.body, repeated || n.max === Infinity)));
}

/** The nested quantifiers of a pattern that can backtrack exponentially. */
function nestedQuantifiers(pattern: string, flags: string): string[] {
  const found: string[] = [];
  const visit = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.kind !== 'group') continue;
      visit(n.body);
      if (n.max !== Infinity) continue;
      const charsOf = (b: Node): string[] => (b.kind === 'atom' ? [...chars(b.src, flags)] : unboundedAtoms(b.body).length > 0 ? [...SAMPLE] : b.body.flatMap(charsOf));
      const apart = (a: Node, b: Node): boolean => charsOf(a).every((c) => !charsOf(b).includes(c));
      // Each alternative must be safe to repeat: it has no unbounded part, or every repetition needs
      // a character that none of its unbounded parts matches (the comma of (,[^,]+)*), or it is
      // runs of characters that neighbouring runs cannot match, as in (\S+\s+)*.
      const safe = (alt: Node[]): boolean => {
        const inner = unboundedAtoms(alt);
        if (inner.length === 0) return true;
        const innerChars = new Set(inner.flatMap((a) => [...chars(a.src, flags)]));
        if (alt.some((b) => b.min >= 1 && charsOf(b).every((c) => !innerChars.has(c)))) return true;
        return alt.length > 1 && alt.every((b, k) => b.kind === 'atom' && b.min >= 1 && apart(b, alt[(k + 1) % alt.length] as Node));
      };
      const delimited = n.alternatives.every(safe);
      if (!delimited) found.push(n.src);
    }
  };
  visit(parse(pattern));
  return found;
}

/** Regex literals and `new RegExp('...')` patterns of a TypeScript source, with their lines. */
function regexesOf(source: string): { pattern: string; flags: string; line: number }[] {
  const out: { pattern: string; flags: string; line: number }[] = [];
  const lineOf = (offset: number): number => source.slice(0, offset).split('\n').length;
  const literal = /(?<=(?:^|[(,=:?!&|[{};]|return)\s*)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])*)\/([dgimsuyv]*)/gm;
  for (const m of source.matchAll(literal)) {
    try {
      new RegExp(m[1] as string, m[2]);
      out.push({ pattern: m[1] as string, flags: m[2] as string, line: lineOf(m.index) });
    } catch {
      // Not a regex (a division, or a path in a string).
    }
  }
  for (const m of source.matchAll(/new RegExp\(\s*(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*(?:,\s*(['"])([a-z]*)\3)?/g)) {
    const pattern = (m[2] as string).replace(/\\(.)/g, '$1');
    out.push({ pattern, flags: m[4] ?? '', line: lineOf(m.index) });
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts') && !d.name.endsWith('.test.ts'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

describe('the audit itself', () => {
  it.each([
    ['(a+)+', true],
    ['(\\s*,?)*', true],
    ['^(\\w+\\s?)*$', true],
    ['(?:[a-z]+\\.)+', false],
    ['(,[^,]+)*', false],
    ['(x+x+)+y', true],
    ['^[ \\t]*(broker\\.id|node\\.id)[ \\t]*[=:]', false],
    ['(?:a*|b)+', true],
    ['(\\S+\\s+)*start', false],
    ['(\\S+\\S+)*start', true],
    ['\\d+(?:(?:, | and |-)\\d+)*', false],
  ])('%s is flagged: %s', (pattern, flagged) => {
    expect(nestedQuantifiers(pattern, '').length > 0).toBe(flagged);
  });
  it('finds regex literals and new RegExp patterns', () => {
    const found = regexesOf("const a = /(a+)+/g;\nif (x) return /b/.test(y);\nconst c = new RegExp('^x\\\\d+$', 'i');\nconst d = 4 / 2 / 1;\n");
    expect(found.map((f) => [f.pattern, f.flags, f.line])).toEqual([
      ['(a+)+', 'g', 1],
      ['b', '', 2],
      ['^x\\d+$', 'i', 3],
    ]);
  });
});

describe('src/ and rules/ regular expressions', () => {
  const files = [...sources('src'), ...sources('rules')];
  it('are found', () => {
    expect(files.flatMap((f) => regexesOf(readFileSync(f, 'utf8'))).length).toBeGreaterThan(100);
  });
  it('have no nested quantifiers over overlapping characters', () => {
    const bad = files.flatMap((f) =>
      regexesOf(readFileSync(f, 'utf8')).flatMap(({ pattern, flags, line }) => nestedQuantifiers(pattern, flags).map((group) => `${relative(root, f)}:${line}: /${pattern}/ repeats ${group}`)),
    );
    expect(bad).toEqual([]);
  });
});
