import { SourceText, type Span } from './source.js';
import type { ConfigEntry } from './entry.js';

/**
 * One logical entry of a .properties file, read with the rules of `java.util.Properties.load`.
 */
export interface PropertyEntry extends ConfigEntry {
  syntax: 'properties';
  file: string;
  /** The key as written: from its first character to its last, escapes and continuations included. */
  keySpan: Span;
  /**
   * The value as written: from its first character (after the separator and the blanks Java
   * skips) to its last, trailing blanks included. Zero-width, at the end of the entry, when the
   * value is empty.
   */
  valueSpan: Span;
  /** The whole logical line, continuation lines included (without the final line break). */
  span: Span;
  /** The raw source text of the logical line (escapes and continuations as written). */
  raw: string;
  /** The raw source text of the key. */
  rawKey: string;
  /** The raw source text of the value. */
  rawValue: string;
}

/** A comment line (`#` or `!` as the first non-blank character of a logical line). */
export interface CommentLine {
  /** Text after the comment character, untrimmed. */
  text: string;
  /** The 1-based line. */
  line: number;
  /** The whole comment line. */
  span: Span;
}

/** What the reader trips on; never thrown. Each code is a fact about how Java reads the text. */
export type PropertiesDiagnosticCode =
  /** A `\u` not followed by four hex digits: Java's `Properties.load` throws and the file is not loaded. */
  | 'invalid-unicode-escape'
  /** A backslash before a character with no escape meaning: Java drops the backslash. */
  | 'swallowed-backslash'
  /**
   * Characters in a key or value whose bytes Java, reading ISO-8859-1, turns into other
   * characters: any non-ASCII character of a UTF-8 file, or a character outside ISO-8859-1.
   */
  | 'non-latin1'
  /** A byte-order mark at the start of the file, which Java reads as characters of the first line. */
  | 'byte-order-mark';

/** A problem found while reading a .properties file, with its position. */
export interface PropertiesDiagnostic {
  /** What kind of problem. */
  code: PropertiesDiagnosticCode;
  /** What the reader does, in a sentence; never quotes a key's value. */
  message: string;
  /** Where it is. */
  span: Span;
  /** The key of the entry it is in, when it is inside one. */
  key?: string;
  /** Index into {@link PropertiesDocument.entries} of that entry. */
  entryIndex?: number;
  /** Whether it is in the entry's key or its value. */
  part?: 'key' | 'value';
  /** The source text concerned (the escape, or the characters). May be part of a secret value. */
  text?: string;
  /**
   * For `non-latin1` and `byte-order-mark` in a UTF-8 text: the characters Java reads instead
   * (the UTF-8 bytes taken as ISO-8859-1). For `swallowed-backslash`: the character Java keeps.
   */
  readAs?: string;
}

/** A .properties file read exactly as `java.util.Properties.load` reads it, with positions. */
export interface PropertiesDocument {
  /** The file name findings carry. */
  file: string;
  /** The text, with offset-to-position lookup. */
  source: SourceText;
  /** How the file's bytes were decoded into this text (see `decodeConfigBytes`). */
  encoding: TextEncoding;
  /** Every entry in file order, repeated keys included (one per `Properties.put`). */
  entries: PropertyEntry[];
  /** Every comment line. */
  comments: CommentLine[];
  /** What the reader trips on, in file order. */
  diagnostics: PropertiesDiagnostic[];
}

/** How a config file's bytes became text. */
export type TextEncoding = 'utf-8' | 'latin1';

/** Options of {@link parseProperties}. */
export interface ParsePropertiesOptions {
  /** The file name findings will carry; `<text>` when absent. */
  file?: string;
  /**
   * How the text was decoded from the file's bytes. Java reads the bytes as ISO-8859-1, so in a
   * UTF-8 file every non-ASCII character of a key or value is misread; in a Latin-1 file none
   * is. Defaults to `utf-8`, the encoding editors save and Node reads by default.
   */
  encoding?: TextEncoding;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';
const isLineEnd = (c: string | undefined): boolean => c === '\n' || c === '\r';
const isHexDigit = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));

/** Escaped characters whose backslash only keeps them literal: the ones `Properties.store` escapes, and blanks. */
const LITERAL_ESCAPES = new Set(['\\', '=', ':', '#', '!', ' ', '\t', '\f']);
const CONTROL_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };
const UTF8_BOM_AS_LATIN1 = '\u00ef\u00bb\u00bf';

