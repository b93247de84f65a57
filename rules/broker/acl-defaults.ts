import { defineRule } from '../../src/engine/rule.js';
import { knownValue } from '../../src/model/settings.js';

/** Kafka's own authorizers: both compare super.users by exact principal name. */
const KAFKA_AUTHORIZERS = ['org.apache.kafka.metadata.authorizer.StandardAuthorizer', 'kafka.security.authorizer.AclAuthorizer'];

export default defineRule({
  meta: {
    id: 'broker/acl-defaults',
    category: 'security',
    fileKinds: ['broker'],
    description: 'allow.everyone.if.no.acl.found=true, or a wildcard in super.users that Kafka does not read as one.',
    rationale:
      "With an authorizer, allow.everyone.if.no.acl.found=true lets every client do anything to every resource that has no ACL yet: each new topic is open until someone adds an ACL. super.users looks like it takes ACL-style wildcards, but Kafka's authorizers compare each super user with the principal by exact name (StandardAuthorizer: superUsers.contains(principal.toString()); AclAuthorizer in 3.9 the same on KafkaPrincipal), so User:* makes only a principal literally named '*' a super user. Brokers or admins that were meant to bypass ACLs through it are denied instead.",
    fix: 'Set allow.everyone.if.no.acl.found=false (the default) and grant access with ACLs; list the broker and admin principals in super.users by name (e.g. User:admin;User:kafka).',
    references: [
      { title: 'Kafka 4.3.0 metadata/src/main/java/org/apache/kafka/metadata/authorizer/StandardAuthorizer.java (getConfiguredSuperUsers, getDefaultResult)', url: 'https://github.com/apache/kafka/blob/4.3.0/metadata/src/main/java/org/apache/kafka/metadata/authorizer/StandardAuthorizer.java' },
      { title: 'Kafka 4.3.0 StandardAuthorizerData.authorize (superUsers.contains(principal.toString()))', url: 'https://github.com/apache/kafka/blob/4.3.0/metadata/src/main/java/org/apache/kafka/metadata/authorizer/StandardAuthorizerData.java' },
      { title: 'Kafka 3.9.0 core/src/main/scala/kafka/security/authorizer/AclAuthorizer.scala (isSuperUser)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/security/authorizer/AclAuthorizer.scala' },
    ],
    messages: {
      'allow-everyone': {
        severity: 'warning',
        text: 'allow.everyone.if.no.acl.found=true lets any client read, write and delete every topic that has no ACL{{when}}, including each new topic. Set it to false and grant access with ACLs.',
      },
      'super-users-wildcard': {
        severity: 'warning',
        text: "super.users lists {{principal}}, but Kafka's authorizers match super users by exact name, not as a wildcard: only a principal literally named '*' becomes a super user. Brokers and admins meant to bypass ACLs through it are denied; list their principals by name, e.g. super.users=User:admin;User:kafka.",
      },
    },
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found=true\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nsuper.users=User:admin\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      const authorizer = ctx.setting(broker, 'authorizer.class.name');
      if (authorizer.state === 'templated') continue;
      const authorizerClass = knownValue(authorizer);
      const configured = typeof authorizerClass === 'string' && authorizerClass !== '';
      const allow = ctx.setting(broker, 'allow.everyone.if.no.acl.found');
      if (allow.state === 'set' && String(allow.value).toLowerCase() === 'true') {
        ctx.report({ entry: allow.entry, part: 'value', messageId: 'allow-everyone', data: { when: configured ? '' : ' once an authorizer is configured' } });
      }
      // A third-party authorizer may read super.users its own way.
      if (configured && !KAFKA_AUTHORIZERS.includes(authorizerClass)) continue;
      const superUsers = ctx.setting(broker, 'super.users');
      if (superUsers.state !== 'set') continue;
      const principals = String(superUsers.value).split(';').map((p) => p.trim());
      const wildcard = principals.find((p) => p === '*' || /^[A-Za-z]+:\*$/.test(p));
      if (wildcard) ctx.report({ entry: superUsers.entry, part: 'value', messageId: 'super-users-wildcard', data: { principal: wildcard } });
    }
  },
});
