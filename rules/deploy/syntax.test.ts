import { ruleTester } from '../../test/rule-tester.js';
import rule from './syntax.js';

ruleTester(rule, {
  valid: [
    { name: "clean", file: "docker-compose.yml", text: "services:\n  zk:\n    image: zookeeper:3.8\n" },
  ],
  invalid: [
    {
      name: "tabs", file: "docker-compose.yml", text: "services:\n\tzk:\n\t\timage: zookeeper:3.8\n",
      findings: [
        { line: 2, severity: "error", message: "Compose refuses this file: YAML does not allow tabs for indentation. Indent with spaces; kafka-lint read it as if the tabs were spaces." },
      ],
    },
    {
      name: "unit line without =", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\n~\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 6, severity: "warning", message: "systemd ignores this line: it has no '=' (it logs \"Missing '='\"). Remove it or write Key=value." },
      ],
    },
  ],
});
