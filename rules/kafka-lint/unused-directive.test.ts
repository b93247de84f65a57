import { describe, it, expect } from 'vitest';
import { ruleTester } from '../../test/rule-tester.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import rule from './unused-directive.js';
import duplicateKey from '../properties/duplicate-key.js';

ruleTester(rule, {
  companions: [duplicateKey],
  valid: [
    { name: 'no directives', text: 'num.partitions=6\n' },
    { name: 'an ordinary comment', text: '# kafka-lint checks this file\nnum.partitions=6\n' },
    { name: 'a directive-like word inside a value is not a comment', text: 'description=x # kafka-lint-disable properties/duplicate-key\n' },
  ],
  invalid: [
    {
      name: 'next-line directive whose rule reports nothing',
      text: 'broker.id=1\n# kafka-lint-disable-next-line properties/duplicate-key -- legacy\nnum.partitions=6\n',
      findings: [
        {
          messageId: 'silences-nothing',
          line: 2,
          column: 1,
          message:
            "'# kafka-lint-disable-next-line properties/duplicate-key' silences nothing: properties/duplicate-key reports no finding on line 3. Delete it, so it cannot hide a future finding.",
        },
      ],
    },
    {
      name: 'file-wide directive with an unknown rule id',
      text: '# kafka-lint-disable properties/duplicate-kee\nnum.partitions=6\n',
      findings: [
        {
          messageId: 'unknown-id',
          line: 1,
          column: 1,
          message:
            "'# kafka-lint-disable properties/duplicate-kee' names 'properties/duplicate-kee', which is not a kafka-lint rule or message, so it silences nothing. Correct the id (`kafka-lint rules` lists them) or delete the directive.",
        },
      ],
    },
    {
      name: 'directive naming no rule',
      text: '! kafka-lint-disable-next-line -- why\nnum.partitions=6\n',
      findings: [
        {
          messageId: 'names-nothing',
          line: 1,
          column: 1,
          message:
            "'# kafka-lint-disable-next-line' names no rule, so it silences nothing. Name the rules it is for: '# kafka-lint-disable-next-line rule-id -- reason'.",
        },
      ],
    },
    {
      name: 'directive at the end of the file, with no entry after it',
      text: 'num.partitions=6\n# kafka-lint-disable-next-line properties/duplicate-key\n',
      findings: [
        {
          messageId: 'silences-nothing',
          line: 2,
          column: 1,
          message: "'# kafka-lint-disable-next-line properties/duplicate-key' silences nothing: properties/duplicate-key reports no finding below it (no entry follows). Delete it, so it cannot hide a future finding.",
        },
      ],
    },
    {
      name: 'a message id that reports nothing',
      text: '# kafka-lint-disable-next-line properties/duplicate-key/set-again\nnum.partitions=6\n',
      findings: [
        {
          messageId: 'silences-nothing',
          line: 1,
          column: 1,
          message: "'# kafka-lint-disable-next-line properties/duplicate-key/set-again' silences nothing: properties/duplicate-key/set-again reports no finding on line 2. Delete it, so it cannot hide a future finding.",
        },
      ],
    },
  ],
});

const dup = 'num.partitions=3\nlog.dirs=/data\nnum.partitions=6\n';
const run = (text: string, inlineConfig?: boolean) =>
  lintFiles([{ file: 'server.properties', text }], { ruleSet: [duplicateKey, rule], ...(inlineConfig === undefined ? {} : { inlineConfig }) });

describe('inline directives in lint()', () => {
  it('disable-next-line suppresses the finding on the next entry and is used', () => {
    const result = run('# kafka-lint-disable-next-line properties/duplicate-key -- kept for the old tool\n' + dup);
    expect(result.findings).toEqual([]);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed?.[0]?.suppression).toEqual({ kind: 'inSource', justification: 'kept for the old tool' });
  });
  it('comments and blank lines between the directive and its entry', () => {
    const text = '# kafka-lint-disable-next-line properties/duplicate-key -- why\n# an ordinary comment\n\n' + dup;
    expect(run(text).findings.map((f) => f.ruleId)).toEqual([]);
  });
  it('a file-wide directive suppresses every finding of the rule in the file', () => {
    const text = dup + '# kafka-lint-disable properties/duplicate-key\nlog.dirs=/data2\n';
    const result = run(text);
    expect(result.findings).toEqual([]);
    expect(result.suppressed?.map((f) => f.line)).toEqual([1, 2]);
  });
  it('a directive on another entry does not suppress', () => {
    const text = '# kafka-lint-disable-next-line properties/duplicate-key\nbroker.id=1\n' + dup;
    expect(run(text).findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['kafka-lint/unused-directive:1', 'properties/duplicate-key:3']);
  });
  it('inlineConfig: false ignores every directive', () => {
    const text = '# kafka-lint-disable properties/duplicate-key\n' + dup;
    const result = run(text, false);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['properties/duplicate-key']);
    expect(result.suppressed).toEqual([]);
  });
  it('the rule can be turned off', () => {
    const text = '# kafka-lint-disable properties/duplicate-key\nnum.partitions=1\n';
    const result = lintFiles([{ file: 'server.properties', text }], { ruleSet: [duplicateKey, rule], rules: { [rule.meta.id]: 'off' } });
    expect(result.findings).toEqual([]);
  });
});

describe('directives that name one message', () => {
  it('a message id silences that message only', () => {
    const result = run('# kafka-lint-disable-next-line properties/duplicate-key/set-again -- intended\n' + dup);
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((f) => `${f.ruleId}/${f.messageId}:${f.line}`)).toEqual(['properties/duplicate-key/set-again:2']);
  });
});
