import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { documentsWithProperties, type PropertiesBacked } from '../../src/model/documents.js';
import { displayValue, isSecretKey } from '../../src/model/secrets.js';
import type { PropertiesDiagnostic, PropertyEntry } from '../../src/parse/properties.js';

const BOM_AS_LATIN1 = '\u00ef\u00bb\u00bf';

type EncodingMessage =
  | 'byte-order-mark'
  | 'misread-characters'
  | 'outside-latin1'
  | 'characters-in-secret'
  | 'dropped-backslash'
  | 'dropped-backslash-in-key'
  | 'dropped-backslash-in-secret';

/** The \uXXXX escape of one UTF-16 unit. */
const unitEscape = (unit: string): string => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `s` as \uXXXX escapes, one per UTF-16 unit (a surrogate pair is two), as native2ascii writes them. */
const escaped = (s: string): string => s.split('').map(unitEscape).join('');

/** `s` with invisible characters (controls, no-break space, soft hyphen, BOM) shown as \uXXXX. */
const visible = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u00a0\u00ad\ufeff]/g, unitEscape);

/** Quoted items joined as `'a', 'b' and 'c'`, at most three named. */
function quotedList(items: string[]): string {
  const quoted = items.slice(0, 3).map((s) => `'${s}'`);
  if (items.length > 3) return `${quoted.join(', ')} and ${items.length - 3} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}

function reportByteOrderMark(ctx: RuleContext<EncodingMessage>, doc: PropertiesBacked, d: PropertiesDiagnostic, product: string): void {
  const first = doc.properties.entries[0];
  const javaKey = first && first.span.start === 0 ? (doc.properties.encoding === 'utf-8' ? BOM_AS_LATIN1 + first.key.slice(1) : first.key) : undefined;
  const lineOne =
    javaKey === undefined
      ? `'${BOM_AS_LATIN1}' at the start of line 1`
      : /^\s*[#!]/.test(javaKey.slice(BOM_AS_LATIN1.length))
        ? `'${BOM_AS_LATIN1}', so line 1 is no longer a comment but sets the key '${visible(javaKey)}'`
        : `'${BOM_AS_LATIN1}', so line 1 sets the key '${visible(javaKey)}', not '${visible(javaKey.slice(BOM_AS_LATIN1.length))}'`;
  ctx.report({ file: doc.file, span: d.span, messageId: 'byte-order-mark', data: { product, lineOne } });
}

function reportCharacters(ctx: RuleContext<EncodingMessage>, doc: PropertiesBacked, d: PropertiesDiagnostic, entry: PropertyEntry, product: string): void {
  const where = { file: doc.file, span: d.span, key: entry.key };
  if (d.part === 'value' && isSecretKey(entry.key)) {
    ctx.report({ ...where, messageId: 'characters-in-secret', data: { key: entry.key, column: d.span.column, product } });
    return;
  }
  const text = d.text ?? '';
  const place = d.part === 'key' ? `the key '${visible(entry.key)}'` : `the value of '${entry.key}'`;
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  // A short run is shown as Java reads it; a long one would only show mojibake.
  const short = [...text].length <= 4;
  const write = short ? `Write ${escaped(text)} instead` : `Write each character as a \\uXXXX escape (${escaped(first)} for '${visible(first)}')`;
  const data = { text: visible(text), place, product, write };
  if (d.readAs === undefined) ctx.report({ ...where, messageId: 'outside-latin1', data });
  else ctx.report({ ...where, messageId: 'misread-characters', data: { ...data, readAs: short ? `'${visible(d.readAs)}'` : `${d.readAs.length} other characters` } });
}

/** Characters whose dropped backslash gives what the writer meant (an escaped quote in a JAAS value). */
const HARMLESS_ESCAPED = new Set(['"', "'"]);

function reportSwallowed(ctx: RuleContext<EncodingMessage>, doc: PropertiesBacked, group: PropertiesDiagnostic[], entry: PropertyEntry, product: string): void {
  const first = group[0] as PropertiesDiagnostic;
  const where = { file: doc.file, span: first.span, key: entry.key };
  const escapes = quotedList([...new Set(group.map((d) => d.text ?? ''))]);
  if (first.part === 'key') {
    ctx.report({ ...where, messageId: 'dropped-backslash-in-key', data: { product, rawKey: visible(entry.rawKey), key: visible(entry.key), escapes } });
  } else if (isSecretKey(entry.key)) {
    const columns = group.map((d) => d.span.column);
    ctx.report({ ...where, messageId: 'dropped-backslash-in-secret', data: { product, key: entry.key, backslashes: `${columns.length > 1 ? 'backslashes at columns' : 'backslash at column'} ${columns.join(', ')}` } });
  } else {
    const doubled = doubledBackslashes(doc.properties.source.text, entry, group);
    ctx.report({
      ...where,
      messageId: 'dropped-backslash',
      data: { product, key: entry.key, readAs: visible(displayValue(entry)), escapes, write: doubled === undefined ? 'Write \\\\ for a backslash' : `Write ${doubled}` },
    });
  }
}

/** The raw value with each dropped backslash doubled, when it is one short line. */
function doubledBackslashes(text: string, entry: PropertyEntry, group: PropertiesDiagnostic[]): string | undefined {
  if (entry.rawValue.length > 120 || /[\r\n]/.test(entry.rawValue)) return undefined;
  let out = '';
  let at = entry.valueSpan.start;
  for (const d of group) {
    out += text.slice(at, d.span.start) + '\\';
    at = d.span.start;
  }
  return out + text.slice(at, entry.valueSpan.end);
}

export default defineRule({
  meta: {
    id: 'properties/encoding',
    category: 'misread',
    fileKinds: ['broker', 'zookeeper'],
    description:
      'Text that Kafka and ZooKeeper read as different characters: non-ASCII characters of a UTF-8 file (or characters outside ISO-8859-1), a UTF-8 byte-order mark, or a backslash that Java drops (C:\\kafka\\data is read as C:kafkadata).',
    rationale:
      'Kafka (Utils.loadProps) and ZooKeeper (QuorumPeerConfig.parse) load their files with java.util.Properties.load(InputStream), which reads the bytes as ISO-8859-1 and unescapes backslashes. In a UTF-8 file every non-ASCII character is two to four bytes, so é becomes Ã© and a UTF-8 no-break space becomes Â plus a no-break space that trim() keeps; a byte-order mark becomes ï»¿ glued to the first key; and a backslash before any character but t, n, r, f, u, \\, =, :, #, ! or a blank is dropped, so a Windows path loses its separators. The broker starts, but with a value different from the one written. Comments are not affected.',
    fix: 'Write non-ASCII characters as \\uXXXX escapes (é is \\u00e9) or keep the file ASCII, save it without a byte-order mark, and write a backslash as \\\\ (C:\\\\kafka\\\\data) or use forward slashes in paths (C:/kafka/data).',
    references: [
      { title: 'java.util.Properties.load(InputStream) (Java 17): ISO-8859-1 and escapes', url: 'https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/Properties.html#load(java.io.InputStream)' },
      { title: 'Kafka 3.9-4.3 Utils.loadProps (clients/src/main/java/org/apache/kafka/common/utils/Utils.java)', url: 'https://github.com/apache/kafka/blob/4.0/clients/src/main/java/org/apache/kafka/common/utils/Utils.java' },
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parse', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'kafka-lint conformance suite: Java\'s own results on edge cases', url: 'https://github.com/kafka-lint/kafka-lint/blob/main/docs/parser-choice.md' },
    ],
    messages: {
      'byte-order-mark': {
        severity: 'warning',
        text: 'The file starts with a UTF-8 byte-order mark, which {{product}} reads (as ISO-8859-1) as the characters {{lineOne}}. Save the file without a byte-order mark.',
      },
      'misread-characters': {
        severity: 'warning',
        text: "'{{text}}' in {{place}} is read by {{product}} as {{readAs}}: it reads .properties files as ISO-8859-1, not UTF-8. {{write}}.",
      },
      'outside-latin1': {
        severity: 'warning',
        text: "'{{text}}' in {{place}} is outside ISO-8859-1, the only encoding {{product}} reads .properties files in. {{write}}.",
      },
      'characters-in-secret': {
        severity: 'warning',
        text: "The value of '{{key}}' has non-ASCII characters at column {{column}}, which {{product}} reads as other characters (it reads .properties files as ISO-8859-1, not UTF-8), so it does not use the value written. Write them as \\uXXXX escapes.",
      },
      'dropped-backslash': {
        severity: 'warning',
        text: "{{product}} reads the value of '{{key}}' as {{readAs}}: Java's Properties drops the backslash in {{escapes}}. {{write}} (or use / in paths).",
      },
      'dropped-backslash-in-key': {
        severity: 'warning',
        text: "{{product}} reads the key '{{rawKey}}' as '{{key}}': Java's Properties drops the backslash in {{escapes}}. Write the key without it, or \\\\ for a backslash.",
      },
      'dropped-backslash-in-secret': {
        severity: 'warning',
        text: "{{product}} drops the {{backslashes}} of the value of '{{key}}' (Java's Properties keeps only the character after it), so the value it uses is not the one written. Write \\\\ for a backslash.",
      },
    },
    examples: {
      bad: [
        { file: 'server.properties', text: 'broker.id=1\nlog.dirs=C:\\kafka\\data\n' },
        { file: 'server.properties', text: 'broker.id=1\nbroker.rack=zürich-1\n' },
      ],
      good: [
        { file: 'server.properties', text: 'broker.id=1\nlog.dirs=C:/kafka/data\n' },
        { file: 'server.properties', text: '# Zürich rack, written as an escape\nbroker.id=1\nbroker.rack=z\\u00fcrich-1\n' },
      ],
    },
  },
  check(ctx) {
    for (const doc of documentsWithProperties(ctx.cluster)) {
      const product = doc.kind === 'broker' ? 'Kafka' : 'ZooKeeper';
      const { entries, diagnostics } = doc.properties;
      // Dropped backslashes are reported once per key or value, at the first one.
      const swallowed = new Map<string, PropertiesDiagnostic[]>();
      for (const d of diagnostics) {
        const entry = d.entryIndex === undefined ? undefined : entries[d.entryIndex];
        if (d.code === 'byte-order-mark') reportByteOrderMark(ctx, doc, d, product);
        else if (d.code === 'non-latin1' && entry) reportCharacters(ctx, doc, d, entry, product);
        else if (d.code === 'swallowed-backslash' && entry && !HARMLESS_ESCAPED.has(d.readAs ?? '')) {
          const id = `${d.entryIndex}:${d.part}`;
          const group = swallowed.get(id);
          if (group) group.push(d);
          else swallowed.set(id, [d]);
        }
      }
      // A malformed \u in the same key or value stops the load (properties/invalid-escape says so,
      // and its fix covers the other backslashes).
      for (const d of diagnostics) if (d.code === 'invalid-unicode-escape') swallowed.delete(`${d.entryIndex}:${d.part}`);
      for (const group of swallowed.values()) {
        reportSwallowed(ctx, doc, group, entries[group[0]!.entryIndex!] as PropertyEntry, product);
      }
    }
  },
});
