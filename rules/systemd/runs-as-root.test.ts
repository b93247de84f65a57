import { ruleTester } from '../../test/rule-tester.js';
import rule from './runs-as-root.js';

ruleTester(rule, {
  defaultFile: "kafka.service",
  valid: [
    { name: "User=kafka", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "DynamicUser", text: "[Unit]\nDescription=Kafka\n\n[Service]\nDynamicUser=yes\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "reset then zookeeper", file: "zookeeper.service", text: "[Unit]\nDescription=ZooKeeper\n\n[Service]\nUser=root\nUser=\nUser=zookeeper\nExecStart=/opt/zookeeper/bin/zkServer.sh start-foreground\n" },
  ],
  invalid: [
    { name: "User=root", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=root\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "root-user", line: 5, column: 6, severity: "warning",
          message: "User=root runs Kafka as root: a flaw in it becomes a root compromise, and its data files end up owned by root. Run it as a service user (User=kafka, Group=kafka)." },
      ],
    },
    { name: "no User", text: "[Unit]\nDescription=Kafka\n\n[Service]\nType=simple\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "no-user", line: 5, column: 1, severity: "warning",
          message: "The [Service] section sets no User=, so systemd runs Kafka as root: a flaw in it becomes a root compromise, and its data files end up owned by root. Add User=kafka and Group=kafka." },
      ],
    },
  ],
});
