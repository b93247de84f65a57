import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';

export default defineRule({
  meta: {
    id: 'strimzi/super-users',
    category: 'security',
    fileKinds: ['strimzi'],
    description: 'spec.kafka.authorization lists ANONYMOUS among its superUsers, the principal of every unauthenticated client.',
    rationale:
      'Strimzi writes each superUsers item as `User:<item>` into super.users, and Kafka gives super users every right without consulting an ACL. A connection on a listener without authentication gets the principal User:ANONYMOUS, so `superUsers: [ANONYMOUS]` makes every such client a super user and turns authorization off for it. Kafka compares super users as exact strings (StandardAuthorizerData, AclAuthorizer): there are no wildcards, so only this one name grants everyone.',
    fix: 'Remove ANONYMOUS from superUsers and list the principals of your administrators (CN=... for TLS client certificates, the user name for SCRAM); give other clients ACLs through KafkaUser resources.',
    references: [
      { title: 'Strimzi 0.45 cluster-operator KafkaBrokerConfigurationBuilder.configureSimpleAuthorization (superUsers written as User:<item>)', url: 'https://github.com/strimzi/strimzi-kafka-operator/blob/0.45.0/cluster-operator/src/main/java/io/strimzi/operator/cluster/model/KafkaBrokerConfigurationBuilder.java' },
      { title: 'Kafka 3.9 metadata StandardAuthorizerData (super users matched as exact principal strings) and KafkaPrincipal.ANONYMOUS', url: 'https://github.com/apache/kafka/blob/3.9/metadata/src/main/java/org/apache/kafka/metadata/authorizer/StandardAuthorizerData.java' },
    ],
    messages: {
      'anonymous-super-user': {
        severity: 'warning',
        text: "superUsers of Kafka '{{name}}' lists ANONYMOUS, the principal of every client that connects without authentication (listeners without it: {{listeners}}): those clients bypass every ACL. Remove it and list your administrators' principals.",
      },
      'anonymous-super-user-latent': {
        severity: 'info',
        text: "superUsers of Kafka '{{name}}' lists ANONYMOUS, the principal of every client that connects without authentication: every listener here authenticates today, but on a listener added without authentication every client would bypass every ACL. Remove it and list your administrators' principals.",
      },
    },
    examples: {
      bad: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n    authorization:\n      type: simple\n      superUsers:\n        - ANONYMOUS\n' }],
      good: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    listeners:\n      - name: tls\n        port: 9093\n        type: internal\n        tls: true\n        authentication:\n          type: tls\n    authorization:\n      type: simple\n      superUsers:\n        - CN=admin\n' }],
    },
  },
  check(ctx) {
    for (const file of deploymentsOf(ctx.cluster, 'strimzi')) {
      for (const r of file.resources) {
        for (const user of r.authorization?.superUsers ?? []) {
          if (user.value.trim() !== 'ANONYMOUS') continue;
          const open = r.listeners.filter((l) => !l.authentication).map((l) => l.name?.value ?? '?');
          if (open.length > 0) ctx.report({ entry: user, part: 'value', messageId: 'anonymous-super-user', data: { name: r.name, listeners: open.join(', ') } });
          else ctx.report({ entry: user, part: 'value', messageId: 'anonymous-super-user-latent', data: { name: r.name } });
        }
      }
    }
  },
});
