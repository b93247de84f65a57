import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { execStarts, serviceSetting } from '../../src/deploy/systemd.js';

const MINIMUM = 100_000;

/** `LimitNOFILE=soft:hard` or one value for both; `infinity` is unlimited. */
function limits(value: string): { soft: number; hard: number } | undefined {
  const read = (v: string | undefined): number | undefined => (v === undefined ? undefined : v.trim() === 'infinity' ? Infinity : /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);
  const [a, b, ...rest] = value.split(':');
  if (rest.length > 0) return undefined;
  const soft = read(a);
  const hard = b === undefined ? soft : read(b);
  return soft === undefined || hard === undefined ? undefined : { soft, hard };
}

export default defineRule({
  meta: {
    id: 'systemd/file-limit',
    category: 'outage-risk',
    fileKinds: ['systemd'],
    description: 'A Kafka unit lets the broker open fewer than 100,000 files (the hard LimitNOFILE= limit), or leaves the limit to systemd\'s default.',
    rationale:
      'A broker keeps open files for every log segment and index of every partition plus a socket per client connection; tens of thousands are normal, and at the limit the broker fails with "Too many open files", which can stop it. What counts is the hard limit: HotSpot raises its soft open-files limit to the hard limit when it starts (the MaxFDLimit flag, on by default on Linux), so a soft limit of 1024 is not what the broker gets. LimitNOFILE= with one value sets both limits; soft:hard sets them apart. Without LimitNOFILE=, systemd 240 and later give services a hard limit of 524288 (soft 1024, kept low for programs that use select()), which is enough; older systemd (RHEL 7 ships 219) passes the kernel\'s 4096. Kafka\'s documentation recommends at least 100,000.',
    fix: 'Set LimitNOFILE=100000 (or higher) in the [Service] section; one value sets the soft and the hard limit.',
    references: [
      { title: 'Kafka 4.3 documentation, 6.5 Hardware and OS: file descriptor limits', url: 'https://kafka.apache.org/documentation/#os' },
      { title: 'systemd.exec(5): LimitNOFILE= (one value sets both limits; soft:hard)', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LimitNOFILE=' },
      { title: 'systemd v240 NEWS and src/core/main.c: services get a hard RLIMIT_NOFILE of HIGH_RLIMIT_NOFILE (524288) with the soft limit left at 1024', url: 'https://github.com/systemd/systemd/blob/v240/NEWS' },
      { title: 'OpenJDK jdk17u src/hotspot/os/linux/os_linux.cpp, os::init_2 (MaxFDLimit: rlim_cur = rlim_max) and globals.hpp (MaxFDLimit, default true); checked with OpenJDK 17.0.15: soft 1024, hard 20000 gives the JVM 20000', url: 'https://github.com/openjdk/jdk17u/blob/master/src/hotspot/os/linux/os_linux.cpp' },
    ],
    messages: {
      low: {
        severity: 'warning',
        text: 'LimitNOFILE={{value}} lets the broker open at most {{limit}} files (the JVM raises its soft limit to this hard limit at start); with its segments, indexes and connections it can fail with "Too many open files". Set LimitNOFILE={{minimum}} or more.',
      },
      'low-soft': {
        severity: 'warning',
        text: 'LimitNOFILE={{value}} with -XX:-MaxFDLimit: the JVM keeps the soft limit, so the broker opens at most {{limit}} files and can fail with "Too many open files". Set LimitNOFILE={{minimum}} or more (one value sets both limits).',
      },
      'not-set': {
        severity: 'info',
        text: "The unit sets no LimitNOFILE=, so the broker's open-files limit is systemd's default: since systemd 240 a hard limit of 524288, which the JVM raises its soft limit to at start, but older systemd (RHEL 7 ships 219) gives 4096, too few for a broker. Set LimitNOFILE={{minimum}} to be independent of the systemd version.",
      },
    },
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nLimitNOFILE=4096\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nLimitNOFILE=100000\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
    },
  },
  check(ctx) {
    for (const unit of deploymentsOf(ctx.cluster, 'systemd')) {
      const start = execStarts(unit)[0];
      if (unit.role !== 'kafka' || !start) continue;
      const setting = serviceSetting(unit, 'LimitNOFILE');
      if (!setting) {
        ctx.report({ messageId: 'not-set', data: { minimum: MINIMUM }, file: unit.file, span: start.keySpan });
        continue;
      }
      const parsed = limits(setting.value);
      if (!parsed) continue;
      // -XX:-MaxFDLimit keeps the JVM at the soft limit.
      const keepsSoft = unit.jvm?.flags.some((f) => f.text === '-XX:-MaxFDLimit') === true;
      const limit = keepsSoft ? parsed.soft : parsed.hard;
      if (limit >= MINIMUM) continue;
      ctx.report({ messageId: keepsSoft ? 'low-soft' : 'low', data: { value: setting.value, limit, minimum: MINIMUM }, file: unit.file, span: setting.valueSpan });
    }
  },
});
