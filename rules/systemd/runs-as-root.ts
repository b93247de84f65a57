import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { serviceSetting } from '../../src/deploy/systemd.js';

export default defineRule({
  meta: {
    id: 'systemd/runs-as-root',
    severity: 'warning',
    category: 'security',
    fileKinds: ['systemd'],
    description: 'A Kafka or ZooKeeper unit runs as root (User= missing, root or 0).',
    rationale:
      'A system unit without User= runs as root. Kafka and ZooKeeper need no privileges (their ports are above 1024): as root, any flaw in the broker, a plugin or a JMX endpoint becomes a root compromise, and files created in the data directories belong to root, so a later switch to a service user fails with permission errors.',
    fix: 'Create a service user and run the unit as it: User=kafka and Group=kafka (chown the log and data directories), or DynamicUser=yes.',
    references: [
      { title: 'systemd.exec(5): User=, DynamicUser=', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#User=' },
    ],
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nUser=root\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
    },
  },
  check(ctx) {
    for (const unit of deploymentsOf(ctx.cluster, 'systemd')) {
      const service = unit.directives.filter((d) => d.section === 'Service');
      if (service.length === 0 || /^(yes|true|on|1)$/i.test(serviceSetting(unit, 'DynamicUser')?.value ?? '')) continue;
      const user = serviceSetting(unit, 'User');
      const program = unit.role === 'zookeeper' ? 'ZooKeeper' : unit.role === 'kafka' ? 'Kafka' : 'this service';
      if (user && user.value !== 'root' && user.value !== '0') continue;
      if (user) {
        ctx.report({ file: unit.file, span: user.valueSpan, message: `User=${user.value} runs ${program} as root: a flaw in it becomes a root compromise, and its data files end up owned by root. Run it as a service user (User=${unit.role ?? 'kafka'}, Group=${unit.role ?? 'kafka'}).` });
      } else {
        const anchor = service[0]!;
        ctx.report({ file: unit.file, span: anchor.keySpan, message: `The [Service] section sets no User=, so systemd runs ${program} as root: a flaw in it becomes a root compromise, and its data files end up owned by root. Add User=${unit.role ?? 'kafka'} and Group=${unit.role ?? 'kafka'}.` });
      }
    }
  },
});
