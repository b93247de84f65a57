import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { serviceSetting } from '../../src/deploy/systemd.js';

export default defineRule({
  meta: {
    id: 'systemd/runs-as-root',
    category: 'security',
    fileKinds: ['systemd'],
    description: 'A Kafka or ZooKeeper unit runs as root (User= missing, root or 0).',
    rationale:
      'A system unit without User= runs as root. Kafka and ZooKeeper need no privileges (their ports are above 1024): as root, any flaw in the broker, a plugin or a JMX endpoint becomes a root compromise, and files created in the data directories belong to root, so a later switch to a service user fails with permission errors.',
    fix: 'Create a service user and run the unit as it: User=kafka and Group=kafka (chown the log and data directories), or DynamicUser=yes.',
    references: [
      { title: 'systemd.exec(5): User=, DynamicUser= (without User=, system services run as root)', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#User=' },
    ],
    messages: {
      'root-user': {
        severity: 'warning',
        text: 'User={{user}} runs {{program}} as root: a flaw in it becomes a root compromise, and its data files end up owned by root. Run it as a service user (User={{suggested}}, Group={{suggested}}).',
      },
      'no-user': {
        severity: 'warning',
        text: 'The [Service] section sets no User=, so systemd runs {{program}} as root: a flaw in it becomes a root compromise, and its data files end up owned by root. Add User={{suggested}} and Group={{suggested}}.',
      },
    },
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nUser=root\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
    },
  },
  check(ctx) {
    for (const unit of deploymentsOf(ctx.cluster, 'systemd')) {
      const first = unit.directives.find((d) => d.section === 'Service');
      if (!first || /^(yes|true|on|1)$/i.test(serviceSetting(unit, 'DynamicUser')?.value ?? '')) continue;
      const user = serviceSetting(unit, 'User');
      if (user && user.value !== 'root' && user.value !== '0') continue;
      const data = { program: unit.role === 'zookeeper' ? 'ZooKeeper' : unit.role === 'kafka' ? 'Kafka' : 'this service', suggested: unit.role ?? 'kafka' };
      if (user) ctx.report({ messageId: 'root-user', data: { ...data, user: user.value }, file: unit.file, span: user.valueSpan });
      else ctx.report({ messageId: 'no-user', data, file: unit.file, span: first.keySpan });
    }
  },
});
