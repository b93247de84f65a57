/**
 * Differential test against ZooKeeper itself: every fixture in test/fixtures/zookeeper/oracle/
 * goes through ZooKeeper's own QuorumPeerConfig.parse (test/oracle/zookeeper/ZkOracle.java) and
 * through kafka-lint, for three ZooKeepers: Debian's `zookeeper` package (3.8.0, what operators
 * install from the distribution) and the releases of scripts/catalog/releases.json from Maven
 * Central (3.8.6, the line Kafka 3.9 ships, and 3.9.5).
 *
 * - A fixture named refuse-* must be refused by ZooKeeper, accept-* accepted (so each fixture
 *   says what it exercises, and a change in ZooKeeper's verdict shows up).
 * - Every file ZooKeeper refuses gets at least one error from kafka-lint.
 * - Every error kafka-lint reports on a file ZooKeeper accepts is listed in ACCEPTED_BUT_BROKEN
 *   with the reason the server still cannot work.
 *
 * Each fixture gets a temporary directory: `@DATADIR@` in the text becomes its dataDir (holding
 * the fixture's .myid file as `myid`, when there is one) and `@DIR@` the directory itself.
 * The same holds for 200 generated server lines. Hosts are literals, so neither side resolves
 * names. Each ZooKeeper is skipped with a notice saying why when its jars or a JDK are missing;
 * .ci/run installs them (apt-get install zookeeper; Maven fills ~/.m2).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../src/index.js';
// @ts-expect-error: a plain .mjs script, typed by use
import { RELEASES, javaArgs, mavenAvailable, resolveClasspaths } from '../../scripts/catalog/maven.mjs';
import { caseCounts, fuzzFactor, fuzzSeed, printCaseCounts } from '../fuzz/support.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const fixtureDir = join(repoRoot, 'test', 'fixtures', 'zookeeper', 'oracle');
const harness = [join(repoRoot, 'test', 'oracle', 'zookeeper', 'ZkOracle.java'), join(repoRoot, 'test', 'oracle', 'Verdicts.java')];

/** The jars QuorumPeerConfig needs, where Debian's package puts them; ZK_ORACLE_CLASSPATH overrides. */
const JARS = ['zookeeper.jar', 'zookeeper-jute.jar', 'slf4j-api.jar', 'slf4j-nop.jar'].map((j) => join('/usr/share/java', j));
const debianClasspath = process.env['ZK_ORACLE_CLASSPATH'] ?? JARS.join(':');
// Running a .java file directly needs a JDK (its compiler module), not only a JRE.
const javaWorks = ['java', 'javac'].every((tool) => spawnSync(tool, ['-version'], { encoding: 'utf8' }).status === 0);

/** Each ZooKeeper to ask: a label, its classpath, or why it cannot run here. */
function zookeepers(): { label: string; classpath?: string; skipReason?: string }[] {
  if (!javaWorks) return [{ label: 'all', skipReason: 'no JDK (java and javac) on PATH' }];
  const debian = debianClasspath.split(':').every((p) => existsSync(p))
    ? { label: "Debian's zookeeper 3.8.0", classpath: debianClasspath }
    : { label: "Debian's zookeeper 3.8.0", skipReason: `ZooKeeper's jars are missing (${debianClasspath}); apt-get install zookeeper` };
  const releases = Object.values(RELEASES.zookeeper as Record<string, string>);
  const labels = releases.map((r) => `ZooKeeper ${r} (Maven Central)`);
  if (!mavenAvailable()) return [debian, ...labels.map((label) => ({ label, skipReason: 'no Maven (mvn) on PATH' }))];
  try {
    const classpaths = resolveClasspaths(releases.map((release) => ({ kind: 'zookeeper', release })), { offline: true }) as string[];
    return [debian, ...labels.map((label, i) => ({ label, classpath: classpaths[i] }))];
  } catch (e) {
    const skipReason = `the jars are not in the local Maven repository (${(e as Error).message.split('\n')[0]}); run \`npm run catalog\` once online, as .ci/run does`;
    return [debian, ...labels.map((label) => ({ label, skipReason }))];
  }
}

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

