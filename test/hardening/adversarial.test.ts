/**
 * Time on adversarial input: every file kind goes through lintFiles (its parser, its model and
 * every rule) with values made of the runs that make a regular expression or a loop take
 * quadratic time (blanks, commas, `${`, U+2028, `|`, `://`, `#`, quotes, slashes, digits,
 * repeated words), each followed by what makes a pattern fail after the run, at 16 KiB, 128 KiB
 * and 1 MiB. Only ratios of CPU times are judged, never an absolute time: against the linear
 * baseline, each step 8 times the size may take about 8 times as long (a quadratic path takes
 * 64 times). A quadratic path fails at the first step where it dominates, in seconds rather
 * than the hours 1 MiB would take.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import { hasTemplate } from '../../src/parse/template.js';
import { planCapacity } from '../../src/capacity/plan.js';
import { expectLinearGrowth } from './timing.js';

/** The sizes each case runs at: 16 KiB, 128 KiB, 1 MiB. */
const SIZES = [16 * 1024, 128 * 1024, 1024 * 1024];

/** `unit` repeated to about `size` characters, then `end` (what a pattern fails on after the run). */
function fill(unit: string, size: number, end = ''): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))) + end;
}

/**
 * Asserts that `run` takes time linear in the size of its text: runs of each unit of `segments`,
 * each followed by its end, sharing the size. The linear baseline is the same input at an
 * eighth of the size (a harmless text of the same size is no fair baseline, since a character
 * outside Latin-1 alone costs V8 several times more per character). `parts` is how many times
 * `run` puts the text into its file, so that the file has about the size.
 */
function expectLinear(run: (text: string) => unknown, segments: [string, string][], parts = 1): void {
  const label = segments.map(([unit]) => JSON.stringify(unit)).join(', ');
  expectLinearGrowth(label, SIZES, (size) => segments.map(([unit, end]) => fill(unit, size / parts / segments.length, end)).join(''), run);
}

/** lintFiles over one file of `kind` built around `value`; findings are not judged here, only time. */
const lintOne = (file: string, text: (value: string) => string) => (value: string) => lintFiles([{ file, text: text(value) }]);

/** Keys whose values are lists, maps or addresses, each parsed by its own code. */
const BROKER_KEYS = [
  'listeners',
  'advertised.listeners',
  'listener.security.protocol.map',
  'controller.listener.names',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'process.roles',
  'log.dirs',
  'zookeeper.connect',
  'ssl.enabled.protocols',
  'sasl.enabled.mechanisms',
  'log.retention.ms',
  'broker.id',
];
const brokerFile = (value: string): string => `broker.id=1\nprocess.roles=broker,controller\n${BROKER_KEYS.map((k) => `${k}=PLAINTEXT://a:9092${value}x`).join('\n')}\n`;
const zooCfg = (value: string): string =>
  `tickTime=2000\ndataDir=/var/lib/zookeeper${value}\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888${value}\nserver.2=${value}\nserver.3=zk3:2888:3888;${value}\ngroup.1=1:2${value}\n4lw.commands.whitelist=srvr,${value}\n`;
const composeFile = (value: string): string =>
  `services:\n  kafka:\n    image: "bitnami/kafka:3.7${value}"\n    environment:\n      KAFKA_CFG_LISTENERS: "PLAINTEXT://:9092${value}"\n      KAFKA_CFG_LOG_DIRS: "/data${value}"\n      KAFKA_HEAP_OPTS: "-Xmx1g ${value}"\n    volumes:\n      - "/data${value}:/bitnami/kafka"\n  zk:\n    image: "zookeeper:3.8${value}"\n    environment:\n      ZOO_SERVERS: "server.1=zk:2888:3888;2181 ${value}"\n      ZOO_CFG_EXTRA: "a=b ${value}"\n  cp:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: "PLAINTEXT://a:9092${value}"\n`;
