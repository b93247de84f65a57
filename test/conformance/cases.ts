/**
 * The conformance cases and what Java made of them: each file in cases/ was loaded with
 * java.util.Properties.load(InputStream) by java/DumpProperties.java (see generate-golden.sh),
 * and golden/<case>.json holds every put it made, the final properties, and the exception when
 * loading failed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What Java's load did with one case. */
export interface Golden {
  case: string;
  java: string;
  /** Every `put(key, value)` in order, repeated keys included. */
  puts: [string, string][];
  /** The properties after loading, sorted by key. */
  final: [string, string][];
  error: { type: string; message: string } | null;
}

/** The folder of the case files. */
export const casesDir = join(import.meta.dirname, 'cases');
/** The folder of the golden files. */
export const goldenDir = join(import.meta.dirname, 'golden');

/** The case file names, sorted. */
export const caseNames: string[] = readdirSync(casesDir).filter((f) => f.endsWith('.properties')).sort();

/** The bytes of a case and Java's result for it. */
export function loadCase(name: string): { bytes: Buffer; golden: Golden } {
  return {
    bytes: readFileSync(join(casesDir, name)),
    golden: JSON.parse(readFileSync(join(goldenDir, `${name}.json`), 'utf8')) as Golden,
  };
}