/**
 * Generated server lines: a seeded mix of the pieces ZooKeeper's QuorumServer trips on (blanks,
 * signs, empty fields, brackets, roles, client parts, several addresses), each as server.2 of
 * an otherwise valid ensemble, and a quarter of them free mixes of its separators (`|`, `;`,
 * `:`) around zero to three addresses. Hosts are literals, `localhost` or empty: no name is
 * looked up. `npm run fuzz` generates FUZZ_RUNS times as many from its own seed.
 */
function generatedServerLines(count: number, start: number): string[] {
  let seed = Math.abs(Math.trunc(start)) % 2147483648;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  // Valid pieces come several times, so that a fair share of the lines pass.
  const hosts = ['127.0.0.2', '127.0.0.2', '127.0.0.2', '127.0.0.2', '[::1]', '[::1]', 'localhost', '', '::1', '[::1', '[::1]x'];
  const bad = ['0', '70000', '-1', '2888 ', ' 3888', '', 'x', '2888.0', '99999999999', '2888'];
  const quorumPorts = ['2888', '2889', '+2888', '02888', '2888', '2889', '2888', '2889', '2888', '2889', ...bad];
  const electionPorts = ['3888', '3889', '+3888', '03888', '3888', '3889', '3888', '3889', '3888', '3889', ...bad];
  const roles = [undefined, undefined, undefined, 'observer', 'participant', 'Observer ', ' observer', 'follower', '2181', ''];
  const clients = [undefined, undefined, undefined, '2181', '127.0.0.1:2181', '[::1]:2181', ':2181', '0', '2181 ', 'x', '', 'a:b:c', '70000'];
  const literalHosts = ['127.0.0.2', '[::1]', 'localhost', '', '::1'];
  const fields = ['2888', '3888', '2181', 'observer', '', '0', 'x'];
  /** Zero to three addresses of one to five fields, joined and surrounded by separators. */
  const separatorMix = (): string => {
    const addresses = Array.from({ length: Math.floor(next() * 4) }, () => [pick(literalHosts), ...Array.from({ length: Math.floor(next() * 5) }, () => pick(fields))].join(':'));
    let line = `${pick(['', '', '|', '||', ';', ':'])}${addresses.join(pick(['|', '||', '|;', ';|']))}${pick(['', '', '|', '||', ';', ':', ';;'])}`;
    if (next() < 0.4) line += `;${pick(['2181', '127.0.0.1:2181', '', '|', 'x', ':2181', '2181|'])}`;
    return line;
  };
  return Array.from({ length: count }, () => {
    if (next() < 0.25) return separatorMix();
    let line = `${pick(hosts)}:${pick(quorumPorts)}:${pick(electionPorts)}`;
    const role = pick(roles);
    if (role !== undefined) line += `:${role}`;
    if (next() < 0.05) line += ':';
    const client = pick(clients);
    if (client !== undefined) line += `;${client}`;
    if (next() < 0.05) line += ';2182';
    if (next() < 0.05) line += '|127.0.0.3:2888:3888';
    return line;
  });
}
const GENERATED = generatedServerLines(300 * fuzzFactor, fuzzSeed ?? 7);
/**
 * On a generated line ZooKeeper accepts, kafka-lint may only object to port 0 (see
 * accept-port-zero; a line without an address, accept-server-no-address, is a warning), or to ports that server.1 on
 * the same loopback host already binds (see accept-seed-004-one-host and
 * accept-quorum-port-equals-clientport).
 */
const GENERATED_ACCEPTED_BUT_BROKEN: Record<string, RegExp> = {
  'zookeeper/invalid-server-entry': /^server\.2 cannot be used as written: it gives port 0/,
  'zookeeper/duplicate-server': /^server\.2 has the same host \((?:localhost|::1|\[::1\])\) and (?:quorum|election) port \d+ as server\.1/,
  'zookeeper/port-conflict': /^The \w+ port of server\.2 \d+ is also the \w+ port of server\.1 on localhost: /,
};

interface Verdict {
  file: string;
  accepted: boolean;
  error?: string;
}

const names = readdirSync(fixtureDir).filter((f) => f.endsWith('.cfg')).map((f) => f.slice(0, -'.cfg'.length)).sort();

const suites = zookeepers();
for (const { label, skipReason } of suites) if (skipReason) console.warn(`[zookeeper oracle] SKIPPED ${label}: ${skipReason}. The differential test against its own parser did not run.`);

