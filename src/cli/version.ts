import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * kafka-lint's version, from the package.json above this module (the same whether the CLI
 * runs from dist/src/cli or from a bundle in dist/).
 *
 * @example
 * ```ts
 * toolVersion(); // '0.1.0'
 * ```
 */
export function toolVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'kafka-lint' && pkg.version) return pkg.version;
    } catch {
      // No package.json here: look further up.
    }
    const parent = dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}
