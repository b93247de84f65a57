import { ruleTester } from '../../test/rule-tester.js';
import rule from './encoding.js';

ruleTester(rule, {
  valid: [
    { name: 'plain ASCII', text: 'broker.id=1\nlog.dirs=/var/lib/kafka\n' },
    { name: 'non-ASCII only in comments', text: '# 代理唯一标识ID, Zürich\nbroker.id=1\n! é\n' },
    { name: 'characters written as escapes', text: 'broker.rack=z\\u00fcrich\n' },
    { name: 'escaped backslashes and forward slashes', text: 'log.dirs=C:\\\\kafka\\\\data,D:/kafka\n' },
    { name: 'a Windows path with \\u is left to properties/invalid-escape', file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=C:\\users\\zk\\data\n' },
    { name: 'escapes that keep separators literal', text: 'a\\=b\\:c\\ d=\\#x\\!y\\ z\\t\n' },
    {
      name: 'escaped quotes in a JAAS value give the quotes',
      text: 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"admin\\" password=\\"secret\\";\n',
    },
  ],
  invalid: [
    {
      name: 'Windows path: backslashes dropped',
      text: 'broker.id=1\nlog.dirs=C:\\kafka\\data\n',
      findings: [{
        messageId: 'dropped-backslash', line: 2, column: 12, severity: 'warning', key: 'log.dirs',
        message: "Kafka reads the value of 'log.dirs' as 'C:kafkadata': Java's Properties drops the backslash in '\\k' and '\\d'. Write C:\\\\kafka\\\\data (or use / in paths).",
      }],
    },
    {
      name: 'a regular expression loses its escapes, once per value',
      text: 'broker.id=1\nssl.principal.mapping.rules=RULE:^CN=(\\w+)\\.example\\.com$/$1/\n',
      findings: [{
        messageId: 'dropped-backslash', line: 2, column: 39,
        message: "Kafka reads the value of 'ssl.principal.mapping.rules' as 'RULE:^CN=(w+).example.com$/$1/': Java's Properties drops the backslash in '\\w' and '\\.'. Write RULE:^CN=(\\\\w+)\\\\.example\\\\.com$/$1/ (or use / in paths).",
      }],
    },
    {
      name: 'a dropped backslash in a ZooKeeper key, and in a value over a continuation',
      file: 'zoo.cfg',
      text: 'tickTime=2000\nserver\\.1=zk1:2888:3888\ndataDir=D:\\zk\\\n    \\data\n',
      findings: [
        { messageId: 'dropped-backslash-in-key', line: 2, column: 7, message: "ZooKeeper reads the key 'server\\.1' as 'server.1': Java's Properties drops the backslash in '\\.'. Write the key without it, or \\\\ for a backslash." },
        { messageId: 'dropped-backslash', line: 3, column: 11, message: "ZooKeeper reads the value of 'dataDir' as 'D:zkdata': Java's Properties drops the backslash in '\\z' and '\\d'. Write \\\\ for a backslash (or use / in paths)." },
      ],
    },
    {
      name: 'a dropped backslash in a password is described by position only',
      text: 'broker.id=1\nssl.key.password=se\\cr\\et99\n',
      findings: [{
        messageId: 'dropped-backslash-in-secret', line: 2, column: 20, key: 'ssl.key.password',
        message: "Kafka drops the backslashes at columns 20, 23 of the value of 'ssl.key.password' (Java's Properties keeps only the character after it), so the value it uses is not the one written. Write \\\\ for a backslash.",
      }],
    },
    {
      name: 'UTF-8 characters in a value',
      text: 'broker.id=1\nbroker.rack=zürich-1\n',
      findings: [{
        messageId: 'misread-characters', line: 2, column: 14, key: 'broker.rack',
        message: "'ü' in the value of 'broker.rack' is read by Kafka as 'Ã¼': it reads .properties files as ISO-8859-1, not UTF-8. Write \\u00fc instead.",
      }],
    },
    {
      name: 'a no-break space, and a long run of characters',
      text: 'broker.id=1\nlog.dirs=/data\u00a0\nbroker.rack=机房一号楼\n',
      findings: [
        { messageId: 'misread-characters', line: 2, column: 15, message: "'\\u00a0' in the value of 'log.dirs' is read by Kafka as 'Â\\u00a0': it reads .properties files as ISO-8859-1, not UTF-8. Write \\u00a0 instead." },
        {
          messageId: 'misread-characters', line: 3, column: 13,
          message: "'机房一号楼' in the value of 'broker.rack' is read by Kafka as 15 other characters: it reads .properties files as ISO-8859-1, not UTF-8. Write each character as a \\uXXXX escape (\\u673a for '机').",
        },
      ],
    },
    {
      name: 'an emoji is written as a surrogate pair of escapes',
      file: 'zoo.cfg',
      text: 'clientPort=2181\n4lw.commands.whitelist=😀\n',
      findings: [{ messageId: 'misread-characters', line: 2, column: 24, message: "'😀' in the value of '4lw.commands.whitelist' is read by ZooKeeper as 'ð\\u009f\\u0098\\u0080': it reads .properties files as ISO-8859-1, not UTF-8. Write \\ud83d\\ude00 instead." }],
    },
    {
      name: 'a non-ASCII key',
      text: 'broker.id=1\nnum.partitiöns=3\n',
      findings: [{ messageId: 'misread-characters', line: 2, column: 12, key: 'num.partitiöns', message: "'ö' in the key 'num.partitiöns' is read by Kafka as 'Ã¶': it reads .properties files as ISO-8859-1, not UTF-8. Write \\u00f6 instead." }],
    },
    {
      name: 'UTF-8 characters in a password are described by position only',
      text: 'broker.id=1\nssl.truststore.password=kätzchen1\n',
      findings: [{
        messageId: 'characters-in-secret', line: 2, column: 26, key: 'ssl.truststore.password',
        message: "The value of 'ssl.truststore.password' has non-ASCII characters at column 26, which Kafka reads as other characters (it reads .properties files as ISO-8859-1, not UTF-8), so it does not use the value written. Write them as \\uXXXX escapes.",
      }],
    },
    {
      name: 'a byte-order mark before a key',
      text: '\ufeffbroker.id=1\nlog.dirs=/var/lib/kafka\n',
      findings: [{
        messageId: 'byte-order-mark', line: 1, column: 1,
        message: "The file starts with a UTF-8 byte-order mark, which Kafka reads (as ISO-8859-1) as the characters 'ï»¿', so line 1 sets the key 'ï»¿broker.id', not 'broker.id'. Save the file without a byte-order mark.",
      }],
    },
    {
      name: 'a byte-order mark before a comment',
      file: 'zoo.cfg',
      text: '\ufeff# ZooKeeper\ntickTime=2000\n',
      findings: [{
        messageId: 'byte-order-mark', line: 1, column: 1,
        message: "The file starts with a UTF-8 byte-order mark, which ZooKeeper reads (as ISO-8859-1) as the characters 'ï»¿', so line 1 is no longer a comment but sets the key 'ï»¿#'. Save the file without a byte-order mark.",
      }],
    },
  ],
});
