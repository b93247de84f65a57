import { ruleTester } from '../../test/rule-tester.js';
import rule from './jmx-unauthenticated.js';

ruleTester(rule, {
  defaultFile: "kafka-env.sh",
  valid: [
    { name: "JMX_PORT with own KAFKA_JMX_OPTS", text: "export JMX_PORT=9999\nexport KAFKA_JMX_OPTS=\"-Dcom.sun.management.jmxremote.authenticate=true -Dcom.sun.management.jmxremote.ssl=true -Dcom.sun.management.config.file=/etc/kafka/jmx.properties\"\n" },
    { name: "local only", text: "export KAFKA_JMX_OPTS=\"-Dcom.sun.management.jmxremote\"\n" },
  ],
  invalid: [
    { name: "JMX_PORT in unit", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nEnvironment=JMX_PORT=9999\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "script-default", line: 5, column: 13, severity: "warning",
          message: "Remote JMX is open on port 9999 with authentication and SSL off, the start script's default for JMX_PORT: anyone who reaches the port can read and change the broker's MBeans without a password. Turn on authentication and SSL in the JMX options, or bind JMX to localhost." },
      ],
    },
    { name: "explicit flags, SSL off", text: "export KAFKA_JMX_OPTS=\"-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.port=9999 -Dcom.sun.management.jmxremote.authenticate=true -Dcom.sun.management.jmxremote.ssl=false\"\n",
      findings: [
        { messageId: "ssl-off", line: 1, column: 8, severity: "warning",
          message: "Remote JMX is open on port 9999 with SSL off: the JMX traffic, passwords included, crosses the network unencrypted. Turn on SSL, or bind JMX to localhost." },
      ],
    },
    { name: "explicit flags, authentication off", text: "export KAFKA_JMX_OPTS=\"-Dcom.sun.management.jmxremote.port=9999 -Dcom.sun.management.jmxremote.authenticate=false\"\n",
      findings: [
        { messageId: "auth-off", line: 1, column: 8, severity: "warning",
          message: "Remote JMX is open on port 9999 with authentication off: anyone who reaches the port can read and change the broker's MBeans without a password. Turn on authentication and SSL, or bind JMX to localhost." },
      ],
    },
    { name: "compose KAFKA_JMX_PORT", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_JMX_PORT: 9101\n      KAFKA_JMX_HOSTNAME: localhost\n",
      findings: [
        { messageId: "script-default", line: 5, column: 7, severity: "warning",
          message: "Remote JMX is open on port 9101 with authentication and SSL off, the start script's default for KAFKA_JMX_PORT: anyone who reaches the port can read and change the broker's MBeans without a password. Turn on authentication and SSL in the JMX options, or bind JMX to localhost." },
      ],
    },
    { name: "zkServer JMXPORT", file: "java.env", text: "JMXPORT=9010\n",
      findings: [
        { messageId: "script-default", line: 1, column: 1, severity: "warning",
          message: "Remote JMX is open on port 9010 with authentication and SSL off, the start script's default for JMXPORT: anyone who reaches the port can read and change the ZooKeeper server's MBeans without a password. Turn on authentication and SSL in the JMX options, or bind JMX to localhost." },
      ],
    },
  ],
});
