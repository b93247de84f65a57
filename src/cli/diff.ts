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

/**
 * The 0-based patch lines (see {@link byteLines}) of a text that hold part of a secret: those the
 * pipeline's masked copy of the text (every secret value replaced) changed. The masked text keeps
 * every line break, so its lines line up with the file's.
 */
function secretLines(text: string, masked: string): Set<number> {
  const secret = new Set<number>();
  if (text === masked) return secret;
  const plain = text.split('\n');
  const hidden = masked.split('\n');
  plain.forEach((line, i) => {
    if (line !== hidden[i]) secret.add(i);
  });
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

/** One side of a diff: the file's bytes, its decoded text, and that text with its secret values masked. */
export interface FileSide {
  bytes: Uint8Array;
  text: string;
  masked: string;
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
 * const side = (text: string) => ({ bytes: Buffer.from(text), text, masked: text });
 * const { patch } = unifiedDiff('zk/zoo.cfg', side('clientport=2181\n'), side('clientPort=2181\n'));
 * process.stdout.write(patch);
 * ```
 */
export function unifiedDiff(file: string, before: FileSide, after: FileSide): FilePatch {
  const a = byteLines(before.bytes);
  const b = byteLines(after.bytes);
  const ops = diffLines(a, b);
  const secretA = secretLines(before.text, before.masked);
  const secretB = secretLines(after.text, after.masked);
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
