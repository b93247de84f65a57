/**
 * Our .properties parser against Java itself (see cases.ts). No Java is needed here: the golden
 * files are committed; generate-golden.sh remakes them.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { caseNames, goldenDir, loadCase } from './cases.js';
import { parseProperties, lastEntries, type PropertiesDocument } from '../../src/parse/properties.js';
import { decodeConfigBytes } from '../../src/parse/decode.js';

/** The bytes read as Java's InputStream path reads them: one character per byte. */
const asJava = (bytes: Buffer): PropertiesDocument => parseProperties(bytes.toString('latin1'), { file: 'case.properties', encoding: 'latin1' });
const pairs = (doc: PropertiesDocument): [string, string][] => doc.entries.map((e) => [e.key, e.value]);

describe('properties conformance with java.util.Properties.load', () => {
  it('has a golden file for every case and at least 35 cases', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(35);
    const goldens = readdirSync(goldenDir).filter((f) => f.endsWith('.json')).sort();
    expect(goldens).toEqual(caseNames.map((c) => `${c}.json`));
  });

  describe.each(caseNames)('%s', (name) => {
    const { bytes, golden } = loadCase(name);

    it('gives the same entries, in order, as Java puts them', () => {
      const doc = asJava(bytes);
      if (golden.error === null) {
        expect(pairs(doc)).toEqual(golden.puts);
        const final = [...lastEntries(doc.entries)].map(([k, e]): [string, string] => [k, e.value]);
        expect(final.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(golden.final);
        expect(doc.diagnostics.filter((d) => d.code === 'invalid-unicode-escape')).toEqual([]);
      } else {
        // Java stops at the first malformed escape; we report it there and read on.
        expect(golden.error.message).toBe('Malformed \\uxxxx encoding.');
        expect(pairs(doc).slice(0, golden.puts.length)).toEqual(golden.puts);
        const first = doc.diagnostics.find((d) => d.code === 'invalid-unicode-escape');
        expect(first?.entryIndex).toBe(golden.puts.length);
      }
    });

    it('reads a UTF-8 decoding of the same bytes into the same entries', () => {
      const decoded = decodeConfigBytes(bytes);
      if (decoded.encoding !== 'utf-8') return;
      const latin1Doc = asJava(bytes);
      const utf8Doc = parseProperties(decoded.text, { file: 'case.properties', encoding: 'utf-8' });
      // Java sees each UTF-8 character as its bytes: map the raw text back to Java's view.
      const javaView = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');
      expect(utf8Doc.entries.map((e) => [javaView(e.rawKey), javaView(e.rawValue)])).toEqual(
        latin1Doc.entries.map((e) => [e.rawKey, e.rawValue]),
      );
      expect(utf8Doc.diagnostics.filter((d) => d.code === 'invalid-unicode-escape').map((d) => d.entryIndex)).toEqual(
        latin1Doc.diagnostics.filter((d) => d.code === 'invalid-unicode-escape').map((d) => d.entryIndex),
      );
    });
  });
});
