import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import { spawnCli, repoRoot, type CliRun } from './harness.js';
import { allRules } from '../../rules/index.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'cli');
const sarifSchema = join(repoRoot, '..', 'shared', 'reference', 'sarif-schema-2.1.0.json');
if (!existsSync(sarifSchema)) console.warn(`SARIF validation of the built CLI skipped: ${sarifSchema} is absent`);

// CommonJS packages: under NodeNext their default export is the module object.
const Ajv4 = ajvDraft04.default;
const addFormats = ajvFormats.default;

/** `--rule id=off` for every rule but `keep`, so a test does not depend on other rules' findings. */
const only = (...keep: string[]): string[] => allRules.filter((r) => !keep.includes(r.meta.id)).flatMap((r) => ['--rule', `${r.meta.id}=off`]);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kafka-lint-cli-'));
  return () => rmSync(tmp, { recursive: true, force: true });
});

type JsonResult = { filePath: string; messages: { ruleId: string; line: number | null; message: string; severity: string }[]; cluster: string };
const json = (run: CliRun): JsonResult[] => JSON.parse(run.stdout) as JsonResult[];

describe('every format on examples/', () => {
  it('stylish, json, sarif, github and junit, several in one run', () => {
    const out = join(tmp, 'formats');
    const run = spawnCli([
      'examples/',
      '--format', 'sarif', '--output-file', join(out, 'out.sarif'),
      '--format', 'json', '--output-file', join(out, 'out.json'),
      '--format', 'junit', '--output-file', join(out, 'out.xml'),
      '--format', 'github', '--output-file', join(out, 'out.github'),
      '--format', 'stylish',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✖ \d+ problems/);
    expect(JSON.parse(readFileSync(join(out, 'out.json'), 'utf8')).length).toBe(9);
    expect(XMLValidator.validate(readFileSync(join(out, 'out.xml'), 'utf8'))).toBe(true);
    expect(readFileSync(join(out, 'out.github'), 'utf8')).toMatch(/^::error file=examples\//);
    const sarif = JSON.parse(readFileSync(join(out, 'out.sarif'), 'utf8'));
    if (existsSync(sarifSchema)) {
      const ajv = new Ajv4({ strict: false });
      addFormats(ajv);
      expect(ajv.validate(JSON.parse(readFileSync(sarifSchema, 'utf8')) as object, sarif)).toBe(true);
    }
  });
  it('rejects two formats on stdout', () => {
    const run = spawnCli(['examples/', '--format', 'json', '--format', 'sarif']);
    expect(run).toMatchObject({ code: 2, stderr: 'kafka-lint: only one --format can write to stdout; give the others an --output-file\n' });
  });
});

describe('exit codes', () => {
  const dup = join(fixtures, 'dup');
  it('0 when there are no errors', () => {
    expect(spawnCli([dup, ...only('properties/duplicate-key')]).code).toBe(0);
  });
  it('1 on errors', () => {
    expect(spawnCli([dup, ...only('properties/duplicate-key'), '--rule', 'properties/duplicate-key=error']).code).toBe(1);
  });
  it('1 when warnings exceed --max-warnings, 0 within it', () => {
    expect(spawnCli([dup, ...only('properties/duplicate-key'), '--max-warnings', '0']).code).toBe(1);
    expect(spawnCli([dup, ...only('properties/duplicate-key'), '--max-warnings', '1']).code).toBe(0);
  });
  it('--quiet shows errors only', () => {
    const run = spawnCli([dup, ...only('properties/duplicate-key'), '--quiet', '--max-warnings', '0', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run)[0]?.messages).toEqual([]);
  });
  it('2 for a missing path, naming it', () => {
    expect(spawnCli(['no/such/dir'])).toMatchObject({ code: 2, stdout: '', stderr: 'kafka-lint: cannot read no/such/dir: no such file or directory\n' });
  });
  it('--kafka-version 4.4 judges against Kafka 4.4', () => {
    const run = spawnCli(['--kafka-version', '4.4', dup, '--format', 'json']);
    expect(run.code).not.toBe(2);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ kafkaVersion: '4.4', kafkaVersionInferred: false });
  });
  it('2 for an unknown option or a bad value', () => {
    expect(spawnCli(['--no-such-option']).code).toBe(2);
    expect(spawnCli(['--kafka-version', '2.8', dup])).toMatchObject({ code: 2, stderr: 'kafka-lint: --kafka-version 2.8: kafka-lint knows 3.9, 4.0, 4.1, 4.2, 4.3, 4.4\n' });
    expect(spawnCli(['--rule', 'properties/duplicate-key=warn', dup]).code).toBe(2);
  });
  it('2 for a bad config file, naming the key and what is allowed', () => {
    const dir = join(tmp, 'bad-config');
    cpSync(dup, dir, { recursive: true });
    writeFileSync(join(dir, 'kafka-lint.config.json'), JSON.stringify({ rules: { 'properties/duplicate-key': 'warn' } }));
    const run = spawnCli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `kafka-lint: ${join(dir, 'kafka-lint.config.json')}: invalid configuration: rules["properties/duplicate-key"]: expected "off", "info", "warning" or "error", or [level, { options }]\n`,
    );
    expect(spawnCli(['--config', 'nope.json', '.'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'kafka-lint: nope.json: cannot read the config file (no such file)\n' });
  });
  it('2 when nothing to lint is found', () => {
    expect(spawnCli(['docs/rules'])).toMatchObject({ code: 2, stderr: 'kafka-lint: no Kafka or ZooKeeper config files found in docs/rules\n' });
  });
});

