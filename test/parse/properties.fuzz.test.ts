/**
 * Property tests of the .properties parser and the byte decoder: random text, random bytes and
 * random mutations of the conformance cases never make them throw, give the same result twice,
 * and give spans that lie in the text and agree with an independent line/column count.
 */
import { afterAll, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProperties, type PropertiesDocument } from '../../src/parse/properties.js';
import { decodeConfigBytes } from '../../src/parse/decode.js';
import type { Span } from '../../src/parse/source.js';
import { caseNames, loadCase } from '../conformance/cases.js';
import { printCaseCounts, runs } from '../fuzz/support.js';

/** Cases per property in `npm test`; `npm run fuzz` multiplies them by FUZZ_RUNS. */
const RUNS = 1500;

/** The characters that matter to Properties.load, plus some that do not. */
const SPECIAL = ['=', ':', ' ', '\t', '\f', '\\', '\\', '#', '!', '\n', '\r', '\r\n', 'u', '0', 'f', 'z', 'k', '.', 'é', '中', '😀', '\ufeff', '\u0000'];
const propertiesText = fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 4 })), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 200 });

const caseTexts = caseNames.map((name) => loadCase(name).bytes.toString('latin1'));
/** A conformance case with random insertions, deletions and duplications. */
const mutatedCase = fc
  .tuple(
    fc.constantFrom(...caseTexts),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom(...SPECIAL), fc.constantFrom('insert', 'delete', 'duplicate')), { maxLength: 8 }),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [pos, len, ch, kind] of edits) {
      const p = s.length === 0 ? 0 : pos % (s.length + 1);
      if (kind === 'insert') s = s.slice(0, p) + ch + s.slice(p);
      else if (kind === 'delete') s = s.slice(0, p) + s.slice(p + len);
      else s = s.slice(0, p) + s.slice(p, p + len) + s.slice(p);
    }
    return s;
  });

/** Line and column of an offset, counted from scratch (`\r\n`, `\r` and `\n` end a line). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    // The \r of a \r\n ends no line by itself: an offset between the two is still on this line.
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function checkSpan(text: string, span: Span): void {
  expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
  expect(lineColumn(text, span.start)).toEqual({ line: span.line, column: span.column });
  expect(lineColumn(text, span.end)).toEqual({ line: span.endLine, column: span.endColumn });
}

/** Every invariant of a parse of `text`. */
function checkDocument(text: string, encoding?: 'utf-8' | 'latin1'): void {
  const options = encoding ? { file: 'f.properties', encoding } : { file: 'f.properties' };
  let doc: PropertiesDocument | undefined;
  expect(() => (doc = parseProperties(text, options))).not.toThrow();
  const again = parseProperties(text, options);
  expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  const { entries, comments, diagnostics } = doc as PropertiesDocument;
  let previousEnd = 0;
  for (const e of entries) {
    for (const span of [e.span, e.keySpan, e.valueSpan]) checkSpan(text, span);
    expect(e.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(e.span.start <= e.keySpan.start && e.keySpan.end <= e.valueSpan.start && e.valueSpan.end <= e.span.end).toBe(true);
    expect(text.slice(e.span.start, e.span.end)).toBe(e.raw);
    expect(text.slice(e.keySpan.start, e.keySpan.end)).toBe(e.rawKey);
    expect(text.slice(e.valueSpan.start, e.valueSpan.end)).toBe(e.rawValue);
    previousEnd = e.span.end;
  }
  for (const c of comments) {
    checkSpan(text, c.span);
    expect(text[c.span.start] === '#' || text[c.span.start] === '!').toBe(true);
  }
  for (const d of diagnostics) {
    checkSpan(text, d.span);
    if (d.entryIndex !== undefined) {
      const e = entries[d.entryIndex];
      expect(e?.key).toBe(d.key);
      expect(d.span.start >= e!.span.start && d.span.end <= e!.span.end).toBe(true);
    }
  }
}

describe('parseProperties never throws and keeps its invariants', () => {
  it('on text built from the characters that matter', () => {
    fc.assert(fc.property(propertiesText, (text) => checkDocument(text)), runs('properties: characters that matter', RUNS));
  });
  it('on any text, read as UTF-8 or Latin-1', () => {
    fc.assert(fc.property(anyText, fc.constantFrom<'utf-8' | 'latin1'>('utf-8', 'latin1'), (text, encoding) => checkDocument(text, encoding)), runs('properties: any text', RUNS));
  });
  it('on mutations of the conformance cases', () => {
    fc.assert(fc.property(mutatedCase, (text) => checkDocument(text, 'latin1')), runs('properties: mutated conformance cases', RUNS));
  });
  it('on pathological inputs, in time linear in their size', () => {
    const long = 'k=' + 'x'.repeat(1_000_000);
    expect(parseProperties(long).entries[0]?.value.length).toBe(1_000_000);
    const continued = 'k=' + 'a\\\n '.repeat(100_000) + 'end\n';
    const doc = parseProperties(continued);
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]?.value).toBe('a'.repeat(100_000) + 'end');
    expect(doc.entries[0]?.valueSpan.endLine).toBe(100_001);
    expect(parseProperties('\\'.repeat(200_001)).entries).toHaveLength(1);
    expect(parseProperties('k=' + '\\q'.repeat(50_000)).diagnostics).toHaveLength(50_000);
    expect(parseProperties('k=' + '\\u'.repeat(50_000)).diagnostics).toHaveLength(50_000);
    expect(parseProperties('a=1\n'.repeat(100_000)).entries).toHaveLength(100_000);
    expect(parseProperties('#'.repeat(100_000) + '\n' + '\n'.repeat(100_000)).comments).toHaveLength(1);
  });
});

