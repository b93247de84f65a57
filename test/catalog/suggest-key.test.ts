import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kafkaKeyNames, suggestKey, zookeeperKeyNames } from '../../src/catalog/index.js';

// suggestKey prunes by length, computes only a band of the distance table and stops early, and
// reuses its preparation of a candidate list. This checks that it still picks what the plain
// definition picks: the same key up to case and `.`/`_`/`-`, else the closest key within the
// cap (one edit below 6 characters, two below 12, three above; a swap of neighbours is one),
// the first in code-unit order among equally close ones.

const normal = (s: string): string => s.toLowerCase().replace(/[-_.]/g, '.');

/** Optimal string alignment distance, the whole table. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

function expected(name: string, candidates: readonly string[]): string | undefined {
  const same = candidates.find((c) => normal(c) === normal(name));
  if (same !== undefined) return same === name ? undefined : same;
  const wanted = normal(name);
  const cap = wanted.length < 6 ? 1 : wanted.length < 12 ? 2 : 3;
  const ranked = candidates
    .map((c) => ({ c, d: distance(wanted, normal(c)) }))
    .filter((x) => x.d <= cap)
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0));
  return ranked[0]?.c;
}

describe('suggestKey picks what the plain definition picks', () => {
  // A small alphabet, so that near misses, ties and swaps are common.
  const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '.', '_', '-'), maxLength: 16 });
  it('on random keys and candidate lists', () => {
    fc.assert(
      fc.property(key, fc.array(key, { maxLength: 25 }), (name, candidates) => {
        expect(suggestKey(name, candidates)).toBe(expected(name, candidates));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
  it('on misspellings of real Kafka and ZooKeeper keys', () => {
    const lists = [kafkaKeyNames('3.9'), kafkaKeyNames('4.3'), zookeeperKeyNames()];
    const edit = fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom('a', 'e', 's', '.', '_', 'X'));
    fc.assert(
      fc.property(fc.nat(2), fc.nat(), fc.array(edit, { maxLength: 4 }), (list, pick, edits) => {
        const candidates = lists[list] as string[];
        let name = candidates[pick % candidates.length] as string;
        for (const [at, op, ch] of edits) {
          const i = at % (name.length + 1);
          if (op === 0) name = name.slice(0, i) + ch + name.slice(i);
          else if (op === 1) name = name.slice(0, i) + name.slice(i + 1);
          else if (op === 2) name = name.slice(0, i) + ch + name.slice(i + 1);
          else name = name.slice(0, i) + name.slice(i + 1, i + 2) + name.slice(i, i + 1) + name.slice(i + 2);
        }
        expect(suggestKey(name, candidates)).toBe(expected(name, candidates));
      }),
      { numRuns: 120, seed: 20261122 },
    );
  });
  it('whatever the order of the candidates', () => {
    expect(suggestKey('abcd', ['abxd', 'abce', 'abcx'])).toBe('abce');
    expect(suggestKey('abcd', ['abcx', 'abce', 'abxd'])).toBe('abce');
  });
  it('for a list changed in place since an earlier call', () => {
    const candidates = ['log.dirs', 'num.partitions'];
    expect(suggestKey('log.dir', candidates)).toBe('log.dirs');
    candidates[0] = 'log.dirz';
    expect(suggestKey('log.dir', candidates)).toBe('log.dirz');
  });
});