/** What `--show-clusters` prints for a cluster of the fleet fixture (KRaft brokers, nothing states a version). */
function fleetFacts(brokerCount: string, votersIn: string): string {
  return (
    '  facts:\n' +
    '    kafkaVersion: 4.4, assumed (the newest release kafka-lint knows)\n' +
    '    javaVersion: unknown, assumed (no image, JAVA_HOME or java path names it)\n' +
    '    zookeeperVersion: unknown, assumed (no image or path names it)\n' +
    `    brokerCount: ${brokerCount}\n` +
    '    zookeeperEnsemble: unknown, assumed (no zoo.cfg in view)\n' +
    `    kraftQuorum: 1 voter, known (controller.quorum.voters (test/fixtures/cli/fleet/${votersIn}/server.properties:3))\n`
  );
}

describe('configuration', () => {
  it('is found by walking up, sets rule levels, and names clusters with globs', () => {
    const dir = join(tmp, 'config-walk');
    cpSync(join(fixtures, 'fleet'), join(dir, 'fleet'), { recursive: true });
    writeFileSync(
      join(dir, 'kafka-lint.config.json'),
      JSON.stringify({
        rules: Object.fromEntries(allRules.filter((r) => r.meta.id !== 'properties/duplicate-key').map((r) => [r.meta.id, 'off'])),
        clusters: [{ name: 'production', files: ['fleet/prod/**'], kafkaVersion: '4.0' }],
        ignores: ['fleet/staging/**'],
      }),
    );
    const run = spawnCli(['.', '--format', 'json', '--show-clusters'], { cwd: join(dir, 'fleet') });
    expect(run.stderr).toBe(
      'cluster production:\n  prod/server.properties\n' +
        '  facts:\n' +
        '    kafkaVersion: 4.0, known (set in kafka-lint.config.json)\n' +
        '    javaVersion: unknown, assumed (no image, JAVA_HOME or java path names it)\n' +
        '    zookeeperVersion: unknown, assumed (no image or path names it)\n' +
        '    brokerCount: at least 1, assumed (1 broker config in view)\n' +
        '    zookeeperEnsemble: unknown, assumed (no zoo.cfg in view)\n' +
        '    kraftQuorum: 1 voter, known (controller.quorum.voters (prod/server.properties:3))\n',
    );
    const results = json(run);
    expect(results.map((r) => [r.filePath, r.cluster])).toEqual([['prod/server.properties', 'production']]);
    expect(results[0]?.messages.map((m) => m.ruleId)).toEqual(['properties/duplicate-key']);
    expect(JSON.parse(run.stdout)[0].kafkaVersion).toBe('4.0');
    expect(JSON.parse(run.stdout)[0].kafkaVersionInferred).toBe(false);
  });
  it('--cluster-per-dir makes each directory its own cluster', () => {
    const run = spawnCli([join('test', 'fixtures', 'cli', 'fleet'), '--cluster-per-dir', '--show-clusters', ...only('properties/duplicate-key')]);
    expect(run.stderr).toBe(
      'cluster test/fixtures/cli/fleet/prod:\n  test/fixtures/cli/fleet/prod/server.properties\n' +
        fleetFacts('at least 1, assumed (1 broker config in view)', 'prod') +
        'cluster test/fixtures/cli/fleet/staging:\n  test/fixtures/cli/fleet/staging/server.properties\n' +
        fleetFacts('at least 1, assumed (1 broker config in view)', 'staging'),
    );
  });
  it('globs select files and form one cluster', () => {
    const run = spawnCli(['test/fixtures/cli/fleet/*/server.properties', '--show-clusters', ...only()]);
    expect(run.stderr).toBe(
      'cluster test/fixtures/cli/fleet/*/server.properties:\n  test/fixtures/cli/fleet/prod/server.properties\n  test/fixtures/cli/fleet/staging/server.properties\n' +
        fleetFacts('at least 2, assumed (2 broker configs in view)', 'prod'),
    );
    expect(run.code).toBe(0);
  });
  it('--show-clusters counts the topics the files define', () => {
    const run = spawnCli(['test/fixtures/topics/terraform', '--show-clusters', ...only()]);
    expect(run.stderr).toBe(
      'cluster test/fixtures/topics/terraform:\n  test/fixtures/topics/terraform/kafka_topics.tf\n  topics: 2 defined in these files\n' +
        '  facts:\n' +
        '    kafkaVersion: 4.4, assumed (the newest release kafka-lint knows)\n' +
        '    javaVersion: unknown, assumed (no image, JAVA_HOME or java path names it)\n' +
        '    zookeeperVersion: unknown, assumed (no image or path names it)\n' +
        '    brokerCount: unknown, assumed (no broker in view)\n' +
        '    zookeeperEnsemble: unknown, assumed (no zoo.cfg in view)\n' +
        '    kraftQuorum: unknown, assumed (no static controller.quorum.voters in view)\n',
    );
    expect(run.code).toBe(0);
  });
  it('--print-config shows what applies to a file', () => {
    const run = spawnCli(['--print-config', 'examples/cluster/zk1/zoo.cfg', '--rule', 'properties/duplicate-key=error']);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ file: 'examples/cluster/zk1/zoo.cfg', kind: 'zookeeper', stated: {}, inlineConfig: true });
    expect(printed.rules['properties/duplicate-key']).toEqual({ messages: { 'set-again': 'error' }, options: {} });
  });
});

