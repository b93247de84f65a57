/**
 * Every check of ../shared/reference/kafka-startup-validation.md (test/startup-checks.ts), each
 * with a config that triggers it and one that does not, judged under every version the check
 * holds for. `kafka` is the text of Kafka's own message that the
 * finding must quote. The checks kafka-lint cannot judge from a config file are listed at the end
 * with the reason.
 */
import { describe, it, expect } from 'vitest';
import { lintFiles } from '../src/engine/lint-files.js';
import { allRules } from '../rules/index.js';
import type { KafkaVersion } from '../src/engine/finding.js';
import { ALL, BROKER_ONLY, COMBINED, CONTROLLER_ONLY, ZK_BROKER, checks } from './startup-checks.js';


/** Checks that need more than the config file, and why kafka-lint leaves them to Kafka. */
const notJudgeable: [check: string, reason: string][] = [
  ['§7 no readable meta.properties / a dir without meta.properties', 'depends on the formatted log directories on disk (kafka-storage.sh format), not on the config'],
  ['§7 stored node id or cluster.id differs', 'read from meta.properties on disk'],
  ['§7 __cluster_metadata-0 outside metadata.log.dir', 'depends on the directory contents'],
  ['§7 JBOD with metadata.version below 3.7-IV2', 'the metadata version is a cluster feature set with kafka-features, not in the file'],
  ['§7 no JAAS entry for a SASL listener', 'the JAAS file comes from -Djava.security.auth.login.config in KAFKA_OPTS, outside server.properties'],
  ['K38 principal.builder.class must implement KafkaPrincipalSerde', 'needs the class on the broker classpath'],
  ['§8 zookeeper.set.acl without SASL or TLS', 'the ZooKeeper client credentials come from the JAAS file or system properties'],
];

const ruleById = new Map(allRules.map((r) => [r.meta.id, r]));

describe('kafka-startup-validation.md: every check fires on a failing config and stays quiet on a passing one', () => {
  for (const check of checks) {
    const rule = ruleById.get(check.rule);
    describe.skipIf(!rule)(`${check.id} (${check.rule}; Kafka ${check.versions.join(', ')})`, () => {
      const ruleSet = rule ? [rule] : [];
      const matching = (text: string, kafkaVersion: KafkaVersion) =>
        lintFiles([{ file: 'server.properties', text }], { kafkaVersion, ruleSet }).findings.filter(
          (f) => f.ruleId === check.rule && (check.kafka === undefined || f.message.includes(check.kafka)),
        );
      it.each(check.versions)('Kafka %s: the failing config is reported', (v) => {
        expect(matching(check.bad, v).length).toBeGreaterThan(0);
      });
      it.each(check.versions)('Kafka %s: the passing config is not', (v) => {
        expect(matching(check.good, v)).toEqual([]);
      });
      // The ZooKeeper client's parsing is the same for every Kafka version; Kafka's own checks name the version.
      if (check.kafka !== undefined && check.rule !== 'broker/zookeeper-connect-format') {
        it.each(check.versions)("Kafka %s: the finding names the version and quotes Kafka's message", (v) => {
          expect(matching(check.bad, v)[0]?.message).toContain(`Kafka ${v}`);
        });
      }
    });
  }

  it('the base configs start on every version they are used with', () => {
    const startup = ['broker/listeners', 'broker/startup-constraints'].map((id) => ruleById.get(id)).filter((r) => r !== undefined);
    for (const v of ALL) {
      for (const text of [COMBINED, BROKER_ONLY, CONTROLLER_ONLY, ...(v === '3.9' ? [ZK_BROKER] : [])]) {
        expect(lintFiles([{ file: 'server.properties', text }], { kafkaVersion: v, ruleSet: startup }).findings).toEqual([]);
      }
    }
  });

  it.each(['3.9', '4.0', '4.1'] as KafkaVersion[])('Kafka %s: a repeated process.roles role is reported once, by broker/startup-constraints', (v) => {
    const bad = BROKER_ONLY.replace('process.roles=broker', 'process.roles=broker,broker');
    const about = lintFiles([{ file: 'server.properties', text: bad }], { kafkaVersion: v }).findings.filter((f) => f.key === 'process.roles');
    expect(about.map((f) => f.ruleId)).toEqual(['broker/startup-constraints']);
  });

  it('lists the checks that need more than the config file, each with its reason', () => {
    for (const [check, reason] of notJudgeable) {
      expect(check).not.toBe('');
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
