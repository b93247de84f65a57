import { defineRule } from '../../src/engine/rule.js';
import { jvmNodes, systemProperty } from '../../src/deploy/jvm.js';

export default defineRule({
  meta: {
    id: 'jvm/jmx-unauthenticated',
    severity: 'warning',
    category: 'security',
    fileKinds: ['broker', 'zookeeper', 'compose', 'systemd', 'env', 'strimzi'],
    description: 'Remote JMX is enabled with authentication or SSL turned off.',
    rationale:
      'With com.sun.management.jmxremote.port set, anyone who reaches the port can use JMX; with authenticate=false they need no password, and with ssl=false the traffic is clear text. JMX can invoke MBean operations and, through MLet and similar paths, run code in the broker. Kafka\'s kafka-run-class.sh (3.9 to 4.3) turns JMX_PORT into a remote port with authenticate=false and ssl=false unless KAFKA_JMX_OPTS is set; the cp-kafka and apache/kafka images do the same for KAFKA_JMX_PORT, and zkServer.sh for JMXPORT.',
    fix: 'Bind JMX to localhost or a management network only, or turn on authentication and SSL: -Dcom.sun.management.jmxremote.authenticate=true with a password and access file, -Dcom.sun.management.jmxremote.ssl=true. For metrics, a Prometheus JMX exporter agent avoids opening remote JMX at all.',
    references: [
      { title: 'Kafka 4.3.1 bin/kafka-run-class.sh (JMX_PORT, KAFKA_JMX_OPTS default)', url: 'https://github.com/apache/kafka/blob/4.3.1/bin/kafka-run-class.sh' },
      { title: 'Java 17 Monitoring and Management Guide: remote monitoring', url: 'https://docs.oracle.com/en/java/javase/17/management/monitoring-and-management-using-jmx-technology.html' },
    ],
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
      const off = [auth?.value === 'false' ? 'authentication' : undefined, ssl?.value === 'false' ? 'SSL' : undefined].filter((x) => x !== undefined);
      if (off.length === 0) continue;
      const flag = (auth?.value === 'false' ? auth : ssl)?.flag ?? port.flag;
      const fromScript = flag.variable === port.flag.variable && /PORT$/.test(flag.variable);
      ctx.report({
        entry: flag.entry,
        message: `Remote JMX is open on port ${port.value} with ${off.join(' and ')} off${fromScript ? ` (the start script's default for ${flag.variable})` : ''}: ${auth?.value === 'false' ? `anyone who reaches the port can read and change the ${node.role === 'kafka' ? 'broker' : 'ZooKeeper server'}'s MBeans without a password` : 'the JMX traffic, passwords included, crosses the network unencrypted'}. Turn on authentication and SSL, or bind JMX to localhost.`,
      });
    }
  },
});
