import { ruleTester } from '../../test/rule-tester.js';
import rule from './obsolete-flags.js';

ruleTester(rule, {
  valid: [
    { name: "G1 ok", file: "kafka-env.sh", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Xlog:gc*\"\n" },
  ],
  invalid: [
    {
      name: "CMS on 17", file: "kafka-env.sh", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-server -XX:+UseConcMarkSweepGC -XX:+UseG1GC\"\n",
      findings: [
        { line: 1, severity: "error", message: "KAFKA_JVM_PERFORMANCE_OPTS passes -XX:+UseConcMarkSweepGC (the CMS collector), which Java 17 (assumed for Kafka 4.4; set the rule option javaVersion if yours differs) no longer accepts: the JVM stops with \"Unrecognized VM option\" and the broker does not start. Instead, use G1 (-XX:+UseG1GC, the default) and remove the CMS flags." },
      ],
    },
    {
      name: "PermSize on 3.9", file: "kafka-env.sh", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-XX:MaxPermSize=128m\"\n", options: {"kafkaVersion":"3.9"},
      findings: [
        { line: 1, severity: "warning", message: "KAFKA_JVM_PERFORMANCE_OPTS passes -XX:MaxPermSize=128m (PermGen sizing), which Java 11 (assumed for Kafka 3.9; set the rule option javaVersion if yours differs) ignores with a warning, so it has no effect (later Java versions refuse to start with it). Instead, remove it (Metaspace replaced PermGen; size it with -XX:MaxMetaspaceSize if needed)." },
      ],
    },
    {
      name: "d64 java.env", file: "java.env", text: "export JVMFLAGS=\"-d64 -Xmx512m\"\n", options: {"rules":{"jvm/obsolete-flags":["error",{"javaVersion":11}]}},
      findings: [
        { line: 1, severity: "error", message: "JVMFLAGS passes -d64 (-d32/-d64), which Java 11 no longer accepts: the JVM stops with \"Unrecognized VM option\" and the ZooKeeper server does not start. Instead, remove it (every current JVM is 64-bit)." },
      ],
    },
    {
      name: "PrintGCDateStamps in gc log opts", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nEnvironment=\"KAFKA_GC_LOG_OPTS=-XX:+PrintGCDetails -XX:+PrintGCDateStamps\"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { line: 5, severity: "error", message: "KAFKA_GC_LOG_OPTS passes -XX:+PrintGCDateStamps (the pre-Java 9 GC logging flags), which Java 17 (assumed for Kafka 4.4; set the rule option javaVersion if yours differs) no longer accepts: the JVM stops with \"Unrecognized VM option\" and the broker does not start. Instead, use unified logging, e.g. -Xlog:gc*:file=/var/log/kafka/gc.log:time,tags:filecount=10,filesize=100M (Kafka's KAFKA_GC_LOG_OPTS does this)." },
      ],
    },
  ],
});
