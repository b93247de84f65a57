#!/usr/bin/env node
/**
 * Generates src/catalog/data/ (kafka.json, kafka-client-keys.json, zookeeper.json) from the
 * released jars of each supported Kafka and ZooKeeper version, with nothing but a JDK and Maven:
 *
 *   npm run catalog            (node scripts/catalog/generate.mjs)
 *
 * 1. scripts/catalog/maven.mjs resolves the releases of scripts/catalog/releases.json from Maven
 *    Central into ~/.m2 (one Maven run; `--offline` to use ~/.m2 only).
 * 2. scripts/catalog/CatalogDump.java runs in one JVM, each release in a class loader of its own,
 *    and dumps by reflection the broker ConfigDef (KafkaConfig.configDef()), the client ConfigDefs'
 *    key names, the string constants of the classes tables.mjs names, and ZooKeeper's system
 *    property keys and X509Util keys.
 * 3. buildCatalog() below joins the dumps with the tables of scripts/catalog/tables.mjs (removed
 *    and deprecated keys, plugin keys, removed classes, the keys ZooKeeper's parser reads), checks
 *    the tables against the dumps, and writes compact JSON. The same releases give the same bytes.
 *
 * It also writes the version list of releases.json into `KAFKA_VERSIONS` in src/, so adding a
 * release is one line in releases.json and this one command (see docs/catalog.md).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELEASES, allTargets, javaArgs, resolveClasspaths } from './maven.mjs';
import {
  KAFKA_DEPRECATED_KEYS,
  KAFKA_PLUGIN_KEYS,
  KAFKA_PREFIXES,
  KAFKA_REMOVED_CLASSES,
  KAFKA_REMOVED_KEYS,
  ZOOKEEPER_PARSED,
  ZOOKEEPER_PREFIXES,
  ZOOKEEPER_SYSTEM_PROPERTY_FACTS,
} from './tables.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
export const DATA_DIR = join(repoRoot, 'src', 'catalog', 'data');

const KAFKA_VERSIONS = Object.keys(RELEASES.kafka);
const ZOOKEEPER_VERSIONS = Object.keys(RELEASES.zookeeper);

/**
 * Runs CatalogDump.java over every release. Returns `{ kafka: { '4.4': dump }, zookeeper: { '3.9': dump } }`.
 * Throws when Maven or Java fails (offline: when a jar is not in ~/.m2).
 */
export function dumpReleases({ offline = false } = {}) {
  const targets = allTargets();
  const classpaths = resolveClasspaths(targets, { offline });
  const readers = [...Object.values(KAFKA_PLUGIN_KEYS), ...Object.values(KAFKA_PREFIXES)].map((t) => t.reader).filter(Boolean);
  const strings = [...new Set([...readers, ...Object.keys(KAFKA_REMOVED_CLASSES)])].sort();
  const args = [...javaArgs([join(here, 'CatalogDump.java')], ''), '--strings', strings.join(','), ...targets.flatMap((t, i) => [t.kind, classpaths[i]])];
  const run = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`CatalogDump failed (${run.status}):\n${run.stderr.trim().split('\n').slice(-20).join('\n')}`);
  const lines = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const dumps = { kafka: {}, zookeeper: {} };
  targets.forEach((t, i) => {
    const dump = lines[i];
    if (dump?.release !== t.release) throw new Error(`CatalogDump gave ${dump?.release} where ${t.kind} ${t.release} was asked for`);
    const version = Object.keys(RELEASES[t.kind]).find((v) => RELEASES[t.kind][v] === t.release);
    dumps[t.kind][version] = dump;
  });
  return dumps;
}

/** Whether a validator's structure accepts a number (anyOf bounds only). */
function boundAccepts(bound, n) {
  if (bound.equals !== undefined) return n === bound.equals;
  if (bound.atLeast !== undefined) return n >= bound.atLeast;
  return n >= bound.between[0] && n <= bound.between[1];
}

