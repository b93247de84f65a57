import { ruleTester } from '../../test/rule-tester.js';
import rule from './exec-start.js';

ruleTester(rule, {
  valid: [
    { name: "forking + -daemon", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=forking\nExecStart=/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties\n" },
    { name: "continuation", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=simple\nExecStart=/opt/kafka/bin/kafka-server-start.sh \\\n    /opt/kafka/config/server.properties\n" },
    { name: "reset then start-foreground", file: "zookeeper.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nExecStart=/opt/zookeeper/bin/zkServer.sh start\nExecStart=\nExecStart=/opt/zookeeper/bin/zkServer.sh start-foreground\n" },
  ],
  invalid: [
    {
      name: "no ExecStart", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\n# ExecStart=/opt/kafka/bin/kafka-server-start.sh\n",
      findings: [
        { line: 5, severity: "error", message: "The [Service] section has no ExecStart= in effect, so systemd refuses to start the unit (\"Service has no ExecStart= ... Refusing.\"). Add ExecStart= with the start command on a line of its own." },
      ],
    },
    {
      name: "simple + -daemon", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=simple\nExecStart=/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties\n",
      findings: [
        { line: 6, severity: "error", message: "Type=simple runs a start command that forks into the background and returns, so systemd considers the service stopped and kills what is left: the broker dies right after starting. Run it in the foreground (drop -daemon, or use zkServer.sh start-foreground)." },
      ],
    },
    {
      name: "default type + zkServer.sh start", file: "zookeeper.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nExecStart=/opt/zookeeper/bin/zkServer.sh start\n",
      findings: [
        { line: 5, severity: "error", message: "Type=simple (the default) runs a start command that forks into the background and returns, so systemd considers the service stopped and kills what is left: the ZooKeeper server dies right after starting. Run it in the foreground (drop -daemon, or use zkServer.sh start-foreground)." },
      ],
    },
    {
      name: "forking + foreground", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=forking\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 6, severity: "error", message: "Type=forking runs a start command that stays in the foreground, so systemd waits for a fork that never comes and kills the broker when TimeoutStartSec= expires. Use Type=simple with this command." },
      ],
    },
  ],
});
