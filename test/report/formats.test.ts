import { resolveFacts } from '../../src/engine/context.js';
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runInProcess, repoRoot } from '../cli/harness.js';
import { github, GITHUB_ANNOTATIONS_PER_TYPE } from '../../src/report/github.js';
import type { LintReport } from '../../src/report/types.js';
import type { Finding } from '../../src/engine/finding.js';
import { allRules } from '../../rules/index.js';

// CommonJS packages: under NodeNext their default export is the module object.
const Ajv4 = ajvDraft04.default;
const addFormats = ajvFormats.default;

const shared = join(repoRoot, '..', 'shared');
const sarifSchemaPath = join(shared, 'reference', 'sarif-schema-2.1.0.json');
if (!existsSync(sarifSchemaPath)) console.warn(`SARIF schema validation skipped: ${sarifSchemaPath} is absent (../shared is not checked out here)`);

describe('json format', () => {
  it('has exactly the documented shape, with clean files too', async () => {
    const { code, stdout } = await runInProcess(['examples/', '--format', 'json']);
    expect(code).toBe(1);
    const files = JSON.parse(stdout) as Record<string, unknown>[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(Object.keys(file)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount', 'cluster', 'kafkaVersion', 'kafkaVersionInferred', 'facts']);
      for (const m of file['messages'] as Record<string, unknown>[]) {
        expect(Object.keys(m)).toEqual(['ruleId', 'messageId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'key', 'fingerprint']);
        expect(['error', 'warning', 'info']).toContain(m['severity']);
      }
      expect(file['kafkaVersion']).toBe('3.9');
      expect(file['kafkaVersionInferred']).toBe(true);
    }
    expect(files.some((f) => (f['messages'] as unknown[]).length === 0)).toBe(true);
  });
});

describe('sarif format', () => {
  it.skipIf(!existsSync(sarifSchemaPath))('is valid against the OASIS SARIF 2.1.0 schema, suppressed findings included', async () => {
    const ajv = new Ajv4({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath, 'utf8')) as object);
    for (const args of [['examples/'], ['test/fixtures/cli/directives'], ['test/fixtures/secrets']]) {
      const { stdout } = await runInProcess([...args, '--format', 'sarif']);
      const log = JSON.parse(stdout);
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });
  it('describes every rule with its docs page, and gives stable fingerprints and regions', async () => {
    const { stdout } = await runInProcess(['examples/', '--format', 'sarif']);
    const run = JSON.parse(stdout).runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(allRules.map((r) => r.meta.id));
    expect(run.tool.driver.rules[0].helpUri).toMatch(/^https:\/\/.*\/docs\/rules\/.+\.md$/);
    expect(run.results.length).toBeGreaterThan(0);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(r.locations[0].physicalLocation.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(r.partialFingerprints['kafkaLint/v2']).toMatch(/^[0-9a-f]{32}$/);
    }
    const prints = run.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['kafkaLint/v2']);
    expect(new Set(prints).size).toBe(prints.length);
    expect(run.properties.clusters).toEqual([expect.objectContaining({ name: 'examples' })]);
    expect(run.properties.clusters[0].facts.kafkaVersion).toEqual({ judged: '3.9', known: false, origin: { source: 'default', detail: 'ZooKeeper mode, last supported by Kafka 3.9' } });
    expect(run.properties.clusters[0].facts.brokerCount).toMatchObject({ value: 3, atLeast: true, known: false });
  });
  it('marks findings hidden by a directive as suppressed in source, with the reason', async () => {
    const { stdout } = await runInProcess(['test/fixtures/cli/directives', '--format', 'sarif']);
    const results = JSON.parse(stdout).runs[0].results as { ruleId: string; suppressions?: unknown[] }[];
    expect(results.filter((r) => r.suppressions)).toContainEqual(
      expect.objectContaining({ ruleId: 'properties/duplicate-key', suppressions: [{ kind: 'inSource', justification: 'the second value is the one we mean' }] }),
    );
  });
});

describe('junit format', () => {
  it('is well-formed XML with one test case per file and rule', async () => {
    const { stdout } = await runInProcess(['examples/', '--format', 'junit']);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(stdout);
    const suite = doc.testsuites.testsuite;
    const cases = ([] as Record<string, unknown>[]).concat(suite.testcase);
    expect(Number(suite.tests)).toBe(cases.length);
    const names = cases.map((c) => `${c['classname']} ${c['name']}`);
    expect(new Set(names).size).toBe(names.length);
    expect(cases.filter((c) => c['failure']).length).toBe(Number(suite.failures));
    expect(cases.some((c) => c['name'] === 'kafka-lint')).toBe(true); // a clean file passes
  });
  it('escapes XML special characters in messages', async () => {
    const { stdout } = await runInProcess(['-', '--stdin-filename', 'a&b<c>.properties', '--format', 'junit'], { stdin: 'broker.id=1\nbroker.id=2\n' });
    expect(XMLValidator.validate(stdout)).toBe(true);
    expect(stdout).toContain('a&amp;b&lt;c&gt;.properties');
  });
});

describe('github format', () => {
  const finding = (i: number, severity: Finding['severity']): Finding => ({
    ruleId: 'properties/duplicate-key',
    messageId: 'repeated',
    severity,
    message: `line one %${i}\nline two, with: colon`,
    file: 'dir,with:odd/server.properties',
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 5,
  });
  const report = (findings: Finding[]): LintReport => ({
    toolVersion: '0.0.0',
    rules: allRules,
    clusters: [{ name: 'c', files: ['dir,with:odd/server.properties'], facts: resolveFacts({ brokers: [], zookeeper: [], myids: [] }), hasKafka: true, findings, suppressed: [] }],
  });
  const options = { color: false, warningsFail: false, env: {}, cwd: repoRoot };
  it('escapes data and properties as @actions/core does', () => {
    const out = github(report([finding(0, 'error')]), options);
    expect(out.split('\n')[0]).toBe(
      '::error file=dir%2Cwith%3Aodd/server.properties,line=1,endLine=1,col=1,endColumn=5,title=kafka-lint properties/duplicate-key::line one %250%0Aline two, with: colon',
    );
  });
  it('sends columns only for single-line findings', () => {
    const out = github(report([{ ...finding(0, 'warning'), endLine: 3 }]), options);
    expect(out.split('\n')[0]).toBe('::warning file=dir%2Cwith%3Aodd/server.properties,line=1,endLine=3,title=kafka-lint properties/duplicate-key::line one %250%0Aline two, with: colon');
  });
  it('emits at most 10 annotations per type and says how many more there are', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding(i, 'error')), ...Array.from({ length: 3 }, (_, i) => finding(20 + i, 'info'))];
    const lines = github(report(findings), options).split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(GITHUB_ANNOTATIONS_PER_TYPE);
    expect(lines.filter((l) => l.startsWith('::notice file=')).length).toBe(3);
    expect(lines).toContain(
      '::notice title=kafka-lint::2 more findings are not annotated: GitHub shows at most 10 annotations of each type per step. They are listed in this log; upload the SARIF output to see them all in code scanning.',
    );
    // Plain log lines start with "kafka-lint: ", so no content of a linted file can begin a workflow command.
    expect(lines.filter((l) => l.startsWith('kafka-lint: dir,with:odd/server.properties:')).length).toBe(2);
  });
  it('makes paths relative to GITHUB_WORKSPACE', async () => {
    const { stdout } = await runInProcess(['examples/', '--format', 'github'], { env: { GITHUB_WORKSPACE: join(repoRoot, 'examples') } });
    expect(stdout).toMatch(/^::error file=cluster\/kafka/m);
  });
});