/**
 * A validator Kafka builds from a lambda (`-1 or between 1 and 9`) as `anyOf` bounds: from its
 * text where it reads like Range's, else from which probe values it accepted; either way checked
 * against every probe the release answered.
 */
function anyOfFrom(name, version, v) {
  let anyOf;
  const range = /^\[(-?\d+),\.\.\.,(-?\d+)\] or (-?\d+)$/.exec(v.text);
  if (range) anyOf = [{ equals: Number(range[3]) }, { between: [Number(range[1]), Number(range[2])] }];
  else if (v.accepts && v.accepts['-1'] && !v.accepts['-2'] && !v.accepts['0'] && v.accepts['1'] && v.accepts['2147483647']) {
    anyOf = [{ equals: -1 }, { atLeast: 1 }];
  }
  const wrong = anyOf && v.accepts && Object.entries(v.accepts).filter(([n, ok]) => anyOf.some((b) => boundAccepts(b, Number(n))) !== ok);
  if (!anyOf || wrong?.length) {
    throw new Error(`${name} (${version}): validator ${v.class} "${v.text}" is not understood; teach anyOfFrom() in scripts/catalog/generate.mjs`);
  }
  return { anyOf };
}

/** The validator as data; the custom validators as a short kind the linter re-implements. */
function validatorOf(name, version, v) {
  if (!v) return null;
  if (!v.class) return v;
  if (v.class.endsWith('$ControllerQuorumVotersValidator')) return { custom: 'quorum-voters' };
  if (v.class.endsWith('$ControllerQuorumBootstrapServersValidator')) return { custom: 'quorum-bootstrap-servers' };
  if (v.class.endsWith('.ThrottledReplicaListValidator')) return { custom: 'throttled-replicas' };
  if (v.metadataVersions) return { custom: 'metadata-version', knownVersions: v.metadataVersions };
  return anyOfFrom(name, version, v);
}

function factOf(k, version) {
  const fact = { type: k.type, default: k.default, importance: k.importance };
  if (k.required) fact.required = true;
  const validator = validatorOf(k.name, version, k.validator);
  if (validator) fact.validator = validator;
  if (k.internal) fact.internal = true;
  return fact;
}

