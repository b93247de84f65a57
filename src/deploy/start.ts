/**
 * `kafka-server-start.sh <properties> --override key=value ...`: the start command of a systemd unit
 * or a start script. Kafka reads the file, then applies each override over it (Kafka.getPropsFromArgs,
 * 3.9 to 4.3), so the overrides are settings of that node, at the position they are written.
 */
import type { ConfigEntry, EntrySyntax } from '../parse/entry.js';
import type { SourceText, Span } from '../parse/source.js';
import type { KafkaStartCommand } from '../model/types.js';

/** One word of a command line with its offsets in the command text. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/** Splits a command line into words as a shell does for quotes: `"a b"` and `'a b'` are one word, quotes removed. */
function words(command: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < command.length) {
    while (i < command.length && (command[i] === ' ' || command[i] === '\t')) i++;
    if (i >= command.length) break;
    const start = i;
    let text = '';
    while (i < command.length && command[i] !== ' ' && command[i] !== '\t') {
      const c = command[i] as string;
      if (c === '"' || c === "'") {
        const close = command.indexOf(c, i + 1);
        const end = close < 0 ? command.length : close;
        text += command.slice(i + 1, end);
        i = end + 1;
      } else {
        text += c;
        i++;
      }
    }
    out.push({ text, start, end: Math.min(i, command.length) });
  }
  return out;
}

/**
 * Replaces `$VAR` and `${VAR}` with the value the environment gives; a variable it does not know
 * stays as `${VAR}`, which the settings accessor reads as templated (never judged).
 */
function expand(value: string, environment: ReadonlyMap<string, string>): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const braced = value[i + 1] === '{';
    let j = i + (braced ? 2 : 1);
    const nameStart = j;
    while (j < value.length && /\w/.test(value[j] as string)) j++;
    const name = value.slice(nameStart, j);
    if (name === '' || (braced && value[j] !== '}')) {
      out += c;
      i++;
      continue;
    }
    const end = braced ? j + 1 : j;
    out += environment.get(name) ?? `\${${name}}`;
    i = end;
  }
  return out;
}

/** Where a command is written: its file, the text's span, and its start offset when the text is one line of the source. */
export interface CommandPlace {
  /** The file. */
  file: string;
  /** Its syntax: a unit's ExecStart= or a script line. */
  syntax: EntrySyntax;
  /** The span of the whole command. */
  span: Span;
  /** The source, with the command's start offset in it, when each word can be placed exactly. */
  exact?: { source: SourceText; offset: number };
}

/**
 * The kafka-server-start command in a command line, if it has one: the properties file and the
 * `--override` settings, each placed at its word when the command is one line of its file.
 *
 * @example
 * ```ts
 * kafkaStartCommand('/opt/kafka/bin/kafka-server-start.sh /etc/kafka/server.properties --override broker.id=2', place, new Map())?.overrides[0]?.key; // 'broker.id'
 * ```
 */
export function kafkaStartCommand(command: string, place: CommandPlace, environment: ReadonlyMap<string, string>): KafkaStartCommand | undefined {
  const all = words(command);
  const script = all.findIndex((w) => /(^|\/)kafka-server-start(\.sh)?$/.test(w.text));
  if (script < 0) return undefined;
  const args = all.slice(script + 1);
  const config = args.find((w) => !w.text.startsWith('-') && /\.properties$|\.conf$|\.cfg$/.test(w.text)) ?? args.find((w) => !w.text.startsWith('-'));
  if (!config) return undefined;
  const spanOf = (w: Word, from = w.start, to = w.end): Span => (place.exact ? place.exact.source.span(place.exact.offset + from, place.exact.offset + to) : place.span);
  const overrides: ConfigEntry[] = [];
  for (let k = 0; k < args.length; k++) {
    const flag = args[k] as Word;
    const pair = flag.text === '--override' ? args[k + 1] : flag.text.startsWith('--override=') ? { ...flag, text: flag.text.slice(11), start: flag.start + 11 } : undefined;
    if (!pair) continue;
    if (pair !== flag) k++;
    const eq = pair.text.indexOf('=');
    if (eq <= 0) continue;
    const quoted = command[pair.start] === '"' || command[pair.start] === "'" ? 1 : 0;
    overrides.push({
      key: pair.text.slice(0, eq).trim(),
      value: expand(pair.text.slice(eq + 1), environment),
      file: place.file,
      syntax: place.syntax,
      keySpan: spanOf(pair, pair.start + quoted, pair.start + quoted + eq),
      valueSpan: spanOf(pair, pair.start + quoted + eq + 1, pair.end - quoted),
    });
  }
  return { configPath: config.text, span: spanOf(config), overrides };
}
