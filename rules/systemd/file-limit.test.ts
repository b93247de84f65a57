import { ruleTester } from '../../test/rule-tester.js';
import rule from './file-limit.js';

ruleTester(rule, {
  defaultFile: "kafka.service",
  valid: [
    { name: "ok", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=128000\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "infinity", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=infinity\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "a low soft limit with a high hard limit: the JVM raises it", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=4096:200000\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "zookeeper unit", file: "zookeeper.service", text: "[Unit]\nDescription=ZooKeeper\n\n[Service]\nExecStart=/opt/zookeeper/bin/zkServer.sh start-foreground\n" },
  ],
  invalid: [
    { name: "missing: systemd default", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "not-set", line: 6, column: 1, severity: "info",
          message: "The unit sets no LimitNOFILE=, so the broker's open-files limit is systemd's default: since systemd 240 a hard limit of 524288, which the JVM raises its soft limit to at start, but older systemd (RHEL 7 ships 219) gives 4096, too few for a broker. Set LimitNOFILE=100000 to be independent of the systemd version." },
      ],
    },
    { name: "one value sets both: low", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=65536\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "low", line: 5, column: 13, severity: "warning",
          message: "LimitNOFILE=65536 lets the broker open at most 65536 files (the JVM raises its soft limit to this hard limit at start); with its segments, indexes and connections it can fail with \"Too many open files\". Set LimitNOFILE=100000 or more." },
      ],
    },
    { name: "low hard limit", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=1024:4096\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "low", line: 5, column: 13, severity: "warning",
          message: "LimitNOFILE=1024:4096 lets the broker open at most 4096 files (the JVM raises its soft limit to this hard limit at start); with its segments, indexes and connections it can fail with \"Too many open files\". Set LimitNOFILE=100000 or more." },
      ],
    },
    { name: "MaxFDLimit off keeps the soft limit", text: "[Unit]\nDescription=Kafka\n\n[Service]\nLimitNOFILE=4096:200000\nEnvironment=\"KAFKA_OPTS=-XX:-MaxFDLimit\"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "low-soft", line: 5, column: 13, severity: "warning",
          message: "LimitNOFILE=4096:200000 with -XX:-MaxFDLimit: the JVM keeps the soft limit, so the broker opens at most 4096 files and can fail with \"Too many open files\". Set LimitNOFILE=100000 or more (one value sets both limits)." },
      ],
    },
  ],
});