/** Adds a version's facts of a key to its variants: to the variant with the same facts, else as a new one. */
function addVariant(variants, fact, version) {
  const same = variants.find((v) => JSON.stringify({ ...v, versions: undefined }) === JSON.stringify({ ...fact, versions: undefined }));
  if (same) same.versions.push(version);
  else variants.push({ versions: [version], ...fact });
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function check(condition, message) {
  if (!condition) throw new Error(`${message} (scripts/catalog/tables.mjs)`);
}

function buildKafka(dumps) {
  const defines = Object.fromEntries(KAFKA_VERSIONS.map((v) => [v, new Set(dumps[v].broker.map((k) => k.name))]));
  const strings = (version, cls) => dumps[version].classStrings[cls];
  const keys = {};
  for (const version of KAFKA_VERSIONS) {
    for (const k of dumps[version].broker) addVariant((keys[k.name] ??= []), factOf(k, version), version);
  }

  // A key one version defines and the next does not is removed there: the table says why.
  const removed = {};
  KAFKA_VERSIONS.slice(1).forEach((version, i) => {
    const before = KAFKA_VERSIONS[i];
    for (const name of defines[before]) {
      if (defines[version].has(name)) continue;
      const entry = KAFKA_REMOVED_KEYS[name];
      check(entry && entry.removedIn === undefined, `${name} is defined in ${before} and not in ${version}: describe its removal in KAFKA_REMOVED_KEYS`);
      removed[name] = { removedIn: version, replacement: entry.replacement, category: entry.category };
    }
  });
  for (const [name, entry] of Object.entries(KAFKA_REMOVED_KEYS)) {
    if (entry.removedIn !== undefined) {
      check(KAFKA_VERSIONS.every((v) => !defines[v].has(name)), `${name} is said removed in ${entry.removedIn}, yet a supported release defines it`);
      removed[name] = { removedIn: entry.removedIn, replacement: entry.replacement, category: entry.category };
    } else {
      check(removed[name] !== undefined, `${name} is said removed, yet no supported release shows it going`);
    }
  }

  const deprecated = {};
  for (const [name, { since, replacement }] of Object.entries(KAFKA_DEPRECATED_KEYS)) {
    check(defines[since]?.has(name), `${name} is said deprecated in ${since}, which does not define it`);
    deprecated[name] = { since, replacement };
  }

  const pluginKeys = {};
  for (const [name, { reader, source }] of Object.entries(KAFKA_PLUGIN_KEYS)) {
    const versions = KAFKA_VERSIONS.filter((v) => strings(v, reader)?.includes(name) && !defines[v].has(name));
    check(versions.length > 0, `no supported release reads ${name} in ${reader}`);
    pluginKeys[name] = { versions, source };
  }
  const prefixes = {};
  for (const [prefix, { reader, constant = prefix, source }] of Object.entries(KAFKA_PREFIXES)) {
    const versions = reader ? KAFKA_VERSIONS.filter((v) => strings(v, reader)?.some((s) => s.startsWith(constant))) : KAFKA_VERSIONS;
    check(versions.length > 0, `no supported release reads the prefix ${prefix} in ${reader}`);
    prefixes[prefix] = { versions, source };
  }
  for (const [cls, { removedIn }] of Object.entries(KAFKA_REMOVED_CLASSES)) {
    for (const v of KAFKA_VERSIONS) {
      const gone = KAFKA_VERSIONS.indexOf(removedIn) === -1 ? true : KAFKA_VERSIONS.indexOf(v) >= KAFKA_VERSIONS.indexOf(removedIn);
      check((strings(v, cls) === null) === gone, `${cls} is said removed in ${removedIn}, but ${v} ${gone ? 'has' : 'lacks'} it`);
    }
  }

  // Topic configs: the versions that define each, the broker key it defaults to, and its facts
  // (type, default, validator) as each version's LogConfig checks them.
  const topicKeys = {};
  for (const v of KAFKA_VERSIONS) {
    for (const k of dumps[v].topic) {
      const name = k.name;
      const synonym = dumps[v].topicSynonyms[name];
      const known = (topicKeys[name] ??= { versions: [], facts: [] });
      known.versions.push(v);
      addVariant(known.facts, factOf(k, v), v);
      if (synonym !== undefined) {
        check(known.broker === undefined || known.broker === synonym, `topic config ${name} defaults to ${known.broker} and to ${synonym}`);
        check(defines[v].has(synonym), `topic config ${name} defaults to ${synonym}, which ${v} does not define`);
        known.broker = synonym;
      }
    }
  }

  return {
    generatedFrom: Object.fromEntries(KAFKA_VERSIONS.map((v) => [v, `org.apache.kafka:kafka_2.13:${dumps[v].release}`])),
    versions: KAFKA_VERSIONS,
    keys: sortedObject(Object.entries(keys)),
    topicKeys: sortedObject(Object.entries(topicKeys)),
    removed: sortedObject(Object.entries(removed)),
    deprecated,
    pluginKeys,
    removedClasses: KAFKA_REMOVED_CLASSES,
    prefixes,
  };
}

/**
 * Keys the producer, consumer, admin, Connect worker and Streams ConfigDefs define in any
 * supported version and no broker version defines (nor defined), with the clients that read
 * them; `client` alone for a key of all three of producer, consumer and admin.
 */
function buildClientKeys(dumps, brokerKeyNames) {
  const users = {};
  for (const version of KAFKA_VERSIONS) {
    for (const [label, names] of Object.entries(dumps[version].clients)) {
      for (const name of names) (users[name] ??= new Set()).add(label);
    }
  }
  const clientOnly = [];
  for (const [name, labels] of Object.entries(users)) {
    if (brokerKeyNames.has(name)) continue;
    const common = ['producer', 'consumer', 'admin'].every((l) => labels.has(l));
    clientOnly.push([name, common ? ['client'] : [...labels].sort()]);
  }
  return sortedObject(clientOnly);
}

function buildZooKeeper(dumps) {
  const keys = {};
  for (const version of ZOOKEEPER_VERSIONS) {
    const { parserStrings } = dumps[version];
    for (const name of Object.keys(ZOOKEEPER_PARSED)) {
      check(parserStrings.includes(name), `ZooKeeper ${dumps[version].release}: QuorumPeerConfig no longer reads ${name}; update ZOOKEEPER_PARSED`);
    }
  }
  for (const [k, v] of Object.entries(ZOOKEEPER_PARSED)) keys[k] = { ...v, parsed: true, versions: [...ZOOKEEPER_VERSIONS] };
  for (const version of ZOOKEEPER_VERSIONS) {
    const add = (key, source) => {
      const known = keys[key];
      if (known) {
        if (!known.versions.includes(version)) known.versions.push(version);
        return;
      }
      keys[key] = { type: 'string', default: null, source, versions: [version] };
    };
    // `zookeeper.version` is not a setting.
    for (const [key, source] of Object.entries(dumps[version].systemProperties)) if (key !== 'version') add(key, source);
    for (const names of Object.values(dumps[version].x509)) for (const key of names) add(key, 'common/X509Util.java');
  }
  for (const [k, v] of Object.entries(ZOOKEEPER_SYSTEM_PROPERTY_FACTS)) keys[k] = { ...keys[k], ...v, versions: keys[k]?.versions ?? [...ZOOKEEPER_VERSIONS] };
  return {
    generatedFrom: `QuorumPeerConfig.parseProperties and system properties of org.apache.zookeeper:zookeeper:${ZOOKEEPER_VERSIONS.map((v) => dumps[v].release).join(', ')}`,
    keys: sortedObject(Object.entries(keys)),
    prefixes: ZOOKEEPER_PREFIXES,
  };
}

/** The three data files, by file name, as the bytes they are written with. */
export function buildCatalog(dumps) {
  const kafka = buildKafka(dumps.kafka);
  const brokerKeyNames = new Set([...Object.keys(kafka.keys), ...Object.keys(kafka.removed)]);
  const text = (data) => `${JSON.stringify(data)}\n`;
  return {
    'kafka.json': text(kafka),
    'kafka-client-keys.json': text(buildClientKeys(dumps.kafka, brokerKeyNames)),
    'zookeeper.json': text(buildZooKeeper(dumps.zookeeper)),
  };
}

/** The `KAFKA_VERSIONS` declaration as releases.json makes it. */
export function versionListDeclaration() {
  return `export const KAFKA_VERSIONS = [${KAFKA_VERSIONS.map((v) => `'${v}'`).join(', ')}] as const;`;
}

const DECLARATION = /export const KAFKA_VERSIONS = \[[^\]]*\] as const;/;

/** The source file under src/ that declares `KAFKA_VERSIONS`, and its text. */
export function versionListSource() {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  for (const file of walk(join(repoRoot, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (DECLARATION.test(text)) return { file, text };
  }
  throw new Error('no `export const KAFKA_VERSIONS = [...] as const;` under src/');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const offline = process.argv.includes('--offline');
  const files = buildCatalog(dumpReleases({ offline }));
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(DATA_DIR, name), text);
    console.log(`wrote src/catalog/data/${name} (${text.length} bytes)`);
  }
  const { file, text } = versionListSource();
  const updated = text.replace(DECLARATION, versionListDeclaration());
  if (updated !== text) {
    writeFileSync(file, updated);
    console.log(`wrote KAFKA_VERSIONS in ${file.slice(repoRoot.length + 1)}`);
  }
}
