import type { Finding } from './finding.js';
import type { TextEdit } from '../core/text.js';
import type { TextEncoding } from '../parse/properties.js';

/** A file as read from disk: its bytes, and the text and encoding they were decoded with. */
export interface FixTarget {
  bytes: Uint8Array;
  text: string;
  encoding: TextEncoding;
}

/** What {@link applyEdits} did: the new bytes and how many fixes went in or were held back. */
export interface FixOutcome {
  bytes: Uint8Array;
  /** Fixes (each a finding's edits, applied all or none) that were applied. */
  applied: number;
  /** Fixes held back because they overlap an earlier one or cannot be written in the file's encoding. */
  rejected: number;
}

/** Bytes of `text` in the file's encoding, or `undefined` when a character does not fit Latin-1. */
function encode(text: string, encoding: TextEncoding): Uint8Array | undefined {
  if (encoding === 'latin1') {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return undefined;
    return Buffer.from(text, 'latin1');
  }
  return Buffer.from(text, 'utf8');
}

/**
 * Whether the decoded text gives back exactly the file's bytes: only then do text offsets map
 * to byte offsets, and a fix can leave every other byte as it was.
 */
function roundTrips(target: FixTarget): boolean {
  const again = encode(target.text, target.encoding);
  return again !== undefined && Buffer.compare(Buffer.from(again), Buffer.from(target.bytes)) === 0;
}

/** Whether two edits touch: their ranges overlap, or one inserts where the other starts. */
function overlap(e: TextEdit, t: TextEdit): boolean {
  return (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start) || (t.start === t.end && t.start === e.start);
}

/**
 * Edits taken so far, kept sorted by start so that a new edit is checked against its neighbours
 * only (a scan of every taken edit per edit is quadratic on a file with many fixes). They are
 * held in sorted blocks of bounded size, so an insertion anywhere moves one block, not all.
 */
class TakenEdits {
  private static readonly BLOCK = 512;
  private readonly blocks: TextEdit[][] = [];

  /** Every taken edit, by start. */
  get sorted(): TextEdit[] {
    return this.blocks.flat();
  }

  /** The block that holds edits starting at or after `start` (or the last block). */
  private blockFor(start: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const block = this.blocks[mid] as TextEdit[];
      if ((block[block.length - 1] as TextEdit).start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index in `block` of its first edit that starts at or after `start`. */
  private static lowerBound(block: readonly TextEdit[], start: number): number {
    let lo = 0;
    let hi = block.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((block[mid] as TextEdit).start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The taken edits from the last one starting before `e` on, in order, up to the first that starts past it. */
  private *around(e: TextEdit): Generator<TextEdit> {
    if (this.blocks.length === 0) return;
    let b = this.blockFor(e.start);
    let i = TakenEdits.lowerBound(this.blocks[b] as TextEdit[], e.start) - 1;
    if (i < 0 && b > 0) i = (this.blocks[--b] as TextEdit[]).length - 1;
    for (; b < this.blocks.length; b++, i = 0) {
      const block = this.blocks[b] as TextEdit[];
      for (i = Math.max(i, 0); i < block.length; i++) {
        const t = block[i] as TextEdit;
        yield t;
        if (t.start > e.end) return;
      }
    }
  }

  /** Taken edits never overlap, so only the one before `e` and those starting inside it can touch it. */
  touches(e: TextEdit): boolean {
    for (const t of this.around(e)) if (overlap(e, t)) return true;
    return false;
  }

  add(e: TextEdit): void {
    if (this.blocks.length === 0) {
      this.blocks.push([e]);
      return;
    }
    // After every edit that starts where it starts, so equal starts keep the order they came in.
    const b = this.blockFor(e.start + 1);
    const block = this.blocks[b] as TextEdit[];
    block.splice(TakenEdits.lowerBound(block, e.start + 1), 0, e);
    if (block.length > 2 * TakenEdits.BLOCK) this.blocks.splice(b + 1, 0, block.splice(TakenEdits.BLOCK));
  }
}

/**
 * The fixes of the findings, by file: each finding's edits as one group, under the file they
 * all edit (a fix that spans files is not applied).
 *
 * @example
 * ```ts
 * const groups = fixesByFile(result.findings).get('config/server.properties') ?? [];
 * ```
 */
export function fixesByFile(findings: readonly Finding[]): Map<string, TextEdit[][]> {
  const byFile = new Map<string, TextEdit[][]>();
  for (const f of findings) {
    const file = f.fix?.[0]?.file;
    if (file === undefined || !(f.fix as TextEdit[]).every((e) => e.file === file)) continue;
    const groups = byFile.get(file);
    if (groups) groups.push(f.fix as TextEdit[]);
    else byFile.set(file, [f.fix as TextEdit[]]);
  }
  return byFile;
}

/**
 * Applies fixes to a file's bytes, byte-exact: only the replaced ranges change, every other
 * byte (line endings, encoding, trailing blanks) stays as it was. Each fix is applied whole or
 * not at all; a fix that overlaps one already taken, points outside the text, or cannot be
 * written in the file's encoding is rejected (a later pass may apply it). A file whose text
 * does not round-trip to its bytes is left alone.
 *
 * @example
 * ```ts
 * const { bytes, applied } = applyEdits({ bytes: raw, text, encoding: 'utf-8' }, [[{ file, start: 0, end: 10, text: 'clientPort' }]]);
 * ```
 */
export function applyEdits(target: FixTarget, fixes: readonly (readonly TextEdit[])[]): FixOutcome {
  if (fixes.length === 0) return { bytes: target.bytes, applied: 0, rejected: 0 };
  if (!roundTrips(target)) return { bytes: target.bytes, applied: 0, rejected: fixes.length };
  const taken = new TakenEdits();
  let rejected = 0;
  for (const fix of fixes) {
    const sorted = [...fix].sort((a, b) => a.start - b.start);
    const valid =
      sorted.every((e) => e.start >= 0 && e.end >= e.start && e.end <= target.text.length && encode(e.text, target.encoding) !== undefined) &&
      sorted.every((e, i) => i === 0 || (sorted[i - 1] as TextEdit).end <= e.start) &&
      !sorted.some((e) => taken.touches(e)) &&
      // A BOM is part of the text but not something a fix may cut through.
      !(target.text.charCodeAt(0) === 0xfeff && sorted.some((e) => e.start === 0 && e.end > 0));
    if (valid) for (const e of sorted) taken.add(e);
    else rejected++;
  }
  const parts: Uint8Array[] = [];
  // Text offsets to byte offsets, counted on from the edit before (once over the text in all).
  let textAt = 0;
  let byteAt = 0;
  const byteOffset = (offset: number): number => {
    byteAt += target.encoding === 'latin1' ? offset - textAt : Buffer.byteLength(target.text.slice(textAt, offset), 'utf8');
    textAt = offset;
    return byteAt;
  };
  let at = 0;
  for (const edit of taken.sorted) {
    const start = byteOffset(edit.start);
    parts.push(target.bytes.subarray(at, start), encode(edit.text, target.encoding) as Uint8Array);
    at = byteOffset(edit.end);
  }
  parts.push(target.bytes.subarray(at));
  return { bytes: Buffer.concat(parts), applied: fixes.length - rejected, rejected };
}

