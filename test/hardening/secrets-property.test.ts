/**
 * Issue 17: a property test that plants random secrets under every spelling and in every file
 * kind, with templates around them, runs every output (each format, --show-clusters, the
 * --fix-dry-run patch, the baseline file written, upgrade-check, and the lintFiles() result), and
 * looks for the secret and each of its 6-character fragments in all of it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from '../cli/harness.js';
import { lintFiles } from '../../src/index.js';
import { FORMAT_NAMES } from '../../src/report/types.js';
import { runs } from '../fuzz/support.js';

/** Where a secret can stand: a file, and its text around the secret (`S`). */
const PLACEMENTS: { file: string; text: string }[] = [
  { file: 'kafka/server.properties', text: 'process.roles=broker\nnode.id=1\nssl.keystore.password=S\n' },
  { file: 'kafka/server.properties', text: 'process.roles=broker\nnode.id=1\nssl.keystore.passwrod=S\nssl.keystore.passwrod=S2\n' },
  { file: 'kafka/server.properties', text: 'process.roles=broker\nnode.id=1\nssl.key.passwd=S\n' },
  { file: 'kafka/server.properties', text: 'process.roles=broker\nnode.id=1\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="S";\n' },
  { file: 'kafka/server.properties', text: 'process.roles=broker\nnode.id=1\nlistener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="u" password="S";\n' },
  { file: 'kafka/server.properties', text: 'process.roles=broker\nnode.id=1\nmy.api.token=S\nmy.client.secret=S\nssl.keystore.key=S\n' },
  { file: 'kafka/server.properties', text: 'process.roles=broker\nnode.id=1\npassword.encoder.secret=S\npassword.encoder.secret=S2\n' },
  { file: 'zk/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nssl.keyStore.password=S\nssl.quorum.trustStore.pasword=S\n' },
  { file: 'kafka/kafka-env.sh', text: 'export KAFKA_OPTS="-Djavax.net.ssl.keyStorePassword=S -Xmx1g"\n' },
  { file: 'zk/java.env', text: 'SERVER_JVMFLAGS="-Dzookeeper.ssl.keyStore.password=S"\n' },
  { file: 'systemd/kafka.service', text: '[Service]\nEnvironment="KAFKA_OPTS=-Djavax.net.ssl.trustStorePassword=S"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /etc/kafka/server.properties\n' },
  {
    file: 'compose/docker-compose.yml',
    text: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_PROCESS_ROLES: broker,controller\n      KAFKA_SSL_KEYSTORE_PASSWORD: "S"\n      KAFKA_SSL_KEYSTORE_PASSWROD: "S"\n      KAFKA_OPTS: "-Dzookeeper.ssl.keyStore.password=S"\n      KAFKA_SASL_JAAS_CONFIG: \'org.apache.kafka.common.security.plain.PlainLoginModule required username="a" password="S";\'\n',
  },
  {
    file: 'compose/docker-compose.yml',
    text: 'services:\n  zookeeper:\n    image: zookeeper:3.8\n    environment:\n      ZOO_CFG_EXTRA: "ssl.keyStore.password=S secureClientPort=2281"\n',
  },
  {
    file: 'strimzi/kafka.yaml',
    text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: k\nspec:\n  kafka:\n    replicas: 3\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n    config:\n      ssl.keystore.password: "S"\n    storage:\n      type: ephemeral\n',
  },
];

/** What may surround a secret: templates a renderer fills, or nothing. */
const WRAPPERS = ['S', '${VAR}S', 'S${VAR}', '${VAR:-S}', '${VAR:?S}', '{{ var }}S', 'S{{ var }}', '@VAR@S'];

/**
 * A random secret of capitals G-Z and digits in turns: every 6 characters of it hold both, so no
 * piece of it is a word kafka-lint writes itself or a piece of a (lowercase hex) fingerprint.
 */
const secretArb = fc
  .array(fc.tuple(fc.constantFrom(...'GHIJKLMNOPQRSTUVWXYZ'), fc.constantFrom(...'0123456789')), { minLength: 8, maxLength: 12 })
  .map((pairs) => pairs.map(([l, d]) => `${l}${d}`).join(''));

/** The 6-character pieces of a secret, all of which must stay hidden. */
function fragments(secret: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= secret.length; i++) out.push(secret.slice(i, i + 6));
  return out;
}

/** Every output a user or a program can see for these files. */
async function everyOutput(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-secret-prop-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const outputs: string[] = [];
    for (const format of FORMAT_NAMES) {
      const run = await runInProcess(['.', '--format', format, '--show-clusters'], { cwd: dir, env: { GITHUB_WORKSPACE: dir } });
      outputs.push(run.stdout, run.stderr);
    }
    const dry = await runInProcess(['.', '--fix-dry-run'], { cwd: dir });
    outputs.push(dry.stdout, dry.stderr);
    const base = await runInProcess(['.', '--update-baseline'], { cwd: dir });
    outputs.push(base.stdout, base.stderr, readFileSync(join(dir, 'kafka-lint-baseline.json'), 'utf8'));
    const upgrade = await runInProcess(['upgrade-check', '--to', '4.4', '--format', 'json', '.'], { cwd: dir });
    outputs.push(upgrade.stdout, upgrade.stderr);
    for (const name of Object.keys(files)) {
      const printed = await runInProcess(['--print-config', name], { cwd: dir });
      outputs.push(printed.stdout, printed.stderr);
    }
    const api = lintFiles(Object.entries(files).map(([file, text]) => ({ file, text })));
    outputs.push(JSON.stringify(api));
    return outputs.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('no output shows any part of a planted secret', () => {
  it('random secrets, under every spelling and file kind, with templates around them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: PLACEMENTS.length - 1 }),
        fc.integer({ min: 0, max: WRAPPERS.length - 1 }),
        secretArb,
        secretArb,
        async (placement, wrapper, secret, second) => {
          const { file, text } = PLACEMENTS[placement]!;
          const value = WRAPPERS[wrapper]!.replace('S', secret);
          const planted = text.replace(/S2/g, second).replace(/\bS\b/g, value);
          const output = await everyOutput({ [file]: planted });
          for (const s of [secret, second]) {
            if (!planted.includes(s)) continue;
            for (const piece of fragments(s)) {
              expect(output.includes(piece), `a piece '${piece}' of the secret in ${file} (${WRAPPERS[wrapper]}) is printed`).toBe(false);
            }
          }
        },
      ),
      runs('secrets: planted in every kind and format', 40),
    );
  }, 300_000);
});
