import { ruleTester } from '../../test/rule-tester.js';
import rule from './timing.js';

ruleTester(rule, {
  valid: [
    { name: 'defaults', text: 'dataDir=/data\n' },
    { name: 'explicit and consistent', text: 'tickTime=2000\ndataDir=/data\ninitLimit=10\nsyncLimit=5\nminSessionTimeout=4000\nmaxSessionTimeout=40000\nmaxClientCnxns=60\n' },
    { name: '-1 means unset', text: 'tickTime=2000\ndataDir=/data\nminSessionTimeout=-1\nmaxSessionTimeout=-1\n' },
    { name: 'tickTime from a template: its defaults are not judged', file: 'zoo.cfg.j2', text: 'tickTime={{ zk_tick_time }}\ndataDir=/data\nmaxSessionTimeout=5000\n' },
    { name: 'unreadable values are invalid-value\'s finding', text: 'tickTime=2s\ndataDir=/data\nmaxSessionTimeout=abc\n' },
  ],
  invalid: [
    {
      name: 'max below the default min',
      text: 'tickTime=2000\ndataDir=/data\nmaxSessionTimeout=3000\n',
      findings: [
        {
          messageId: 'min-above-max', line: 3, column: 1, severity: 'error',
          message: 'The default minSessionTimeout 4000 (2 x tickTime 2000) is larger than maxSessionTimeout=3000: ZooKeeper refuses to start ("minSessionTimeout must not be larger than maxSessionTimeout"). Raise maxSessionTimeout to at least 4000, or lower minSessionTimeout.',
        },
      ],
    },
    {
      name: 'min above max',
      text: 'tickTime=2000\ndataDir=/data\nminSessionTimeout=50000\nmaxSessionTimeout=40000\n',
      findings: [
        {
          messageId: 'min-above-max', line: 3, column: 1, severity: 'error',
          message: 'MinSessionTimeout=50000 is larger than maxSessionTimeout=40000: ZooKeeper refuses to start ("minSessionTimeout must not be larger than maxSessionTimeout"). Raise maxSessionTimeout to at least 50000, or lower minSessionTimeout.',
        },
      ],
    },
    {
      name: 'min above the default max',
      text: 'dataDir=/data\nminSessionTimeout=90000\n',
      findings: [
        {
          messageId: 'min-above-max', line: 2, column: 1, severity: 'error',
          message: 'MinSessionTimeout=90000 is larger than the default maxSessionTimeout 60000 (20 x tickTime 3000): ZooKeeper refuses to start ("minSessionTimeout must not be larger than maxSessionTimeout"). Raise maxSessionTimeout to at least 90000, or lower minSessionTimeout.',
        },
      ],
    },
    {
      name: 'tickTime 0',
      text: 'tickTime=0\ndataDir=/data\n',
      findings: [
        {
          messageId: 'tick-time-zero', line: 1, column: 1, severity: 'error',
          message: 'tickTime=0: ZooKeeper refuses to start ("tickTime is not set"). tickTime is the base time unit in milliseconds; write tickTime=2000.',
        },
      ],
    },
    {
      name: 'negative tickTime',
      text: 'tickTime=-2000\ndataDir=/data\n',
      findings: [
        {
          messageId: 'tick-time-negative', line: 1, column: 1, severity: 'error',
          message: 'tickTime=-2000 is negative: ZooKeeper refuses to start, with the misleading message "minSessionTimeout must not be larger than maxSessionTimeout" (the defaults 2 x and 20 x tickTime turn around). Write tickTime=2000.',
        },
      ],
    },
    {
      name: 'syncLimit above initLimit',
      text: 'tickTime=2000\ndataDir=/data\ninitLimit=5\nsyncLimit=10\n',
      findings: [
        {
          messageId: 'sync-above-init', line: 4, column: 1, severity: 'warning',
          message: 'syncLimit=10 is larger than initLimit=5: a follower may lag the leader longer (10 ticks) than it may take for its initial sync (5 ticks), which moves the most data. Keep initLimit >= syncLimit, e.g. initLimit=10 and syncLimit=5.',
        },
      ],
    },
    {
      name: 'session timeouts below two ticks',
      text: 'tickTime=2000\ndataDir=/data\nminSessionTimeout=1000\nmaxSessionTimeout=3000\n',
      findings: [
        {
          messageId: 'session-below-two-ticks', line: 3, column: 1, severity: 'warning',
          message: 'minSessionTimeout=1000 is below 2 x tickTime (4000 ms): ZooKeeper checks session expiry once per tick, so such short sessions can expire before the client\'s next heartbeat, and clients (Kafka brokers included) lose their sessions and ephemeral nodes. Use at least 4000.',
        },
        {
          messageId: 'session-below-two-ticks', line: 4, column: 1, severity: 'warning',
          message: 'maxSessionTimeout=3000 is below 2 x tickTime (4000 ms): ZooKeeper checks session expiry once per tick, so such short sessions can expire before the client\'s next heartbeat, and clients (Kafka brokers included) lose their sessions and ephemeral nodes. Use at least 4000.',
        },
      ],
    },
    {
      name: 'unlimited connections',
      text: 'tickTime=2000\ndataDir=/data\nmaxClientCnxns=0\n',
      findings: [
        {
          messageId: 'unlimited-connections', line: 3, column: 1, severity: 'info',
          message: 'maxClientCnxns=0 removes the per-address connection limit (default 60): one misbehaving client host can open connections until the server runs out of file descriptors. Set a limit such as maxClientCnxns=60, higher only if many clients share one address (NAT).',
        },
      ],
    },
  ],
});
