#!/usr/bin/env node
// `npm run build:cli`: bundles the library and the kafka-lint command with esbuild, in one build
// so that each piece of code ships once (`node scripts/build-cli.mjs DIR` writes to DIR instead).
//   lib/index.js       the package's entry point (`import ... from 'kafka-lint'`); its types are
//                      tsc's dist/src/*.d.ts
//   cli/main.js        the executable: arguments, --help, --version
//   cli/lint.js        a lint run, with the default (stylish) format
//   cli/lazy/*.js      what only some runs need, loaded on demand: the other formats, the config
//                      schema, ignore files, the diff of --fix-dry-run, the other commands, and
//                      the live cluster reader of --bootstrap-server (which imports the Kafka client)
//   chunks/*.js        code two or more of the above share, in one copy
// The runtime dependencies (zod, yaml, picomatch, @platformatic/kafka) are imported from node_modules, not bundled:
// they are installed beside kafka-lint anyway, and each is loaded only where it is needed.
//
// kafka-lint runs in every CI job, so its cold start counts, and Node's ES module loader costs
// about 0.7 ms per module on top of compiling it: a lint run loads a handful of modules, not the
// 150 files tsc writes. Every dynamic import must name one of the entry points below, so a new
// one cannot quietly add a module to the start-up path. Not minified (it measured no faster, and
// --debug stack traces stay readable) and no source maps.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'dist'));

/** Output name (in outdir) to source. */
const ENTRIES = {
  'lib/index': 'src/index.ts',
  'cli/main': 'src/cli/main.ts',
  'cli/lint': 'src/cli/lint-command.ts',
  'cli/args': 'src/cli/args.ts',
  'cli/lazy/command-line': 'src/cli/command-line.ts',
  'cli/lazy/version': 'src/cli/version.ts',
  'cli/lazy/rules-command': 'src/cli/rules-command.ts',
  'cli/lazy/plan': 'src/cli/commands/plan.ts',
  'cli/lazy/upgrade-check': 'src/cli/commands/upgrade-check.ts',
  'cli/lazy/format-stylish': 'src/report/stylish.ts',
  'cli/lazy/format-json': 'src/report/json.ts',
  'cli/lazy/format-sarif': 'src/report/sarif.ts',
  'cli/lazy/format-github': 'src/report/github.ts',
  'cli/lazy/format-junit': 'src/report/junit.ts',
  'cli/lazy/config-schema': 'src/config/schema.ts',
  'cli/lazy/diff': 'src/cli/diff.ts',
  'cli/lazy/ignore': 'src/cli/ignore.ts',
  'cli/lazy/live': 'src/deploy/live.ts',
};

const sources = new Set(Object.values(ENTRIES));

/**
 * The code of a lint run with the default format. Every entry but those in WITHOUT_CORE imports
 * all of it, so esbuild puts it in one shared chunk: without that, each set of entries that
 * shares some of it (the formats share the report helpers, the commands the inputs, ...) gets a
 * chunk of its own, and a lint run loads twenty modules instead of a handful.
 */
const CORE = ['src/cli/lint-command.ts', 'src/report/stylish.ts'];
/** Entries that must not load the core: --help and --version answer without it. */
const WITHOUT_CORE = new Set(['src/cli/main.ts', 'src/cli/version.ts']);

/**
 * Has each entry point but those in WITHOUT_CORE import the core first (prepended on load, as
 * the dynamic imports of the sources load the same files); each part of the core imports the others.
 */
const entriesImportCore = {
  name: 'kafka-lint-core',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = relative(root, args.path).split('\\').join('/');
      if (!sources.has(source) || WITHOUT_CORE.has(source)) return undefined;
      const imports = CORE.filter((c) => c !== source).map((c) => {
        const path = relative(dirname(args.path), join(root, c)).split('\\').join('/').replace(/\.ts$/, '.js');
        return `import ${JSON.stringify(path.startsWith('.') ? path : `./${path}`)};\n`;
      });
      return { contents: `${imports.join('')}${readFileSync(args.path, 'utf8')}`, loader: 'ts' };
    });
  },
};

/** Fails the build on a dynamic import of our own code that is not an entry point. */
const dynamicImportsAreEntries = {
  name: 'kafka-lint-dynamic-imports',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const source = relative(root, resolve(args.resolveDir, args.path)).split('\\').join('/').replace(/\.js$/, '.ts');
      if (sources.has(source)) return undefined;
      return { errors: [{ text: `dynamic import of ${source}: list it in scripts/build-cli.mjs as an entry point (a module loaded on demand) or import it statically` }] };
    });
  },
};

/**
 * Bundles the catalog's JSON files as `JSON.parse('…')` rather than as object literals: V8 reads
 * JSON text about twice as fast as it compiles the same literal, and every run loads the catalog.
 */
const jsonAsText = {
  name: 'kafka-lint-json-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      // Pure, so a module that imports the catalog without using it does not parse it.
      return { contents: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

for (const dir of ['lib', 'cli', 'chunks']) rmSync(join(outdir, dir), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Our package.json says sideEffects: false, which would drop the bare core imports.
  ignoreAnnotations: true,
  logLevel: 'warning',
  plugins: [entriesImportCore, dynamicImportsAreEntries, jsonAsText],
});
