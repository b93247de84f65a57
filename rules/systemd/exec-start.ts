import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { execStarts, serviceSetting } from '../../src/deploy/systemd.js';

/** A command line's words, split on blanks (word by word, so a long line takes linear time). */
const wordsOf = (command: string): string[] => command.split(/\s+/).filter((w) => w !== '');

/** The index of ZooKeeper's zkServer.sh among the words, or -1. */
const zkServerAt = (words: readonly string[]): number => words.findIndex((w) => w.endsWith('zkServer.sh'));

/** Start commands that fork into the background and return: `... -daemon`, `zkServer.sh start`. */
function daemonizes(command: string): boolean {
  const words = wordsOf(command);
  const zk = zkServerAt(words);
  return words.indexOf('-daemon') > 0 || (zk >= 0 && words.indexOf('start', zk + 1) > zk);
}

/** The foreground forms of the same scripts: kafka-server-start.sh without -daemon, zkServer.sh start-foreground. */
function runsInForeground(command: string): boolean {
  const words = wordsOf(command);
  const script = words.findIndex((w, i) => i < words.length - 1 && /(kafka|zookeeper)-server-start(\.sh)?$/.test(w));
  const zk = zkServerAt(words);
  return (script >= 0 && words.indexOf('-daemon', script + 1) < 0) || (zk >= 0 && words.findIndex((w, i) => i > zk && w.startsWith('start-foreground')) > zk);
}

export default defineRule({
  meta: {
    id: 'systemd/exec-start',
    category: 'startup-failure',
    fileKinds: ['systemd'],
    description: 'A unit has no ExecStart=, more than one, or a Type= that does not match whether the start command forks into the background.',
    rationale:
      'systemd refuses a service without ExecStart=, and one with more than one ExecStart= unless Type=oneshot ("Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing."; an empty ExecStart= resets the list). With Type=simple (the default) systemd treats the ExecStart process as the service: a command that daemonizes and returns (kafka-server-start.sh -daemon, zkServer.sh start) makes systemd consider the service stopped and kill what is left in its cgroup, so the broker dies right after it starts. The reverse, Type=forking around a command that stays in the foreground, makes systemd wait for a fork that never comes and kill the service when TimeoutStartSec= expires.',
    fix: 'Run the script in the foreground with Type=simple and one ExecStart=: ExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties, or zkServer.sh start-foreground. (Keep Type=forking only together with -daemon or zkServer.sh start and a PIDFile=.)',
    references: [
      { title: 'systemd.service(5): Type=, ExecStart=', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=' },
      { title: 'systemd src/core/service.c, service_verify() ("Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.", "Service has more than one ExecStart= setting ... Refusing.")', url: 'https://github.com/systemd/systemd/blob/main/src/core/service.c' },
      { title: 'Kafka 4.3.1 bin/kafka-run-class.sh (-daemon runs the broker with nohup in the background)', url: 'https://github.com/apache/kafka/blob/4.3.1/bin/kafka-run-class.sh' },
    ],
    messages: {
      missing: {
        severity: 'error',
        text: 'The [Service] section has no ExecStart= in effect, so systemd refuses to start the unit ("Service has no ExecStart= ... Refusing."). Add ExecStart= with the start command on a line of its own.',
      },
      'more-than-one': {
        severity: 'error',
        text: 'This is ExecStart= number {{count}} in effect while Type={{type}}: systemd refuses the unit ("Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing."). Keep one ExecStart=, or write an empty ExecStart= before it to replace the earlier one.',
      },
      'daemon-under-simple': {
        severity: 'error',
        text: 'Type={{type}} runs a start command that forks into the background and returns, so systemd considers the service stopped and kills what is left: the {{program}} dies right after starting. Run it in the foreground (drop -daemon, or use zkServer.sh start-foreground).',
      },
      'foreground-under-forking': {
        severity: 'error',
        text: 'Type=forking runs a start command that stays in the foreground, so systemd waits for a fork that never comes and kills the {{program}} when TimeoutStartSec= expires. Use Type=simple with this command.',
      },
    },
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nType=simple\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nType=simple\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
    },
  },
  check(ctx) {
    for (const unit of deploymentsOf(ctx.cluster, 'systemd')) {
      const service = unit.directives.filter((d) => d.section === 'Service');
      const first = service[0];
      if (!first) continue;
      const type = serviceSetting(unit, 'Type');
      const kind = type?.value ?? 'simple';
      const starts = execStarts(unit);
      const start = starts[0];
      const program = unit.role === 'zookeeper' ? 'ZooKeeper server' : 'broker';
      if (!start) {
        if (kind !== 'oneshot') ctx.report({ messageId: 'missing', file: unit.file, span: first.keySpan });
        continue;
      }
      if (kind !== 'oneshot') {
        starts.slice(1).forEach((d, i) => ctx.report({ messageId: 'more-than-one', data: { count: i + 2, type: type ? kind : `${kind} (the default)` }, file: unit.file, span: d.keySpan }));
      }
      const remain = /^(yes|true|on|1)$/i.test(serviceSetting(unit, 'RemainAfterExit')?.value ?? '');
      if ((kind === 'simple' || kind === 'exec') && daemonizes(start.value) && !remain) {
        ctx.report({ messageId: 'daemon-under-simple', data: { type: type ? kind : `${kind} (the default)`, program }, file: unit.file, span: start.valueSpan });
      } else if (kind === 'forking' && runsInForeground(start.value)) {
        ctx.report({ messageId: 'foreground-under-forking', data: { program }, file: unit.file, span: start.valueSpan });
      }
    }
  },
});
