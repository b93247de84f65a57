import { describe, it, expect } from 'vitest';
import { parseProperties, lastEntries, type PropertyEntry } from '../../src/parse/properties.js';
import type { Span } from '../../src/parse/source.js';

/** A span as [line, column, endLine, endColumn]. */
const at = (s: Span): [number, number, number, number] => [s.line, s.column, s.endLine, s.endColumn];
const entry = (text: string, i = 0): PropertyEntry => parseProperties(text).entries[i] as PropertyEntry;

describe('parseProperties positions', () => {
  it('gives key and value spans with 1-based lines and columns and 0-based offsets', () => {
    const e = entry('# header\nbroker.id=1\n', 0);
    expect(e).toMatchObject({ key: 'broker.id', value: '1', rawKey: 'broker.id', rawValue: '1', raw: 'broker.id=1' });
    expect(e.keySpan).toEqual({ start: 9, end: 18, line: 2, column: 1, endLine: 2, endColumn: 10 });
    expect(e.valueSpan).toEqual({ start: 19, end: 20, line: 2, column: 11, endLine: 2, endColumn: 12 });
    expect(at(e.span)).toEqual([2, 1, 2, 12]);
  });

  it('skips leading blanks and the blanks around the separator; keeps trailing blanks in the value', () => {
    const e = entry('  \tlog.dirs \t= \t/data/a  \n');
    expect(at(e.keySpan)).toEqual([1, 4, 1, 12]);
    expect(at(e.valueSpan)).toEqual([1, 17, 1, 26]);
    expect(e.value).toBe('/data/a  ');
    expect(e.rawValue).toBe('/data/a  ');
  });

  it('handles colon and whitespace separators', () => {
    expect(at(entry('a:b\n').valueSpan)).toEqual([1, 3, 1, 4]);
    expect(at(entry('a b\n').valueSpan)).toEqual([1, 3, 1, 4]);
    expect(at(entry('a   :   b\n').valueSpan)).toEqual([1, 9, 1, 10]);
    // Only one separator is skipped: the second '=' is the value's first character.
    const e = entry('k==v\n');
    expect(e.value).toBe('=v');
    expect(at(e.valueSpan)).toEqual([1, 3, 1, 5]);
  });

  it('spans a value across continuation lines, raw text included', () => {
    const text = 'listeners=PLAINTEXT://a:9092,\\\n    SSL://b:9093\nnext=1\n';
    const doc = parseProperties(text);
    const e = doc.entries[0] as PropertyEntry;
    expect(e.value).toBe('PLAINTEXT://a:9092,SSL://b:9093');
    expect(at(e.valueSpan)).toEqual([1, 11, 2, 17]);
    expect(e.rawValue).toBe('PLAINTEXT://a:9092,\\\n    SSL://b:9093');
    expect(text.slice(e.valueSpan.start, e.valueSpan.end)).toBe(e.rawValue);
    expect(at(e.span)).toEqual([1, 1, 2, 17]);
    expect(at((doc.entries[1] as PropertyEntry).keySpan)).toEqual([3, 1, 3, 5]);
  });

  it('starts a value on the continuation line when the first line ends at the separator', () => {
    const e = entry('key=\\\n   value\n');
    expect(e.value).toBe('value');
    expect(at(e.valueSpan)).toEqual([2, 4, 2, 9]);
    expect(e.rawValue).toBe('value');
  });

  it('spans a key across a continuation', () => {
    const e = entry('long\\\n    .key=v\n');
    expect(e.key).toBe('long.key');
    expect(at(e.keySpan)).toEqual([1, 1, 2, 9]);
    expect(e.rawKey).toBe('long\\\n    .key');
    expect(at(e.valueSpan)).toEqual([2, 10, 2, 11]);
  });

  it('ends an entry whose continuation runs into a blank line at the backslash', () => {
    const doc = parseProperties('a=x\\\n   \nb=y\n');
    expect(doc.entries.map((e) => [e.key, e.value])).toEqual([['a', 'x'], ['b', 'y']]);
    expect(at((doc.entries[0] as PropertyEntry).span)).toEqual([1, 1, 1, 5]);
    expect(at((doc.entries[1] as PropertyEntry).keySpan)).toEqual([3, 1, 3, 2]);
  });

  it('counts CRLF and lone CR as one line break each', () => {
    const crlf = parseProperties('a=1\r\nb=2\\\r\n  c\r\nd=4\r\n');
    expect(crlf.entries.map((e) => [e.key, e.value, e.keySpan.line, e.valueSpan.endLine])).toEqual([
      ['a', '1', 1, 1],
      ['b', '2c', 2, 3],
      ['d', '4', 4, 4],
    ]);
    const cr = parseProperties('a=1\rb=2\r\rc=3');
    expect(cr.entries.map((e) => [e.key, e.keySpan.line, e.keySpan.column])).toEqual([
      ['a', 1, 1],
      ['b', 2, 1],
      ['c', 4, 1],
    ]);
  });

  it('gives an empty value a zero-width span at the end of the entry', () => {
    for (const text of ['key=\n', 'key=   \n', 'key\n', 'key   \n']) {
      const e = entry(text);
      expect(e.value).toBe('');
      expect(e.valueSpan.start).toBe(e.valueSpan.end);
      expect(e.valueSpan.start).toBe(e.span.end);
    }
  });

  it('gives an empty key a zero-width span at the start of the entry', () => {
    const e = entry('  = = x\n');
    expect([e.key, e.value]).toEqual(['', '= x']);
    expect(at(e.keySpan)).toEqual([1, 3, 1, 3]);
    expect(at(e.valueSpan)).toEqual([1, 5, 1, 8]);
  });

  it('keeps escapes in the raw text and unescapes the key and value', () => {
    const e = entry('a\\=b\\ c=C:\\\\kafka\\tx\\u00e9\n');
    expect([e.key, e.value]).toEqual(['a=b c', 'C:\\kafka\tx\u00e9']);
    expect(e.rawKey).toBe('a\\=b\\ c');
    expect(e.rawValue).toBe('C:\\\\kafka\\tx\\u00e9');
    expect(at(e.keySpan)).toEqual([1, 1, 1, 8]);
  });

  it('keeps every occurrence of a repeated key; lastEntries keeps the last', () => {
    const doc = parseProperties('a=1\nb=2\na=3\n');
    expect(doc.entries.map((e) => e.key)).toEqual(['a', 'b', 'a']);
    expect(lastEntries(doc.entries).get('a')?.keySpan.line).toBe(3);
  });

  it('records comment lines with their text and position; an inline # is part of the value', () => {
    const doc = parseProperties('# one\n  ! two\nk=v # three\n');
    expect(doc.comments.map((c) => [c.text, c.line, c.span.column])).toEqual([
      [' one', 1, 1],
      [' two', 2, 3],
    ]);
    expect(doc.entries[0]?.value).toBe('v # three');
  });

  it('reads a BOM as part of the first key and reports it', () => {
    const doc = parseProperties('\ufeffbroker.id=1\n');
    expect(doc.entries[0]?.key).toBe('\ufeffbroker.id');
    expect(at(doc.entries[0]!.keySpan)).toEqual([1, 1, 1, 11]);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'byte-order-mark', span: expect.objectContaining({ start: 0, end: 1 }), readAs: '\u00ef\u00bb\u00bf' }),
    ]);
  });

  it('reports a UTF-8 byte-order mark read as Latin-1', () => {
    const doc = parseProperties('\u00ef\u00bb\u00bf# comment\n', { encoding: 'latin1' });
    expect(doc.diagnostics.map((d) => [d.code, d.span.start, d.span.end])).toEqual([['byte-order-mark', 0, 3]]);
    expect(doc.entries[0]?.key).toBe('\u00ef\u00bb\u00bf#');
  });

  it('uses <text> as the file name unless one is given', () => {
    expect(parseProperties('a=1').file).toBe('<text>');
    expect(parseProperties('a=1', { file: 'x/server.properties' }).entries[0]?.file).toBe('x/server.properties');
  });
});

