import { SourceText, type Span } from './source.js';
import type { ConfigEntry } from '../model/entry.js';

/**
 * One logical entry of a .properties file, read with the rules of `java.util.Properties.load`.
 */
export interface PropertyEntry extends ConfigEntry {
  syntax: 'properties';
  file: string;
  keySpan: Span;
  valueSpan: Span;
  /** The whole logical line, continuation lines included. */
  span: Span;
  /** The raw source text of the logical line (escapes and continuations as written). */
  raw: string;
  /** The raw source text of the value. */
  rawValue: string;
}

/** A comment line (`#` or `!` as the first non-blank character). */
export interface CommentLine {
  /** Text after the comment character, untrimmed. */
  text: string;
  line: number;
  span: Span;
}

/** Problems found while reading the text; never thrown. */
export type PropertiesDiagnosticCode =
  /** A `\u` escape not followed by four hex digits: Java's `Properties.load` throws. */
  | 'invalid-unicode-escape'
  /** A backslash before a character with no escape meaning: Java drops the backslash. */
  | 'swallowed-backslash'
  /** A character outside ISO-8859-1, which Java reads as different characters. */
  | 'non-latin1'
  /** A UTF-8 byte-order mark, which Java reads as part of the first key. */
  | 'byte-order-mark';

/** A problem found while reading a .properties file, with its position. */
export interface PropertiesDiagnostic {
  code: PropertiesDiagnosticCode;
  message: string;
  span: Span;
  /** The entry it belongs to, when it is inside one. */
  key?: string;
}

/** A .properties file read exactly as `java.util.Properties.load` reads it, with positions. */
export interface PropertiesDocument {
  file: string;
  source: SourceText;
  /** Every entry in file order, repeated keys included. */
  entries: PropertyEntry[];
  comments: CommentLine[];
  diagnostics: PropertiesDiagnostic[];
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';
const isLineEnd = (c: string | undefined): boolean => c === '\n' || c === '\r';
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** A logical line: its characters (continuations removed) and their source offsets. */
interface LogicalLine {
  chars: string[];
  offsets: number[];
  start: number;
  end: number;
}

/**
 * Reads the physical lines of `text` into logical lines the way Java's `LineReader` does:
 * leading blanks dropped, comment and blank lines set apart, an odd number of trailing
 * backslashes joins the next line with its leading blanks dropped.
 */
function readLogicalLines(
  text: string,
  onComment: (start: number, end: number) => void,
): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isBlank(text[i])) i++;
    if (i >= n) break;
    if (isLineEnd(text[i])) {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (text[i] === '#' || text[i] === '!') {
      const start = i;
      while (i < n && !isLineEnd(text[i])) i++;
      onComment(start, i);
      continue;
    }
    const line: LogicalLine = { chars: [], offsets: [], start: i, end: i };
    for (;;) {
      const physStart = i;
      while (i < n && !isLineEnd(text[i])) i++;
      let backslashes = 0;
      for (let j = i - 1; j >= physStart && text[j] === '\\'; j--) backslashes++;
      const continues = backslashes % 2 === 1;
      const contentEnd = continues ? i - 1 : i;
      for (let j = physStart; j < contentEnd; j++) {
        line.chars.push(text[j] as string);
        line.offsets.push(j);
      }
      line.end = i;
      if (!continues) break;
      if (i < n) i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      while (i < n && isBlank(text[i])) i++;
      if (i >= n) break;
    }
    lines.push(line);
  }
  return lines;
}

/** Unescapes a key or value as Java's `loadConvert` does, reporting malformed escapes. */
function unescape(
  chars: string[],
  offsets: number[],
  from: number,
  to: number,
  report: (code: PropertiesDiagnosticCode, start: number, end: number, detail: string) => void,
): string {
  let out = '';
  let k = from;
  while (k < to) {
    const c = chars[k] as string;
    if (c !== '\\') {
      out += c;
      k++;
      continue;
    }
    const next = chars[k + 1];
    if (next === undefined || k + 1 >= to) {
      k++;
      continue;
    }
    if (next === 'u') {
      const hex = chars.slice(k + 2, Math.min(k + 6, to)).join('');
      if (HEX4.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
        k += 6;
      } else {
        const endOffset = (offsets[Math.min(k + 5, to - 1)] as number) + 1;
        report('invalid-unicode-escape', offsets[k] as number, endOffset, `\\u${hex}`);
        out += 'u' + hex;
        k += 2 + hex.length;
      }
      continue;
    }
    const mapped = next === 't' ? '\t' : next === 'n' ? '\n' : next === 'r' ? '\r' : next === 'f' ? '\f' : undefined;
    if (mapped !== undefined) out += mapped;
    else {
      out += next;
      if (!'\\=: #!'.includes(next)) {
        report('swallowed-backslash', offsets[k] as number, (offsets[k + 1] as number) + 1, `\\${next}`);
      }
    }
    k += 2;
  }
  return out;
}

