import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { execStarts, serviceSetting } from '../../src/deploy/systemd.js';

export default defineRule({
  meta: {
    id: 'systemd/restart-policy',
    severity: 'warning',
    category: 'outage-risk',
    fileKinds: ['systemd'],
    description: 'A Kafka or ZooKeeper unit is not restarted after it fails (Restart= missing, no, on-success, on-abort or on-abnormal).',
    rationale:
      'Restart= defaults to no: after a crash or an OutOfMemoryError exit the broker stays down until someone notices, and the cluster runs with fewer replicas (or ZooKeeper with fewer votes) meanwhile. Kafka and ZooKeeper exit with a non-zero status on fatal errors, which on-abort and on-abnormal do not cover (they restart only on signals, timeouts and watchdog).',
    fix: 'Set Restart=on-failure (or always) with a delay, e.g. Restart=on-failure and RestartSec=10.',
    references: [
      { title: 'systemd.service(5): Restart=', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=' },
    ],
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nRestart=no\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nRestart=on-failure\nRestartSec=10\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
    },
  },
  check(ctx) {
    for (const unit of deploymentsOf(ctx.cluster, 'systemd')) {
      const start = execStarts(unit)[0];
      if (!start) continue;
      const program = unit.role === 'zookeeper' ? 'ZooKeeper' : unit.role === 'kafka' ? 'the broker' : 'the service';
      const restart = serviceSetting(unit, 'Restart');
      if (!restart) {
        ctx.report({ file: unit.file, span: start.keySpan, message: `The unit sets no Restart=, so systemd does not restart ${program} after a crash; it stays down until someone starts it. Add Restart=on-failure and RestartSec=10.` });
      } else if (/^(no|on-success|on-abort|on-abnormal|on-watchdog)$/.test(restart.value)) {
        const why = restart.value === 'no' || restart.value === 'on-success' ? 'after a crash' : 'when it exits with an error status (how Kafka and ZooKeeper stop on fatal errors)';
        ctx.report({ file: unit.file, span: restart.valueSpan, message: `Restart=${restart.value} does not restart ${program} ${why}; it stays down until someone starts it. Use Restart=on-failure with RestartSec=10.` });
      }
    }
  },
});
