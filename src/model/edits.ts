/**
 * Safe fixes: edits of the text a key or value was written as. A fix is only offered where the
 * edit is certain: the entry was written verbatim in a .properties file (no escapes or
 * continuation lines, so text offsets map one to one onto what Java reads), and the change
 * means exactly what the rule says.
 */
import type { TextEdit } from '../core/text.js';
import type { PropertyEntry } from '../parse/properties.js';
import type { ConfigEntry } from '../parse/entry.js';
import { suggestKey } from '../catalog/index.js';

/** The entry as a .properties line, when it was written in one. */
function propertiesLine(entry: ConfigEntry): PropertyEntry | undefined {
  return entry.syntax === 'properties' && 'rawKey' in entry ? (entry as PropertyEntry) : undefined;
}

/**
 * An edit that replaces an entry's key with `text`, or `undefined` when the key was not written
 * verbatim in a .properties file (an escape, a continuation line, an environment variable).
 *
 * @example
 * ```ts
 * keyEdit(entry, 'clientPort'); // { file: 'zoo.cfg', start: 40, end: 50, text: 'clientPort' }
 * ```
 */
export function keyEdit(entry: ConfigEntry, text: string): TextEdit | undefined {
  const line = propertiesLine(entry);
  if (!line || line.rawKey !== line.key) return undefined;
  return { file: line.file, start: line.keySpan.start, end: line.keySpan.end, text };
}

/**
 * An edit that replaces the characters `[from, to)` of an entry's value with `text`, or
 * `undefined` when the value was not written verbatim in a .properties file or the range lies
 * outside it.
 *
 * @example
 * ```ts
 * // zookeeper.connect=zk1: 2181
 * valueEdit(entry, 0, 9, 'zk1:2181'); // { file: 'server.properties', start: 18, end: 27, text: 'zk1:2181' }
 * ```
 */
export function valueEdit(entry: ConfigEntry, from: number, to: number, text: string): TextEdit | undefined {
  const line = propertiesLine(entry);
  if (!line || line.rawValue !== line.value || from < 0 || from > to || to > line.value.length) return undefined;
  return { file: line.file, start: line.valueSpan.start + from, end: line.valueSpan.start + to, text };
}

/**
 * The candidate `name` is a misspelling of, when it is the only near one: {@link suggestKey}
 * finds it, and finds no other once it is left out. `undefined` when no candidate or several
 * are near (`log_dirs` is near both `log.dirs` and `log.dir`).
 *
 * @example
 * ```ts
 * soleSuggestion('advertised.listners', kafkaKeyNames('4.3')); // 'advertised.listeners'
 * ```
 */
export function soleSuggestion(name: string, candidates: readonly string[]): string | undefined {
  const best = suggestKey(name, candidates);
  if (best === undefined) return undefined;
  return suggestKey(name, candidates.filter((c) => c !== best)) === undefined ? best : undefined;
}

/**
 * The fix that renames every line of `key` in one file to `corrected`, or `undefined` when that
 * is not certain to mean only the correction: some line does not write the key verbatim in a
 * .properties file, or the file already sets `corrected` (the rename would add a second line
 * for it and change which value wins).
 *
 * @example
 * ```ts
 * renameKeyFix(zk, 'clientport', 'clientPort'); // [{ file: 'zoo.cfg', start: 40, end: 50, text: 'clientPort' }]
 * ```
 */
export function renameKeyFix(
  config: { entries: readonly ConfigEntry[]; settings: ReadonlyMap<string, ConfigEntry> },
  key: string,
  corrected: string,
): TextEdit[] | undefined {
  if (config.settings.has(corrected)) return undefined;
  const edits: TextEdit[] = [];
  for (const entry of config.entries) {
    if (entry.key !== key) continue;
    const edit = keyEdit(entry, corrected);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits.length > 0 ? edits : undefined;
}
