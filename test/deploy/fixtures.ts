import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../../src/engine/load.js';

/** The fixtures folder. */
export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

/** Every file under a fixture folder, named by its path inside it. */
export function fixtureFiles(folder: string): SourceFile[] {
  const root = join(fixturesDir, folder);
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return walk(root)
    .sort()
    .map((path) => ({ file: relative(root, path), text: readFileSync(path, 'utf8') }));
}
