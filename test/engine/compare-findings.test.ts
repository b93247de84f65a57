import { describe, expect, it } from 'vitest';
import { compareFindings, type Finding } from '../../src/engine/finding.js';

const finding = (file: string, line: number, ruleId = 'broker/unknown-key', message = 'm'): Finding => ({ ruleId, messageId: 'm', severity: 'error', message, file, line, column: 1 });

describe('compareFindings', () => {
  it('orders by file, line, column, rule id and message', () => {
    const sorted = [finding('b', 1), finding('a', 2, 'x/b'), finding('a', 2, 'x/a', 'n'), finding('a', 2, 'x/a', 'm'), finding('a', 1)].sort(compareFindings);
    expect(sorted.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([
      'a:1 broker/unknown-key m',
      'a:2 x/a m',
      'a:2 x/a n',
      'a:2 x/b m',
      'b:1 broker/unknown-key m',
    ]);
  });
  it('compares text by code units, the same in every locale', () => {
    // localeCompare would put 'a' before 'B' and ignore punctuation differently per locale.
    const files = ['kafka-2/server.properties', 'B/zoo.cfg', 'kafka.1/server.properties', 'a/zoo.cfg'];
    expect(files.map((f) => finding(f, 1)).sort(compareFindings).map((f) => f.file)).toEqual([
      'B/zoo.cfg',
      'a/zoo.cfg',
      'kafka-2/server.properties',
      'kafka.1/server.properties',
    ]);
  });
});
