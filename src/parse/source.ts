/**
 * Positions in source text. Lines and columns are 1-based; columns count UTF-16 code units,
 * as editors and SARIF do. Offsets are 0-based string indices into the decoded text.
 */

/** A range of source text with its 1-based start and end position. */
export interface Span {
  /** 0-based offset of the first character. */
  start: number;
  /** 0-based offset just past the last character. */
  end: number;
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column of the first character (UTF-16 code units). */
  column: number;
  /** 1-based line of `end`. */
  endLine: number;
  /** 1-based column just past the last character. */
  endColumn: number;
}

/** Maps offsets of one text to lines and columns. */
export class SourceText {
  /** The text. */
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** Number of lines (a final line without terminator counts). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * The 1-based line and column of an offset.
   *
   * @example
   * ```ts
   * new SourceText('a=1\nb=2\n').position(4); // { line: 2, column: 1 }
   * ```
   */
  position(offset: number): {
    /** 1-based line. */
    line: number;
    /** 1-based column (UTF-16 code units). */
    column: number;
  } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] as number) + 1 };
  }

  /**
   * The span from `start` to `end` (offsets).
   *
   * @example
   * ```ts
   * new SourceText('a=1\nb=2\n').span(4, 7); // { start: 4, end: 7, line: 2, column: 1, endLine: 2, endColumn: 4 }
   * ```
   */
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /**
   * Offset of the first character of a 1-based line.
   *
   * @example
   * ```ts
   * new SourceText('a=1\nb=2\n').lineStart(2); // 4
   * ```
   */
  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line - 1, 0), this.lineStarts.length - 1)] as number;
  }
}
