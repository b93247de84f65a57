import { ruleTester } from '../../test/rule-tester.js';
import rule from './unclean-leader-election.js';

ruleTester(rule, {
  valid: [
    { name: 'false', text: 'unclean.leader.election.enable=false\n' },
    { name: 'unset', text: 'broker.id=1\n' },
    { name: 'templated', text: 'broker.id=1\nunclean.leader.election.enable=${UNCLEAN}\n' },
  ],
  invalid: [
    {
      name: 'true (any case)', text: 'broker.id=1\nunclean.leader.election.enable=TRUE\n',
      findings: [
        { messageId: 'enabled', line: 2, column: 32, severity: 'warning',
          message: 'unclean.leader.election.enable=true lets a replica that missed writes become leader when all in-sync replicas are down, silently losing acknowledged messages. Remove it (default false) and enable it only per topic where losing data is acceptable.' },
      ],
    },
  ],
});
