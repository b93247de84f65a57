import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that mock modules (vi.mock): they need a module graph of their own. */
const MOCKING = ['test/cli/fix-loop.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // One worker per core (vitest's default leaves one core free): much of the suite waits on
    // child processes (the CLI, the JVM oracles, a broker), and the timing checks count CPU time.
    maxWorkers: '100%',
    hookTimeout: 120_000,
    reporters: ['default', './test/summary-reporter.ts'],
    // Tests here are pure apart from MOCKING (no changes to the environment or the working
    // directory), so the files of a worker share one module graph instead of importing the
    // engine and catalog each time: the rule tests went from 2 min 14 s to 16 s on 2 cores.
    projects: [
      { extends: true, test: { name: 'rules', include: ['rules/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'test', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...MOCKING], isolate: false } },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
  },
});
