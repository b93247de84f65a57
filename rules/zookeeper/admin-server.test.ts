import { ruleTester } from '../../test/rule-tester.js';
import rule from './admin-server.js';

ruleTester(rule, {
  valid: [
    { name: 'bound to loopback', text: 'dataDir=/data\nclientPort=2181\nadmin.serverAddress=127.0.0.1\n' },
    { name: 'disabled', text: 'dataDir=/data\nclientPort=2181\nadmin.enableServer=false\n' },
    { name: 'disabled, in any spacing', text: 'dataDir=/data\nadmin.enableServer = false \n' },
  ],
  invalid: [
    {
      name: 'nothing configured',
      text: 'dataDir=/data\nclientPort=2181\n',
      findings: [
        {
          line: 2, severity: 'info',
          message: 'The ZooKeeper admin server (HTTP) listens on 0.0.0.0:8080 because admin.serverAddress is not set: its /commands endpoints answer anyone who reaches that port. Bind it with admin.serverAddress=127.0.0.1 (or a management address), or turn it off with admin.enableServer=false.',
        },
      ],
    },
    {
      name: 'port set, address not',
      text: 'dataDir=/data\nclientPort=2181\nadmin.serverPort=9090\n',
      findings: [
        {
          line: 3, severity: 'info',
          message: 'The ZooKeeper admin server (HTTP) listens on 0.0.0.0:9090 because admin.serverAddress is not set: its /commands endpoints answer anyone who reaches that port. Bind it with admin.serverAddress=127.0.0.1 (or a management address), or turn it off with admin.enableServer=false.',
        },
      ],
    },
    {
      name: 'explicit wildcard',
      text: 'dataDir=/data\nadmin.serverAddress=0.0.0.0\n',
      findings: [
        {
          line: 2, severity: 'info',
          message: 'The ZooKeeper admin server (HTTP) listens on 0.0.0.0:8080: its /commands endpoints answer anyone who reaches that port. Bind it with admin.serverAddress=127.0.0.1 (or a management address), or turn it off with admin.enableServer=false.',
        },
      ],
    },
    {
      name: 'enableServer must be exactly false',
      text: 'dataDir=/data\nadmin.enableServer=FALSE\n',
      findings: [
        {
          line: 2, severity: 'info',
          message: 'The ZooKeeper admin server (HTTP) listens on 0.0.0.0:8080 because admin.serverAddress is not set (admin.enableServer=FALSE does not turn it off: ZooKeeper compares with exactly \'false\'): its /commands endpoints answer anyone who reaches that port. Bind it with admin.serverAddress=127.0.0.1 (or a management address), or turn it off with admin.enableServer=false.',
        },
      ],
    },
  ],
});
