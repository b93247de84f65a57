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

function byteOffset(target: FixTarget, offset: number): number {
  return target.encoding === 'latin1' ? offset : Buffer.byteLength(target.text.slice(0, offset), 'utf8');
}

/**
 * The fixes of the findings in one file: each finding's edits for that file, as one group.
 *
 * @example
 * ```ts
 * const groups = fixesFor(result.findings, 'config/server.properties');
 * ```
 */
export function fixesFor(findings: readonly Finding[], file: string): TextEdit[][] {
  return findings.flatMap((f) => (f.fix && f.fix.length > 0 && f.fix.every((e) => e.file === file) ? [f.fix] : []));
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
  const taken: TextEdit[] = [];
  let rejected = 0;
  const overlaps = (e: TextEdit): boolean =>
    taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start) || (t.start === t.end && t.start === e.start));
  for (const fix of fixes) {
    const sorted = [...fix].sort((a, b) => a.start - b.start);
    const valid =
      sorted.every((e) => e.start >= 0 && e.end >= e.start && e.end <= target.text.length && encode(e.text, target.encoding) !== undefined) &&
      sorted.every((e, i) => i === 0 || (sorted[i - 1] as TextEdit).end <= e.start) &&
      !sorted.some(overlaps) &&
      // A BOM is part of the text but not something a fix may cut through.
      !(target.text.charCodeAt(0) === 0xfeff && sorted.some((e) => e.start === 0 && e.end > 0));
    if (valid) taken.push(...sorted);
    else rejected++;
  }
  taken.sort((a, b) => a.start - b.start);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const edit of taken) {
    const start = byteOffset(target, edit.start);
    parts.push(target.bytes.subarray(at, start), encode(edit.text, target.encoding) as Uint8Array);
    at = byteOffset(target, edit.end);
  }
  parts.push(target.bytes.subarray(at));
  return { bytes: Buffer.concat(parts), applied: fixes.length - rejected, rejected };
}

