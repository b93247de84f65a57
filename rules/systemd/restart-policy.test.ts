import { ruleTester } from '../../test/rule-tester.js';
import rule from './restart-policy.js';

ruleTester(rule, {
  valid: [
    { name: "on-failure", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nRestart=on-failure\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "repeated, last wins", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nRestart=no\nRestart=always\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
  ],
  invalid: [
    {
      name: "missing", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 6, severity: "warning", message: "The unit sets no Restart=, so systemd does not restart the broker after a crash; it stays down until someone starts it. Add Restart=on-failure and RestartSec=10." },
      ],
    },
    {
      name: "no", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nRestart=no\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 6, severity: "warning", message: "Restart=no does not restart the broker after a crash; it stays down until someone starts it. Use Restart=on-failure with RestartSec=10." },
      ],
    },
    {
      name: "on-abnormal", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nRestart=on-abnormal\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 6, severity: "warning", message: "Restart=on-abnormal does not restart the broker when it exits with an error status (how Kafka and ZooKeeper stop on fatal errors); it stays down until someone starts it. Use Restart=on-failure with RestartSec=10." },
      ],
    },
  ],
});
