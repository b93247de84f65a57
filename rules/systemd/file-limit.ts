import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { execStarts, serviceSetting } from '../../src/deploy/systemd.js';

const MINIMUM = 100_000;

export default defineRule({
  meta: {
    id: 'systemd/file-limit',
    severity: 'warning',
    category: 'outage-risk',
    fileKinds: ['systemd'],
    description: 'A Kafka unit sets no LimitNOFILE= or one below 100,000.',
    rationale:
      'A broker keeps open files for every log segment and index of every partition plus a socket per client connection; tens of thousands are normal. A service without LimitNOFILE= gets systemd\'s default soft limit of 1024, and at the limit the broker fails with "Too many open files", which can stop it. Kafka\'s operations guide recommends at least 100,000.',
    fix: 'Set LimitNOFILE=100000 (or higher) in the [Service] section.',
    references: [
      { title: 'Kafka 4.3 documentation, 6.5 Hardware and OS: file descriptor limits', url: 'https://kafka.apache.org/documentation/#os' },
      { title: 'systemd.exec(5): LimitNOFILE=', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LimitNOFILE=' },
    ],
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nLimitNOFILE=4096\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nLimitNOFILE=100000\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
    },
  },
  check(ctx) {
    for (const unit of deploymentsOf(ctx.cluster, 'systemd')) {
      const start = execStarts(unit)[0];
      if (unit.role !== 'kafka' || !start) continue;
      const limit = serviceSetting(unit, 'LimitNOFILE');
      if (!limit) {
        ctx.report({ file: unit.file, span: start.keySpan, message: `The unit sets no LimitNOFILE=, so the broker gets systemd's default soft limit of 1024 open files; with its segments, indexes and connections it fails with "Too many open files". Add LimitNOFILE=${MINIMUM}.` });
        continue;
      }
      const soft = limit.value.split(':')[0]?.trim() ?? '';
      if (soft === 'infinity' || !/^\d+$/.test(soft) || Number(soft) >= MINIMUM) continue;
      ctx.report({ file: unit.file, span: limit.valueSpan, message: `LimitNOFILE=${limit.value} lets the broker open only ${soft} files; with its segments, indexes and connections it fails with "Too many open files". Set LimitNOFILE=${MINIMUM} or more.` });
    }
  },
});
