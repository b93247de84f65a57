/**
 * Comment lines and entry line ranges of files whose readers are not the .properties reader:
 * what inline `kafka-lint-disable…` directives are read from. Positions only: the readers say
 * where comments and entries are, the engine decides what a comment means.
 */
import type { Span } from './source.js';
import { SourceText } from './source.js';

/** A comment that stands on a line of its own. */
export interface LineComment {
  /** The text after the comment marker (`#`, `;`), without trailing blanks. */
  text: string;
  /** From the marker to the end of the line's text. */
  span: Span;
}

/** The first and last line of one entry (an assignment, a unit directive, a YAML key or item). */
export interface EntryLines {
  /** 1-based first line. */
  line: number;
  /** 1-based last line. */
  endLine: number;
}

/** A file's comment lines and its entries' line ranges. */
export interface CommentLines {
  /** Each comment on a line of its own, in file order. */
  comments: LineComment[];
  /** Each entry, sorted by first line; an entry that holds others comes before them. */
  entries: EntryLines[];
}

/**
 * Sorts entries by first line, the widest first when several start on one line, and drops
 * repeats: a directive then applies to the outermost entry that starts below it.
 *
 * @example
 * ```ts
 * sortedEntries([{ line: 2, endLine: 2 }, { line: 2, endLine: 5 }]); // [{ line: 2, endLine: 5 }, { line: 2, endLine: 2 }]
 * ```
 */
export function sortedEntries(entries: readonly EntryLines[]): EntryLines[] {
  const seen = new Set<string>();
  return [...entries]
    .sort((a, b) => a.line - b.line || b.endLine - a.endLine)
    .filter((e) => {
      const id = `${e.line}:${e.endLine}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

/** The text of a 1-based line without its line break. */
export function lineText(source: SourceText, line: number): string {
  const start = source.lineStart(line);
  const end = line < source.lineCount ? source.lineStart(line + 1) : source.text.length;
  return source.text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

/**
 * The comments and entries of a line-based file whose comments start with one of `markers` as the
 * first non-blank character (shell env files: `#`). `known` are entries the reader already
 * placed (an assignment whose quoted value spans lines); every other non-blank, non-comment line
 * is an entry of its own, joined with the lines a trailing `\` continues it on. A `#` line inside
 * a known entry is part of its value, not a comment.
 *
 * @example
 * ```ts
 * lineCommentsOf(new SourceText('# note\nA=1\n'), '#', []).comments[0]?.text; // ' note'
 * ```
 */
export function lineCommentsOf(source: SourceText, markers: string, known: readonly EntryLines[]): CommentLines {
  const comments: LineComment[] = [];
  const entries: EntryLines[] = [...known];
  const inside = new Map<number, number>();
  for (const e of known) {
    const end = inside.get(e.line);
    if (end === undefined || e.endLine > end) inside.set(e.line, e.endLine);
  }
  for (let line = 1; line <= source.lineCount; line++) {
    const end = inside.get(line);
    if (end !== undefined) {
      line = Math.max(line, end);
      continue;
    }
    const raw = lineText(source, line);
    const trimmed = raw.trimStart();
    if (trimmed === '') continue;
    const start = source.lineStart(line) + raw.length - trimmed.length;
    if (markers.includes(trimmed[0] as string)) {
      comments.push({ text: trimmed.slice(1).trimEnd(), span: source.span(start, start + trimmed.trimEnd().length) });
      continue;
    }
    const first = line;
    while (/\\[ \t]*$/.test(lineText(source, line)) && line < source.lineCount && !inside.has(line + 1)) line++;
    entries.push({ line: first, endLine: line });
  }
  return { comments, entries: sortedEntries(entries) };
}