describe('standard input', () => {
  const text = readFileSync(join(fixtures, 'dup', 'server.properties'), 'utf8');
  it('with --stdin-filename', () => {
    const run = spawnCli(['-', '--stdin-filename', 'conf/server.properties', '--format', 'json', ...only('properties/duplicate-key')], { stdin: text });
    expect(json(run).map((r) => [r.filePath, r.messages.map((m) => m.line)])).toEqual([['conf/server.properties', [7]]]);
  });
  it('with --type', () => {
    const run = spawnCli(['-', '--type', 'zookeeper', '--format', 'json', ...only('properties/duplicate-key')], { stdin: 'tickTime=1\ntickTime=2\n' });
    expect(json(run)[0]).toMatchObject({ filePath: '<stdin>', messages: [{ ruleId: 'properties/duplicate-key', line: 1 }] });
  });
  it('without a name or type: exit 2', () => {
    expect(spawnCli(['-'], { stdin: 'a=b\n' }).code).toBe(2);
  });
});

describe('inline directives', () => {
  const dir = join('test', 'fixtures', 'cli', 'directives');
  it('suppress findings and report unused directives', () => {
    const run = spawnCli([dir, '--format', 'json', ...only('properties/duplicate-key', 'kafka-lint/unused-directive')]);
    expect(json(run)[0]?.messages.map((m) => `${m.ruleId}:${m.line}`)).toEqual(['kafka-lint/unused-directive:12']);
  });
  it('--no-inline-config ignores them', () => {
    const run = spawnCli([dir, '--format', 'json', '--no-inline-config', ...only('properties/duplicate-key', 'kafka-lint/unused-directive')]);
    expect(json(run)[0]?.messages.map((m) => `${m.ruleId}:${m.line}`)).toEqual(['properties/duplicate-key:10']);
  });
});

