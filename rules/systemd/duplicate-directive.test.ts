import { ruleTester } from '../../test/rule-tester.js';
import rule from './duplicate-directive.js';

ruleTester(rule, {
  defaultFile: "kafka.service",
  valid: [
    { name: "list directives add up", text: "[Service]\nEnvironment=KAFKA_HEAP_OPTS=-Xmx4g\nEnvironment=JMX_PORT=9999\nExecStartPre=/bin/true\nExecStartPre=/bin/true\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "a reset in between", text: "[Service]\nRestart=no\nRestart=\nRestart=on-failure\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "the same value twice", text: "[Service]\nUser=kafka\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
    { name: "the same key in two sections", text: "[Unit]\nDescription=Kafka\n[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n[Install]\nWantedBy=multi-user.target\n" },
  ],
  invalid: [
    { name: "Restart twice: the first was meant", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nRestart=on-failure\nRestartSec=10\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\nRestart=no\n",
      findings: [
        { messageId: "overridden", line: 6, column: 1, severity: "warning",
          message: "Restart=on-failure is set again on line 9 (Restart=no): systemd keeps only the last value, so this line has no effect. Keep one Restart= line, with the value you mean." },
      ],
    },
    { name: "three LimitNOFILE lines", text: "[Service]\nLimitNOFILE=100000\nLimitNOFILE=200000\nUser=kafka\nLimitNOFILE=4096\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "overridden", line: 2, column: 1, severity: "warning",
          message: "LimitNOFILE=100000 is set again on line 5 (LimitNOFILE=4096): systemd keeps only the last value, so this line has no effect. Keep one LimitNOFILE= line, with the value you mean." },
        { messageId: "overridden", line: 3, column: 1, severity: "warning",
          message: "LimitNOFILE=200000 is set again on line 5 (LimitNOFILE=4096): systemd keeps only the last value, so this line has no effect. Keep one LimitNOFILE= line, with the value you mean." },
      ],
    },
  ],
});
