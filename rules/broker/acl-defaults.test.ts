import { ruleTester } from '../../test/rule-tester.js';
import rule from './acl-defaults.js';

ruleTester(rule, {
  valid: [
    { name: 'deny by default, named super users', text: 'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found=false\nsuper.users=User:admin;User:kafka\n' },
  ],
  invalid: [
    {
      name: 'allow everyone', text: 'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found=true\n',
      findings: [
        { line: 2, severity: 'warning',
          message: 'allow.everyone.if.no.acl.found=true lets any client read, write and delete every topic that has no ACL, including each new topic. Set it to false and grant access with ACLs.' },
      ],
    },
    {
      name: 'super users wildcard, no authorizer yet', text: 'allow.everyone.if.no.acl.found=true\nsuper.users=User:admin;User:*\n',
      findings: [
        { line: 1, severity: 'warning',
          message: 'allow.everyone.if.no.acl.found=true lets any client read, write and delete every topic that has no ACL once an authorizer is configured, including each new topic. Set it to false and grant access with ACLs.' },
        { line: 2, severity: 'warning',
          message: 'super.users contains User:*, which makes every principal a super user and bypasses all ACLs. List only the broker and admin principals, e.g. super.users=User:admin;User:kafka.' },
      ],
    },
  ],
});
