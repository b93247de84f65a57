/**
 * Property tests of the output formats (src/report) on random reports: messages, keys and file
 * names with any characters a hostile file can bring into a finding (control characters,
 * markup, `::` and `%`, line breaks, any Unicode). Every format renders without an exception,
 * the same twice, without changing its input; json and sarif parse, junit is well-formed XML,
 * and github keeps each annotation on one line and at most 10 of each kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { loadFormatter } from '../../src/report/index.js';
import { FORMAT_NAMES, type Formatter, type LintReport } from '../../src/report/types.js';
import { SEVERITIES, type Finding } from '../../src/engine/finding.js';
import { KAFKA_VERSIONS } from '../../src/core/version.js';
import { resolveFacts } from '../../src/engine/context.js';
import { allRules } from '../../rules/index.js';
import { printCaseCounts, deepFreeze, runs, stable } from './support.js';

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('::error::x', '%0A', '\r\n', '\u0000', '\u001b[31m', ']]>', '<![CDATA[', '&amp;', '"\'', '\ud800', '\u2028', 'a,b:c', '../../etc/passwd', 'C:\\x'),
  fc.string({ maxLength: 10 }),
);
/**
 * Paths come from the file system, where names are decoded from bytes and are well-formed
 * Unicode: no lone surrogate (the SARIF format's encodeURI throws URIError on one).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const path = nasty.filter((s) => !LONE_SURROGATE.test(s));
const ruleId = fc.oneof(fc.constantFrom(...allRules.map((r) => r.meta.id), 'internal/rule-failure'), nasty);
const position = fc.integer({ min: 1, max: 100_000 });

const finding: fc.Arbitrary<Finding> = fc
  .record(
    {
      ruleId,
      messageId: fc.oneof(fc.constantFrom('typo', 'no-keystore'), nasty),
      severity: fc.constantFrom(...SEVERITIES),
      message: nasty,
      file: fc.oneof(path, fc.constantFrom('kafka/server.properties', 'zk/zoo.cfg', 'a b/ü.properties')),
      line: position,
      column: position,
      endLine: position,
      endColumn: position,
      key: nasty,
      suppression: fc.record({ kind: fc.constantFrom<'inSource' | 'external'>('inSource', 'external'), justification: nasty }, { requiredKeys: ['kind'] }),
    },
    { requiredKeys: ['ruleId', 'messageId', 'severity', 'message'] },
  )
  .map((f) => {
    const { suppression, ...rest } = f;
    void suppression;
    return rest;
  });
const suppressedFinding: fc.Arbitrary<Finding> = fc.tuple(finding, fc.constantFrom<'inSource' | 'external'>('inSource', 'external'), fc.option(nasty, { nil: undefined })).map(([f, kind, justification]) => ({
  ...f,
  suppression: justification === undefined ? { kind } : { kind, justification },
}));

const report: fc.Arbitrary<LintReport> = fc.record({
  clusters: fc.array(
    fc
      .record(
        {
          name: path,
          files: fc.array(path, { maxLength: 4 }),
          kafkaVersion: fc.constantFrom(...KAFKA_VERSIONS),
          known: fc.boolean(),
          brokerCount: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
          hasKafka: fc.boolean(),
          findings: fc.array(finding, { maxLength: 25 }),
          suppressed: fc.array(suppressedFinding, { maxLength: 4 }),
        },
        { requiredKeys: ['name', 'files', 'kafkaVersion', 'known', 'hasKafka', 'findings', 'suppressed'] },
      )
      // The CLI reports each cluster's files with its findings' files among them.
      .map(({ kafkaVersion, known, brokerCount, ...c }) => {
        const facts = resolveFacts({ brokers: [], zookeeper: [], myids: [] }, {
          kafkaVersion: { value: kafkaVersion, source: 'option' },
          ...(brokerCount !== undefined ? { brokerCount: { value: brokerCount, source: 'option' as const } } : {}),
        });
        if (!known) facts.kafkaVersion = { ...facts.kafkaVersion, known: false, origin: { source: 'default', detail: 'assumed' } };
        return { ...c, facts, files: [...new Set([...c.files, ...c.findings.flatMap((f) => (f.file === undefined ? [] : [f.file]))])] };
      }),
    { maxLength: 3 },
  ),
  rules: fc.constant(allRules),
  toolVersion: fc.constantFrom('0.1.0', '1.2.3-rc.1'),
});

const formatters = new Map<string, Formatter>();
beforeAll(async () => {
  for (const name of FORMAT_NAMES) formatters.set(name, await loadFormatter(name));
});

describe('the output formats on random reports', () => {
  it('render without an exception, the same twice, without changing the report, and well-formed', () => {
    fc.assert(
      fc.property(report, fc.boolean(), fc.boolean(), fc.constantFrom(undefined, '/', '/work/repo'), (r, color, warningsFail, workspace) => {
        const frozen = deepFreeze(r);
        const before = stable(frozen);
        const options = { color, warningsFail, env: workspace === undefined ? {} : { GITHUB_WORKSPACE: workspace }, cwd: '/work/repo' };
        for (const [name, format] of formatters) {
          const text = format(frozen, options);
          expect(format(frozen, options), name).toBe(text);
          if (name === 'json' || name === 'sarif') expect(() => JSON.parse(text), name).not.toThrow();
          if (name === 'junit') expect(XMLValidator.validate(text), 'junit is well-formed XML').toBe(true);
          if (name === 'github') {
            const annotations = text.split('\n').filter((l) => /^::(error|warning) /.test(l));
            expect(annotations.filter((l) => l.startsWith('::error')).length).toBeLessThanOrEqual(10);
            expect(annotations.filter((l) => l.startsWith('::warning')).length).toBeLessThanOrEqual(10);
            for (const l of annotations) expect(l).not.toMatch(/\r/);
          }
        }
        expect(stable(frozen)).toBe(before);
      }),
      runs('formats: random reports', 300),
    );
  });
});

afterAll(printCaseCounts);