describe('decodeConfigBytes', () => {
  it('never throws or changes its input, and reads valid UTF-8 as UTF-8 and anything else byte for byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const before = Uint8Array.from(bytes);
        const decoded = decodeConfigBytes(bytes);
        expect(bytes).toEqual(before);
        expect(decoded.binary).toBe(bytes.includes(0));
        const roundTrip = decoded.encoding === 'utf-8' ? Buffer.from(decoded.text, 'utf8') : Buffer.from(decoded.text, 'latin1');
        expect(Buffer.compare(roundTrip, Buffer.from(bytes))).toBe(0);
        checkDocument(decoded.text, decoded.encoding);
      }),
      runs('decodeConfigBytes: random bytes', RUNS),
    );
  });
  it('keeps a byte-order mark, and falls back to Latin-1 for invalid UTF-8', () => {
    expect(decodeConfigBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: '\ufeffa', encoding: 'utf-8', binary: false });
    expect(decodeConfigBytes(Buffer.from('name=caf\xe9\n', 'latin1'))).toEqual({ text: 'name=caf\u00e9\n', encoding: 'latin1', binary: false });
    expect(decodeConfigBytes(Buffer.from('a=\u00e9\n', 'utf8'))).toEqual({ text: 'a=\u00e9\n', encoding: 'utf-8', binary: false });
    expect(decodeConfigBytes(new Uint8Array([0x61, 0, 0x62])).binary).toBe(true);
    const big = new Uint8Array(100_000).fill(0xe9);
    expect(decodeConfigBytes(big).text).toBe('\u00e9'.repeat(100_000));
  });
});

describe('src/parse regular expressions', () => {
  it('has none that can take more than linear time (no nested or adjacent overlapping quantifiers)', () => {
    const dir = join(import.meta.dirname, '..', '..', 'src', 'parse');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      // A quantified group that itself holds a quantifier, e.g. (a+)+ or (\s*,)*.
      expect(source, file).not.toMatch(/\([^()]*[+*}][^()]*\)[+*{]/);
    }
  });
});

afterAll(printCaseCounts);
