import type { Finding } from './finding.js';
import { compareText } from '../core/text.js';

/**
 * One recorded finding of a baseline: matched on file, rule, message id and the finding's
 * fingerprint (its rule, message, key and the content of the line it points at), never on its
 * line number or its words, so edits elsewhere and reworded messages do not bring it back.
 */
export interface BaselineEntry {
  /** The file, relative to the baseline file's directory, with `/` separators. */
  file: string;
  /** The rule. */
  ruleId: string;
  /** The rule's message id. */
  messageId: string;
  /** The key it is about, when there is one (for people reading the file). */
  key?: string;
  /** The finding's fingerprint (see `Finding.fingerprint`). */
  fingerprint: string;
  /** The message when it was recorded, secrets hidden (for people reading the file; not matched). */
  message: string;
  /** How many such findings the file had. */
  count: number;
}

/** The content of a baseline file (`kafka-lint-baseline.json`). */
export interface Baseline {
  /** The format: 2 matches on fingerprints. */
  version: 2;
  /** The recorded findings. */
  findings: BaselineEntry[];
}

/** What applying a baseline did. */
export interface BaselineOutcome {
  /** Findings the baseline does not record. */
  kept: Finding[];
  /** Findings it records, each with `suppression: { kind: 'external' }`. */
  suppressed: Finding[];
  /** Entries (or part of their counts) that match no finding any more: the problem was fixed. */
  stale: BaselineEntry[];
}

function matchKey(file: string, ruleId: string, messageId: string, fingerprint: string): string {
  return `${file}\u0000${ruleId}\u0000${messageId}\u0000${fingerprint}`;
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
    const fingerprint = f.fingerprint ?? '';
    const id = matchKey(file, f.ruleId, f.messageId, fingerprint);
    const entry = entries.get(id);
    if (entry) entry.count++;
    else entries.set(id, { file, ruleId: f.ruleId, messageId: f.messageId, ...(f.key !== undefined ? { key: f.key } : {}), fingerprint, message: f.message, count: 1 });
  }
  // Code-unit order, not the locale's: the file must come out the same on every machine.
  const sorted = [...entries.entries()].sort(([a], [b]) => compareText(a, b)).map(([, e]) => e);
  return { version: 2, findings: sorted };
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
    b.version === 2 &&
    Array.isArray(b.findings) &&
    b.findings.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.file === 'string' &&
        typeof e.ruleId === 'string' &&
        typeof e.messageId === 'string' &&
        typeof e.fingerprint === 'string' &&
        Number.isInteger(e.count) &&
        e.count > 0,
    )
  );
}

/**
 * Hides the findings a baseline records (as many of each as it counts); the rest are new.
 * Entries left over are stale: what they recorded is gone.
 *
 * @example
 * ```ts
 * const { kept, suppressed, stale } = applyBaseline(findings, baseline, (f) => relative(baselineDir, f));
 * ```
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, fileOf: (file: string) => string): BaselineOutcome {
  const remaining = new Map<string, { entry: BaselineEntry; left: number }>();
  for (const e of baseline.findings) {
    const id = matchKey(e.file, e.ruleId, e.messageId, e.fingerprint);
    const slot = remaining.get(id);
    if (slot) slot.left += e.count;
    else remaining.set(id, { entry: e, left: e.count });
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const slot = remaining.get(matchKey(fileOf(f.file ?? ''), f.ruleId, f.messageId, f.fingerprint ?? ''));
    if (slot && slot.left > 0) {
      slot.left--;
      suppressed.push({ ...f, suppression: { kind: 'external', justification: 'recorded in the baseline' } });
    } else kept.push(f);
  }
  const stale = [...remaining.values()].filter((s) => s.left > 0).map((s) => ({ ...s.entry, count: s.left }));
  return { kept, suppressed, stale };
}
