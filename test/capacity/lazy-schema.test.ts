/**
 * zod is loaded when a plan is made, not when kafka-lint is imported or lints: `import('kafka-lint')`
 * for linting must not pay for the planner's schema, nor a lint run without rule options for the
 * rules' option schemas. Runs the built package in a child process
 * (skipped with a notice until `npm run build` has produced the package's entry).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = join(import.meta.dirname, '..', '..');
/** What `import('kafka-lint')` loads: the package's export. */
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { exports: { '.': { default: string } } };
const indexJs = join(repoRoot, pkg.exports['.'].default);
const built = existsSync(indexJs);
if (!built) console.warn(`test/capacity/lazy-schema.test.ts: ${indexJs} is not built; run \`npm run build\` to check that import('kafka-lint') leaves zod unloaded.`);

/** Imports the package, reports whether zod is loaded, plans once, and reports again. */
const probe = `
import { createRequire, register } from 'node:module';
const seen = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => seen.push(url));
port1.unref();
register('data:text/javascript,' + encodeURIComponent(
  'let port; export function initialize(d) { port = d.port; }' +
  'export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }'
), { data: { port: port2 }, transferList: [port2] });
const zodLoaded = () => seen.some((u) => u.includes('/node_modules/zod/')) || Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('/node_modules/zod/'));
const kafkaLint = await import(${JSON.stringify(pathToFileURL(indexJs).href)});
await new Promise((r) => setTimeout(r, 50));
const afterImport = zodLoaded();
kafkaLint.lintFiles([{ file: 'server.properties', text: 'broker.id=1\\n' }]);
const afterLint = zodLoaded();
kafkaLint.planCapacity({ write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: '1 TB' } });
console.log(JSON.stringify({ afterImport, afterLint, afterPlan: zodLoaded() }));
`;

describe.skipIf(!built)("import('kafka-lint')", () => {
  it('leaves zod unloaded through a lint run, until planCapacity is called', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ afterImport: false, afterLint: false, afterPlan: true });
  });
});
