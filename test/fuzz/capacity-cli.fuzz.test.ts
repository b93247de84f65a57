/**
 * Property tests of planCapacity on arbitrary JSON (test/capacity/properties.test.ts covers valid
 * input): only a CapacityInputError may escape, the input is never changed, and the plan and its
 * renderings are the same twice. And of the CLI run in-process on random standard input: the
 * exit code is 0, 1 or 2, never an internal error, and the output is the same twice.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planCapacity } from '../../src/capacity/plan.js';
import { CapacityInputError, type CapacityInput } from '../../src/capacity/input.js';
import { renderPlanMarkdown, renderPlanText } from '../../src/capacity/render.js';
import { runInProcess } from '../cli/harness.js';
import { FORMAT_NAMES } from '../../src/report/types.js';
import { printCaseCounts, deepFreeze, mutated, runs, seedTexts, stable, syntaxText } from './support.js';

/** Numbers and strings of every kind a size, rate, duration or count field may meet. */
const fieldValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 1_000_000 }),
  fc.constantFrom('50 MB/s', '1 Gbit/s', '4 TiB', '7d', '1h', '0', '-1', 'NaN', '1e400', '', 'MB', '10 parsecs', 'kraft', 'zookeeper'),
  fc.string({ maxLength: 10 }),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 1 }),
);
const profileName = fc.constantFrom('m7g.2xlarge', 'kafka.m5.large', 'i3en.large', 'Standard_D8s_v5', 'n2-standard-8', 'm7g.2xl', '');
const record = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), fieldValue, { maxKeys: keys.length });
/** Objects shaped like a CapacityInput with random values, and any JSON at all. */
const capacityJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record(
    {
      write: record(['avgBytesPerSec', 'peakBytesPerSec', 'messagesPerSec', 'messageBytes', 'peakMessagesPerSec']),
      retention: record(['ms', 'bytesPerPartition']),
      broker: fc.oneof(record(['profile', 'diskBytes', 'logDirs', 'diskThroughputBytesPerSec', 'nicBitsPerSec', 'cores', 'memoryBytes', 'maxPartitions', 'listeners', 'recoveryThreadsPerDataDir', 'connections']), profileName),
      topics: fc.oneof(fieldValue, fc.array(fc.record({ name: fc.oneof(fc.constantFrom('orders', 'a b', ''), fc.string({ maxLength: 5 })), write: record(['avgBytesPerSec', 'peakBytesPerSec', 'messagesPerSec', 'messageBytes']), retention: record(['ms', 'bytesPerPartition']), replicationFactor: fieldValue, partitions: fieldValue, compacted: fieldValue, keys: record(['count', 'recordBytes']), minCleanableDirtyRatio: fieldValue, localRetentionMs: fieldValue }, { requiredKeys: [] }), { maxLength: 3 })),
      candidates: fc.oneof(fieldValue, fc.array(profileName, { maxLength: 3 })),
      prices: record(['instancePerHour', 'storagePerGiBMonth', 'throughputPerMiBpsMonth', 'tieredPerGiBMonth', 'crossZonePerGiB']),
      followerFetching: fieldValue,
      recovery: record(['within', 'rebalanceBytesPerSec']),
      catchUp: record(['backlog', 'within', 'groups']),
      replicationFactor: fieldValue,
      compressionRatio: fieldValue,
      readFanout: fieldValue,
      lagReadShare: fieldValue,
      minInsyncReplicas: fieldValue,
      partitions: fieldValue,
      tiered: record(['localRetentionMs']),
      partitionThroughput: record(['producerBytesPerSec', 'consumerBytesPerSec']),
      headroom: record(['diskFill', 'network', 'cpu', 'diskThroughput']),
      tolerate: record(['brokerFailures', 'zoneFailures']),
      racks: fieldValue,
      metadata: record(['mode', 'requestsPerSec']),
      growth: record(['monthlyRate', 'horizonMonths']),
      segment: record(['bytes', 'ms']),
      storageOverhead: fieldValue,
      pageCacheSeconds: fieldValue,
      unknownField: fieldValue,
    },
    { requiredKeys: [] },
  ),
);

/** A valid input with one field replaced by a random value: the most telling invalid inputs. */
const nearlyValid: fc.Arbitrary<unknown> = fc.tuple(fc.constantFrom('write', 'retention', 'broker', 'replicationFactor', 'partitions', 'tolerate', 'racks', 'growth', 'segment', 'topics', 'candidates', 'recovery', 'catchUp', 'prices'), fieldValue).map(([field, value]) => ({
  write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '120 MB/s' },
  retention: { ms: '7d' },
  replicationFactor: 3,
  broker: { diskBytes: '4 TiB', nicBitsPerSec: '10 Gbit/s' },
  [field]: value,
}));

describe('planCapacity on arbitrary JSON', () => {
  it('throws nothing but CapacityInputError, changes nothing, and plans the same twice', () => {
    fc.assert(
      fc.property(fc.oneof(capacityJson, nearlyValid), (json) => {
        const input = deepFreeze(json) as CapacityInput;
        let plan: ReturnType<typeof planCapacity> | undefined;
        try {
          plan = planCapacity(input);
        } catch (err) {
          expect(err, String(err)).toBeInstanceOf(CapacityInputError);
          expect((err as CapacityInputError).issues.length).toBeGreaterThan(0);
          return;
        }
        expect(stable(planCapacity(input))).toBe(stable(plan));
        expect(renderPlanText(plan)).toBe(renderPlanText(planCapacity(input)));
        expect(renderPlanMarkdown(plan)).toBe(renderPlanMarkdown(planCapacity(input)));
      }),
      runs('planCapacity: arbitrary JSON', 1500),
    );
  });
});

const STDIN_NAMES = ['server.properties', 'zoo.cfg', 'myid', 'docker-compose.yml', 'kafka.service', 'kafka.env', 'kafka.yaml', 'notes.txt'];

describe('the CLI on random standard input', () => {
  it('exits 0, 1 or 2 without an internal error, and prints the same twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(syntaxText(60), fc.string({ unit: 'binary', maxLength: 200 }), mutated(fc.constantFrom(...seedTexts.map((s) => s.text)))),
        fc.constantFrom(...STDIN_NAMES),
        fc.constantFrom(...FORMAT_NAMES),
        async (stdin, name, format) => {
          const argv = ['--stdin-filename', name, '--format', format, '-'];
          const first = await runInProcess(argv, { stdin });
          expect([0, 1, 2], first.stderr).toContain(first.code);
          expect(first.stderr).not.toContain('internal error');
          const second = await runInProcess(argv, { stdin });
          expect(second).toEqual(first);
        },
      ),
      runs('CLI: random standard input', 150),
    );
  });
});

afterAll(printCaseCounts);