describe('stylish format', () => {
  it('groups by file, names the Kafka version of each cluster, and ends with a summary', async () => {
    const { stdout } = await runInProcess(['examples/']);
    expect(stdout).toMatch(/^examples\/cluster\/kafka2\/server\.properties$/m);
    expect(stdout).toMatch(/^ {2}examples\/cluster\/kafka2\/server\.properties:\d+:\d+ +(error|warning|info) +.+ {2}[a-z-]+\/[a-z-]+$/m);
    expect(stdout).toContain(
      'examples: 9 files, judged against Kafka 3.9 (assumed: ZooKeeper mode, last supported by Kafka 3.9; --kafka-version states it), at least 3 brokers in view (--brokers states the count)',
    );
    expect(stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\) in 9 files\n$/);
    expect(stdout).not.toContain('\u001b[');
  });
  it('colours with FORCE_COLOR or --color, never with NO_COLOR or --no-color', async () => {
    expect((await runInProcess(['examples/'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await runInProcess(['examples/', '--color'])).stdout).toContain('\u001b[31m');
    expect((await runInProcess(['examples/'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runInProcess(['examples/', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
  it('says so when there is nothing to report', async () => {
    const { code, stdout } = await runInProcess(['-', '--stdin-filename', 'myid'], { stdin: '1\n' });
    expect(code).toBe(0);
    expect(stdout).toContain('✔ No problems in 1 file.');
  });
});
