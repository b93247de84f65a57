import { ruleTester } from '../../test/rule-tester.js';
import rule from './obsolete-flags.js';

ruleTester(rule, {
  defaultFile: "kafka-env.sh",
  valid: [
    { name: "G1 ok", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Xlog:gc*\"\n" },
    { name: "CMS on Java 11 still works", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-XX:+UseConcMarkSweepGC\"\n", options: {"javaVersion":11} },
    { name: "CMS on the Java 11 of cp-kafka 7.4", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.4.0\n    environment:\n      KAFKA_JVM_PERFORMANCE_OPTS: -server -XX:+UseConcMarkSweepGC -XX:CMSInitiatingOccupancyFraction=75\n" },
  ],
  invalid: [
    { name: "Java unknown: one warning per file", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-server -XX:+UseConcMarkSweepGC -XX:CMSInitiatingOccupancyFraction=75\"\nexport KAFKA_GC_LOG_OPTS=\"-XX:+PrintGCDateStamps -XX:+UseConcMarkSweepGC\"\n",
      findings: [
        { messageId: "refused-by-some-java", line: 1, column: 8, severity: "warning",
          message: "This file passes JVM flags that newer Java releases refuse: -XX:+UseConcMarkSweepGC (refused from Java 15), -XX:CMSInitiatingOccupancyFraction=75 (refused from Java 15), -XX:+PrintGCDateStamps (refused from Java 9). On those releases the JVM refuses them as unrecognized options and the broker does not start. kafka-lint does not know which Java runs here; state it with --java-version (or \"javaVersion\" in kafka-lint.config.json) to judge them exactly. Instead, use G1 (-XX:+UseG1GC, the default) and remove the CMS flags; use unified logging, e.g. -Xlog:gc*:file=/var/log/kafka/gc.log:time,tags:filecount=10,filesize=100M (Kafka's KAFKA_GC_LOG_OPTS does this)." },
      ],
    },
    { name: "CMS on Java 17", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-server -XX:+UseConcMarkSweepGC -XX:+UseG1GC\"\n", options: {"javaVersion":17},
      findings: [
        { messageId: "refused", line: 1, column: 8, severity: "error",
          message: "KAFKA_JVM_PERFORMANCE_OPTS passes -XX:+UseConcMarkSweepGC (the CMS collector), which Java 17 no longer accepts: the JVM refuses it as an unrecognized option and the broker does not start. Instead, use G1 (-XX:+UseG1GC, the default) and remove the CMS flags." },
      ],
    },
    { name: "CMS on the Java 21 of apache/kafka 3.9", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_JVM_PERFORMANCE_OPTS: -server -XX:+UseConcMarkSweepGC\n",
      findings: [
        { messageId: "refused", line: 6, column: 7, severity: "error",
          message: "KAFKA_JVM_PERFORMANCE_OPTS passes -XX:+UseConcMarkSweepGC (the CMS collector), which Java 21 no longer accepts: the JVM refuses it as an unrecognized option and the broker does not start. Instead, use G1 (-XX:+UseG1GC, the default) and remove the CMS flags." },
      ],
    },
    { name: "CMS ignored on Java 14", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-XX:+UseConcMarkSweepGC\"\n", options: {"javaVersion":14},
      findings: [
        { messageId: "ignored", line: 1, column: 8, severity: "warning",
          message: "KAFKA_JVM_PERFORMANCE_OPTS passes -XX:+UseConcMarkSweepGC (the CMS collector), which Java 14 ignores with a warning, so it has no effect; Java 15 and later refuse to start with it. Instead, use G1 (-XX:+UseG1GC, the default) and remove the CMS flags." },
      ],
    },
    { name: "PermSize ignored on Java 11", text: "export KAFKA_JVM_PERFORMANCE_OPTS=\"-XX:MaxPermSize=128m\"\n", options: {"javaVersion":11},
      findings: [
        { messageId: "ignored", line: 1, column: 8, severity: "warning",
          message: "KAFKA_JVM_PERFORMANCE_OPTS passes -XX:MaxPermSize=128m (PermGen sizing), which Java 11 ignores with a warning, so it has no effect; Java 17 and later refuse to start with it. Instead, remove it (Metaspace replaced PermGen; size it with -XX:MaxMetaspaceSize if needed)." },
      ],
    },
    { name: "d64 for ZooKeeper on Java 11 named by the JDK path", file: "zookeeper.service", text: "[Service]\nEnvironment=JAVA_HOME=/usr/lib/jvm/java-11-openjdk-amd64\nEnvironment=\"JVMFLAGS=-d64 -Xmx512m\"\nExecStart=/opt/zookeeper/bin/zkServer.sh start-foreground\n",
      findings: [
        { messageId: "refused", line: 3, column: 14, severity: "error",
          message: "JVMFLAGS passes -d64 (-d32/-d64), which Java 11 no longer accepts: the JVM refuses it as an unrecognized option and the ZooKeeper server does not start. Instead, remove it (every current JVM is 64-bit)." },
      ],
    },
    { name: "PrintGCDateStamps refused from Java 9", file: "kafka.service", text: "[Service]\nEnvironment=\"KAFKA_GC_LOG_OPTS=-XX:+PrintGCDetails -XX:+PrintGCDateStamps\"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n", options: {"javaVersion":9},
      findings: [
        { messageId: "refused", line: 2, column: 14, severity: "error",
          message: "KAFKA_GC_LOG_OPTS passes -XX:+PrintGCDateStamps (the pre-Java 9 GC logging flags), which Java 9 no longer accepts: the JVM refuses it as an unrecognized option and the broker does not start. Instead, use unified logging, e.g. -Xlog:gc*:file=/var/log/kafka/gc.log:time,tags:filecount=10,filesize=100M (Kafka's KAFKA_GC_LOG_OPTS does this)." },
      ],
    },
  ],
});
