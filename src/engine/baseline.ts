import type { Finding } from './finding.js';

/** One recorded finding of a baseline: matched on file, rule, key and message, never on line. */
export interface BaselineEntry {
  /** The file, relative to the baseline file's directory, with `/` separators. */
  file: string;
  ruleId: string;
  key?: string;
  /** The message with line numbers replaced by `line N`, so edits elsewhere do not break it. */
  message: string;
  /** How many such findings the file had. */
  count: number;
}

/** The content of a baseline file (`kafka-lint-baseline.json`). */
export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** Line numbers inside a message ("set again on line 30") move with every edit above them. */
const LINE_NUMBERS = /\blines? \d+(?:(?:, | and |-)\d+)*/g;

/**
 * A finding's message with line numbers replaced by `line N`: what stays the same when lines
 * are added or removed elsewhere in the file (baselines and SARIF fingerprints use it).
 *
 * @example
 * ```ts
 * stableMessage("'a' is set again on line 30"); // "'a' is set again on line N"
 * ```
 */
export function stableMessage(message: string): string {
  return message.replace(LINE_NUMBERS, 'line N');
}

function matchKey(file: string, ruleId: string, key: string | undefined, message: string): string {
  return JSON.stringify([file, ruleId, key ?? null, stableMessage(message)]);
}

/**
 * Records findings as a baseline. `fileOf` maps a finding's file to the path stored (relative
 * to the baseline file).
 *
 * @example
 * ```ts
 * writeFileSync('kafka-lint-baseline.json', JSON.stringify(createBaseline(findings, (f) => f), null, 2) + '\n');
 * ```
 */
export function createBaseline(findings: readonly Finding[], fileOf: (file: string) => string): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const file = fileOf(f.file ?? '');
    const message = stableMessage(f.message);
    const id = matchKey(file, f.ruleId, f.key, f.message);
    const entry = entries.get(id);
    if (entry) entry.count++;
    else entries.set(id, { file, ruleId: f.ruleId, ...(f.key !== undefined ? { key: f.key } : {}), message, count: 1 });
  }
  // Code-unit order, not the locale's: the file must come out the same on every machine.
  const order = (e: BaselineEntry): string => JSON.stringify([e.file, e.ruleId, e.key ?? '', e.message]);
  const sorted = [...entries.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { version: 1, findings: sorted };
}

/**
 * Whether parsed JSON is a baseline kafka-lint can read.
 *
 * @example
 * ```ts
 * if (!isBaseline(JSON.parse(text))) throw new Error('not a kafka-lint baseline');
 * ```
 */
export function isBaseline(x: unknown): x is Baseline {
  const b = x as Baseline | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    b.version === 1 &&
    Array.isArray(b.findings) &&
    b.findings.every(
      (e) => typeof e === 'object' && e !== null && typeof e.file === 'string' && typeof e.ruleId === 'string' && typeof e.message === 'string' && Number.isInteger(e.count),
    )
  );
}

/**
 * Hides the findings a baseline records (as many of each as it counts); the rest are new.
 * Hidden findings come back with `suppression: { kind: 'external' }`.
 *
 * @example
 * ```ts
 * const { kept, suppressed } = applyBaseline(findings, baseline, (f) => relative(baselineDir, f));
 * ```
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  fileOf: (file: string) => string,
): { kept: Finding[]; suppressed: Finding[] } {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) {
    const id = matchKey(e.file, e.ruleId, e.key, e.message);
    remaining.set(id, (remaining.get(id) ?? 0) + e.count);
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const id = matchKey(fileOf(f.file ?? ''), f.ruleId, f.key, f.message);
    const left = remaining.get(id) ?? 0;
    if (left > 0) {
      remaining.set(id, left - 1);
      suppressed.push({ ...f, suppression: { kind: 'external', justification: 'recorded in the baseline' } });
    } else kept.push(f);
  }
  return { kept, suppressed };
}
