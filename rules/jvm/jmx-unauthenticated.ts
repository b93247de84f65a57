import { defineRule } from '../../src/engine/rule.js';
import { jvmNodes, systemProperty } from '../../src/deploy/jvm.js';

export default defineRule({
  meta: {
    id: 'jvm/jmx-unauthenticated',
    category: 'security',
    fileKinds: ['broker', 'zookeeper', 'compose', 'systemd', 'env', 'strimzi'],
    description: 'Remote JMX is enabled with authentication or SSL turned off.',
    rationale:
      'With com.sun.management.jmxremote.port set, anyone who reaches the port can use JMX; with authenticate=false they need no password, and with ssl=false the traffic is clear text. JMX can invoke MBean operations and, through MLet and similar paths, run code in the broker. Kafka\'s kafka-run-class.sh (3.9 to 4.3) turns JMX_PORT into a remote port with authenticate=false and ssl=false unless KAFKA_JMX_OPTS is set; the cp-kafka and apache/kafka images do the same for KAFKA_JMX_PORT, and zkServer.sh for JMXPORT (JMXAUTH and JMXSSL default to false).',
    fix: 'Bind JMX to localhost or a management network only, or turn on authentication and SSL: -Dcom.sun.management.jmxremote.authenticate=true with a password and access file, -Dcom.sun.management.jmxremote.ssl=true. For metrics, a Prometheus JMX exporter agent avoids opening remote JMX at all.',
    references: [
      { title: 'Kafka 4.3.1 bin/kafka-run-class.sh (JMX_PORT, KAFKA_JMX_OPTS default)', url: 'https://github.com/apache/kafka/blob/4.3.1/bin/kafka-run-class.sh' },
      { title: 'ZooKeeper 3.8 bin/zkServer.sh (JMXPORT, JMXAUTH, JMXSSL)', url: 'https://github.com/apache/zookeeper/blob/branch-3.8/bin/zkServer.sh' },
      { title: 'Java 17 Monitoring and Management Guide: remote monitoring', url: 'https://docs.oracle.com/en/java/javase/17/management/monitoring-and-management-using-jmx-technology.html' },
    ],
    messages: {
      'script-default': {
        severity: 'warning',
        text: "Remote JMX is open on port {{port}} with authentication and SSL off, the start script's default for {{variable}}: anyone who reaches the port can read and change the {{program}}'s MBeans without a password. Turn on authentication and SSL in the JMX options, or bind JMX to localhost.",
      },
      'auth-off': {
        severity: 'warning',
        text: "Remote JMX is open on port {{port}} with authentication off: anyone who reaches the port can read and change the {{program}}'s MBeans without a password. Turn on authentication and SSL, or bind JMX to localhost.",
      },
      'ssl-off': {
        severity: 'warning',
        text: 'Remote JMX is open on port {{port}} with SSL off: the JMX traffic, passwords included, crosses the network unencrypted. Turn on SSL, or bind JMX to localhost.',
      },
    },
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nEnvironment=JMX_PORT=9999\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\nRestart=on-failure\nLimitNOFILE=100000\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nEnvironment="KAFKA_OPTS=-javaagent:/opt/jmx_exporter.jar=7071:/etc/kafka/jmx.yml"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\nRestart=on-failure\nLimitNOFILE=100000\n' }],
    },
  },
  check(ctx) {
    for (const node of jvmNodes(ctx.cluster)) {
      const port = systemProperty(node.jvm, 'com.sun.management.jmxremote.port');
      if (!port) continue;
      const auth = systemProperty(node.jvm, 'com.sun.management.jmxremote.authenticate');
      const ssl = systemProperty(node.jvm, 'com.sun.management.jmxremote.ssl');
      const program = node.role === 'kafka' ? 'broker' : 'ZooKeeper server';
      const data = { port: port.value, program };
      if (auth?.value === 'false') {
        const fromScript = auth.flag.variable === port.flag.variable && /PORT$/.test(auth.flag.variable) && ssl?.value === 'false';
        if (fromScript) ctx.report({ entry: auth.flag.entry, messageId: 'script-default', data: { ...data, variable: auth.flag.variable } });
        else ctx.report({ entry: auth.flag.entry, messageId: 'auth-off', data });
      } else if (ssl?.value === 'false') {
        ctx.report({ entry: ssl.flag.entry, messageId: 'ssl-off', data });
      }
    }
  },
});