const unitFile = (value: string): string =>
  `[Service]\nExecStart=/opt/kafka/bin/kafka-server-start.sh ${value} /etc/kafka/server.properties\nEnvironment="KAFKA_HEAP_OPTS=-Xmx1g ${value}" KAFKA_OPTS=${value}\nLimitNOFILE=${value}\nUser=kafka\n`;
const envFile = (value: string): string => `KAFKA_HEAP_OPTS="-Xmx1g ${value}"\nexport KAFKA_OPTS=${value}\nKAFKA_CFG_LISTENERS=PLAINTEXT://:9092${value}\n`;
const strimziFile = (value: string): string =>
  `apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    version: 3.7.0\n    replicas: 3\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n    config:\n      log.dirs: "/a${value}"\n      listener.security.protocol.map: "A:PLAINTEXT${value}"\n      ssl.enabled.protocols: "TLSv1.2${value}"\n    storage:\n      type: ephemeral\n`;

/**
 * The runs that defeated a regular expression or a loop of kafka-lint at some point, each with
 * what fails a pattern after it, in groups that share one text (a run ends at its end mark, so
 * each keeps its effect).
 */
const RUNS: Record<string, [run: string, end: string][]> = {
  'blanks and commas': [[' ', 'x'], [' ,', 'x'], [',', 'x'], ['\t', 'x'], ['\u2028', 'x']],
  'comments and line ends': [[' #', '\u2028'], ['#', '\u2028'], ['@', '\u2028'], ['/', 'x']],
  separators: [['|', 'x'], [';', 'x'], [':', 'x'], ['://', 'x'], ['.compose', 'x'], ['=', 'x']],
  'quotes, escapes and placeholders': [['"\\ ', '"'], ['"\\"', ' '], ["'", 'x'], ['\\', 'x'], ['{{', 'x'], ['<a', 'x'], ['1', 'x']],
  'start commands': [['zkServer.sh ', 'x'], ['kafka-server-start ', '-daemon'], ['-daemon ', 'x']],
};

describe('lintFiles on adversarial values up to 1 MiB', () => {
  const kinds: [string, (value: string) => unknown, number][] = [
    ['server.properties', lintOne('kafka/server.properties', brokerFile), BROKER_KEYS.length],
    ['zoo.cfg', lintOne('zk/zoo.cfg', zooCfg), 6],
    ['docker-compose.yml', lintOne('docker-compose.yml', composeFile), 9],
    ['systemd unit', lintOne('kafka.service', unitFile), 4],
    ['systemd unit of Type=forking', lintOne('kafka.service', (value) => `[Service]\nType=forking\n${unitFile(value).slice('[Service]\n'.length)}`), 4],
    ['env file', lintOne('kafka.env', envFile), 3],
    ['Strimzi resource', lintOne('kafka.yaml', strimziFile), 3],
    ['myid', lintOne('zk/myid', (value) => `1${value}`), 1],
  ];
  for (const [kind, run, parts] of kinds) {
    for (const [group, segments] of Object.entries(RUNS)) it(`${kind}: ${group}`, () => expectLinear(run, segments, parts));
    it(`${kind}: runs of \${A:-`, () => expectLinear(run, [['${A:-', 'x']], parts));
  }
});

describe('the template check and capacity units', () => {
  it('hasTemplate on runs of {{, <a and {', () => expectLinear((text) => hasTemplate(text), [['{{', 'x'], ['<a', 'x'], ['{', 'x']]));
  it('hasTemplate on runs of ${', () => expectLinear((text) => hasTemplate(text), [['${', 'x'], ['${A', 'x']]));
  it('planCapacity on a size made of a run of blanks', () =>
    expectLinear((text) => {
      try {
        planCapacity({ write: { avgBytesPerSec: `1${text}`, peakBytesPerSec: '1 MB/s' }, retention: { ms: '7d' }, replicationFactor: 3, broker: { diskBytes: '1 TB', nicBitsPerSec: '1 Gbit/s' } } as never);
      } catch {
        // Refused input is fine: only the time counts.
      }
    }, [[' ', '!']]),
  );
});
