import { defineRule } from '../../src/engine/rule.js';
import { hasTemplate } from '../../src/parse/template.js';

export default defineRule({
  meta: {
    id: 'broker/acl-defaults',
    severity: 'warning',
    category: 'security',
    fileKinds: ['broker'],
    description: 'allow.everyone.if.no.acl.found=true, or super.users covering every user.',
    rationale:
      'With an authorizer, allow.everyone.if.no.acl.found=true lets every client do anything to every resource that has no ACL yet: each new topic is open until someone adds an ACL. super.users=User:* makes every authenticated principal a super user, which disables authorization altogether.',
    fix: 'Set allow.everyone.if.no.acl.found=false (the default) and grant access with ACLs; list only the broker and admin principals in super.users (e.g. User:admin;User:kafka).',
    references: [
      { title: 'Kafka 4.3.1 metadata/src/main/java/org/apache/kafka/metadata/authorizer/StandardAuthorizer.java (allow.everyone.if.no.acl.found, super.users)', url: 'https://github.com/apache/kafka/blob/4.3.1/metadata/src/main/java/org/apache/kafka/metadata/authorizer/StandardAuthorizer.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found=true\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nsuper.users=User:admin\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      const allow = broker.settings.get('allow.everyone.if.no.acl.found');
      if (allow && allow.value.trim().toLowerCase() === 'true') {
        const authorizer = broker.settings.get('authorizer.class.name')?.value.trim();
        ctx.report({
          entry: allow,
          part: 'value',
          message: `allow.everyone.if.no.acl.found=true lets any client read, write and delete every topic that has no ACL${authorizer ? '' : ' once an authorizer is configured'}, including each new topic. Set it to false and grant access with ACLs.`,
        });
      }
      const superUsers = broker.settings.get('super.users');
      if (superUsers && !hasTemplate(superUsers.value)) {
        const principals = superUsers.value.split(';').map((p) => p.trim());
        const everyone = principals.find((p) => p === '*' || /^[A-Za-z]+:\*$/.test(p));
        if (everyone) {
          ctx.report({
            entry: superUsers,
            part: 'value',
            message: `super.users contains ${everyone}, which makes every principal a super user and bypasses all ACLs. List only the broker and admin principals, e.g. super.users=User:admin;User:kafka.`,
          });
        }
      }
    }
  },
});
