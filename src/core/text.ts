/** Basic text types and orderings every layer may use; imports nothing of the project's own. */

/** A byte-exact replacement in one file's text: `text` replaces offsets `[start, end)`. */
export interface TextEdit {
  /** The file to edit. */
  file: string;
  /** 0-based offset of the first character replaced. */
  start: number;
  /** 0-based offset just past the text replaced. */
  end: number;
  /** The replacement text. */
  text: string;
}

/**
 * Orders strings by UTF-16 code units: the same on every machine, whatever its locale.
 *
 * @example
 * ```ts
 * ['b', 'a'].sort(compareText); // ['a', 'b']
 * ```
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
