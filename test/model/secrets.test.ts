import { describe, it, expect } from 'vitest';
import { isSecretKey, displayValue } from '../../src/model/secrets.js';

describe('isSecretKey', () => {
  it.each([
    'ssl.keystore.password', 'listener.name.internal.ssl.key.password', 'sasl.jaas.config',
    'listener.name.sasl_ssl.plain.sasl.jaas.config', 'ssl.keystore.key', 'ssl.keystore.certificate.chain',
    'ssl.truststore.certificates', 'password.encoder.secret', 'delegation.token.secret.key',
    'ssl.quorum.trustStore.password', 'sasl.oauthbearer.assertion.private.key.passphrase',
    // A typo or a plural still holds a secret.
    'ssl.truststore.pasword', 'ssl.key.passwd', 'client.passwords',
  ])('%s holds a secret', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });
  it.each(['log.dirs', 'password.encoder.keyfactory.algorithm', 'delegation.token.expiry.time.ms', 'sasl.oauthbearer.token.endpoint.url', 'ssl.keystore.location'])(
    '%s does not',
    (key) => {
      expect(isSecretKey(key)).toBe(false);
    },
  );
  it('displayValue hides secrets and quotes the rest', () => {
    expect(displayValue({ key: 'ssl.key.passwd', value: 'hunter2', syntax: 'object' })).toBe('(hidden)');
    expect(displayValue({ key: 'log.dirs', value: '/data', syntax: 'object' })).toBe("'/data'");
  });
});
