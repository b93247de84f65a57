import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './plaintext-secrets.js';

const FIXTURES = 'rules/broker/plaintext-secrets';
const inFile = (key: string) =>
  `${key} holds its password in the file (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. ${key}=\${file:/etc/kafka/secrets.properties:${key}}.`;
const onCommandLine = (variable: string, property: string) =>
  `${variable} passes the password of the JVM system property ${property} on the java command line (value hidden): every user of the host can read it in the process list, and every copy of this file holds it. Configure TLS in the broker config through a config provider instead (for a ZooKeeper 3.8+ server: a *.passwordPath file only its user can read).`;

ruleTester(rule, {
  valid: [
    { name: 'config provider reference', text: 'config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore.password}\n' },
    { name: 'Kerberos keytab, no password', text: 'listener.name.sasl_ssl.gssapi.sasl.jaas.config=com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true keyTab="/etc/kafka/kafka.keytab" principal="kafka/kafka1@EXAMPLE.COM";\n' },
    // Issue 13: the good twin of JVM passwords: files that hold them, not the command line.
    { name: 'JVM properties that point at password files', files: fixtureFiles(`${FIXTURES}/jvm-password-files`) },
    { name: 'a number under a secret-sounding JVM property is a setting (corpus: giraone/kafka-docker-compose-setups)', file: 'zookeeper.service', text: '[Service]\nUser=zookeeper\nEnvironment="KAFKA_OPTS=-Djava.security.auth.login.config=/etc/kafka/zookeeper_jaas.conf -DjaasLoginRenew=3600000"\nExecStart=/opt/kafka/bin/zookeeper-server-start.sh /opt/kafka/config/zookeeper.properties\n' },
  ],
  invalid: [
    {
      name: 'keystore, key and listener-prefixed truststore passwords', text: 'ssl.keystore.password=changeit\nssl.key.password=changeit\nlistener.name.internal.ssl.truststore.password=changeit\n',
      findings: [
        { messageId: 'password-value', line: 1, column: 1, severity: 'warning', message: inFile('ssl.keystore.password') },
        { messageId: 'password-value', line: 2, column: 1, severity: 'warning', message: inFile('ssl.key.password') },
        { messageId: 'password-value', line: 3, column: 1, severity: 'warning', message: inFile('listener.name.internal.ssl.truststore.password') },
      ],
    },
    {
      name: 'JAAS with a literal password', text: 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret";\n',
      findings: [
        { messageId: 'jaas-password', line: 1, column: 1, severity: 'warning',
          message: 'sasl.jaas.config holds a literal password or secret among its login module options (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. sasl.jaas.config=${file:/etc/kafka/secrets.properties:sasl.jaas.config}.' },
      ],
    },
    // Issue 13: passwords in JVM system properties, from a unit's KAFKA_OPTS and ZooKeeper's SERVER_JVMFLAGS.
    {
      name: 'JVM -D passwords in KAFKA_OPTS and SERVER_JVMFLAGS', files: fixtureFiles(`${FIXTURES}/jvm-passwords`),
      findings: [
        { messageId: 'jvm-password', line: 2, column: 1, severity: 'warning', file: 'java.env', message: onCommandLine('SERVER_JVMFLAGS', 'zookeeper.ssl.keyStore.password') },
        { messageId: 'jvm-password', line: 8, column: 14, severity: 'warning', file: 'kafka.service', message: onCommandLine('KAFKA_OPTS', 'javax.net.ssl.keyStorePassword') },
        { messageId: 'jvm-password', line: 8, column: 14, severity: 'warning', file: 'kafka.service', message: onCommandLine('KAFKA_OPTS', 'zookeeper.ssl.keyStore.password') },
      ],
    },
    {
      name: 'a JVM -D password in a compose service\'s KAFKA_OPTS', file: 'docker-compose.yml',
      text: 'services:\n  kafka:\n    image: apache/kafka:3.8.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_PROCESS_ROLES: broker,controller\n      KAFKA_OPTS: "-Djavax.net.ssl.trustStorePassword=ts-pass-7734"\n',
      findings: [{ messageId: 'jvm-password', line: 7, column: 7, severity: 'warning', file: 'docker-compose.yml', message: onCommandLine('KAFKA_OPTS', 'javax.net.ssl.trustStorePassword') }],
    },
  ],
});