/**
 * A logical line: its content (continuations removed) and where each piece of it sits in the
 * source. `segments` holds [sourceStart, sourceEnd) pairs; `cumulative[k]` is the content length
 * before segment k.
 */
interface LogicalLine {
  content: string;
  segments: number[];
  cumulative: number[];
  /** Offset of the first character of the line (a continuation backslash counts). */
  start: number;
  /** Offset just past the last character of its last contributing physical line. */
  end: number;
}

/** Source offset of content index `k` (0 <= k < content length). */
function sourceOffset(line: LogicalLine, k: number): number {
  const { cumulative, segments } = line;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((cumulative[mid] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  return (segments[2 * lo] as number) + k - (cumulative[lo] as number);
}

/** Source range of the content range [from, to); empty ranges sit at `from` (or the line end). */
function sourceRange(line: LogicalLine, from: number, to: number): [number, number] {
  const len = line.content.length;
  if (from >= to) {
    const at = from < len ? sourceOffset(line, from) : line.end;
    return [at, at];
  }
  return [sourceOffset(line, from), sourceOffset(line, to - 1) + 1];
}

/**
 * Splits `text` into logical lines exactly as Java's `Properties.LineReader` does: blanks
 * (space, tab, form feed) and empty lines skipped; `#` or `!` first on a logical line makes it a
 * comment; an odd number of trailing backslashes joins the next line, whose leading blanks are
 * dropped; a line break is `\n`, `\r` or `\r\n`. The corner cases follow the JDK 17 reader:
 * a continuation into a blank line ends the logical line; a continuation whose content is still
 * empty lets a following `#` or `!` start a comment; a lone backslash ending the file right
 * after its line break still makes an empty entry.
 */
function readLogicalLines(
  text: string,
  onLine: (line: LogicalLine) => void,
  onComment: (start: number, end: number) => void,
): void {
  const n = text.length;
  let i = 0;
  const lineEndAt = (from: number): number => {
    let j = from;
    while (j < n && !isLineEnd(text[j])) j++;
    return j;
  };
  while (i < n) {
    while (i < n && (isBlank(text[i]) || isLineEnd(text[i]))) i++;
    if (i >= n) break;
    if (text[i] === '#' || text[i] === '!') {
      const end = lineEndAt(i);
      onComment(i, end);
      i = end;
      continue;
    }
    const line: LogicalLine = { content: '', segments: [], cumulative: [], start: i, end: i };
    let pieces: string[] | undefined;
    let length = 0;
    let emit = false;
    for (;;) {
      const segStart = i;
      i = lineEndAt(i);
      let backslashes = 0;
      for (let j = i - 1; j >= segStart && text[j] === '\\'; j--) backslashes++;
      const continues = backslashes % 2 === 1;
      const segEnd = continues ? i - 1 : i;
      if (segEnd > segStart) {
        line.segments.push(segStart, segEnd);
        line.cumulative.push(length);
        const piece = text.slice(segStart, segEnd);
        // Most lines are one piece; only continued ones need joining.
        if (line.segments.length === 2) line.content = piece;
        else (pieces ??= [line.content]).push(piece);
        length += segEnd - segStart;
      }
      line.end = i;
      if (i >= n || !continues) {
        // End of file, or an ordinary line end. Java returns the line unless it is empty, but a
        // continuation backslash at the very end of the file still counts as a (now empty) line.
        emit = length > 0 || (continues && i >= n);
        break;
      }
      if (i === n - 1) {
        // The continuation's line break is the last character of the file: Java returns the
        // line at once, even when only the backslash was on it.
        i = n;
        emit = true;
        break;
      }
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      while (i < n && isBlank(text[i])) i++;
      if (i >= n || isLineEnd(text[i])) {
        emit = length > 0;
        break;
      }
      if (length === 0 && (text[i] === '#' || text[i] === '!')) break;
    }
    if (emit) {
      if (pieces) line.content = pieces.join('');
      onLine(line);
    }
  }
}

const utf8 = new TextEncoder();

/** The characters Java reads for `s` written in a UTF-8 file: its UTF-8 bytes as ISO-8859-1. */
function utf8AsLatin1(s: string): string {
  let out = '';
  for (const byte of utf8.encode(s)) out += String.fromCharCode(byte);
  return out;
}

/** Reads .properties text, collecting entries, comments and diagnostics. */
class PropertiesReader {
  readonly entries: PropertyEntry[] = [];
  readonly comments: CommentLine[] = [];
  readonly diagnostics: PropertiesDiagnostic[] = [];
  private readonly source: SourceText;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly encoding: TextEncoding,
  ) {
    this.source = new SourceText(text);
  }

  read(): PropertiesDocument {
    const { text, source } = this;
    this.readByteOrderMark();
    readLogicalLines(
      text,
      (line) => this.readEntry(line),
      (start, end) => {
        const span = source.span(start, end);
        this.comments.push({ text: text.slice(start + 1, end), line: span.line, span });
      },
    );
    this.diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return {
      file: this.file,
      source,
      encoding: this.encoding,
      entries: this.entries,
      comments: this.comments,
      diagnostics: this.diagnostics,
    };
  }

  private readByteOrderMark(): void {
    const { text } = this;
    const bom =
      text.charCodeAt(0) === 0xfeff ? text.slice(0, 1) : this.encoding === 'latin1' && text.startsWith(UTF8_BOM_AS_LATIN1) ? UTF8_BOM_AS_LATIN1 : undefined;
    if (bom === undefined) return;
    this.diagnostics.push({
      code: 'byte-order-mark',
      message: `The file starts with a UTF-8 byte-order mark, which Java reads as the characters '${UTF8_BOM_AS_LATIN1}' at the start of the first line.`,
      span: this.source.span(0, bom.length),
      text: bom,
      readAs: UTF8_BOM_AS_LATIN1,
    });
  }

  private readEntry(line: LogicalLine): void {
    const { content } = line;
    const len = content.length;
    // The key ends at the first unescaped '=', ':' or blank (Java's load0).
    let keyEnd = 0;
    let escaped = false;
    let hasSeparator = false;
    for (; keyEnd < len; keyEnd++) {
      const c = content[keyEnd];
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '=' || c === ':') {
        hasSeparator = true;
        break;
      } else if (isBlank(c)) break;
    }
    // Then blanks, and at most one '=' or ':' when the key ended at a blank.
    let valueStart = keyEnd < len ? keyEnd + 1 : len;
    for (; valueStart < len; valueStart++) {
      const c = content[valueStart];
      if (isBlank(c)) continue;
      if (!hasSeparator && (c === '=' || c === ':')) hasSeparator = true;
      else break;
    }

    const entryIndex = this.entries.length;
    const firstDiagnostic = this.diagnostics.length;
    const key = this.unescape(line, 0, keyEnd, 'key');
    const value = this.unescape(line, valueStart, len, 'value');
    this.scanCharacters(line, 0, keyEnd, 'key');
    this.scanCharacters(line, valueStart, len, 'value');
    for (let d = firstDiagnostic; d < this.diagnostics.length; d++) {
      const diagnostic = this.diagnostics[d] as PropertiesDiagnostic;
      diagnostic.key = key;
      diagnostic.entryIndex = entryIndex;
    }

    const { text, source } = this;
    const [keyStart, keyStop] = keyEnd > 0 ? sourceRange(line, 0, keyEnd) : [line.start, line.start];
    const [valueFrom, valueTo] = valueStart < len ? sourceRange(line, valueStart, len) : [line.end, line.end];
    this.entries.push({
      key,
      value,
      file: this.file,
      syntax: 'properties',
      keySpan: source.span(keyStart, keyStop),
      valueSpan: source.span(valueFrom, valueTo),
      span: source.span(line.start, line.end),
      raw: text.slice(line.start, line.end),
      rawKey: text.slice(keyStart, keyStop),
      rawValue: text.slice(valueFrom, valueTo),
    });
  }

  private report(
    line: LogicalLine,
    code: PropertiesDiagnosticCode,
    from: number,
    to: number,
    part: 'key' | 'value',
    message: string,
    readAs?: string,
  ): void {
    const [start, end] = sourceRange(line, from, to);
    const diagnostic: PropertiesDiagnostic = {
      code,
      message,
      span: this.source.span(start, end),
      part,
      text: line.content.slice(from, to),
    };
    if (readAs !== undefined) diagnostic.readAs = readAs;
    this.diagnostics.push(diagnostic);
  }

  /** Unescapes a key or value as Java's `loadConvert` does, reporting what it trips on. */
  private unescape(line: LogicalLine, from: number, to: number, part: 'key' | 'value'): string {
    const { content } = line;
    const firstBackslash = content.indexOf('\\', from);
    if (firstBackslash < 0 || firstBackslash >= to) return content.slice(from, to);
    let out = content.slice(from, firstBackslash);
    let k = firstBackslash;
    while (k < to) {
      const c = content[k] as string;
      if (c !== '\\') {
        out += c;
        k++;
        continue;
      }
      // The reader never leaves an unescaped backslash at the end of a key or value.
      const next = content[k + 1] as string;
      if (next === 'u') {
        let digits = 0;
        while (digits < 4 && k + 2 + digits < to && isHexDigit(content[k + 2 + digits])) digits++;
        if (digits === 4) {
          out += String.fromCharCode(parseInt(content.slice(k + 2, k + 6), 16));
          k += 6;
          continue;
        }
        // Java throws here ("Malformed \uxxxx encoding."); the rest is read on as if the
        // backslash were dropped, so the remaining lines still get checked.
        this.report(
          line,
          'invalid-unicode-escape',
          k,
          Math.min(k + 6, to),
          part,
          "A '\\u' escape without four hex digits after it: Java's Properties.load stops with \"Malformed \\uxxxx encoding.\" and the file is not loaded.",
        );
        out += 'u';
        k += 2;
        continue;
      }
      const control = CONTROL_ESCAPES[next];
      if (control !== undefined) out += control;
      else {
        out += next;
        if (!LITERAL_ESCAPES.has(next)) {
          this.report(line, 'swallowed-backslash', k, k + 2, part, 'A backslash before a character with no escape meaning: Java drops the backslash.', next);
        }
      }
      k += 2;
    }
    return out;
  }

  /** Reports each run of characters Java reads differently from how the text shows them. */
  private scanCharacters(line: LogicalLine, from: number, to: number, part: 'key' | 'value'): void {
    const { content } = line;
    const latin1 = this.encoding === 'latin1';
    const misread = (code: number): boolean => (latin1 ? code > 0xff : code > 0x7f);
    let k = from;
    while (k < to) {
      if (!misread(content.charCodeAt(k)) || (k === 0 && line.start === 0 && content.charCodeAt(0) === 0xfeff)) {
        k++;
        continue;
      }
      const runStart = k;
      while (k < to && misread(content.charCodeAt(k))) k++;
      const run = content.slice(runStart, k);
      this.report(
        line,
        'non-latin1',
        runStart,
        k,
        part,
        latin1
          ? 'Characters outside ISO-8859-1: Java cannot read them from the file as written.'
          : 'Non-ASCII characters in a UTF-8 text: Java reads the file as ISO-8859-1 and sees their bytes as other characters.',
        latin1 ? undefined : utf8AsLatin1(run),
      );
    }
  }
}

/**
 * Reads a .properties text exactly as `java.util.Properties.load(InputStream)` does (the way
 * Kafka and ZooKeeper read server.properties and zoo.cfg) and keeps the position of every key
 * and value. Never throws: what the reader would trip on becomes a {@link PropertiesDiagnostic}
 * with its position, and the rest of the file is still read.
 *
 * @example
 * ```ts
 * const doc = parseProperties('broker.id=1\nlog.dirs=/data\n', { file: 'server.properties' });
 * doc.entries[1]?.value; // '/data'
 * doc.entries[1]?.keySpan.line; // 2
 * ```
 */
export function parseProperties(text: string, options: ParsePropertiesOptions = {}): PropertiesDocument {
  return new PropertiesReader(text, options.file ?? '<text>', options.encoding ?? 'utf-8').read();
}

/**
 * The entries with the last value of each key, as `Properties` keeps them.
 *
 * @example
 * ```ts
 * lastEntries(parseProperties('a=1\na=2\n').entries).get('a')?.value; // '2'
 * ```
 */
export function lastEntries<E extends ConfigEntry>(entries: readonly E[]): Map<string, E> {
  const map = new Map<string, E>();
  for (const e of entries) map.set(e.key, e);
  return map;
}
