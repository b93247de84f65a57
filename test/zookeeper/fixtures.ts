/** Reads the synthetic ZooKeeper fixtures of test/fixtures/zookeeper/ for rule tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', 'fixtures', 'zookeeper');

/**
 * A fixture file as a rule-test file: its text, named as the fixture's own file name (or `as`).
 *
 * @example
 * ```ts
 * zookeeperFixture('admin-server/zookeeper-3.4/docker-compose.yml'); // { file: 'docker-compose.yml', text }
 * ```
 */
export function zookeeperFixture(path: string, as?: string): { file: string; text: string } {
  return { file: as ?? (path.split('/').pop() as string), text: readFileSync(join(root, path), 'utf8') };
}