/**
 * Reads a .properties text exactly as `java.util.Properties.load` does and keeps the position
 * of every key and value. Never throws: problems become {@link PropertiesDiagnostic}s and the
 * rest of the file is still read.
 *
 * @example
 * ```ts
 * const doc = parseProperties('broker.id=1\nlog.dirs=/data\n', { file: 'server.properties' });
 * doc.entries[1]?.value; // '/data'
 * doc.entries[1]?.keySpan.line; // 2
 * ```
 */
export function parseProperties(text: string, options: { file?: string } = {}): PropertiesDocument {
  const file = options.file ?? '<text>';
  const source = new SourceText(text);
  const comments: CommentLine[] = [];
  const diagnostics: PropertiesDiagnostic[] = [];
  const entries: PropertyEntry[] = [];

  if (text.charCodeAt(0) === 0xfeff) {
    diagnostics.push({
      code: 'byte-order-mark',
      message: 'The file starts with a UTF-8 byte-order mark; Java reads it as part of the first key.',
      span: source.span(0, 1),
    });
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff && code !== 0xfeff) {
      const ch = text.codePointAt(i) as number;
      const width = ch > 0xffff ? 2 : 1;
      diagnostics.push({
        code: 'non-latin1',
        message: `'${String.fromCodePoint(ch)}' (U+${ch.toString(16).toUpperCase().padStart(4, '0')}) is outside ISO-8859-1.`,
        span: source.span(i, i + width),
      });
      i += width - 1;
    }
  }

  const logical = readLogicalLines(text, (start, end) => {
    const span = source.span(start, end);
    comments.push({ text: text.slice(start + 1, end), line: span.line, span });
  });

  for (const line of logical) {
    const { chars, offsets } = line;
    const len = chars.length;
    // Key ends at the first unescaped '=', ':' or blank.
    let keyEnd = 0;
    let escaped = false;
    let hasSep = false;
    while (keyEnd < len) {
      const c = chars[keyEnd] as string;
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '=' || c === ':') {
        hasSep = true;
        break;
      } else if (isBlank(c)) break;
      keyEnd++;
    }
    let valueStart = hasSep ? keyEnd + 1 : keyEnd;
    while (valueStart < len && isBlank(chars[valueStart])) valueStart++;
    if (!hasSep && valueStart < len && (chars[valueStart] === '=' || chars[valueStart] === ':')) {
      valueStart++;
      while (valueStart < len && isBlank(chars[valueStart])) valueStart++;
    }
    const startKey = diagnostics.length;
    const report = (code: PropertiesDiagnosticCode, start: number, end: number, detail: string): void => {
      diagnostics.push({
        code,
        message:
          code === 'invalid-unicode-escape'
            ? `Malformed escape '${detail}': Java's Properties.load stops with "Malformed \\uxxxx encoding."`
            : `Java reads '${detail}' as '${detail.slice(1)}': the backslash is dropped.`,
        span: source.span(start, end),
      });
    };
    const key = unescape(chars, offsets, 0, keyEnd, report);
    const value = unescape(chars, offsets, valueStart, len, report);
    for (let d = startKey; d < diagnostics.length; d++) (diagnostics[d] as PropertiesDiagnostic).key = key;

    const offsetAt = (k: number): number => (k < len ? (offsets[k] as number) : line.end);
    const keyStartOffset = line.start;
    const keyEndOffset = keyEnd > 0 ? (offsets[keyEnd - 1] as number) + 1 : line.start;
    const valueStartOffset = valueStart < len ? offsetAt(valueStart) : line.end;
    const valueEndOffset = len > valueStart ? (offsets[len - 1] as number) + 1 : valueStartOffset;
    entries.push({
      key,
      value,
      file,
      syntax: 'properties',
      keySpan: source.span(keyStartOffset, keyEndOffset),
      valueSpan: source.span(valueStartOffset, valueEndOffset),
      span: source.span(line.start, line.end),
      raw: text.slice(line.start, line.end),
      rawValue: text.slice(valueStartOffset, valueEndOffset),
    });
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { file, source, entries, comments, diagnostics };
}

/** The entries with the last value of each key, as `Properties` keeps them. */
export function lastEntries<E extends ConfigEntry>(entries: readonly E[]): Map<string, E> {
  const map = new Map<string, E>();
  for (const e of entries) map.set(e.key, e);
  return map;
}
