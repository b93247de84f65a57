import { ruleTester } from '../../test/rule-tester.js';
import rule from './restart-policy.js';

ruleTester(rule, {
  defaultFile: "kafka.service",
  valid: [
    { name: "on-failure", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nRestart=on-failure\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "repeated, last wins", text: "[Unit]\nDescription=Kafka\n\n[Service]\nRestart=no\nRestart=always\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
  ],
  invalid: [
    { name: "missing", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "not-set", line: 6, column: 1, severity: "warning",
          message: "The unit sets no Restart=, so systemd does not restart the broker after a crash; it stays down until someone starts it. Add Restart=on-failure and RestartSec=10." },
      ],
    },
    { name: "no", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nRestart=no\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "never-on-crash", line: 6, column: 9, severity: "warning",
          message: "Restart=no does not restart the broker after a crash; it stays down until someone starts it. Use Restart=on-failure with RestartSec=10." },
      ],
    },
    { name: "on-abnormal", file: "zookeeper.service", text: "[Unit]\nDescription=ZooKeeper\n\n[Service]\nUser=zookeeper\nRestart=on-abnormal\nExecStart=/opt/zookeeper/bin/zkServer.sh start-foreground\n",
      findings: [
        { messageId: "not-on-error-exit", line: 6, column: 9, severity: "warning",
          message: "Restart=on-abnormal does not restart ZooKeeper when it exits with an error status (how Kafka and ZooKeeper stop on fatal errors); it stays down until someone starts it. Use Restart=on-failure with RestartSec=10." },
      ],
    },
  ],
});
