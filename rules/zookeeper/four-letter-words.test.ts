import { ruleTester } from '../../test/rule-tester.js';
import rule from './four-letter-words.js';

ruleTester(rule, {
  valid: [
    { name: 'default', text: 'dataDir=/data\nclientPort=2181\n' },
    { name: 'list from a template', text: 'dataDir=/data\nclientPort=2181\n4lw.commands.whitelist={{ zk_four_letter_words }}\n' },
    { name: 'explicit list', text: 'dataDir=/data\nclientPort=2181\n4lw.commands.whitelist=srvr, mntr, ruok\n' },
  ],
  invalid: [
    {
      name: 'star',
      text: 'dataDir=/data\nclientPort=2181\n4lw.commands.whitelist=*\n',
      findings: [
        {
          messageId: 'all-enabled', line: 3, column: 1, severity: 'warning',
          message: '4lw.commands.whitelist includes *, which enables every four-letter-word command for anyone who reaches the client port (2181), without authentication: conf and envi disclose configuration and environment, cons and dump list clients and sessions, wchp walks every watch. List only what monitoring needs, e.g. 4lw.commands.whitelist=srvr,mntr,ruok.',
        },
      ],
    },
    {
      name: 'star within a list',
      text: 'dataDir=/data\n4lw.commands.whitelist=stat, * ,ruok\n',
      findings: [
        {
          messageId: 'all-enabled', line: 2, column: 1, severity: 'warning',
          message: '4lw.commands.whitelist includes *, which enables every four-letter-word command for anyone who reaches the client port, without authentication: conf and envi disclose configuration and environment, cons and dump list clients and sessions, wchp walks every watch. List only what monitoring needs, e.g. 4lw.commands.whitelist=srvr,mntr,ruok.',
        },
      ],
    },
    {
      name: 'star in SERVER_JVMFLAGS of a compose service',
      files: [{ file: 'docker-compose.yml', text: 'services:\n  zookeeper:\n    image: zookeeper:3.8.4\n    environment:\n      SERVER_JVMFLAGS: -Dzookeeper.4lw.commands.whitelist=*\n' }],
      findings: [{ messageId: 'all-enabled', line: 5, column: 7, file: 'docker-compose.yml', message: '4lw.commands.whitelist includes *, which enables every four-letter-word command for anyone who reaches the client port (2181), without authentication: conf and envi disclose configuration and environment, cons and dump list clients and sessions, wchp walks every watch. List only what monitoring needs, e.g. 4lw.commands.whitelist=srvr,mntr,ruok.' }],
    },
  ],
});
