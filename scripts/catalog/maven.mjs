/**
 * Resolves the released jars of Kafka and ZooKeeper from Maven Central into the local Maven
 * repository (~/.m2) and gives each release's classpath. Used by `npm run catalog`
 * (scripts/catalog/generate.mjs) and by the oracle tests (test/oracle/).
 *
 * All releases are resolved by one Maven run: a reactor of one small pom per release, written to
 * a temporary directory, each running `dependency:build-classpath`. The classpaths are cached
 * under node_modules/.cache/kafka-lint-maven/ and reused while every jar in them exists, so a
 * later test run starts no Maven at all. Offline mode (`-o`) never touches the network: the
 * tests use it, and skip with a notice when the jars are not in the local repository yet.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The releases the catalog and the oracles read, by kafka-lint version (newest patch Maven serves). */
export const RELEASES = JSON.parse(readFileSync(join(repoRoot, 'scripts', 'catalog', 'releases.json'), 'utf8'));

/**
 * What a release's classpath holds. Kafka: the broker (kafka_2.13 brings clients, server, raft,
 * metadata, storage and the coordinators), and Streams and the Connect runtime for the
 * client-only keys. ZooKeeper: the server jar.
 */
const ARTIFACTS = {
  kafka: ['org.apache.kafka:kafka_2.13', 'org.apache.kafka:kafka-streams', 'org.apache.kafka:connect-runtime'],
  zookeeper: ['org.apache.zookeeper:zookeeper'],
};

const cacheDir = join(repoRoot, 'node_modules', '.cache', 'kafka-lint-maven');

function moduleName({ kind, release }) {
  return `${kind}-${release}`;
}

function modulePom(target, outputFile) {
  const dependencies = ARTIFACTS[target.kind]
    .map((ga) => {
      const [groupId, artifactId] = ga.split(':');
      return `<dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${target.release}</version></dependency>`;
    })
    .join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.kafka-lint.jars</groupId>
  <artifactId>${moduleName(target)}</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    ${dependencies}
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.6.1</version>
    <configuration><outputFile>${outputFile}</outputFile></configuration>
  </plugin></plugins></build>
</project>
`;
}

function cacheFile(target) {
  const key = createHash('sha256').update(JSON.stringify([target, ARTIFACTS[target.kind]])).digest('hex').slice(0, 16);
  return join(cacheDir, `${moduleName(target)}-${key}.classpath`);
}

function cached(target) {
  const file = cacheFile(target);
  if (!existsSync(file)) return undefined;
  const classpath = readFileSync(file, 'utf8').trim();
  return classpath.split(':').every((jar) => existsSync(jar)) ? classpath : undefined;
}

/** Whether `mvn` runs here. */
export function mavenAvailable() {
  return spawnSync('mvn', ['-v'], { encoding: 'utf8' }).status === 0;
}

/**
 * The classpath of each target (`{ kind: 'kafka' | 'zookeeper', release: '4.4.0' }`), in order.
 * Throws with Maven's output when it cannot resolve them (offline: when a jar is not in ~/.m2).
 */
export function resolveClasspaths(targets, { offline = false } = {}) {
  const missing = targets.filter((t) => cached(t) === undefined);
  if (missing.length > 0) {
    const work = mkdtempSync(join(tmpdir(), 'kafka-lint-maven-'));
    try {
      const modules = missing.map((t) => {
        const dir = join(work, moduleName(t));
        mkdirSync(dir);
        writeFileSync(join(dir, 'pom.xml'), modulePom(t, join(dir, 'classpath.txt')));
        return moduleName(t);
      });
      writeFileSync(
        join(work, 'pom.xml'),
        `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.kafka-lint.jars</groupId>
  <artifactId>releases</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <modules>${modules.map((m) => `<module>${m}</module>`).join('')}</modules>
</project>
`,
      );
      const args = ['-B', '-q', ...(offline ? ['-o'] : []), '-f', join(work, 'pom.xml'), 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath'];
      const run = spawnSync('mvn', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.status !== 0) {
        throw new Error(`Maven could not resolve ${modules.join(', ')}${offline ? ' offline' : ''}:\n${(run.stdout + run.stderr).trim().split('\n').slice(-15).join('\n')}`);
      }
      mkdirSync(cacheDir, { recursive: true });
      for (const t of missing) {
        const temp = `${cacheFile(t)}.${process.pid}`;
        writeFileSync(temp, readFileSync(join(work, moduleName(t), 'classpath.txt'), 'utf8').trim());
        renameSync(temp, cacheFile(t));
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return targets.map((t) => {
    const classpath = cached(t);
    if (classpath === undefined) throw new Error(`no classpath for ${moduleName(t)}`);
    return classpath;
  });
}

/** Every release of `RELEASES` as resolver targets: Kafka's, then ZooKeeper's. */
export function allTargets() {
  return [
    ...Object.values(RELEASES.kafka).map((release) => ({ kind: 'kafka', release })),
    ...Object.values(RELEASES.zookeeper).map((release) => ({ kind: 'zookeeper', release })),
  ];
}

/**
 * The `java` arguments that run a Java program on `classpath`: its sources (the main class's
 * first) are compiled once (against `compileClasspath`: empty for a program that reaches the jars
 * by reflection) into the cache, and the JVM runs with the client compiler and the serial collector, which suit a run
 * of seconds; together about a quarter of the CPU of `java File.java`. Throws with javac's output
 * when the source does not compile.
 */
export function javaArgs(sources, classpath, compileClasspath = classpath) {
  const hash = createHash('sha256').update(compileClasspath);
  for (const source of sources) hash.update(source).update(readFileSync(source));
  const classes = join(cacheDir, 'classes', hash.digest('hex').slice(0, 16));
  const main = basename(sources[0], '.java');
  if (!existsSync(join(classes, `${main}.class`))) {
    const temp = `${classes}.${process.pid}`;
    mkdirSync(temp, { recursive: true });
    const run = spawnSync('javac', ['-nowarn', '-d', temp, ...(compileClasspath ? ['-cp', compileClasspath] : []), ...sources], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`javac ${sources.join(' ')} failed:\n${run.stderr}`);
    // Another process may have compiled it meanwhile: keep the first, which may be running.
    try {
      renameSync(temp, classes);
    } catch {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  return ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', classpath ? `${classes}:${classpath}` : classes, main];
}