describe('parseProperties diagnostics', () => {
  it('reports a malformed \\u escape with its position, and reads on', () => {
    const doc = parseProperties('before=1\ndataDir=C:\\users\\zk\nafter=2\n');
    expect(doc.entries.map((e) => e.key)).toEqual(['before', 'dataDir', 'after']);
    const bad = doc.diagnostics.filter((d) => d.code === 'invalid-unicode-escape');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ key: 'dataDir', entryIndex: 1, part: 'value', text: '\\users' });
    expect(at(bad[0]!.span)).toEqual([2, 11, 2, 17]);
    expect(bad[0]!.message).toContain('Malformed \\uxxxx encoding.');
  });

  it('reports a \\u cut short by the end of the key or value', () => {
    const doc = parseProperties('k\\u12=v\nx=\\u4\n');
    expect(doc.diagnostics.map((d) => [d.code, d.part, d.text, d.span.line, d.span.column, d.span.endColumn])).toEqual([
      ['invalid-unicode-escape', 'key', '\\u12', 1, 2, 6],
      ['invalid-unicode-escape', 'value', '\\u4', 2, 3, 6],
    ]);
  });

  it('reads a \\u escape split by a continuation as Java does', () => {
    const doc = parseProperties('a=\\u00\\\n   41\n');
    expect(doc.entries[0]?.value).toBe('A');
    expect(doc.diagnostics).toEqual([]);
  });

  it('reports each backslash Java drops, with the character it keeps', () => {
    const doc = parseProperties('log.dirs=C:\\kafka\\data\nok=a\\=b\\:c\\#d\\!e\\ f\\\\g\\th\n');
    expect(doc.diagnostics.map((d) => [d.code, d.text, d.readAs, d.span.line, d.span.column])).toEqual([
      ['swallowed-backslash', '\\k', 'k', 1, 12],
      ['swallowed-backslash', '\\d', 'd', 1, 18],
    ]);
    expect(doc.entries[0]?.value).toBe('C:kafkadata');
  });

  it('reports runs of non-ASCII characters of a UTF-8 text with what Java reads', () => {
    const doc = parseProperties('# café in a comment is fine\nname=café\nk=中文 and é\n');
    expect(doc.diagnostics.map((d) => [d.code, d.text, d.readAs, d.span.line, d.span.column, d.span.endColumn])).toEqual([
      ['non-latin1', 'é', '\u00c3\u00a9', 2, 9, 10],
      ['non-latin1', '中文', '\u00e4\u00b8\u00ad\u00e6\u0096\u0087', 3, 3, 5],
      ['non-latin1', 'é', '\u00c3\u00a9', 3, 10, 11],
    ]);
  });

  it('reports only characters outside ISO-8859-1 in a Latin-1 text', () => {
    const doc = parseProperties('name=caf\u00e9\nx=\u20ac\n', { encoding: 'latin1' });
    expect(doc.diagnostics.map((d) => [d.code, d.text, d.readAs, d.span.line])).toEqual([['non-latin1', '\u20ac', undefined, 2]]);
  });

  it('reports a character written as a \\u escape not at all', () => {
    expect(parseProperties('name=caf\\u00e9\n').diagnostics).toEqual([]);
  });

  it('sorts diagnostics by position', () => {
    const doc = parseProperties('a\\q=\\u00zz\\x\nb=é\n');
    expect(doc.diagnostics.map((d) => d.span.start)).toEqual([...doc.diagnostics.map((d) => d.span.start)].sort((x, y) => x - y));
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['swallowed-backslash', 'invalid-unicode-escape', 'swallowed-backslash', 'non-latin1']);
  });
});
