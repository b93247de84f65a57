/**
 * Reads a fixture directory under test/fixtures into the files a rule test lints, named by
 * their path below that directory (so findings carry short, stable file names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, 'fixtures');

/**
 * The files of `test/fixtures/<dir>`, sorted by path.
 *
 * @example
 * ```ts
 * fixtureFiles('rules/broker/partitions-not-multiple-of-brokers/shipped-default');
 * // [{ file: 'kafka1/server.properties', text: '...' }, ...]
 * ```
 */
export function fixtureFiles(dir: string): { file: string; text: string }[] {
  const base = join(root, dir);
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((path) => ({ file: relative(base, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
}
