import { ruleTester } from '../../test/rule-tester.js';
import rule from './exec-start.js';

ruleTester(rule, {
  defaultFile: "kafka.service",
  valid: [
    { name: "forking + -daemon", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=forking\nExecStart=/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties\n" },
    { name: "continuation", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=simple\nExecStart=/opt/kafka/bin/kafka-server-start.sh \\\n    /opt/kafka/config/server.properties\n" },
    { name: "reset then start-foreground", file: "zookeeper.service", text: "[Unit]\nDescription=ZooKeeper\n\n[Service]\nExecStart=/opt/zookeeper/bin/zkServer.sh start\nExecStart=\nExecStart=/opt/zookeeper/bin/zkServer.sh start-foreground\n" },
    { name: "oneshot with two commands", text: "[Service]\nType=oneshot\nExecStart=/bin/mkdir -p /data/kafka\nExecStart=/bin/chown kafka /data/kafka\n" },
  ],
  invalid: [
    { name: "no ExecStart", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\n# ExecStart=/opt/kafka/bin/kafka-server-start.sh\n",
      findings: [
        { messageId: "missing", line: 5, column: 1, severity: "error",
          message: "The [Service] section has no ExecStart= in effect, so systemd refuses to start the unit (\"Service has no ExecStart= ... Refusing.\"). Add ExecStart= with the start command on a line of its own." },
      ],
    },
    { name: "two ExecStart without a reset", text: "[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\nExecStart=/opt/kafka/bin/kafka-server-start.sh /etc/kafka/server.properties\n",
      findings: [
        { messageId: "more-than-one", line: 4, column: 1, severity: "error",
          message: "This is ExecStart= number 2 in effect while Type=simple (the default): systemd refuses the unit (\"Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.\"). Keep one ExecStart=, or write an empty ExecStart= before it to replace the earlier one." },
      ],
    },
    { name: "simple + -daemon", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=simple\nExecStart=/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "daemon-under-simple", line: 6, column: 11, severity: "error",
          message: "Type=simple runs a start command that forks into the background and returns, so systemd considers the service stopped and kills what is left: the broker dies right after starting. Run it in the foreground (drop -daemon, or use zkServer.sh start-foreground)." },
      ],
    },
    { name: "default type + zkServer.sh start", file: "zookeeper.service", text: "[Unit]\nDescription=ZooKeeper\n\n[Service]\nExecStart=/opt/zookeeper/bin/zkServer.sh start\n",
      findings: [
        { messageId: "daemon-under-simple", line: 5, column: 11, severity: "error",
          message: "Type=simple (the default) runs a start command that forks into the background and returns, so systemd considers the service stopped and kills what is left: the ZooKeeper server dies right after starting. Run it in the foreground (drop -daemon, or use zkServer.sh start-foreground)." },
      ],
    },
    { name: "forking + foreground", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=forking\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "foreground-under-forking", line: 6, column: 11, severity: "error",
          message: "Type=forking runs a start command that stays in the foreground, so systemd waits for a fork that never comes and kills the broker when TimeoutStartSec= expires. Use Type=simple with this command." },
      ],
    },
  ],
});
