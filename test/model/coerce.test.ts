import { describe, expect, it } from 'vitest';
import { parseConfigDefList, splitOnCommas } from '../../src/model/coerce.js';
import { splitList } from '../../src/model/listeners.js';

/** What Java's `value.split("\\s*,\\s*", -1)` gives (Java's `\s` is ASCII only). */
const javaSplit = (text: string): string[] => text.split(/[ \t\n\x0B\f\r]*,[ \t\n\x0B\f\r]*/);

describe('splitOnCommas', () => {
  it.each([
    ['a,b', ['a', 'b']],
    [' a , b ,, c ', [' a', 'b', '', 'c ']],
    ['a,\t\u000b\f\r\n,b', ['a', '', 'b']],
    ['a\u00a0,\u2028b', ['a\u00a0', '\u2028b']],
    [',', ['', '']],
    ['', ['']],
    ['   ', ['   ']],
  ])('%j splits as Java does', (text, parts) => {
    expect(splitOnCommas(text)).toEqual(parts);
    expect(splitOnCommas(text)).toEqual(javaSplit(text));
  });

  it('keeps the elements ConfigDef keeps, and listeners drop the empty ones', () => {
    expect(parseConfigDefList(' broker, controller ,')).toEqual(['broker', 'controller', '']);
    expect(splitList(' PLAINTEXT://:9092 , SSL://:9093 ,')).toEqual(['PLAINTEXT://:9092', 'SSL://:9093']);
  });
});
