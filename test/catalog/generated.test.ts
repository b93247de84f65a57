/**
 * The committed catalog (src/catalog/data/) is what `npm run catalog` makes from the released
 * jars: the generator runs here once, offline, on the jars in the local Maven repository
 * (.ci/run fetches them). Without a JDK or Maven, or before the jars were fetched, the comparison
 * is skipped with a notice; the version list is checked everywhere.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script, typed by use
import { DATA_DIR, buildCatalog, dumpReleases, versionListDeclaration, versionListSource } from '../../scripts/catalog/generate.mjs';
// @ts-expect-error: a plain .mjs script, typed by use
import { RELEASES, mavenAvailable } from '../../scripts/catalog/maven.mjs';
import { KAFKA_VERSIONS, NEWEST_KAFKA_VERSION } from '../../src/core/version.js';

const javaWorks = ['java', 'javac'].every((tool) => spawnSync(tool, ['-version'], { encoding: 'utf8' }).status === 0);
const toolsMissing = !javaWorks ? 'no JDK (java and javac) on PATH' : !mavenAvailable() ? 'no Maven (mvn) on PATH' : undefined;
if (toolsMissing) console.warn(`[catalog] SKIPPED: ${toolsMissing}. The committed catalog was not compared with the generator's output.`);

describe('the version list', () => {
  it('KAFKA_VERSIONS is the list of scripts/catalog/releases.json, newest last', () => {
    expect(KAFKA_VERSIONS).toEqual(Object.keys(RELEASES.kafka));
    expect(NEWEST_KAFKA_VERSION).toBe('4.4');
    const { text } = versionListSource() as { text: string };
    expect(text).toContain(versionListDeclaration());
  });
});

describe.skipIf(toolsMissing !== undefined)('src/catalog/data is the generator output', () => {
  let generated: Record<string, string> | undefined;
  let notFetched: string | undefined;

  beforeAll(() => {
    try {
      generated = buildCatalog(dumpReleases({ offline: true })) as Record<string, string>;
    } catch (e) {
      const message = (e as Error).message;
      // Offline, Maven names what it lacks; anything else is a real failure.
      if (!/could not resolve .* offline/.test(message)) throw e;
      notFetched = message.split('\n')[0];
      console.warn(`[catalog] SKIPPED: the released jars are not in the local Maven repository (${notFetched}); run \`npm run catalog\` once online, as .ci/run does.`);
    }
  }, 300_000);

  for (const name of ['kafka.json', 'kafka-client-keys.json', 'zookeeper.json']) {
    it(name, (ctx) => {
      if (notFetched) ctx.skip();
      const committed = readFileSync(join(DATA_DIR, name), 'utf8');
      // Parsed first, for a readable difference; then byte for byte.
      expect(JSON.parse(committed), `${name} differs from what \`npm run catalog\` makes`).toEqual(JSON.parse(generated![name]!));
      expect(committed).toBe(generated![name]);
    });
  }
});
