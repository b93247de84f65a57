import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { execStarts, serviceSetting } from '../../src/deploy/systemd.js';

/** Start commands that fork into the background and return; and the foreground forms of the same scripts. */
const DAEMONIZES = /\s-daemon(\s|$)|zkServer\.sh\s+(\S+\s+)*start(\s|$)/;
const FOREGROUND = /(kafka|zookeeper)-server-start(\.sh)?\s(?!(.*\s)?-daemon(\s|$))|zkServer\.sh\s+(\S+\s+)*start-foreground/;

export default defineRule({
  meta: {
    id: 'systemd/exec-start',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['systemd'],
    description: 'A unit has no ExecStart=, or its Type= does not match whether the start command forks into the background.',
    rationale:
      'systemd refuses a service without ExecStart=. With Type=simple (the default) systemd treats the ExecStart process as the service: a command that daemonizes and returns (kafka-server-start.sh -daemon, zkServer.sh start) makes systemd consider the service stopped and kill what is left in its cgroup, so the broker dies right after it starts. The reverse, Type=forking around a command that stays in the foreground, makes systemd wait for a fork that never comes and kill the service when TimeoutStartSec= expires.',
    fix: 'Run the script in the foreground with Type=simple: ExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties, or zkServer.sh start-foreground. (Keep Type=forking only together with -daemon or zkServer.sh start and a PIDFile=.)',
    references: [
      { title: 'systemd.service(5): Type=, ExecStart=', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=' },
      { title: 'Kafka 4.3.1 bin/kafka-run-class.sh (-daemon runs the broker with nohup in the background)', url: 'https://github.com/apache/kafka/blob/4.3.1/bin/kafka-run-class.sh' },
    ],
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nType=simple\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nType=simple\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
    },
  },
  check(ctx) {
    for (const unit of deploymentsOf(ctx.cluster, 'systemd')) {
      const service = unit.directives.filter((d) => d.section === 'Service');
      if (service.length === 0) continue;
      const type = serviceSetting(unit, 'Type');
      const start = execStarts(unit)[0];
      if (!start) {
        if (type?.value === 'oneshot') continue;
        ctx.report({ file: unit.file, span: service[0]!.keySpan, message: 'The [Service] section has no ExecStart= in effect, so systemd refuses to start the unit ("Service has no ExecStart= ... Refusing."). Add ExecStart= with the start command on a line of its own.' });
        continue;
      }
      const kind = type?.value ?? 'simple';
      const remain = /^(yes|true|on|1)$/i.test(serviceSetting(unit, 'RemainAfterExit')?.value ?? '');
      if ((kind === 'simple' || kind === 'exec') && DAEMONIZES.test(start.value) && !remain) {
        ctx.report({ file: unit.file, span: start.valueSpan, message: `Type=${kind}${type ? '' : ' (the default)'} runs a start command that forks into the background and returns, so systemd considers the service stopped and kills what is left: the ${unit.role === 'zookeeper' ? 'ZooKeeper server' : 'broker'} dies right after starting. Run it in the foreground (drop -daemon, or use zkServer.sh start-foreground).` });
      } else if (kind === 'forking' && FOREGROUND.test(start.value)) {
        ctx.report({ file: unit.file, span: start.valueSpan, message: `Type=forking runs a start command that stays in the foreground, so systemd waits for a fork that never comes and kills the ${unit.role === 'zookeeper' ? 'ZooKeeper server' : 'broker'} when TimeoutStartSec= expires. Use Type=simple with this command.` });
      }
    }
  },
});
