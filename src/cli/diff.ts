import { parseProperties } from '../parse/properties.js';
import { decodeConfigBytes } from '../parse/decode.js';
import { isSecretKey } from '../model/secrets.js';

/** Lines of context around each change, as `diff -u` and `git diff` write. */
const CONTEXT = 3;

/**
 * A file's bytes as lines the way patch tools count them: each ends with its `\n` (a `\r` is
 * part of the line). Each byte is one character (latin1), so lines compare and print back as the
 * exact bytes of the file, whatever its encoding.
 */
function byteLines(bytes: Uint8Array): string[] {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A name assigned on a line: `key=`, `key:`, `-Dname=`, `NAME: value`, JAAS `password="..."`. */
const ASSIGNED_NAME = /[A-Za-z][\w.-]*(?=[ \t]*[=:])/g;

/** camelCase and misspelt password names that the key test leaves to the catalog (`-Djavax.net.ssl.keyStorePassword`). */
const SECRET_WORD = /pass(?:word|wd|phrase)|pasword|secret/i;

/**
 * The 0-based patch lines (see {@link byteLines}) that may hold part of a secret: every line of
 * an entry whose key is a password key, and every line that assigns a name that looks like one
 * (in an env file, a compose file, JVM options or a JAAS config). Erring towards secret only
 * leaves a fix out of the diff; `--fix` still applies it. The parser also ends lines at a lone
 * `\r`, so its line numbers are mapped to `\n`-ended lines.
 */
function secretLines(bytes: Uint8Array, lines: readonly string[]): Set<number> {
  const secret = new Set<number>();
  lines.forEach((line, i) => {
    for (const name of line.match(ASSIGNED_NAME) ?? []) if (isSecretKey(name) || SECRET_WORD.test(name)) secret.add(i);
  });
  const { text } = decodeConfigBytes(bytes);
  const entries = parseProperties(text).entries.filter((e) => isSecretKey(e.key));
  if (entries.length === 0) return secret;
  // The patch line each parser line starts on.
  const patchLineOf: number[] = [0];
  let newlines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) patchLineOf.push(newlines);
  }
  for (const e of entries) {
    for (let n = e.span.line; n <= e.span.endLine; n++) secret.add(patchLineOf[n - 1] ?? newlines);
  }
  return secret;
}

type Op = { kind: ' ' | '-' | '+'; a: number; b: number };

/** The 1-based line (before the fixes) where a run of changes starts. */
function firstLine(changes: readonly Op[]): number {
  return (changes.find((o) => o.kind !== '+') ?? (changes[0] as Op)).a + 1;
}

/** Myers' O(ND) diff of two line arrays: fast when the texts differ in few lines, as after fixes. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
      let x = down ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] as Map<number, number>;
    const k = x - y;
    const down = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: ' ', a: --x, b: --y });
    if (d > 0) {
      if (down) ops.push({ kind: '+', a: x, b: --y });
      else ops.push({ kind: '-', a: --x, b: y });
    }
  }
  return ops.reverse();
}

/** A path in a patch header, C-quoted as git quotes it when it holds a quote, backslash or control character. */
function patchPath(path: string): string {
  if (!/["\\\x00-\x1f\x7f]/.test(path)) return path;
  const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
  return `"${path.replace(/["\\\x00-\x1f\x7f]/g, (c) => escapes[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

/** What {@link unifiedDiff} returns. */
export interface FilePatch {
  /** The patch, in the file's own bytes; empty when nothing shown changed. */
  patch: Buffer;
  /** 1-based lines (before the fixes) of changes left out because they touch or border a secret. */
  withheld: number[];
}

/**
 * A unified diff (3 lines of context) between a file's bytes before and after fixes, as
 * `--fix-dry-run` prints it: a patch `git apply` and `patch -p1` accept, in the file's own bytes
 * (a Latin-1 file stays Latin-1, a byte-order mark and `\r` stay as they are). No secret is ever
 * printed, so a line that holds one is never context, and a change on such a line, or one that
 * would need such a line as its only following context, is left out and listed in `withheld`.
 *
 * @example
 * ```ts
 * const { patch } = unifiedDiff('zk/zoo.cfg', Buffer.from('clientport=2181\n'), Buffer.from('clientPort=2181\n'));
 * process.stdout.write(patch);
 * ```
 */
export function unifiedDiff(file: string, before: Uint8Array, after: Uint8Array): FilePatch {
  const a = byteLines(before);
  const b = byteLines(after);
  const ops = diffLines(a, b);
  const secretA = secretLines(before, a);
  const secretB = secretLines(after, b);
  const isSecret = (op: Op): boolean => (op.kind !== '+' && secretA.has(op.a)) || (op.kind !== '-' && secretB.has(op.b));

  // Runs of changed lines. One that touches a secret is withheld; the others merge when the
  // lines between them are few and hold no secret.
  const hunks: { start: number; end: number }[] = [];
  const withheld: number[] = [];
  for (let i = 0; i < ops.length; i++) {
    if ((ops[i] as Op).kind === ' ') continue;
    let end = i;
    while (end + 1 < ops.length && (ops[end + 1] as Op).kind !== ' ') end++;
    const changes = ops.slice(i, end + 1);
    const last = hunks[hunks.length - 1];
    if (changes.some(isSecret)) withheld.push(firstLine(changes));
    else if (last && i - last.end - 1 <= 2 * CONTEXT && !ops.slice(last.end + 1, i).some(isSecret)) last.end = end;
    else hunks.push({ start: i, end });
    i = end;
  }

  const out: string[] = [];
  let shift = 0;
  // Context is unchanged lines that hold no secret; a withheld change is no context either.
  const isContext = (op: Op | undefined): boolean => op !== undefined && op.kind === ' ' && !isSecret(op);
  for (const { start, end } of hunks) {
    let from = start;
    while (start - from < CONTEXT && isContext(ops[from - 1])) from--;
    let to = end;
    while (to - end < CONTEXT && isContext(ops[to + 1])) to++;
    // Without following context, a hunk must end the file (git apply reads it so).
    if (to === end && end + 1 < ops.length) {
      withheld.push(firstLine(ops.slice(start, end + 1)));
      continue;
    }
    const hunk = ops.slice(from, to + 1);
    const aLines = hunk.filter((o) => o.kind !== '+').length;
    const bLines = hunk.filter((o) => o.kind !== '-').length;
    const aStart = (hunk.find((o) => o.kind !== '+') ?? (hunk[0] as Op)).a;
    const bStart = aStart + shift;
    shift += bLines - aLines;
    out.push(`@@ -${aLines === 0 ? aStart : aStart + 1},${aLines} +${bLines === 0 ? bStart : bStart + 1},${bLines} @@\n`);
    for (const op of hunk) {
      const line = op.kind === '+' ? (b[op.b] as string) : (a[op.a] as string);
      out.push(op.kind + line + (line.endsWith('\n') ? '' : '\n\\ No newline at end of file\n'));
    }
  }
  withheld.sort((x, y) => x - y);
  if (out.length === 0) return { patch: Buffer.alloc(0), withheld };
  // The names are text (UTF-8, as git writes them); the lines are the file's own bytes.
  const header = Buffer.from(`--- ${patchPath(`a/${file}`)}\n+++ ${patchPath(`b/${file}`)}\n`, 'utf8');
  return { patch: Buffer.concat([header, Buffer.from(out.join(''), 'latin1')]), withheld };
}
