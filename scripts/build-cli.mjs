#!/usr/bin/env node
// `npm run build:cli`: bundles the kafka-lint command into dist/cli with esbuild
// (`node scripts/build-cli.mjs DIR` writes it to DIR instead, to compare builds).
//
// kafka-lint runs in every CI job, so its cold start counts, and Node's ES module loader costs
// about 0.7 ms per module on top of compiling it. So a lint run loads two modules, not a dozen
// chunks, and nothing it does not use:
//   dist/cli/main.js   the executable: arguments, --help, --version
//   dist/cli/lint.js   everything a lint run needs, with the default (stylish) format
//   dist/cli/lazy/     what only some runs need, loaded on demand and split into shared chunks:
//                      the other formats, the config schema (zod), globs (picomatch), ignore files, the diff of
//                      --fix-dry-run, and the rules, explain, plan and upgrade-check commands
// The lazy modules repeat some of lint.js's code (they are a separate module graph), so code
// that crosses the line must not rely on module identity: errors are told apart by `name`.
// Every dynamic import on the start-up path must be listed below as INLINE or LAZY, so a new one
// cannot quietly grow what every run loads. Not minified (it measured no faster, and --debug
// stack traces stay readable) and no source maps.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'dist', 'cli'));

/** Modules loaded on demand: output name in dist/cli/lazy/ to source. */
const LAZY = {
  'rules-command': 'src/cli/rules-command.ts',
  plan: 'src/cli/commands/plan.ts',
  'upgrade-check': 'src/cli/commands/upgrade-check.ts',
  'format-json': 'src/report/json.ts',
  'format-sarif': 'src/report/sarif.ts',
  'format-github': 'src/report/github.ts',
  'format-junit': 'src/report/junit.ts',
  'config-schema': 'src/config/schema.ts',
  diff: 'src/cli/diff.ts',
  ignore: 'src/cli/ignore.ts',
  picomatch: 'picomatch',
};

/** Dynamic imports bundled into the module that makes them: small, or needed by most runs. */
const INLINE = new Set(['src/cli/args.ts', 'src/cli/command-line.ts', 'src/cli/version.ts', 'src/report/stylish.ts']);

/** The source file a dynamic import names, relative to the root (`picomatch` stays bare). */
function sourceOf(specifier, resolveDir) {
  if (!specifier.startsWith('.')) return specifier;
  return relative(root, resolve(resolveDir, specifier)).split('\\').join('/').replace(/\.js$/, '.ts');
}

/**
 * Points the dynamic imports of the start-up path at dist/cli/lint.js and dist/cli/lazy/, and
 * bundles the INLINE ones. Both start-up modules sit in dist/cli, so the paths are relative to it.
 */
function startupImports(extra = {}) {
  const targets = { ...extra };
  for (const [name, source] of Object.entries(LAZY)) targets[source] = `./lazy/${name}.js`;
  return {
    name: 'kafka-lint-startup-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const source = sourceOf(args.path, args.resolveDir);
        if (targets[source] !== undefined) return { path: targets[source], external: true };
        if (INLINE.has(source)) return undefined;
        return { errors: [{ text: `dynamic import of ${source}: list it in scripts/build-cli.mjs as INLINE (bundled into the start-up path) or LAZY (loaded on demand)` }] };
      });
    },
  };
}

/**
 * Bundles the catalog's JSON files as `JSON.parse('…')` rather than as object literals: V8 reads
 * JSON text about twice as fast as it compiles the same literal, and every run loads the catalog.
 */
const jsonAsText = {
  name: 'kafka-lint-json-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
};

rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: join(outdir, 'main.js'), plugins: [jsonAsText, startupImports({ 'src/cli/lint-command.ts': './lint.js' })] }),
  build({ ...common, entryPoints: ['src/cli/lint-command.ts'], outfile: join(outdir, 'lint.js'), plugins: [jsonAsText, startupImports()] }),
  build({ ...common, entryPoints: LAZY, outdir: join(outdir, 'lazy'), splitting: true, chunkNames: 'chunks/[name]-[hash]', plugins: [jsonAsText] }),
]);
