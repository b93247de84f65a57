/**
 * The planner's layer rules (shared/design/layers.json): src/capacity imports nothing from the
 * linter (src/engine, rules/), and its modules import each other without a cycle. Reads the
 * import statements of the source files.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');
const capacityDir = join(repoRoot, 'src', 'capacity');
const files = readdirSync(capacityDir).filter((f) => f.endsWith('.ts'));

/** Relative imports of one file (type-only ones too: a cycle of types is still a cycle), as repo paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(capacityDir, file), 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\b[^'";]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => relative(repoRoot, resolve(capacityDir, s)).replace(/\.js$/, '.ts'));
}

const graph = new Map(files.map((f) => [`src/capacity/${f}`, importsOf(f)]));

describe('src/capacity layer rules', () => {
  it('reads the imports it checks', () => {
    expect(graph.get('src/capacity/plan.ts')).toContain('src/capacity/explain.ts');
  });

  it('imports nothing from the linter (src/engine, rules/)', () => {
    const bad = [...graph].flatMap(([f, deps]) => deps.filter((d) => d.startsWith('src/engine/') || d.startsWith('rules/')).map((d) => `${f} -> ${d}`));
    expect(bad).toEqual([]);
  });

  it('has no import cycle between its modules', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'open');
      for (const dep of graph.get(node) ?? []) if (dirname(dep) === 'src/capacity') visit(dep, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
