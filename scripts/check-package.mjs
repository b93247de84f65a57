#!/usr/bin/env node
// Packaging check: builds the tarball as npm would publish it, installs it into a fresh
// temporary project without network, and uses it the ways users do. Also runs publint --strict,
// @arethetypeswrong/cli and `npm publish --dry-run` (which must keep the bin entry).
// Run: `npm run check:package` (needs a prior `npm ci`; .ci/run calls it after the tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'kafka-lint-pkg-'));
let failures = 0;

function run(label, cmd, args, options = {}) {
  process.stdout.write(`\n$ ${[cmd, ...args].join(' ')}   # ${label}\n`);
  const res = spawnSync(cmd, args, { encoding: 'utf8', cwd: options.cwd });
  const out = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  process.stdout.write(out.split('\n').slice(0, 25).join('\n') + '\n');
  if (res.status !== 0 && !options.allowExit?.includes(res.status)) {
    failures++;
    process.stdout.write(`FAILED (exit ${res.status})\n`);
  }
  return options.stdoutOnly ? (res.stdout ?? '') : out;
}

function check(label, ok) {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${label}\n`);
  if (!ok) failures++;
}

try {
  const packJson = run('pack the tarball', 'npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], { cwd: root, stdoutOnly: true });
  const packed = JSON.parse(packJson)[0];
  const bin = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['kafka-lint'];
  const files = packed.files.map((f) => f.path);
  check(`tarball holds the bin ${bin}`, files.includes(bin));
  check('tarball holds no tests', !files.some((f) => /(^|\/)test\/|\.test\./.test(f)));
  check('tarball holds the LICENSE', files.includes('LICENSE'));
  // The bundle in dist/ is the library and the CLI; tsc's output ships as types only.
  check('tarball ships the JavaScript once: no tsc output beside the bundle', !files.some((f) => /^dist\/(src|rules)\/.*\.js$/.test(f)));
  const bundled = files.filter((f) => /^dist\/.*\.js$/.test(f) && /^\/\/ .*node_modules\//m.test(readFileSync(join(root, f), 'utf8')));
  check(`the runtime dependencies are imported, not bundled${bundled.length > 0 ? ` (bundled in ${bundled.join(', ')})` : ''}`, bundled.length === 0);
  const tarball = join(work, packed.filename);

  const consumer = join(work, 'consumer');
  cpSync(join(root, 'examples'), join(consumer, 'examples'), { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('install the tarball offline', 'npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: consumer });

  const version = run('npx kafka-lint --version', 'npx', ['--offline', 'kafka-lint', '--version'], { cwd: consumer, stdoutOnly: true }).trim();
  check(`--version prints the package version (${version})`, version.includes(packed.version));
  const linted = run('lint examples/', 'npx', ['--offline', 'kafka-lint', 'examples/'], { cwd: consumer, allowExit: [1] });
  check('linting examples/ prints file:line findings', /\d+:\d+/.test(linted));

  writeFileSync(join(consumer, 'esm.mjs'), "import { lint, planCapacity } from 'kafka-lint';\nconsole.log(typeof lint, typeof planCapacity, lint({ 'broker.id': '1' }).findings.length >= 0);\n");
  check('ESM import of lint and planCapacity', run('ESM import', 'node', ['esm.mjs'], { cwd: consumer, stdoutOnly: true }).trim() === 'function function true');
  writeFileSync(join(consumer, 'cjs.cjs'), "const k = require('kafka-lint');\nconsole.log(typeof k.lint, typeof k.planCapacity);\n");
  check('CommonJS require', run('CommonJS require', 'node', ['cjs.cjs'], { cwd: consumer, stdoutOnly: true }).trim() === 'function function');

  writeFileSync(
    join(consumer, 'consumer.ts'),
    "import { lint, planCapacity, type LintResult, type Finding } from 'kafka-lint';\nconst r: LintResult = lint({ 'broker.id': 1 });\nconst f: Finding | undefined = r.findings[0];\nvoid f; void planCapacity;\n",
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [module, resolution] of [['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
    run(`types resolve under moduleResolution ${resolution}`, 'node', [
      tsc, '--noEmit', '--strict', '--skipLibCheck', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'),
      '--module', module, '--moduleResolution', resolution, 'consumer.ts',
    ], { cwd: consumer });
  }

  run('publint --strict', 'node', [join(root, 'node_modules', 'publint', 'src', 'cli.js'), '--strict'], { cwd: root });
  run('are the types wrong', 'node', [join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), tarball, '--profile', 'esm-only'], { cwd: root });
  const dry = run('npm publish --dry-run', 'npm', ['publish', '--dry-run', '--loglevel=warn'], { cwd: root });
  check('npm publish --dry-run keeps the bin entry', !/invalid and removed|auto-corrected/.test(dry));
} finally {
  rmSync(work, { recursive: true, force: true });
}

process.stdout.write(`\n${failures === 0 ? 'package checks passed' : `${failures} package check(s) failed`}\n`);
process.exitCode = failures === 0 ? 0 : 1;
