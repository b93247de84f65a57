/**
 * Every check of ../shared/reference/kafka-startup-validation.md (the table of
 * test/startup-checks.ts: Kafka 3.9 in ZooKeeper and KRaft mode, 4.0 and later), each with a
 * config that triggers it and one that does not, judged under every version the check holds for.
 * `kafka` is the text of Kafka's own message that the finding must quote; each check is
 * identified by its rule and message id. The checks kafka-lint cannot judge from a config file
 * are listed in a comment after the table, with the reason. The Kafka oracle
 * (test/oracle/kafka-oracle.test.ts) runs the same configs through Kafka itself.
 */
import { describe, it, expect } from 'vitest';
import { lintFiles } from '../src/index.js';
import { allRules } from '../rules/index.js';
import type { KafkaVersion } from '../src/core/version.js';
import type { Rule } from '../src/engine/rule.js';
import { ALL, BROKER_ONLY, COMBINED, CONTROLLER_ONLY, ZK_BROKER, checks } from './startup-checks.js';

const ruleById = new Map(allRules.map((r) => [r.meta.id, r]));

/** The rule a check names; a rule that is gone fails the check, it never skips it. */
function ruleOf(id: string): Rule {
  const rule = ruleById.get(id);
  if (!rule) throw new Error(`no rule ${id}: the check names a rule that does not exist (renamed?)`);
  return rule;
}

describe('kafka-startup-validation.md: every check fires on a failing config and stays quiet on a passing one', () => {
  it('every check names a rule and one of its message ids', () => {
    for (const check of checks) {
      expect(ruleById.has(check.rule), `${check.id}: no rule ${check.rule}`).toBe(true);
      expect(Object.keys(ruleById.get(check.rule)?.meta.messages ?? {}), `${check.id}: ${check.rule} has no message ${check.messageId}`).toContain(check.messageId);
    }
  });

  for (const check of checks) {
    describe(`${check.id} (${check.rule}/${check.messageId}; Kafka ${check.versions.join(', ')})`, () => {
      const matching = (text: string, kafkaVersion: KafkaVersion) =>
        lintFiles([{ file: 'server.properties', text }], { kafkaVersion, ruleSet: [ruleOf(check.rule)] }).findings.filter(
          (f) => f.ruleId === check.rule && f.messageId === check.messageId,
        );
      it.each(check.versions)('Kafka %s: the failing config is reported, as an error where Kafka refuses it', (v) => {
        const found = matching(check.bad, v);
        expect(found.map((f) => f.severity)).toContain(check.severity ?? 'error');
      });
      it.each(check.versions)('Kafka %s: the passing config is not', (v) => {
        expect(matching(check.good, v)).toEqual([]);
      });
      // The ZooKeeper client's parsing is the same for every Kafka version; Kafka's own checks name the version.
      if (check.kafka !== undefined) {
        it.each(check.versions)("Kafka %s: the finding quotes Kafka's message (and names the version it judged)", (v) => {
          const message = matching(check.bad, v)[0]?.message ?? '';
          expect(message).toContain(check.kafka);
          if (check.rule !== 'broker/zookeeper-connect-format') expect(message).toContain(`Kafka ${v}`);
        });
      }
    });
  }

  it('the base configs start on every version they are used with', () => {
    const startup = ['broker/listeners', 'broker/startup-constraints'].map(ruleOf);
    for (const v of ALL) {
      for (const text of [COMBINED, BROKER_ONLY, CONTROLLER_ONLY, ...(v === '3.9' ? [ZK_BROKER] : [])]) {
        expect(lintFiles([{ file: 'server.properties', text }], { kafkaVersion: v, ruleSet: startup }).findings).toEqual([]);
      }
    }
  });

  it.each(['3.9', '4.0', '4.1'] as KafkaVersion[])('Kafka %s: a repeated process.roles role is reported once, by broker/startup-constraints', (v) => {
    const bad = BROKER_ONLY.replace('process.roles=broker', 'process.roles=broker,broker');
    const about = lintFiles([{ file: 'server.properties', text: bad }], { kafkaVersion: v }).findings.filter((f) => f.key === 'process.roles');
    expect(about.map((f) => `${f.ruleId}/${f.messageId}`)).toEqual(['broker/startup-constraints/duplicate-role']);
  });

  // Issue 13: Kafka test-handshakes only the inter-broker listener at start (SocketServer passes
  // isInterBrokerListener to the channel builder; SslFactory.configure validates only then).
  describe.each(ALL)('Kafka %s starts with a TLS listener that has no keystore when it is not the inter-broker listener', (v) => {
    const startup = () => ['broker/listeners', 'broker/startup-constraints'].map(ruleOf);
    const errors = (text: string) => lintFiles([{ file: 'server.properties', text }], { kafkaVersion: v, ruleSet: startup() }).findings.filter((f) => f.severity === 'error');
    it('a controller-only node with a SASL_SSL controller listener', () => {
      expect(errors(`${CONTROLLER_ONLY}listener.security.protocol.map=CONTROLLER:SASL_SSL\n`)).toEqual([]);
    });
    it('a combined node whose controller listener is SSL', () => {
      expect(errors(`${COMBINED}listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:SSL\n`)).toEqual([]);
    });
    it('but not when the SSL listener carries the inter-broker traffic', () => {
      const found = errors(`${COMBINED}listener.security.protocol.map=PLAINTEXT:SSL,CONTROLLER:PLAINTEXT\n`);
      expect(found.map((f) => f.messageId)).toEqual(['inter-broker-keystore-missing']);
    });
  });
});
