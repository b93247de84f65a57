/**
 * Strict parsing and printing of sizes, rates and durations for the capacity planner.
 *
 * Decimal units are powers of ten (MB = 10^6 B), binary units powers of two (MiB = 2^20 B),
 * and bit units count bits (1 Gbit/s = 125,000,000 B/s). Spellings whose meaning people
 * disagree on (`KB`, `Gb`, `mb`, `m`) are refused with a message naming the exact spellings,
 * because guessing is how a 1 Gbit/s NIC becomes 1,024 MB/s in a spreadsheet.
 */

/** Thrown by the parse functions; the message says what was wrong and what to write. */
export class UnitError extends Error {
  override readonly name = 'UnitError';
}

const BYTE_UNITS: Readonly<Record<string, number>> = {
  B: 1,
  kB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  PB: 1e15,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
  PiB: 2 ** 50,
};

/** Bit units, as a number of bytes. */
const BIT_UNITS: Readonly<Record<string, number>> = {
  bit: 1 / 8,
  kbit: 1e3 / 8,
  Mbit: 1e6 / 8,
  Gbit: 1e9 / 8,
  Tbit: 1e12 / 8,
};

/** `Gbps` and friends: the lower-case `bps` ending is read as bits everywhere. */
const BPS_UNITS: Readonly<Record<string, number>> = {
  bps: 1 / 8,
  kbps: 1e3 / 8,
  Mbps: 1e6 / 8,
  Gbps: 1e9 / 8,
  Tbps: 1e12 / 8,
};

const DURATION_UNITS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const PER_TIME: Readonly<Record<string, number>> = { s: 1, sec: 1, min: 60, h: 3_600, d: 86_400, day: 86_400 };

const SIZE_HELP = 'B, kB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)';
const RATE_HELP = `a size per time (${SIZE_HELP}, then /s, /min, /h or /d) or bits per second (bit/s, kbit/s, Mbit/s, Gbit/s, Tbit/s, or bps, kbps, Mbps, Gbps, Tbps)`;
const DURATION_HELP = 'ms, s, min, h, d or w';

/** The decimal prefix as this module spells it (`k` lower case, the others upper case). */
function prefix(letter: string): string {
  return letter.toLowerCase() === 'k' ? 'k' : letter.toUpperCase();
}

/** Spellings refused on purpose, with the reason and the exact spellings to use instead. */
function ambiguityHint(unit: string): string | undefined {
  const u = unit.replace(/\/.*$/, '');
  if (u === 'KB') return '"KB" means 1000 B to some and 1024 B to others: write kB (1000 B) or KiB (1024 B)';
  if (u === 'b') return '"b" could be bits or bytes: write B for bytes or bit for bits';
  if (/^[kmgtpKMGTP]b$/.test(u) || /^[kmgtp]B$/.test(u)) {
    const p = prefix(u.charAt(0));
    return `"${u}" could be bits or bytes: write ${p}B for bytes or ${p}bit for bits`;
  }
  if (/^[kmgtp]ib?$/i.test(u)) return `write binary units as KiB, MiB, GiB, TiB or PiB`;
  if (u === 'm' || u === 'M') return '"m" could be minutes or months: write min for minutes, or a number of days (d)';
  if (/^(y|yr|year|years|mo|month|months)$/.test(u)) return 'months and years vary in length: write days (d), e.g. 365d';
  if (/^[kgtKGT]$/.test(u)) return `"${u}" alone is not a unit: write ${prefix(u)}B or ${u.toUpperCase()}iB`;
  return undefined;
}

// Matched against trimmed text: blanks on both sides of an optional unit would make the pattern
// retry every split of a long run of blanks (quadratic).
const NUMBER_AND_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([A-Za-z][A-Za-z/]*)?$/;

function split(text: string, what: string, help: string): { value: number; unit: string } {
  const m = NUMBER_AND_UNIT.exec(text.trim());
  if (!m) throw new UnitError(`"${text}" is not a number followed by a unit; write e.g. ${example(what)} (units: ${help})`);
  const value = Number(m[1]);
  const unit = m[2] ?? '';
  if (!Number.isFinite(value)) throw new UnitError(`"${text}" is not a finite number`);
  if (value < 0) throw new UnitError(`"${text}" is negative; a ${what} cannot be`);
  if (unit === '') throw new UnitError(`"${text}" has no unit; write e.g. ${example(what)} (units: ${help}), or give a plain number in ${baseUnit(what)}`);
  return { value, unit };
}

function example(what: string): string {
  return what === 'size' ? '"2 TiB"' : what === 'rate' ? '"50 MB/s" or "1 Gbit/s"' : '"7d"';
}

function baseUnit(what: string): string {
  return what === 'size' ? 'bytes' : what === 'rate' ? 'bytes per second' : 'milliseconds';
}

function unknownUnit(text: string, unit: string, help: string): UnitError {
  const hint = ambiguityHint(unit);
  return new UnitError(hint ? `"${text}": ${hint}` : `"${text}": unknown unit "${unit}"; use ${help}`);
}

