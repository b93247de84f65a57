import { ruleTester } from '../../test/rule-tester.js';
import rule from './duplicate-key.js';

ruleTester(rule, {
  valid: [
    { name: 'distinct keys', text: 'broker.id=1\nlog.dirs=/data/kafka\n' },
    { name: 'template directives are not keys', text: '{%- if host_name is defined %}\nhost.name={{ host_name }}\n{%- endif %}\nbroker.id=1\n' },
    { name: 'one key in both branches of a template conditional', file: 'server.properties.j2', text: 'broker.id=1\n{% if tls %}\nlisteners=SSL://:9093\n{% else %}\nlisteners=PLAINTEXT://:9092\n{% endif %}\n' },
    { name: 'same key in two files', files: [
      { file: 'a/server.properties', text: 'broker.id=1\n' },
      { file: 'b/server.properties', text: 'broker.id=2\n' },
    ] },
  ],
  invalid: [
    {
      name: 'repeated key, last wins',
      text: 'num.partitions=3\nlog.dirs=/data/kafka\nnum.partitions=6\n',
      findings: [{
        messageId: 'set-again', line: 1, column: 1, severity: 'warning', key: 'num.partitions',
        message: "'num.partitions' is set again on line 3, so this value ('3') is ignored; the value on line 3 ('6') wins. Keep one line.",
      }],
    },
    {
      name: 'a key set twice in a zoo.cfg, once with a templated value',
      file: 'zoo.cfg',
      text: 'dataDir={{ zk_data_dir }}\nclientPort=2181\ndataDir=/var/lib/zookeeper\n',
      findings: [{
        messageId: 'set-again', line: 1, column: 1, key: 'dataDir',
        message: "'dataDir' is set again on line 3, so this value ('{{ zk_data_dir }}') is ignored; the value on line 3 ('/var/lib/zookeeper') wins. Keep one line.",
      }],
    },
    {
      name: 'secret values are never shown',
      text: 'ssl.keystore.password=first\nssl.keystore.password=second\n',
      findings: [{
        messageId: 'set-again', line: 1, column: 1,
        message: "'ssl.keystore.password' is set again on line 2, so this value ((hidden)) is ignored; the value on line 2 ((hidden)) wins. Keep one line.",
      }],
    },
  ],
});
