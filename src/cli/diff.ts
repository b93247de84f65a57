/** Lines of a text, each with its own line ending, so a diff shows changed endings too. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

type Op = { kind: ' ' | '-' | '+'; a: number; b: number };

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

function printable(line: string): string {
  const ending = /(?:\r\n|\r|\n)$/.exec(line)?.[0];
  if (ending === '\n') return line;
  if (ending === undefined) return `${line}\n\\ No newline at end of file\n`;
  return `${line.slice(0, -ending.length)}${ending === '\r\n' ? '\u240d' : '\u240d(CR only)'}\n`;
}

/**
 * A unified diff (3 lines of context) between a file's text before and after fixes, as
 * `--fix-dry-run` prints it. The texts come with secret values already hidden (the pipeline's
 * `maskedBefore` and `maskedAfter`). A carriage return is shown as `␍` so a changed line ending is visible.
 *
 * @example
 * ```ts
 * process.stdout.write(unifiedDiff('zk/zoo.cfg', 'clientport=2181\n', 'clientPort=2181\n'));
 * ```
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const context = 3;
  const out = [`--- a/${file}\n`, `+++ b/${file}\n`];
  let i = 0;
  while (i < ops.length) {
    if ((ops[i] as Op).kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while changes are within 2 * context lines of each other.
    for (let j = i; j < ops.length; j++) {
      if ((ops[j] as Op).kind !== ' ') end = j;
      else if (j - end > 2 * context) break;
    }
    end = Math.min(ops.length - 1, end + context);
    const hunk = ops.slice(start, end + 1);
    const aStart = hunk.find((o) => o.kind !== '+')?.a ?? (hunk[0] as Op).a;
    const bStart = hunk.find((o) => o.kind !== '-')?.b ?? (hunk[0] as Op).b;
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aCount === 0 ? aStart : aStart + 1},${aCount} +${bCount === 0 ? bStart : bStart + 1},${bCount} @@\n`);
    for (const op of hunk) out.push(op.kind + printable(op.kind === '+' ? (b[op.b] as string) : (a[op.a] as string)));
    i = end + 1;
  }
  return out.join('');
}
