/**
 * Differential test against ZooKeeper itself: every fixture in test/fixtures/zookeeper/oracle/
 * goes through ZooKeeper 3.8's own QuorumPeerConfig.parse (test/oracle/zookeeper/ZkOracle.java,
 * run with the jars of Debian's `zookeeper` package) and through kafka-lint.
 *
 * - A fixture named refuse-* must be refused by ZooKeeper, accept-* accepted (so each fixture
 *   says what it exercises, and a change in ZooKeeper's verdict shows up).
 * - Every file ZooKeeper refuses gets at least one error from kafka-lint.
 * - Every error kafka-lint reports on a file ZooKeeper accepts is listed in ACCEPTED_BUT_BROKEN
 *   with the reason the server still cannot work.
 *
 * Each fixture gets a temporary directory: `@DATADIR@` in the text becomes its dataDir (holding
 * the fixture's .myid file as `myid`, when there is one) and `@DIR@` the directory itself.
 * Hosts are IP literals, so neither side resolves names. Without java or the jars the test is
 * skipped with a notice; .ci/run installs them (apt-get install zookeeper).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../src/engine/lint-files.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const fixtureDir = join(repoRoot, 'test', 'fixtures', 'zookeeper', 'oracle');
const harness = join(repoRoot, 'test', 'oracle', 'zookeeper', 'ZkOracle.java');

/** The jars QuorumPeerConfig needs, where Debian's package puts them; ZK_ORACLE_CLASSPATH overrides. */
const JARS = ['zookeeper.jar', 'zookeeper-jute.jar', 'slf4j-api.jar', 'slf4j-nop.jar'].map((j) => join('/usr/share/java', j));
const classpath = process.env['ZK_ORACLE_CLASSPATH'] ?? JARS.join(':');
const javaWorks = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
const jarsPresent = classpath.split(':').every((p) => existsSync(p));
const skipReason = !javaWorks ? 'java is not on PATH' : !jarsPresent ? `ZooKeeper's jars are missing (${classpath}); apt-get install zookeeper` : undefined;
if (skipReason) console.warn(`[zookeeper oracle] SKIPPED: ${skipReason}. The differential test against ZooKeeper's own parser did not run.`);

/**
 * Errors kafka-lint reports on files ZooKeeper's parser accepts: the server still cannot work.
 * Fixture name -> rule id -> why.
 */
const ACCEPTED_BUT_BROKEN: Record<string, Record<string, string>> = {
  'accept-no-client-port': { 'zookeeper/missing-required-key': 'no client port: the server starts without a client listener (ZooKeeperServerMain.runFromConfig)' },
  'accept-clientport-zero': { 'zookeeper/missing-required-key': 'clientPort=0 means unset: no client listener' },
  'accept-clientport-lowercase': {
    'zookeeper/missing-required-key': 'clientport is not clientPort: no client listener',
    'zookeeper/unknown-key': 'clientport becomes the unused system property zookeeper.clientport',
  },
  'accept-seed-004-one-host': {
    'zookeeper/missing-required-key': 'clientport is not clientPort: no client listener',
    'zookeeper/unknown-key': 'clientport becomes the unused system property zookeeper.clientport',
    'zookeeper/duplicate-server': 'three servers on one host and the same ports: only one can bind them',
  },
  'accept-same-id-two-spellings': { 'zookeeper/duplicate-server': 'server.1 and server.01 merge into one server, chosen by hash order' },
  'accept-server-key-twice': { 'zookeeper/duplicate-server': 'the second server.2 line replaces the first: one server fewer' },
  'accept-myid-not-in-server-list': { 'zookeeper/myid-mismatch': 'QuorumPeer.start stops with "My id 9 not in the peer list"' },
  'accept-quorum-port-equals-clientport': { 'zookeeper/port-conflict': 'the client listener and the quorum listener cannot both bind 2181' },
  'accept-admin-port-equals-clientport': { 'zookeeper/port-conflict': 'the admin server takes 8080 first, then the client port cannot bind it' },
  'accept-port-zero': { 'zookeeper/invalid-server-entry': 'port 0 binds a random port that no other server knows' },
};

interface Verdict {
  file: string;
  accepted: boolean;
  error?: string;
}

const names = readdirSync(fixtureDir).filter((f) => f.endsWith('.cfg')).map((f) => f.slice(0, -'.cfg'.length)).sort();

describe.skipIf(skipReason !== undefined)('ZooKeeper 3.8 oracle (QuorumPeerConfig.parse)', () => {
  let root = '';
  const verdicts = new Map<string, Verdict>();
  const inputs = new Map<string, { file: string; text: string }[]>();

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kafka-lint-zk-oracle-'));
    for (const name of names) {
      const dir = join(root, name);
      const dataDir = join(dir, 'data');
      mkdirSync(dataDir, { recursive: true });
      const text = readFileSync(join(fixtureDir, `${name}.cfg`), 'latin1').replaceAll('@DATADIR@', dataDir).replaceAll('@DIR@', dir);
      const files = [{ file: join(dir, 'zoo.cfg'), text }];
      writeFileSync(files[0]!.file, text, 'latin1');
      const myidFixture = join(fixtureDir, `${name}.myid`);
      if (existsSync(myidFixture)) {
        const myid = readFileSync(myidFixture, 'latin1');
        writeFileSync(join(dataDir, 'myid'), myid, 'latin1');
        files.push({ file: join(dataDir, 'myid'), text: myid });
      }
      inputs.set(name, files);
    }
    // One JVM for all fixtures; the harness resets what parse() leaves behind between files.
    const run = spawnSync('java', ['-cp', classpath, harness, ...names.map((n) => join(n, 'zoo.cfg'))], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`ZkOracle failed (${run.status}): ${run.stderr}`);
    for (const line of run.stdout.split('\n').filter((l) => l.startsWith('{'))) {
      const verdict = JSON.parse(line) as Verdict;
      verdicts.set(verdict.file.split('/')[0] as string, verdict);
    }
  });

  afterAll(() => {
    const refused = [...verdicts.values()].filter((v) => !v.accepted).length;
    console.log(`[zookeeper oracle] ${verdicts.size} fixtures: ZooKeeper refused ${refused}, accepted ${verdicts.size - refused}.`);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('has at least 60 fixtures, each named for its verdict', () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
    expect(names.every((n) => n.startsWith('accept-') || n.startsWith('refuse-'))).toBe(true);
    expect(Object.keys(ACCEPTED_BUT_BROKEN).filter((n) => !names.includes(n))).toEqual([]);
  });

  for (const name of names) {
    it(name, () => {
      const verdict = verdicts.get(name);
      expect(verdict, 'ZooKeeper gave no verdict').toBeDefined();
      const errors = lintFiles(inputs.get(name)!).findings.filter((f) => f.severity === 'error');
      const summary = errors.map((f) => `${f.ruleId}: ${f.message}`);
      if (name.startsWith('refuse-')) {
        expect(verdict!.accepted, `ZooKeeper accepted ${name}`).toBe(false);
        expect(summary, `ZooKeeper refuses it (${verdict!.error}) but kafka-lint reports no error`).not.toEqual([]);
      } else {
        expect(verdict!.accepted, `ZooKeeper refused ${name}: ${verdict!.error}`).toBe(true);
        const documented = Object.keys(ACCEPTED_BUT_BROKEN[name] ?? {}).sort();
        expect([...new Set(errors.map((f) => f.ruleId))].sort(), `errors on a file ZooKeeper accepts:\n${summary.join('\n')}`).toEqual(documented);
      }
    });
  }
});
