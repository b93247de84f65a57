import { ruleTester } from '../../test/rule-tester.js';
import rule from './plaintext-secrets.js';

ruleTester(rule, {
  valid: [
    { name: 'config provider reference', text: 'config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore.password}\n' },
    { name: 'Kerberos keytab, no password', text: 'listener.name.sasl_ssl.gssapi.sasl.jaas.config=com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true keyTab="/etc/kafka/kafka.keytab" principal="kafka/kafka1@EXAMPLE.COM";\n' },
  ],
  invalid: [
    {
      name: 'keystore, key and listener-prefixed truststore passwords', text: 'ssl.keystore.password=changeit\nssl.key.password=changeit\nlistener.name.internal.ssl.truststore.password=changeit\n',
      findings: [
        { line: 1, severity: 'warning',
          message: 'ssl.keystore.password holds its password in the file (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. ssl.keystore.password=${file:/etc/kafka/secrets.properties:ssl.keystore.password}.' },
        { line: 2, severity: 'warning',
          message: 'ssl.key.password holds its password in the file (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. ssl.key.password=${file:/etc/kafka/secrets.properties:ssl.key.password}.' },
        { line: 3, severity: 'warning',
          message: 'listener.name.internal.ssl.truststore.password holds its password in the file (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. listener.name.internal.ssl.truststore.password=${file:/etc/kafka/secrets.properties:listener.name.internal.ssl.truststore.password}.' },
      ],
    },
    {
      name: 'JAAS with a literal password', text: 'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="admin-secret";\n',
      findings: [
        { line: 1, severity: 'warning',
          message: 'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config holds a literal password in the file (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=${file:/etc/kafka/secrets.properties:listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config}.' },
      ],
    },
  ],
});
