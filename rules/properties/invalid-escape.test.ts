import { ruleTester } from '../../test/rule-tester.js';
import rule from './invalid-escape.js';

ruleTester(rule, {
  valid: [
    { name: 'a valid \\u escape', text: 'broker.rack=z\\u00fcrich\n' },
    { name: 'an escaped backslash before u', text: 'log.dirs=C:\\\\users\\\\kafka\n' },
    { name: 'forward slashes', text: 'log.dirs=C:/users/kafka\n' },
    { name: 'an escape split by a continuation, as Java joins it', text: 'broker.rack=z\\u00\\\n    fcrich\n' },
    { name: 'a malformed escape in a comment', text: '# dataDir=C:\\users\\zk\nbroker.id=1\n' },
  ],
  invalid: [
    {
      name: 'Windows path in a zoo.cfg',
      file: 'zoo.cfg',
      text: 'tickTime=2000\ndataDir=C:\\users\\zookeeper\\data\nclientPort=2181\n',
      findings: [{
        messageId: 'malformed-unicode-escape', line: 2, column: 11, severity: 'error', key: 'dataDir',
        message: `'\\users' in the value of 'dataDir' is not a \\u escape with four hex digits: Java's Properties.load fails with "Malformed \\uxxxx encoding." and ZooKeeper does not start. For a backslash write \\\\ (or / in paths); for a character write \\u and four hex digits.`,
      }],
    },
    {
      name: 'non-hex digits in a broker file, and an escape cut short in a key',
      text: 'broker.id=1\nbroker.rack=\\u00zz\nk\\u12=v\n',
      findings: [
        {
          messageId: 'malformed-unicode-escape', line: 2, column: 13, key: 'broker.rack',
          message: `'\\u00zz' in the value of 'broker.rack' is not a \\u escape with four hex digits: Java's Properties.load fails with "Malformed \\uxxxx encoding." and Kafka does not start. For a backslash write \\\\ (or / in paths); for a character write \\u and four hex digits.`,
        },
        {
          messageId: 'malformed-unicode-escape', line: 3, column: 2, key: 'ku12',
          message: `'\\u12' in the key 'k\\u12' is not a \\u escape with four hex digits: Java's Properties.load fails with "Malformed \\uxxxx encoding." and Kafka does not start. For a backslash write \\\\ (or / in paths); for a character write \\u and four hex digits.`,
        },
      ],
    },
    {
      name: 'a secret value is described by position, not shown',
      text: 'broker.id=1\nssl.keystore.password=abc\\uXYZdef\n',
      findings: [{
        messageId: 'malformed-unicode-escape', line: 2, column: 26, key: 'ssl.keystore.password',
        message: `The \\u at column 26 of the value of 'ssl.keystore.password' is not a \\u escape with four hex digits: Java's Properties.load fails with "Malformed \\uxxxx encoding." and Kafka does not start. For a backslash write \\\\ (or / in paths); for a character write \\u and four hex digits.`,
      }],
    },
  ],
});
