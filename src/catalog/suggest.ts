/**
 * Did-you-mean: the known name a mistyped one most likely meant. Pure and data-free, so the CLI's
 * option parser uses it without loading the key catalog.
 */

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '.');
}

/** Candidates prepared for {@link suggestKey}: normalised once, grouped by normalised length. */
interface PreparedCandidates {
  /** A copy of the list they were prepared from (the caller's list may change in place). */
  source: string[];
  /** Normalised form to the first candidate with that form. */
  byNormal: Map<string, string>;
  /** Normalised length to the candidates of that length, with their normalised forms. */
  byLength: Map<number, { normal: string; candidate: string }[]>;
}

/**
 * The candidate lists prepared last, newest first. Callers pass the same list again and again,
 * often as a fresh copy (kafkaKeyNames builds one per call), so lists are matched by content.
 */
const preparedCandidates: PreparedCandidates[] = [];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function prepareCandidates(candidates: readonly string[]): PreparedCandidates {
  const known = preparedCandidates.find((p) => sameList(p.source, candidates));
  if (known) return known;
  const prepared: PreparedCandidates = { source: [...candidates], byNormal: new Map(), byLength: new Map() };
  for (const candidate of candidates) {
    const normal = normalise(candidate);
    if (!prepared.byNormal.has(normal)) prepared.byNormal.set(normal, candidate);
    let group = prepared.byLength.get(normal.length);
    if (!group) prepared.byLength.set(normal.length, (group = []));
    group.push({ normal, candidate });
  }
  preparedCandidates.unshift(prepared);
  preparedCandidates.length = Math.min(preparedCandidates.length, 8);
  return prepared;
}

/** Three reusable rows of the distance table (two back, for swaps), grown as keys need. */
let distanceRows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Damerau-Levenshtein (optimal string alignment) distance when it is at most `bound`; any number
 * above `bound` otherwise. Only the diagonal band of width `bound` is computed (a path outside it
 * costs more), and the computation stops once a whole row exceeds `bound`.
 */
function editDistance(a: string, b: string, bound: number): number {
  const n = a.length;
  const m = b.length;
  const over = bound + 1;
  if (Math.abs(n - m) > bound) return over;
  if (distanceRows[0].length <= m) distanceRows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [prev2, prev, row] = distanceRows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - bound);
    const hi = Math.min(m, i + bound);
    row[0] = i;
    // The cells beside the band read as "too far", whatever an earlier row left there.
    row[lo - 1] = lo === 1 ? i : over;
    if (hi < m) row[hi + 1] = over;
    let best = lo === 1 ? i : over;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > bound) return over;
    const oldest = prev2;
    prev2 = prev;
    prev = row;
    row = oldest;
  }
  return prev[m] as number;
}

/**
 * The candidate a key is most likely a misspelling of, or `undefined` when none is close: the
 * same key in another case or with `.`, `_` and `-` confused, or one within a small edit
 * distance (one edit for short keys, up to three for long ones; a swap of two letters is one edit).
 * Of the closest candidates, the first in code-unit order wins.
 *
 * @example
 * ```ts
 * suggestKey('advertised.listners', kafkaKeyNames('4.3')); // 'advertised.listeners'
 * suggestKey('clientport', zookeeperKeyNames()); // 'clientPort'
 * suggestKey('log_dirs', kafkaKeyNames('4.3')); // 'log.dirs'
 * ```
 */
export function suggestKey(name: string, candidates: readonly string[]): string | undefined {
  const wanted = normalise(name);
  const { byNormal, byLength } = prepareCandidates(candidates);
  const same = byNormal.get(wanted);
  if (same !== undefined) return same === name ? undefined : same;
  const cap = wanted.length < 6 ? 1 : wanted.length < 12 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = cap + 1;
  // Nearest lengths first: a close match found early narrows the search for the rest.
  for (let offset = 0; offset <= Math.min(cap, bestDistance); offset++) {
    for (const length of offset === 0 ? [wanted.length] : [wanted.length - offset, wanted.length + offset]) {
      for (const { normal, candidate } of byLength.get(length) ?? []) {
        const d = editDistance(wanted, normal, best === undefined ? cap : bestDistance);
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
  }
  return bestDistance <= cap ? best : undefined;
}
