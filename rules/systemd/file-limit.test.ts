import { ruleTester } from '../../test/rule-tester.js';
import rule from './file-limit.js';

ruleTester(rule, {
  valid: [
    { name: "ok", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=128000\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "infinity", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=infinity\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "zookeeper unit", file: "zookeeper.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nExecStart=/opt/zookeeper/bin/zkServer.sh start-foreground\n" },
  ],
  invalid: [
    {
      name: "missing", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 6, severity: "warning", message: "The unit sets no LimitNOFILE=, so the broker gets systemd's default soft limit of 1024 open files; with its segments, indexes and connections it fails with \"Too many open files\". Add LimitNOFILE=100000." },
      ],
    },
    {
      name: "low", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=65536\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 5, severity: "warning", message: "LimitNOFILE=65536 lets the broker open only 65536 files; with its segments, indexes and connections it fails with \"Too many open files\". Set LimitNOFILE=100000 or more." },
      ],
    },
    {
      name: "soft:hard", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=4096:200000\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 5, severity: "warning", message: "LimitNOFILE=4096:200000 lets the broker open only 4096 files; with its segments, indexes and connections it fails with \"Too many open files\". Set LimitNOFILE=100000 or more." },
      ],
    },
  ],
});
