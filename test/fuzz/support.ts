/**
 * Shared pieces of the property tests under test/fuzz/: run counts, a byte-stable serialisation
 * (Maps and Sets included) to compare two runs and to check that inputs are not mutated, and the
 * texts that mutations start from (fixtures, examples, and the corpus when it is beside the clone).
 *
 * Run counts: `npm test` uses the small counts given by each test; `npm run fuzz` sets
 * FUZZ_RUNS=<n> to multiply them (FUZZ_RUNS=20 gives twenty times as many cases).
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeConfigBytes } from '../../src/parse/decode.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const corpusDir = join(repoRoot, '..', 'shared', 'corpus');

/** How many times the base case counts this run makes (FUZZ_RUNS; 1 in `npm test`). */
export const fuzzFactor = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 1) || 1);
/**
 * The seed of every property: fixed in `npm test` so a failure replays; `npm run fuzz` passes a
 * fresh one in FUZZ_SEED (and prints it), and FUZZ_SEED=<n> replays that run.
 */
export const fuzzSeed: number | undefined = process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : process.env['FUZZ_RUNS'] ? undefined : 20261122;

/** Cases run per property in this test run, counted for the closing note. */
export const caseCounts = new Map<string, number>();

/**
 * fast-check parameters for `base` cases (times FUZZ_RUNS), recorded under `name` so the suite
 * can print how many cases each target ran.
 */
export function runs(name: string, base: number): fc.Parameters<unknown> {
  const numRuns = base * fuzzFactor;
  caseCounts.set(name, (caseCounts.get(name) ?? 0) + numRuns);
  return fuzzSeed === undefined ? { numRuns } : { numRuns, seed: fuzzSeed };
}

/** Prints the cases each target of this test file ran (`npm run fuzz` adds them up). */
export function printCaseCounts(): void {
  console.log(`fuzz cases: ${[...caseCounts].map(([name, n]) => `${name} ${n}`).join('; ')}`);
}

/** JSON of any value with Map as [key, value] lists, Set as lists, and undefined kept apart. */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v.entries()] };
    if (v instanceof Set) return { $set: [...v.values()] };
    if (typeof v === 'bigint') return { $bigint: v.toString() };
    if (v === undefined) return { $undefined: true };
    if (typeof v === 'number' && !Number.isFinite(v)) return { $number: String(v) };
    return v;
  });
}

/** Freezes a plain value and everything in it, so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Text files under a directory, with their path relative to it. */
function textsUnder(dir: string, accept: (path: string) => boolean): { path: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .filter((p) => accept(p))
    .sort()
    .map((p) => ({ path: relative(dir, p), text: decodeConfigBytes(readFileSync(p)).text }));
}

/** Fixture and example config files, and every corpus file when the corpus is present. */
export const seedTexts: { path: string; text: string }[] = [
  ...textsUnder(join(repoRoot, 'examples'), () => true),
  ...textsUnder(join(repoRoot, 'test', 'fixtures'), (p) => !/\.(json|md|ts)$/.test(p) && !p.includes('/conformance/')),
  ...textsUnder(corpusDir, (p) => !/(SOURCES\.tsv|README\.md|clusters\.sh)$/.test(p)),
];

/** The characters that matter to .properties, YAML, unit and env files, and some that do not. */
export const SPECIAL = ['=', ':', ' ', '\t', '\\', '#', '\n', '\r\n', '"', "'", '-', '[', ']', '{', '}', '&', '*', '<<', '$', '${', '|', '>', '.', ',', '/', '\u0000', 'é', '😀', '\ufeff'];

/** A text with random insertions, deletions and duplications of its parts. */
export function mutated(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(text, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 6 })), fc.constantFrom('insert', 'delete', 'duplicate')), { maxLength: 10 }))
    .map(([base, edits]) => {
      let s = base;
      for (const [pos, len, piece, kind] of edits) {
        const p = s.length === 0 ? 0 : pos % (s.length + 1);
        if (kind === 'insert') s = s.slice(0, p) + piece + s.slice(p);
        else if (kind === 'delete') s = s.slice(0, p) + s.slice(p + len);
        else s = s.slice(0, p) + s.slice(p, p + len) + s.slice(p);
      }
      return s;
    });
}

/** Random text made of the characters that matter, of `maxParts` pieces at most. */
export function syntaxText(maxParts = 60, words: readonly string[] = []): fc.Arbitrary<string> {
  const pieces = words.length > 0 ? [fc.constantFrom(...SPECIAL), fc.string({ maxLength: 5 }), fc.constantFrom(...words)] : [fc.constantFrom(...SPECIAL), fc.string({ maxLength: 5 })];
  return fc.array(fc.oneof(...pieces), { maxLength: maxParts }).map((parts) => parts.join(''));
}
