import { ruleTester } from '../../test/rule-tester.js';
import rule from './acl-defaults.js';

const WILDCARD =
  "super.users lists User:*, but Kafka's authorizers match super users by exact name, not as a wildcard: only a principal literally named '*' becomes a super user. Brokers and admins meant to bypass ACLs through it are denied; list their principals by name, e.g. super.users=User:admin;User:kafka.";

ruleTester(rule, {
  valid: [
    { name: 'deny by default, named super users', text: 'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found=false\nsuper.users=User:admin;User:kafka\n' },
    { name: 'a third-party authorizer reads super.users its own way', text: 'authorizer.class.name=com.example.kafka.WildcardAuthorizer\nsuper.users=User:*\n' },
    { name: 'templated', text: 'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found={{ allow_all }}\nsuper.users={{ super_users }}\n' },
  ],
  invalid: [
    {
      name: 'allow everyone', text: 'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found=true\n',
      findings: [
        { messageId: 'allow-everyone', line: 2, column: 32, severity: 'warning',
          message: 'allow.everyone.if.no.acl.found=true lets any client read, write and delete every topic that has no ACL, including each new topic. Set it to false and grant access with ACLs.' },
      ],
    },
    {
      name: 'a super.users wildcard (not one), no authorizer yet', text: 'allow.everyone.if.no.acl.found=TRUE\nsuper.users=User:admin;User:*\n',
      findings: [
        { messageId: 'allow-everyone', line: 1, column: 32, severity: 'warning',
          message: 'allow.everyone.if.no.acl.found=true lets any client read, write and delete every topic that has no ACL once an authorizer is configured, including each new topic. Set it to false and grant access with ACLs.' },
        { messageId: 'super-users-wildcard', line: 2, column: 13, severity: 'warning', message: WILDCARD },
      ],
    },
    {
      name: 'a super.users wildcard with the 3.9 ZooKeeper-mode authorizer', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nauthorizer.class.name=kafka.security.authorizer.AclAuthorizer\nsuper.users=User:*\n',
      findings: [{ messageId: 'super-users-wildcard', line: 4, column: 13, severity: 'warning', message: WILDCARD }],
    },
  ],
});