describe('baseline', () => {
  it('hides recorded findings even after lines move, and shows new ones', () => {
    const dir = join(tmp, 'baseline');
    cpSync(join(fixtures, 'dup'), dir, { recursive: true });
    const write = spawnCli(['.', '--update-baseline'], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stderr).toMatch(/^kafka-lint: wrote \d+ findings to kafka-lint-baseline\.json$/m);
    const baseline = JSON.parse(readFileSync(join(dir, 'kafka-lint-baseline.json'), 'utf8'));
    expect(baseline.version).toBe(2);
    expect(baseline.findings[0]).toMatchObject({ file: 'server.properties' });

    const file = join(dir, 'server.properties');
    writeFileSync(file, `# a comment that moves every line down\n\n${readFileSync(file, 'utf8')}`);
    const hidden = spawnCli(['.', '--baseline', 'kafka-lint-baseline.json', '--format', 'json'], { cwd: dir });
    expect(json(hidden)[0]?.messages).toEqual([]);
    expect(hidden.code).toBe(0);

    writeFileSync(file, `${readFileSync(file, 'utf8')}log.dirs=/data2\n`);
    const fresh = spawnCli(['.', '--baseline', 'kafka-lint-baseline.json', '--format', 'json', ...only('properties/duplicate-key')], { cwd: dir });
    expect(json(fresh)[0]?.messages.map((m) => m.message)).toEqual([expect.stringContaining("'log.dirs' is set again")]);
  });
  it('a missing baseline file is an error', () => {
    expect(spawnCli(['examples/', '--baseline', 'no-such-baseline.json'])).toMatchObject({
      code: 2,
      stderr: 'kafka-lint: baseline ' + join(repoRoot, 'no-such-baseline.json') + ' does not exist; create it with --update-baseline\n',
    });
  });
});

