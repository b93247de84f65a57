import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ajv2020 from 'ajv/dist/2020.js';
import { configJsonSchema } from '../../src/config/schema.js';
import { parseConfig, ConfigError } from '../../src/config/load.js';
import { allRules } from '../../rules/index.js';

const root = join(import.meta.dirname, '..', '..');
const schemaPath = join(root, 'schema', 'kafka-lint.config.schema.json');
const ruleIds = allRules.map((r) => r.meta.id);

const want = JSON.stringify(configJsonSchema(), null, 2) + '\n';
// `UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts` rewrites the published schema.
if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(schemaPath, want);

describe('published JSON Schema of the config file', () => {
  it('schema/kafka-lint.config.schema.json matches the zod schema', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(want);
  });

  const ajv = new ajv2020.default({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  const good = [
    {},
    { $schema: './node_modules/kafka-lint/schema/kafka-lint.config.schema.json', kafkaVersion: '3.9', brokerCount: 6 },
    { rules: { 'properties/duplicate-key': 'error', 'kafka-lint/unused-directive': ['off'] } },
    { rules: { 'properties/duplicate-key': ['warning', { any: 1 }] } },
    { clusters: [{ name: 'prod', files: ['prod/**'], kafkaVersion: '4.0', brokerCount: 3 }], ignores: ['**/test/**'] },
  ];
  const bad = [
    { kafkaVersion: '2.8' },
    { brokerCount: 0 },
    { rules: { 'properties/duplicate-key': 'warn' } },
    { rules: { NotAnId: 'error' } },
    { clusters: [{ name: 'prod' }] },
    { ignore: ['x'] },
  ];
  it.each(good.map((c) => [JSON.stringify(c), c]))('accepts %s (ajv and zod)', async (_s, config) => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    await expect(parseConfig(JSON.stringify(config), 'kafka-lint.config.json', ruleIds)).resolves.toBeDefined();
  });
  it.each(bad.map((c) => [JSON.stringify(c), c]))('rejects %s (ajv and zod)', async (_s, config) => {
    expect(validate(config)).toBe(false);
    await expect(parseConfig(JSON.stringify(config), 'kafka-lint.config.json', ruleIds)).rejects.toThrow(ConfigError);
  });
});

describe('config errors name the key and what is allowed', () => {
  const message = async (text: string): Promise<string> => {
    try {
      await parseConfig(text, 'kafka-lint.config.json', ruleIds);
    } catch (err) {
      return (err as Error).message;
    }
    return '';
  };
  it('a bad severity', async () => {
    expect(await message('{"rules":{"properties/duplicate-key":"warn"}}')).toBe(
      'kafka-lint.config.json: invalid configuration: rules["properties/duplicate-key"]: expected "off", "info", "warning" or "error", or [level, { options }]',
    );
  });
  it('an unknown key', async () => {
    expect(await message('{"ignore":[]}')).toBe(
      'kafka-lint.config.json: invalid configuration: (top level): unknown key "ignore"; allowed here: $schema, kafkaVersion, javaVersion, zookeeperVersion, brokerCount, rules, clusters, ignores',
    );
  });
  it('an unknown Kafka version', async () => {
    expect(await message('{"kafkaVersion":"2.8"}')).toBe('kafka-lint.config.json: invalid configuration: kafkaVersion: expected one of "3.9", "4.0", "4.1", "4.2", "4.3", "4.4"');
  });
  it('an unknown rule', async () => {
    expect(await message('{"rules":{"broker/no-such-rule":"off"}}')).toBe(
      'kafka-lint.config.json: rules: "broker/no-such-rule" is not a kafka-lint rule; `kafka-lint rules` lists them',
    );
  });
  it.each(['__proto__', 'constructor', 'toString'])('the id %s, like any id that is no rule', async (id) => {
    await expect(message(`{"rules":{"${id}":"off"}}`)).resolves.toMatch(/^kafka-lint\.config\.json: (rules: "(__proto__|constructor|toString)" is not a kafka-lint rule|invalid configuration: rules\.\w+: not a rule id)/);
  });
  it('invalid JSON', async () => {
    expect(await message('{"rules":')).toMatch(/^kafka-lint\.config\.json: not valid JSON \(/);
  });
  it('a bad key inside a cluster', async () => {
    expect(await message('{"clusters":[{"name":"a","files":["x"],"glob":"y"}]}')).toBe(
      'kafka-lint.config.json: invalid configuration: clusters[0]: unknown key "glob"; allowed here: name, files, kafkaVersion, javaVersion, zookeeperVersion, brokerCount',
    );
  });
});