for (const { label, classpath = '', skipReason } of suites) describe.skipIf(skipReason !== undefined)(`ZooKeeper oracle: ${label} (QuorumPeerConfig.parse)`, () => {
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
    GENERATED.forEach((line, i) => {
      const dir = join(root, `generated-${i}`);
      const dataDir = join(dir, 'data');
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(join(dataDir, 'myid'), '1\n');
      const text = `tickTime=2000\ndataDir=${dataDir}\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=127.0.0.1:2888:3888\nserver.2=${line}\nserver.3=127.0.0.3:2888:3888\n`;
      writeFileSync(join(dir, 'zoo.cfg'), text, 'latin1');
      inputs.set(`generated-${i}`, [{ file: join(dir, 'zoo.cfg'), text }, { file: join(dataDir, 'myid'), text: '1\n' }]);
    });
    const all = [...names, ...GENERATED.map((_, i) => `generated-${i}`)];
    // One JVM for all files; the harness resets what parse() leaves behind between files.
    const run = spawnSync('java', [...(javaArgs(harness, classpath) as string[]), ...all.map((n) => join(n, 'zoo.cfg'))], { cwd: root, encoding: 'utf8', timeout: 300_000 * fuzzFactor, maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`ZkOracle failed (${run.status}): ${run.stderr}`);
    for (const line of run.stdout.split('\n').filter((l) => l.startsWith('{'))) {
      const verdict = JSON.parse(line) as Verdict;
      verdicts.set(verdict.file.split('/')[0] as string, verdict);
    }
  }, 120_000 * fuzzFactor);

  afterAll(() => {
    const count = (generated: boolean) => {
      const all = [...verdicts.entries()].filter(([name]) => name.startsWith('generated-') === generated).map(([, v]) => v);
      const refused = all.filter((v) => !v.accepted).length;
      return `${all.length} (ZooKeeper refused ${refused}, accepted ${all.length - refused})`;
    };
    console.log(`[zookeeper oracle] ${label}: fixtures: ${count(false)}; generated server lines: ${count(true)}.`);
    caseCounts.set(`ZooKeeper oracle (${label}): generated server lines`, GENERATED.length);
    printCaseCounts();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('generated server lines: every refusal gets an error, and nothing else but port 0 and a shared loopback port does', () => {
    const wrong: string[] = [];
    GENERATED.forEach((line, i) => {
      const verdict = verdicts.get(`generated-${i}`);
      const errors = lintFiles(inputs.get(`generated-${i}`)!).findings.filter((f) => f.severity === 'error');
      if (!verdict) wrong.push(`${JSON.stringify(line)}: no verdict`);
      else if (!verdict.accepted && errors.length === 0) wrong.push(`${JSON.stringify(line)}: ZooKeeper refuses it (${verdict.error}), kafka-lint reports no error`);
      else if (verdict.accepted && errors.some((f) => !GENERATED_ACCEPTED_BUT_BROKEN[f.ruleId]?.test(f.message))) {
        wrong.push(`${JSON.stringify(line)}: ZooKeeper accepts it, kafka-lint reports ${errors.map((f) => f.message).join(' | ')}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('has at least 60 fixtures, each named for its verdict', () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
    expect(names.every((n) => n.startsWith('accept-') || n.startsWith('refuse-'))).toBe(true);
    expect(Object.keys(ACCEPTED_BUT_BROKEN).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('generated server lines: every refusal gets an error, and an accepted line only the documented ones', () => {
    const wrong: string[] = [];
    GENERATED.forEach((line, i) => {
      const verdict = verdicts.get(`generated-${i}`);
      const errors = lintFiles(inputs.get(`generated-${i}`)!).findings.filter((f) => f.severity === 'error');
      if (!verdict) wrong.push(`${JSON.stringify(line)}: no verdict`);
      else if (!verdict.accepted && errors.length === 0) wrong.push(`${JSON.stringify(line)}: ZooKeeper refuses it (${verdict.error}), kafka-lint reports no error`);
      else if (verdict.accepted && errors.some((f) => !GENERATED_ACCEPTED_BUT_BROKEN[f.ruleId]?.test(f.message))) {
        wrong.push(`${JSON.stringify(line)}: ZooKeeper accepts it, kafka-lint reports ${errors.map((f) => f.message).join(' | ')}`);
      }
    });
    expect(wrong).toEqual([]);
  }, 60_000 * fuzzFactor);

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