describe('other commands', () => {
  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(spawnCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = spawnCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
  });
  it('plan and upgrade-check are dispatched to their commands', () => {
    expect(spawnCli(['plan', '--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: kafka-lint plan/) });
    expect(spawnCli(['upgrade-check', '--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: kafka-lint upgrade-check/) });
  });
  it('rules lists every rule', () => {
    const run = spawnCli(['rules']);
    for (const r of allRules) expect(run.stdout).toContain(r.meta.id);
    expect(JSON.parse(spawnCli(['rules', '--format', 'json']).stdout)).toHaveLength(allRules.length);
  });
  it('explain prints a rule\'s docs page; an unknown rule is exit 2', () => {
    const run = spawnCli(['explain', 'properties/duplicate-key']);
    expect(run.stdout).toMatch(/^# properties\/duplicate-key\n/);
    expect(run.stdout).toContain('## How to fix');
    expect(spawnCli(['explain', 'duplicate-key'])).toMatchObject({ code: 2, stderr: "kafka-lint: explain: 'duplicate-key' is not a kafka-lint rule; did you mean properties/duplicate-key?\n" });
  });
});

describe('several deployments in one path', () => {
  const dir = join('test', 'fixtures', 'cli', 'deployments');
  it('says so once, with the evidence and how to lint them apart', () => {
    const run = spawnCli([dir, '--format', 'json']);
    // Which files form one ensemble is the grouping's assumption, so the cross-node findings are warnings.
    expect(run.code).toBe(0);
    expect(json(run).flatMap((r) => r.messages.map((m) => `${m.ruleId}/${m.severity}`))).toContain('zookeeper/ensemble-drift/warning');
    expect(run.stderr).toBe(
      'kafka-lint: test/fixtures/cli/deployments looks like 2 independent deployments linted as one cluster (2 ZooKeeper ensembles with no server in common; ' +
        'brokers connect to 2 ZooKeeper ensembles with no host in common; broker ids 1, 2, 3 each appear 2 times), so the findings that compare nodes compare the ' +
        'deployments with each other; lint them apart: kafka-lint test/fixtures/cli/deployments/east test/fixtures/cli/deployments/west, --cluster-per-dir when ' +
        "each deployment's files sit in one directory, or clusters named in the config file\n",
    );
  });
  it('linted apart, as suggested, each is clean and nothing is said', () => {
    expect(spawnCli([join(dir, 'east'), join(dir, 'west')])).toMatchObject({ code: 0, stderr: '' });
  });
  it('one real cluster of many directories is not taken for several', () => {
    expect(spawnCli(['examples/cluster', '--format', 'json']).stderr).toBe('');
  });
});

describe('SARIF and github name files from one root', () => {
  type Sarif = { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[]; partialFingerprints: Record<string, string> }[] }[] };
  /** Lints workspace/config/kafka from `sub` of the workspace (`config` or the workspace itself). */
  const lintFrom = (sub: string, env: Record<string, string>) => {
    const workspace = join(tmp, 'workspace');
    cpSync(join(fixtures, 'dup'), join(workspace, 'config', 'kafka'), { recursive: true });
    const out = join(tmp, 'workspace', 'out');
    const cwd = join(workspace, sub);
    const run = spawnCli([relative(cwd, join(workspace, 'config', 'kafka')), '-f', 'sarif', '-o', join(out, 'k.sarif'), '-f', 'github', ...only('properties/duplicate-key')], { cwd, env });
    const sarif = JSON.parse(readFileSync(join(out, 'k.sarif'), 'utf8')) as Sarif;
    const results = sarif.runs[0]?.results ?? [];
    return {
      workspace,
      base: sarif.runs[0]?.originalUriBaseIds,
      locations: results.map((r) => r.locations[0]?.physicalLocation.artifactLocation),
      fingerprints: results.map((r) => r.partialFingerprints['kafkaLint/v1']),
      github: [...run.stdout.matchAll(/^::\w+ file=([^,]+),/gm)].map((m) => m[1]),
    };
  };
  it('from a subfolder of GITHUB_WORKSPACE: both relative to the workspace, %SRCROOT% set to it, fingerprints as from the top', () => {
    const env = { GITHUB_WORKSPACE: join(tmp, 'workspace') };
    const r = lintFrom('config', env);
    expect(r.base).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(r.workspace).href}/` } });
    expect(r.locations).toEqual([{ uri: 'config/kafka/server.properties', uriBaseId: '%SRCROOT%' }]);
    expect(r.github).toEqual(['config/kafka/server.properties']);
    const top = lintFrom('.', env);
    expect(top.locations).toEqual(r.locations);
    expect(top.fingerprints).toEqual(r.fingerprints);
  });
  it('without GITHUB_WORKSPACE: both relative to the working directory', () => {
    const r = lintFrom('config', {});
    expect(r.base).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(join(r.workspace, 'config')).href}/` } });
    expect(r.locations).toEqual([{ uri: 'kafka/server.properties', uriBaseId: '%SRCROOT%' }]);
    expect(r.github).toEqual(['kafka/server.properties']);
  });
  it('a file outside GITHUB_WORKSPACE: an absolute URI in SARIF, not one relative to the workspace', () => {
    const elsewhere = join(tmp, 'elsewhere');
    cpSync(join(fixtures, 'dup'), elsewhere, { recursive: true });
    const run = spawnCli([elsewhere, '-f', 'sarif', ...only('properties/duplicate-key')], { cwd: elsewhere, env: { GITHUB_WORKSPACE: join(tmp, 'workspace') } });
    const sarif = JSON.parse(run.stdout) as Sarif;
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(join(elsewhere, 'server.properties')).href });
  });
});
