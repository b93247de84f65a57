import { ruleTester } from '../../test/rule-tester.js';
import rule from './even-ensemble.js';

ruleTester(rule, {
  valid: [
    { name: 'three voters', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'five voters', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888\nserver.5=zk5:2888:3888\n' },
    { name: 'fourth server is an observer', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888:observer\n' },
    { name: 'two voters are no-fault-tolerance\'s case', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\n' },
    { name: 'hierarchical quorum', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888\ngroup.1=1:2\ngroup.2=3:4\n' },
    { name: 'standalone', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n' },
  ],
  invalid: [
    {
      name: 'four voters',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888\n',
      findings: [
        {
          messageId: 'even-voters', line: 6, column: 1, severity: 'warning',
          message: '4 voting servers: a majority is 3, so the ensemble survives 1 failure, the same as 3 servers would; the extra server only adds a vote to every write. Run 3 or 5 voting servers, or make one an observer (append :observer to its server line).',
        },
      ],
    },
    {
      name: 'six voters and an observer',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888\nserver.5=zk5:2888:3888\nserver.6=zk6:2888:3888\nserver.7=zk7:2888:3888:observer\n',
      findings: [
        {
          messageId: 'even-voters', line: 6, column: 1, severity: 'warning',
          message: '6 voting servers (observers not counted): a majority is 4, so the ensemble survives 2 failures, the same as 5 servers would; the extra server only adds a vote to every write. Run 5 or 7 voting servers, or make one an observer (append :observer to its server line).',
        },
      ],
    },
  ],
});