/**
 * Parses a size such as `"2 TiB"`, `"400 B"` or `"1.5 GB"` into bytes.
 *
 * @example
 * ```ts
 * parseBytes('2 TiB'); // 2199023255552
 * parseBytes('1 GB');  // 1000000000
 * ```
 * @throws UnitError for a missing, unknown or ambiguous unit (`"1 KB"`, `"10 gb"`).
 */
export function parseBytes(text: string): number {
  const { value, unit } = split(text, 'size', SIZE_HELP);
  const factor = BYTE_UNITS[unit];
  if (factor === undefined) throw unknownUnit(text, unit, SIZE_HELP);
  return value * factor;
}

/**
 * Parses a data rate such as `"50 MB/s"`, `"1 TB/d"` or `"1 Gbit/s"` into bytes per second.
 * Bit rates are divided by 8: `"1 Gbit/s"` is 125,000,000 B/s.
 *
 * @example
 * ```ts
 * parseByteRate('50 MB/s');  // 50000000
 * parseByteRate('1 Gbit/s'); // 125000000
 * parseByteRate('10 Gbps');  // 1250000000
 * ```
 * @throws UnitError for a missing, unknown or ambiguous unit (`"1 Gb/s"`, `"5 MB"`).
 */
export function parseByteRate(text: string): number {
  const { value, unit } = split(text, 'rate', RATE_HELP);
  const bps = BPS_UNITS[unit];
  if (bps !== undefined) return value * bps;
  const slash = unit.indexOf('/');
  if (slash < 0) {
    if (unit in BYTE_UNITS || unit in BIT_UNITS) throw new UnitError(`"${text}" is a size, not a rate; add a time, e.g. "${value} ${unit}/s"`);
    throw unknownUnit(text, unit, RATE_HELP);
  }
  const size = unit.slice(0, slash);
  const per = PER_TIME[unit.slice(slash + 1)];
  const factor = BYTE_UNITS[size] ?? BIT_UNITS[size];
  if (factor === undefined) throw unknownUnit(text, unit, RATE_HELP);
  if (per === undefined) throw new UnitError(`"${text}": unknown time "/${unit.slice(slash + 1)}"; use /s, /min, /h or /d`);
  return (value * factor) / per;
}

/**
 * Parses a duration such as `"7d"`, `"36h"` or `"500 ms"` into milliseconds.
 *
 * @example
 * ```ts
 * parseDuration('7d');  // 604800000
 * parseDuration('30 min'); // 1800000
 * ```
 * @throws UnitError for a missing, unknown or ambiguous unit (`"5m"`, `"1y"`).
 */
export function parseDuration(text: string): number {
  const { value, unit } = split(text, 'duration', DURATION_HELP);
  const factor = DURATION_UNITS[unit];
  if (factor === undefined) throw unknownUnit(text, unit, DURATION_HELP);
  return value * factor;
}

const DECIMAL_STEPS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

/** Number formats by fraction digits, made once: making one per call was most of a plan's time. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(minFraction: number, maxFraction: number): Intl.NumberFormat {
  const key = `${minFraction}-${maxFraction}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: minFraction, maximumFractionDigits: maxFraction })));
  return f;
}

function threeDigits(n: number): string {
  return numberFormat(0, 2).format(Number(n.toPrecision(3)));
}

/**
 * Prints US dollars: `cents` for amounts ($1,234.50), `whole` for rounded ones ($1,235), `price`
 * for unit prices with up to four decimals ($0.3264).
 *
 * @example
 * ```ts
 * formatUsd(1234.5, 'cents'); // '$1,234.50'
 * ```
 */
export function formatUsd(n: number, style: 'cents' | 'whole' | 'price'): string {
  const f = style === 'cents' ? numberFormat(2, 2) : style === 'whole' ? numberFormat(0, 0) : numberFormat(2, n < 1 ? 4 : 2);
  return `$${f.format(n)}`;
}

/**
 * Prints bytes with a decimal unit and three significant digits, e.g. `7.7 TB`. The planner
 * prints every size in decimal units so that one report never mixes MB and MiB.
 *
 * @example
 * ```ts
 * formatBytes(7.7e12); // '7.7 TB'
 * ```
 */
export function formatBytes(bytes: number): string {
  let i = 0;
  let v = bytes;
  while (Math.abs(v) >= 999.5 && i < DECIMAL_STEPS.length - 1) {
    v /= 1000;
    i += 1;
  }
  return `${threeDigits(v)} ${DECIMAL_STEPS[i]}`;
}

/**
 * Prints bytes per second with a decimal unit, e.g. `125 MB/s`.
 *
 * @example
 * ```ts
 * formatRate(125e6); // '125 MB/s'
 * ```
 */
export function formatRate(bytesPerSec: number): string {
  return `${formatBytes(bytesPerSec)}/s`;
}

/**
 * Prints milliseconds in the largest whole-ish unit, e.g. `7 d`, `36 h`, `30 s`.
 *
 * @example
 * ```ts
 * formatDuration(604800000); // '7 d'
 * ```
 */
export function formatDuration(ms: number): string {
  const steps: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1_000, 's'],
  ];
  for (const [size, unit] of steps) if (ms >= size) return `${threeDigits(ms / size)} ${unit}`;
  return `${threeDigits(ms)} ms`;
}
