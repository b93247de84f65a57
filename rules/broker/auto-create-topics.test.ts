import { ruleTester } from '../../test/rule-tester.js';
import rule from './auto-create-topics.js';

ruleTester(rule, {
  valid: [
    { name: 'false', text: 'broker.id=1\nauto.create.topics.enable=false\n' },
    { name: 'controller-only node', text: 'process.roles=controller\nnode.id=1\n' },
    { name: 'templated', text: 'broker.id=1\nauto.create.topics.enable={{ auto_create }}\n' },
  ],
  invalid: [
    {
      name: 'true', text: 'broker.id=1\nauto.create.topics.enable=true\n',
      findings: [
        { messageId: 'enabled', line: 2, column: 27, severity: 'info',
          message: 'auto.create.topics.enable is true: a typo in a client\'s topic name creates a new topic with default partitions and replication instead of failing. Set auto.create.topics.enable=false and create topics explicitly.' },
      ],
    },
    {
      name: 'left at the default', text: 'broker.id=1\nlog.dirs=/data\n',
      findings: [
        { messageId: 'enabled', line: 1, column: 1, severity: 'info',
          message: 'auto.create.topics.enable is true (the default): a typo in a client\'s topic name creates a new topic with default partitions and replication instead of failing. Set auto.create.topics.enable=false and create topics explicitly.' },
      ],
    },
  ],
});
